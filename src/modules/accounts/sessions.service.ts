import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.service.js';
import {
  bumpChallengeAttempts,
  deleteChallenge,
  deleteSession,
  deleteUserSessions,
  deviceOwnerId,
  findChallenge,
  findSessionWithUser,
  insertChallenge,
  insertDevice,
  insertSession,
  touchDevice,
} from './sessions.repository.js';
import { ADDRESS_BUCKET, CODE_BUCKET, DEVICE_BUCKET, USER_BUCKET, addFailure, clearFailures, waitSeconds } from './throttle.service.js';
import { acceptCode } from './two-factor.service.js';
import { findAccount, findAccountByUsername, findScopeUnit, setPasswordHash, updateUserRow } from './users.repository.js';
import { checkNewPassword } from './users.service.js';

/** Minutes a password-accepted, code-awaited login stays open; wrong codes allowed on one. */
const CHALLENGE_MINUTES = 5;
const CHALLENGE_ATTEMPTS = 5;
/** Known devices remembered per user (the oldest are forgotten). */
const DEVICES_PER_USER = 20;

export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const newToken = () => crypto.randomBytes(32).toString('base64url');

interface Client {
  ip: string;
  userAgent: string | null;
  /** Value of the known-device cookie, if the browser sent one. */
  deviceToken: string | null;
  sessionHours: number;
  now: number;
}

/** What a login step answers: a session (maybe only to enrol two-factor), or a second step to take. */
export type LoginOutcome = { next: 'done' | 'enrol'; token: string; deviceToken: string; userId: number } | { next: 'code'; challenge: string };

async function deviceOwner(db: Kysely<DB>, deviceToken: string | null): Promise<number | null> {
  if (!deviceToken || deviceToken.length > 100) return null;
  return deviceOwnerId(db, tokenHash(deviceToken));
}

function refuseThrottled(seconds: number): never {
  throw new AppError(429, 'login_throttled', { minutes: Math.ceil(seconds / 60) });
}

/**
 * Checks a password. Failures count against the name (whether it exists or not) and the address,
 * and both leak away with time; a browser that signed in as this user before (device cookie) is
 * judged by its own counter instead, so nobody can lock a user out from elsewhere.
 */
export async function login(db: Kysely<DB>, input: { username: string; password: string } & Client): Promise<LoginOutcome> {
  const username = input.username.trim().toLowerCase();
  const { now } = input;
  const user = await findAccountByUsername(db, username);
  const knownDevice = user !== undefined && (await deviceOwner(db, input.deviceToken)) === user.id;
  const deviceKey = knownDevice ? tokenHash(input.deviceToken!) : '';
  const wait = knownDevice
    ? await waitSeconds(db, DEVICE_BUCKET, deviceKey, now)
    : Math.max(await waitSeconds(db, USER_BUCKET, username, now), await waitSeconds(db, ADDRESS_BUCKET, input.ip, now));
  if (wait) refuseThrottled(wait);
  // The same argon2 work whether the name exists or not, so timing tells nothing either.
  const ok = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), input.password);
  if (!user || !ok) {
    await db.transaction().execute(async (trx) => {
      await addFailure(trx, USER_BUCKET, username, now);
      await addFailure(trx, ADDRESS_BUCKET, input.ip, now);
      if (knownDevice) await addFailure(trx, DEVICE_BUCKET, deviceKey, now);
      if (user)
        await writeAudit(
          trx,
          { userId: user.id, username: user.username, ip: input.ip },
          { action: 'login_failed', entity: 'user', entityId: user.id, after: { knownDevice } },
        );
    });
    throw new AppError(401, 'login_failed');
  }
  if (!user.active) throw new AppError(403, 'account_disabled');
  if (user.totp_enabled_at) {
    const challenge = newToken();
    await db.transaction().execute(async (trx) => {
      await insertChallenge(trx, { id: tokenHash(challenge), userId: user.id, expiresAt: new Date(now + CHALLENGE_MINUTES * 60_000), now: new Date(now) });
    });
    return { next: 'code', challenge };
  }
  const opened = await openSession(db, user, input, 'password');
  return { ...opened, next: user.role === 'admin' ? 'enrol' : 'done' };
}

/** Second step: a 6-digit code from the authenticator (each accepted once) or a one-time recovery code. */
export async function loginWithCode(db: Kysely<DB>, input: { challenge: string; code: string } & Client): Promise<LoginOutcome> {
  const { now } = input;
  const row = await findChallenge(db, tokenHash(input.challenge));
  if (!row || new Date(row.expires_at).getTime() < now || row.attempts >= CHALLENGE_ATTEMPTS) throw new AppError(401, 'login_challenge_expired');
  const wait = await waitSeconds(db, CODE_BUCKET, String(row.user_id), now);
  if (wait) refuseThrottled(wait);
  const user = await findAccount(db, row.user_id);
  const method = await acceptCode(db, user, input.code, now);
  if (!method) {
    await db.transaction().execute(async (trx) => {
      await bumpChallengeAttempts(trx, row.id);
      await addFailure(trx, CODE_BUCKET, String(user.id), now);
      await writeAudit(trx, { userId: user.id, username: user.username, ip: input.ip }, { action: 'login_code_failed', entity: 'user', entityId: user.id });
    });
    throw new AppError(401, 'two_factor_code_invalid', {}, [{ field: 'code', code: 'two_factor_code_invalid' }]);
  }
  if (!user.active) throw new AppError(403, 'account_disabled');
  await deleteChallenge(db, row.id);
  await clearFailures(db, CODE_BUCKET, String(user.id));
  return { ...(await openSession(db, user, input, method)), next: 'done' };
}

/** Opens a session and remembers the browser as a known device of the user. */
async function openSession(db: Kysely<DB>, user: { id: number; username: string }, c: Client, method: string) {
  const token = newToken();
  const known = (await deviceOwner(db, c.deviceToken)) === user.id;
  const deviceToken = known ? c.deviceToken! : newToken();
  await db.transaction().execute(async (trx) => {
    await clearFailures(trx, USER_BUCKET, user.username);
    if (known) {
      await clearFailures(trx, DEVICE_BUCKET, tokenHash(deviceToken));
      await touchDevice(trx, tokenHash(deviceToken), new Date(c.now));
    } else {
      await insertDevice(trx, tokenHash(deviceToken), user.id, new Date(c.now), DEVICES_PER_USER);
    }
    await insertSession(trx, {
      id: tokenHash(token),
      userId: user.id,
      csrfToken: crypto.randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + c.sessionHours * 3600_000),
      ip: c.ip,
      userAgent: c.userAgent?.slice(0, 300) ?? null,
    });
    await writeAudit(
      trx,
      { userId: user.id, username: user.username, ip: c.ip },
      { action: 'login', entity: 'user', entityId: user.id, after: { method, knownDevice: known } },
    );
  });
  return { token, deviceToken, userId: user.id };
}

/** Finds the live session for a cookie token, extending nothing: sessions expire on schedule. */
export async function sessionUser(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const row = await findSessionWithUser(db, tokenHash(token));
  if (!row?.active || new Date(row.expiresAt).getTime() < Date.now()) return null;
  const { expiresAt: _e, active: _a, totpEnabledAt, ...user } = row;
  return { ...user, twoFactorEnabled: totpEnabledAt !== null };
}

/** Ends the caller's session. */
export async function logout(db: Kysely<DB>, user: SessionUser, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, user.sessionId);
    await writeAudit(trx, actor, { action: 'logout', entity: 'user', entityId: user.id });
  });
}

/** Changes the password and ends every other session of the user. */
export async function changePassword(db: Kysely<DB>, user: SessionUser, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const row = await findAccount(db, user.id);
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError(400, 'wrong_current_password', {}, [{ field: 'currentPassword', code: 'wrong_current_password' }]);
  }
  if (input.newPassword === input.currentPassword) throw new AppError(400, 'password_unchanged', {}, [{ field: 'newPassword', code: 'password_unchanged' }]);
  await checkNewPassword(input.newPassword, 'newPassword', user.username);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash, true);
    await deleteUserSessions(trx, user.id, user.sessionId);
    await writeAudit(trx, actor, { action: 'change_password', entity: 'user', entityId: user.id });
  });
}

/** The unit a user's area is, as /auth/me shows it (null: the whole country). */
export async function scopeUnitOf(db: Kysely<DB>, user: SessionUser) {
  return user.scopeUnitId === null ? null : ((await findScopeUnit(db, user.scopeUnitId)) ?? null);
}

/** Changes the caller's interface language. */
export async function changeLanguage(db: Kysely<DB>, user: SessionUser, actor: Actor, language: 'vi' | 'en'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { language });
    await writeAudit(trx, actor, { action: 'update', entity: 'user', entityId: user.id, before: { language: user.language }, after: { language } });
  });
}
