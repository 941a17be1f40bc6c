import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { verifyPassword } from './passwords.service.js';
import { deleteUserSessions } from './sessions.repository.js';
import { CODE_BUCKET, addFailure, waitSeconds } from './throttle.service.js';
import { enrolmentOf, isRecoveryShape, matchingStep, newRecoveryCodes, newTotpSecret, recoveryHash } from './totp.service.js';
import {
  clearTotp,
  countRecoveryCodesLeft,
  enableTotp,
  findTwoFactor,
  replaceRecoveryCodes,
  setPendingSecret,
  takeTotpStep,
  spendRecoveryCode,
} from './two-factor.repository.js';

/** Two-factor state shown on /auth/me. */
export async function twoFactorStatus(db: Kysely<DB>, user: SessionUser) {
  const row = await findTwoFactor(db, user.id);
  return { enabled: row.totp_enabled_at !== null, required: user.role === 'admin', recoveryCodesLeft: await countRecoveryCodesLeft(db, user.id) };
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
  if (step !== null) return (await takeTotpStep(db, user.id, step)) ? 'totp' : null;
  if (!isRecoveryShape(trimmed)) return null;
  return (await spendRecoveryCode(db, user.id, recoveryHash(trimmed), new Date(now))) ? 'recovery_code' : null;
}

/** Starts enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startEnrolment(db: Kysely<DB>, user: SessionUser) {
  if (user.twoFactorEnabled) throw new AppError(409, 'two_factor_already_enabled');
  const secret = newTotpSecret();
  await setPendingSecret(db, user.id, secret);
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
  await replaceRecoveryCodes(trx, userId, codes.map(recoveryHash));
  return codes;
}

/** Confirms enrolment with a code from the pending secret; returns the recovery codes, shown this once. */
export async function confirmEnrolment(db: Kysely<DB>, user: SessionUser, actor: Actor, code: string, now: number): Promise<string[]> {
  const row = await findTwoFactor(db, user.id);
  if (row.totp_enabled_at) throw new AppError(409, 'two_factor_already_enabled');
  const pending = row.totp_pending_secret;
  if (!pending) throw new AppError(400, 'two_factor_not_started');
  await guardCodes(db, user.id, now);
  const step = matchingStep(pending, code.trim(), now);
  if (step === null) return wrongCode(db, user.id, now);
  return db.transaction().execute(async (trx) => {
    await enableTotp(trx, user.id, pending, new Date(now), step);
    await writeAudit(trx, actor, { action: 'enable_2fa', entity: 'user', entityId: user.id });
    return storeRecoveryCodes(trx, user.id);
  });
}

/** New recovery codes (the old ones stop working), proven with a current code. */
export async function renewRecoveryCodes(db: Kysely<DB>, user: SessionUser, actor: Actor, code: string, now: number): Promise<string[]> {
  const row = await findTwoFactor(db, user.id);
  if (!row.totp_secret) throw new AppError(400, 'two_factor_not_enabled');
  await guardCodes(db, user.id, now);
  if ((await acceptCode(db, row, code, now)) !== 'totp') return wrongCode(db, user.id, now);
  return db.transaction().execute(async (trx) => {
    await writeAudit(trx, actor, { action: 'renew_recovery_codes', entity: 'user', entityId: user.id });
    return storeRecoveryCodes(trx, user.id);
  });
}

/** Turns two-factor off for oneself (not for administrators), with the password. */
export async function disableTwoFactor(db: Kysely<DB>, user: SessionUser, actor: Actor, password: string): Promise<void> {
  if (user.role === 'admin') throw new AppError(403, 'two_factor_required_for_role');
  const row = await findTwoFactor(db, user.id);
  if (!(await verifyPassword(row.password_hash, password))) {
    throw new AppError(400, 'wrong_current_password', {}, [{ field: 'password', code: 'wrong_current_password' }]);
  }
  if (!row.totp_enabled_at) throw new AppError(400, 'two_factor_not_enabled');
  await db.transaction().execute(async (trx) => {
    await clearTotp(trx, user.id);
    await writeAudit(trx, actor, { action: 'disable_2fa', entity: 'user', entityId: user.id });
  });
}

/** An administrator resets another user's two-factor (lost phone): their sessions end; they enrol again. */
export async function resetTwoFactor(db: Kysely<DB>, actor: Actor, user: { id: number; scope_unit_id: number | null }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await clearTotp(trx, user.id);
    await deleteUserSessions(trx, user.id);
    await writeAudit(trx, actor, { action: 'reset_2fa', entity: 'user', entityId: user.id, unitId: user.scope_unit_id });
  });
}
