import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Stores a new access token (its secret only as a hash) and returns its id. */
export async function insertToken(
  db: Kysely<DB>,
  t: { userId: number; name: string; secretHash: string; prefix: string; scopes: string[]; origin: string; createdAt: Date; expiresAt: Date },
): Promise<number> {
  const row = await db
    .insertInto('api_token')
    .values({
      user_id: t.userId,
      name: t.name,
      secret_hash: t.secretHash,
      prefix: t.prefix,
      scopes: JSON.stringify(t.scopes),
      origin: t.origin,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const tokenColumns = [
  't.id',
  't.user_id as userId',
  'u.username',
  't.name',
  't.prefix',
  't.scopes',
  't.origin',
  't.created_at as createdAt',
  't.expires_at as expiresAt',
  't.revoked_at as revokedAt',
  't.last_used_at as lastUsedAt',
  't.last_used_ip as lastUsedIp',
] as const;

/** Tokens newest first: of one user, or everyone's (userId null). */
export function listTokens(db: Kysely<DB>, userId: number | null) {
  let q = db.selectFrom('api_token as t').innerJoin('app_user as u', 'u.id', 't.user_id').select(tokenColumns);
  if (userId !== null) q = q.where('t.user_id', '=', userId);
  return q.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(500).execute();
}

export function findToken(db: Kysely<DB>, id: number) {
  return db.selectFrom('api_token as t').innerJoin('app_user as u', 'u.id', 't.user_id').select(tokenColumns).where('t.id', '=', id).executeTakeFirst();
}

/** Tokens of a user that are neither revoked nor expired (to keep names distinct). */
export async function liveTokenNames(db: Kysely<DB>, userId: number, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('api_token')
    .select('name')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  return rows.map((r) => r.name);
}

/** A token by the hash of its secret, with its owner as a session would show them. */
export function findTokenWithUser(db: Kysely<DB>, secretHash: string) {
  return db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select([
      't.id as tokenId',
      't.name as tokenName',
      't.scopes',
      't.expires_at as expiresAt',
      't.revoked_at as revokedAt',
      't.last_used_at as lastUsedAt',
      't.last_used_ip as lastUsedIp',
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.scope_unit_id as scopeUnitId',
      'u.language',
      'u.active',
      'u.totp_enabled_at as totpEnabledAt',
    ])
    .where('t.secret_hash', '=', secretHash)
    .executeTakeFirst();
}

/** Marks a token revoked (once). */
export async function markRevoked(db: Kysely<DB>, id: number, by: number, at: Date): Promise<void> {
  await db.updateTable('api_token').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Records a token's last use. */
export async function touchToken(db: Kysely<DB>, id: number, at: Date, ip: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at, last_used_ip: ip }).where('id', '=', id).execute();
}
