import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Two-factor columns of a user. */
export function findTwoFactor(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'totp_secret', 'totp_pending_secret', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** Keeps a secret pending until a code from it is confirmed. */
export async function setPendingSecret(db: Kysely<DB>, userId: number, secret: string): Promise<void> {
  await db.updateTable('app_user').set({ totp_pending_secret: secret }).where('id', '=', userId).execute();
}

/** Turns two-factor on with the given secret, `step` being the code just used. */
export async function enableTotp(db: Kysely<DB>, userId: number, secret: string, at: Date, step: number): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: at, totp_last_step: step })
    .where('id', '=', userId)
    .execute();
}

/** Records a TOTP step as used, if it is later than the last one; false when it was not. */
export async function takeTotpStep(db: Kysely<DB>, userId: number, step: number): Promise<boolean> {
  const taken = await db
    .updateTable('app_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Turns two-factor off and forgets its recovery codes. */
export async function clearTotp(db: Kysely<DB>, userId: number): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
}

/** Unused recovery codes of a user. */
export async function countRecoveryCodesLeft(db: Kysely<DB>, userId: number): Promise<number> {
  const left = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(left.n);
}

/** Replaces a user's recovery codes with new ones (by hash). */
export async function replaceRecoveryCodes(db: Kysely<DB>, userId: number, hashes: string[]): Promise<void> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(hashes.map((h) => ({ user_id: userId, code_hash: h, used_at: null })))
    .execute();
}

/** Uses an unused recovery code once; false when there is none with that hash. */
export async function spendRecoveryCode(db: Kysely<DB>, userId: number, hash: string, at: Date): Promise<boolean> {
  const used = await db
    .updateTable('user_recovery_code')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}
