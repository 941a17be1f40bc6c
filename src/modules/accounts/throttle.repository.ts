import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Score and last change of a failure counter, if it exists. */
export function findThrottle(db: Kysely<DB>, key: string) {
  return db.selectFrom('login_throttle').select(['score', 'updated_at']).where('key', '=', key).executeTakeFirst();
}

/** Adds one failure, leaking what time has drained, in one statement (safe under concurrent failures). */
export async function bumpThrottle(db: Kysely<DB>, key: string, at: Date, leakSeconds: number): Promise<void> {
  await sql`
    INSERT INTO login_throttle (key, score, updated_at) VALUES (${key}, 1, ${at})
    ON CONFLICT (key) DO UPDATE SET
      score = GREATEST(0, login_throttle.score - GREATEST(0, EXTRACT(EPOCH FROM (excluded.updated_at - login_throttle.updated_at))) / ${leakSeconds}::float8) + 1,
      updated_at = GREATEST(excluded.updated_at, login_throttle.updated_at)`.execute(db);
}

/** Forgets a failure counter. */
export async function deleteThrottle(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
