import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { DUMMY_HASH, verifyPassword } from './passwords.service.js';
import { tokenHash } from './sessions.service.js';
import { ADDRESS_BUCKET, USER_BUCKET, addFailure, clearFailures, waitSeconds } from './throttle.service.js';
import { MAX_TOKEN_DAYS } from './tokens.messages.js';
import { findToken, findTokenWithUser, insertToken, listTokens, liveTokenNames, markRevoked, touchToken } from './tokens.repository.js';
import { findAccountByUsername } from './users.repository.js';

/**
 * API areas a token can be given, each the first path segments after /api/ it covers. New modules
 * add their prefixes here; a path in no area is refused to every token.
 */
export const TOKEN_AREAS = {
  register: ['households', 'persons', 'register', 'duplicates'],
  reporting: ['reporting', 'data-entry', 'supply-duties'],
  dhis2: ['dhis2', 'dataValueSets', 'dataValues', 'metadata', 'system'],
  reference: ['ethnic-groups', 'admin-units', 'admin-reorganisations', 'boundaries', 'villages', 'classification-lists', 'classifications', 'overview'],
  admin: ['users', 'audit', 'access-log', 'api-tokens', 'webhooks'],
  /** Only given by an approved request to use data: its token reads that request's extract and nothing else. */
  dataUse: ['data-requests'],
} as const;
export type TokenArea = keyof typeof TOKEN_AREAS;
export const TOKEN_AREA_NAMES = Object.keys(TOKEN_AREAS) as TokenArea[];
export type TokenAccess = 'read' | 'write';

/** Secrets start with this, so leaked ones are easy to find in code and logs. */
const SECRET_PREFIX = 'dtk_';
/** Last use is written at most once a minute per token (and whenever the address changes). */
const TOUCH_EVERY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The area a path belongs to, or null (auth, health, unknown). */
export function areaOfPath(path: string): TokenArea | null {
  const first = path.replace(/^\/api\//, '').split(/[/?.]/)[0];
  for (const area of TOKEN_AREA_NAMES) if ((TOKEN_AREAS[area] as readonly string[]).includes(first)) return area;
  return null;
}

/** Whether a token with these scopes may make this call: reads need `area:read` or `area:write`, writes `area:write`. */
export function tokenAllows(scopes: string[], method: string, path: string): boolean {
  if (path === '/api/auth/me' && method === 'GET') return true;
  const area = areaOfPath(path);
  if (!area) return false;
  if (scopes.includes(`${area}:write`)) return true;
  return SAFE_METHODS.has(method) && scopes.includes(`${area}:read`);
}

export interface TokenInput {
  name: string;
  scopes: { area: TokenArea; access: TokenAccess }[];
  expiresInDays: number;
}

/** Creates a token for the caller; the secret is returned now and never again (only its hash is kept). */
export async function createToken(db: Kysely<DB>, user: SessionUser, actor: Actor, input: TokenInput, now: number, origin = 'personal') {
  const name = input.name.trim();
  if (!name) throw new AppError(400, 'token_name_required', {}, [{ field: 'name', code: 'token_name_required' }]);
  if (!input.scopes.length) throw new AppError(400, 'token_scopes_required', {}, [{ field: 'scopes', code: 'token_scopes_required' }]);
  if (input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
    throw new AppError(400, 'token_expiry_too_long', { max: MAX_TOKEN_DAYS }, [{ field: 'expiresInDays', code: 'token_expiry_too_long' }]);
  }
  if ((await liveTokenNames(db, user.id, new Date(now))).includes(name)) {
    throw new AppError(409, 'token_name_taken', { name }, [{ field: 'name', code: 'token_name_taken' }]);
  }
  const scopes = [...new Set(input.scopes.map((s) => `${s.area}:${s.access}`))].sort();
  const secret = SECRET_PREFIX + crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + input.expiresInDays * 86_400_000);
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertToken(trx, {
      userId: user.id,
      name,
      secretHash: tokenHash(secret),
      prefix: secret.slice(0, SECRET_PREFIX.length + 6),
      scopes,
      origin,
      createdAt: new Date(now),
      expiresAt,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'api_token',
      entityId: newId,
      after: { name, scopes, expiresAt: expiresAt.toISOString(), origin },
    });
    return newId;
  });
  const token = await findToken(db, id);
  return { secret, token: token! };
}

/** The caller's tokens, or everyone's for an administrator asking for all. */
export function tokensOf(db: Kysely<DB>, userId: number | null) {
  return listTokens(db, userId);
}

/** Revokes a token: its owner or a user administrator may; others see it as missing. */
export async function revokeToken(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number, isUserAdmin: boolean, now: number) {
  const token = await findToken(db, id);
  if (!token || (token.userId !== user.id && !isUserAdmin)) throw new AppError(404, 'not_found');
  if (!token.revokedAt) {
    await db.transaction().execute(async (trx) => {
      await markRevoked(trx, id, user.id, new Date(now));
      await writeAudit(trx, actor, { action: 'revoke', entity: 'api_token', entityId: id, after: { name: token.name, owner: token.username } });
    });
  }
  return (await findToken(db, id))!;
}

/** A call's credentials from its Authorization header: null when it has none of ours. */
export function parseAuthorization(
  header: string | undefined,
): { kind: 'token'; secret: string } | { kind: 'basic'; username: string; password: string } | null {
  if (!header) return null;
  const m = /^(\S+)\s+(.+)$/.exec(header.trim());
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  if (scheme === 'apitoken' || scheme === 'bearer') return { kind: 'token', secret: m[2].trim() };
  if (scheme === 'basic') {
    const decoded = Buffer.from(m[2].trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'basic', username: decoded, password: '' };
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return null;
}

function refuseThrottled(seconds: number): never {
  throw new AppError(429, 'login_throttled', { minutes: Math.ceil(seconds / 60) });
}

/**
 * The user behind an access token, or a 401. A wrong token counts as a failed sign-in of the
 * address, so guessing is throttled like passwords are.
 */
export async function tokenCaller(db: Kysely<DB>, secret: string, ip: string, now: number): Promise<SessionUser> {
  const wait = await waitSeconds(db, ADDRESS_BUCKET, ip, now);
  if (wait) refuseThrottled(wait);
  const row = secret.length <= 200 ? await findTokenWithUser(db, tokenHash(secret)) : undefined;
  if (!row) {
    await addFailure(db, ADDRESS_BUCKET, ip, now);
    throw new AppError(401, 'token_invalid');
  }
  if (row.revokedAt) throw new AppError(401, 'token_revoked');
  if (new Date(row.expiresAt).getTime() <= now) throw new AppError(401, 'token_expired');
  if (!row.active) throw new AppError(403, 'account_disabled');
  const last = row.lastUsedAt ? new Date(row.lastUsedAt).getTime() : 0;
  if (now - last >= TOUCH_EVERY_MS || row.lastUsedIp !== ip) await touchToken(db, row.tokenId, new Date(now), ip);
  const scopes = (typeof row.scopes === 'string' ? JSON.parse(row.scopes) : row.scopes) as string[];
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    scopeUnitId: row.scopeUnitId,
    language: row.language as 'vi' | 'en',
    sessionId: `token:${row.tokenId}`,
    csrfToken: '',
    twoFactorEnabled: row.totpEnabledAt !== null,
    via: `token: ${row.tokenName}`,
    token: { id: row.tokenId, name: row.tokenName, scopes },
  };
}

/**
 * The user behind HTTP Basic credentials. The password is checked and throttled exactly as at the
 * sign-in page (a wrong one is a failed sign-in); users who sign in with a second factor, and
 * administrators, who must, cannot use Basic: a password alone would bypass the second factor.
 */
export async function basicCaller(db: Kysely<DB>, input: { username: string; password: string; ip: string; now: number }): Promise<SessionUser> {
  const username = input.username.trim().toLowerCase();
  const { now, ip } = input;
  const wait = Math.max(await waitSeconds(db, USER_BUCKET, username, now), await waitSeconds(db, ADDRESS_BUCKET, ip, now));
  if (wait) refuseThrottled(wait);
  const user = username.length <= 100 ? await findAccountByUsername(db, username) : undefined;
  const ok = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), input.password.slice(0, 256));
  if (!user || !ok) {
    await db.transaction().execute(async (trx) => {
      await addFailure(trx, USER_BUCKET, username, now);
      await addFailure(trx, ADDRESS_BUCKET, ip, now);
      if (user)
        await writeAudit(trx, { userId: user.id, username: user.username, ip, via: 'basic' }, { action: 'login_failed', entity: 'user', entityId: user.id });
    });
    throw new AppError(401, 'login_failed');
  }
  if (!user.active) throw new AppError(403, 'account_disabled');
  if (user.totp_enabled_at || user.role === 'admin') throw new AppError(401, 'basic_two_factor');
  await clearFailures(db, USER_BUCKET, username);
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    role: user.role,
    scopeUnitId: user.scope_unit_id,
    language: user.language as 'vi' | 'en',
    sessionId: `basic:${user.id}`,
    csrfToken: '',
    twoFactorEnabled: false,
    via: 'basic',
  };
}

/** A token by id (no secret), for modules that issued it. */
export function tokenById(db: Kysely<DB>, id: number) {
  return findToken(db, id);
}

/**
 * Revokes a token another module issued (a data-use request ended), recording `byUserId` (who ended
 * it, or the token's owner when it ran out) in the caller's transaction; the caller audits the reason.
 */
export async function revokeIssuedToken(trx: Kysely<DB>, actor: Actor, id: number, byUserId: number, now: number, reason: string) {
  const token = await findToken(trx, id);
  if (!token || token.revokedAt) return;
  await markRevoked(trx, id, byUserId, new Date(now));
  await writeAudit(trx, actor, { action: 'revoke', entity: 'api_token', entityId: id, after: { name: token.name, owner: token.username, reason } });
}
