import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';
import { passwordProblem } from './password-policy.js';
import { ADDRESS_BUCKET, CODE_BUCKET, DEVICE_BUCKET, USER_BUCKET, addFailure, clearFailures, waitSeconds } from './auth.throttle.js';
import { isRecoveryShape, matchingStep, recoveryHash } from './totp.js';

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
  const row = await db.selectFrom('user_device').select('user_id').where('id', '=', tokenHash(deviceToken)).executeTakeFirst();
  return row?.user_id ?? null;
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
  const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
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
      await trx.deleteFrom('login_challenge').where('expires_at', '<', new Date(now)).execute();
      await trx
        .insertInto('login_challenge')
        .values({ id: tokenHash(challenge), user_id: user.id, expires_at: new Date(now + CHALLENGE_MINUTES * 60_000) })
        .execute();
    });
    return { next: 'code', challenge };
  }
  const opened = await openSession(db, user, input, 'password');
  return { ...opened, next: user.role === 'admin' ? 'enrol' : 'done' };
}

/** Second step: a 6-digit code from the authenticator (each accepted once) or a one-time recovery code. */
export async function loginWithCode(db: Kysely<DB>, input: { challenge: string; code: string } & Client): Promise<LoginOutcome> {
  const { now } = input;
  const row = await db.selectFrom('login_challenge').selectAll().where('id', '=', tokenHash(input.challenge)).executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() < now || row.attempts >= CHALLENGE_ATTEMPTS) throw new AppError(401, 'login_challenge_expired');
  const wait = await waitSeconds(db, CODE_BUCKET, String(row.user_id), now);
  if (wait) refuseThrottled(wait);
  const user = await db.selectFrom('app_user').selectAll().where('id', '=', row.user_id).executeTakeFirstOrThrow();
  const method = await acceptCode(db, user, input.code, now);
  if (!method) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('login_challenge')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', row.id)
        .execute();
      await addFailure(trx, CODE_BUCKET, String(user.id), now);
      await writeAudit(trx, { userId: user.id, username: user.username, ip: input.ip }, { action: 'login_code_failed', entity: 'user', entityId: user.id });
    });
    throw new AppError(401, 'two_factor_code_invalid', {}, [{ field: 'code', code: 'two_factor_code_invalid' }]);
  }
  if (!user.active) throw new AppError(403, 'account_disabled');
  await db.deleteFrom('login_challenge').where('id', '=', row.id).execute();
  await clearFailures(db, CODE_BUCKET, String(user.id));
  return { ...(await openSession(db, user, input, method)), next: 'done' };
}

/**
 * Accepts a TOTP code for a step later than the last one used (so a code seen over a shoulder or
 * replayed is refused), or an unused recovery code. Returns how the user proved it, or null.
 */
export async function acceptCode(
  db: Kysely<DB>,
  user: { id: number; totp_secret: string | null },
  code: string,
  now: number,
): Promise<'totp' | 'recovery_code' | null> {
  const trimmed = code.trim().replace(/\s/g, '');
  if (!user.totp_secret) return null;
  const step = matchingStep(user.totp_secret, trimmed, now);
  if (step !== null) {
    const taken = await db
      .updateTable('app_user')
      .set({ totp_last_step: step })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1 ? 'totp' : null;
  }
  if (!isRecoveryShape(trimmed)) return null;
  const used = await db
    .updateTable('user_recovery_code')
    .set({ used_at: new Date(now) })
    .where('user_id', '=', user.id)
    .where('code_hash', '=', recoveryHash(trimmed))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? 'recovery_code' : null;
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
      await trx
        .updateTable('user_device')
        .set({ last_used_at: new Date(c.now) })
        .where('id', '=', tokenHash(deviceToken))
        .execute();
    } else {
      await trx
        .insertInto('user_device')
        .values({ id: tokenHash(deviceToken), user_id: user.id, created_at: new Date(c.now), last_used_at: new Date(c.now) })
        .execute();
      const keep = trx.selectFrom('user_device').select('id').where('user_id', '=', user.id).orderBy('last_used_at', 'desc').limit(DEVICES_PER_USER);
      await trx.deleteFrom('user_device').where('user_id', '=', user.id).where('id', 'not in', keep).execute();
    }
    await trx
      .insertInto('user_session')
      .values({
        id: tokenHash(token),
        user_id: user.id,
        csrf_token: crypto.randomBytes(24).toString('base64url'),
        expires_at: new Date(Date.now() + c.sessionHours * 3600_000),
        ip: c.ip,
        user_agent: c.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
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
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.expires_at as expiresAt',
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.role',
      'u.scope_unit_id as scopeUnitId',
      'u.language',
      'u.active',
      'u.totp_enabled_at as totpEnabledAt',
    ])
    .where('s.id', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || !row.active || new Date(row.expiresAt).getTime() < Date.now()) return null;
  const { expiresAt: _e, active: _a, totpEnabledAt, ...user } = row;
  return { ...user, twoFactorEnabled: totpEnabledAt !== null };
}

export async function logout(db: Kysely<DB>, user: SessionUser, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_session').where('id', '=', user.sessionId).execute();
    await writeAudit(trx, actor, { action: 'logout', entity: 'user', entityId: user.id });
  });
}

/** Refuses a new password by the rules of password-policy.ts and, when given, the current hash. */
export async function checkNewPassword(password: string, field: string, username: string | null, currentHash?: string | null): Promise<void> {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError(400, problem, {}, [{ field, code: problem }]);
  if (currentHash && (await verifyPassword(currentHash, password))) {
    throw new AppError(400, 'password_unchanged', {}, [{ field, code: 'password_unchanged' }]);
  }
}

/** Changes the password and ends every other session of the user. */
export async function changePassword(db: Kysely<DB>, user: SessionUser, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const row = await db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError(400, 'wrong_current_password', {}, [{ field: 'currentPassword', code: 'wrong_current_password' }]);
  }
  if (input.newPassword === input.currentPassword) throw new AppError(400, 'password_unchanged', {}, [{ field: 'newPassword', code: 'password_unchanged' }]);
  await checkNewPassword(input.newPassword, 'newPassword', user.username);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, password_changed_at: new Date(), updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('user_session').where('user_id', '=', user.id).where('id', '!=', user.sessionId).execute();
    await writeAudit(trx, actor, { action: 'change_password', entity: 'user', entityId: user.id });
  });
}
