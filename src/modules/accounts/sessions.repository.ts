import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The user a known device (by token hash) belongs to. */
export async function deviceOwnerId(db: Kysely<DB>, deviceId: string): Promise<number | null> {
  const row = await db.selectFrom('user_device').select('user_id').where('id', '=', deviceId).executeTakeFirst();
  return row?.user_id ?? null;
}

/** Marks a known device as used now. */
export async function touchDevice(db: Kysely<DB>, deviceId: string, at: Date): Promise<void> {
  await db.updateTable('user_device').set({ last_used_at: at }).where('id', '=', deviceId).execute();
}

/** Remembers a new device of a user, keeping only the `keep` most recently used. */
export async function insertDevice(db: Kysely<DB>, deviceId: string, userId: number, at: Date, keep: number): Promise<void> {
  await db.insertInto('user_device').values({ id: deviceId, user_id: userId, created_at: at, last_used_at: at }).execute();
  const kept = db.selectFrom('user_device').select('id').where('user_id', '=', userId).orderBy('last_used_at', 'desc').limit(keep);
  await db.deleteFrom('user_device').where('user_id', '=', userId).where('id', 'not in', kept).execute();
}

/** Stores a new session. */
export async function insertSession(
  db: Kysely<DB>,
  s: { id: string; userId: number; csrfToken: string; expiresAt: Date; ip: string; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent })
    .execute();
}

/** A session (by token hash) with its user. */
export function findSessionWithUser(db: Kysely<DB>, sessionId: string) {
  return db
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
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, but the one named in `except`. */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, except?: string): Promise<void> {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (except !== undefined) q = q.where('id', '!=', except);
  await q.execute();
}

/** Opens a second-step challenge, dropping the expired ones. */
export async function insertChallenge(db: Kysely<DB>, c: { id: string; userId: number; expiresAt: Date; now: Date }): Promise<void> {
  await db.deleteFrom('login_challenge').where('expires_at', '<', c.now).execute();
  await db.insertInto('login_challenge').values({ id: c.id, user_id: c.userId, expires_at: c.expiresAt }).execute();
}

export function findChallenge(db: Kysely<DB>, id: string) {
  return db.selectFrom('login_challenge').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Counts one wrong code against a challenge. */
export async function bumpChallengeAttempts(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('login_challenge')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function deleteChallenge(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('login_challenge').where('id', '=', id).execute();
}
