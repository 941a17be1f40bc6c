import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { DUMMY_HASH, hashPassword, isStrongEnough, verifyPassword } from './passwords.js';

/** Failures allowed before the account locks; each further failure doubles the wait. */
export const FREE_ATTEMPTS = 5;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 3600;

export function lockSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Checks a password, applies lock-out with back-off, and opens a session. Returns the cookie token. */
export async function login(
  db: Kysely<DB>,
  input: { username: string; password: string; ip: string; userAgent: string | null; sessionHours: number },
): Promise<{ token: string; userId: number }> {
  const username = input.username.trim().toLowerCase();
  const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user) {
    await verifyPassword(await DUMMY_HASH, input.password);
    throw new AppError(401, 'login_failed');
  }
  const now = Date.now();
  if (user.locked_until && new Date(user.locked_until).getTime() > now) {
    throw new AppError(429, 'account_locked', { seconds: Math.ceil((new Date(user.locked_until).getTime() - now) / 1000) });
  }
  const ok = await verifyPassword(user.password_hash, input.password);
  const actor: Actor = { userId: user.id, username: user.username, ip: input.ip };
  if (!ok) {
    const failures = user.failed_logins + 1;
    const wait = lockSeconds(failures);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('app_user')
        .set({ failed_logins: failures, locked_until: wait ? new Date(now + wait * 1000) : null })
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, actor, { action: 'login_failed', entity: 'user', entityId: user.id, after: { failures, lockedSeconds: wait } });
    });
    if (wait) throw new AppError(429, 'account_locked', { seconds: wait });
    throw new AppError(401, 'login_failed');
  }
  if (!user.active) throw new AppError(403, 'account_disabled');
  const token = crypto.randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx
      .insertInto('user_session')
      .values({
        id: tokenHash(token),
        user_id: user.id,
        csrf_token: crypto.randomBytes(24).toString('base64url'),
        expires_at: new Date(now + input.sessionHours * 3600_000),
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await writeAudit(trx, actor, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { token, userId: user.id };
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
    ])
    .where('s.id', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || !row.active || new Date(row.expiresAt).getTime() < Date.now()) return null;
  const { expiresAt: _e, active: _a, ...user } = row;
  return user;
}

export async function logout(db: Kysely<DB>, user: SessionUser, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_session').where('id', '=', user.sessionId).execute();
    await writeAudit(trx, actor, { action: 'logout', entity: 'user', entityId: user.id });
  });
}

/** Changes the password and ends every other session of the user. */
export async function changePassword(
  db: Kysely<DB>,
  user: SessionUser,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError(400, 'wrong_current_password', {}, [{ field: 'currentPassword', code: 'wrong_current_password' }]);
  }
  if (!isStrongEnough(input.newPassword)) {
    throw new AppError(400, 'weak_password', {}, [{ field: 'newPassword', code: 'weak_password' }]);
  }
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
