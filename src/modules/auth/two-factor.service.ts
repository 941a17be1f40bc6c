import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { acceptCode } from './auth.service.js';
import { CODE_BUCKET, addFailure, waitSeconds } from './auth.throttle.js';
import { verifyPassword } from './passwords.js';
import { enrolmentOf, matchingStep, newRecoveryCodes, newTotpSecret, recoveryHash } from './totp.js';

/** Two-factor state shown on /auth/me. */
export async function twoFactorStatus(db: Kysely<DB>, user: SessionUser) {
  const row = await db.selectFrom('app_user').select('totp_enabled_at').where('id', '=', user.id).executeTakeFirstOrThrow();
  const left = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enabled: row.totp_enabled_at !== null, required: user.role === 'admin', recoveryCodesLeft: Number(left.n) };
}

/** Starts enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startEnrolment(db: Kysely<DB>, user: SessionUser) {
  if (user.twoFactorEnabled) throw new AppError(409, 'two_factor_already_enabled');
  const secret = newTotpSecret();
  await db.updateTable('app_user').set({ totp_pending_secret: secret }).where('id', '=', user.id).execute();
  return enrolmentOf(secret, user.username);
}

async function guardCodes(db: Kysely<DB>, userId: number, now: number) {
  const wait = await waitSeconds(db, CODE_BUCKET, String(userId), now);
  if (wait) throw new AppError(429, 'login_throttled', { minutes: Math.ceil(wait / 60) });
}

async function wrongCode(db: Kysely<DB>, userId: number, now: number): Promise<never> {
  await addFailure(db, CODE_BUCKET, String(userId), now);
  throw new AppError(400, 'two_factor_code_invalid', {}, [{ field: 'code', code: 'two_factor_code_invalid' }]);
}

async function storeRecoveryCodes(trx: Kysely<DB>, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await trx.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await trx
    .insertInto('user_recovery_code')
    .values(codes.map((c) => ({ user_id: userId, code_hash: recoveryHash(c), used_at: null })))
    .execute();
  return codes;
}

/** Confirms enrolment with a code from the pending secret; returns the recovery codes, shown this once. */
export async function confirmEnrolment(db: Kysely<DB>, user: SessionUser, actor: Actor, code: string, now: number): Promise<string[]> {
  const row = await db.selectFrom('app_user').select(['totp_pending_secret', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (row.totp_enabled_at) throw new AppError(409, 'two_factor_already_enabled');
  if (!row.totp_pending_secret) throw new AppError(400, 'two_factor_not_started');
  await guardCodes(db, user.id, now);
  const step = matchingStep(row.totp_pending_secret, code.trim(), now);
  if (step === null) return wrongCode(db, user.id, now);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ totp_secret: row.totp_pending_secret, totp_pending_secret: null, totp_enabled_at: new Date(now), totp_last_step: step })
      .where('id', '=', user.id)
      .execute();
    await writeAudit(trx, actor, { action: 'enable_2fa', entity: 'user', entityId: user.id });
    return storeRecoveryCodes(trx, user.id);
  });
}

/** New recovery codes (the old ones stop working), proven with a current code. */
export async function renewRecoveryCodes(db: Kysely<DB>, user: SessionUser, actor: Actor, code: string, now: number): Promise<string[]> {
  const row = await db.selectFrom('app_user').select(['id', 'totp_secret']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!row.totp_secret) throw new AppError(400, 'two_factor_not_enabled');
  await guardCodes(db, user.id, now);
  if ((await acceptCode(db, row, code, now)) !== 'totp') return wrongCode(db, user.id, now);
  return db.transaction().execute(async (trx) => {
    await writeAudit(trx, actor, { action: 'renew_recovery_codes', entity: 'user', entityId: user.id });
    return storeRecoveryCodes(trx, user.id);
  });
}

async function clearTwoFactor(trx: Kysely<DB>, userId: number) {
  await trx
    .updateTable('app_user')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
}

/** Turns two-factor off for oneself (not for administrators), with the password. */
export async function disableTwoFactor(db: Kysely<DB>, user: SessionUser, actor: Actor, password: string): Promise<void> {
  if (user.role === 'admin') throw new AppError(403, 'two_factor_required_for_role');
  const row = await db.selectFrom('app_user').select(['password_hash', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError(400, 'wrong_current_password', {}, [{ field: 'password', code: 'wrong_current_password' }]);
  }
  if (!row.totp_enabled_at) throw new AppError(400, 'two_factor_not_enabled');
  await db.transaction().execute(async (trx) => {
    await clearTwoFactor(trx, user.id);
    await writeAudit(trx, actor, { action: 'disable_2fa', entity: 'user', entityId: user.id });
  });
}

/** An administrator resets another user's two-factor (lost phone): their sessions end; they enrol again. */
export async function resetTwoFactor(db: Kysely<DB>, actor: Actor, user: { id: number; scope_unit_id: number | null }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await clearTwoFactor(trx, user.id);
    await trx.deleteFrom('user_session').where('user_id', '=', user.id).execute();
    await writeAudit(trx, actor, { action: 'reset_2fa', entity: 'user', entityId: user.id, unitId: user.scope_unit_id });
  });
}
