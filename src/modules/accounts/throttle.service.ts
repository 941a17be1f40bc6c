import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { bumpThrottle, deleteThrottle, findThrottle } from './throttle.repository.js';

/**
 * Leaky-bucket failure counters kept in the database (they hold across restarts, on both engines).
 * Each failure adds 1; the score leaks one unit every `leakSeconds`; a key is refused while its
 * score has no room for one more failure (above capacity − 1). Nothing locks for good: waiting
 * always opens the way again.
 */
export interface Bucket {
  prefix: string;
  capacity: number;
  leakSeconds: number;
}

/** Per login name (known or not, so answers do not reveal which names exist): 10 failures, then one every 3 minutes. */
export const USER_BUCKET: Bucket = { prefix: 'u:', capacity: 10, leakSeconds: 180 };
/** Per address, failures only: an office of hundreds behind one NAT may fail 300 times at once and 60 a minute after. */
export const ADDRESS_BUCKET: Bucket = { prefix: 'a:', capacity: 300, leakSeconds: 1 };
/** Per known device of a user: its own counter, so others' failures on the name never block it. */
export const DEVICE_BUCKET: Bucket = { prefix: 'd:', capacity: 10, leakSeconds: 180 };
/** Second-step codes per user: 5 wrong codes, then one every 5 minutes. */
export const CODE_BUCKET: Bucket = { prefix: 't:', capacity: 5, leakSeconds: 300 };

/** Score after leaking from `updatedAt` to `now`. */
export function leaked(score: number, updatedAt: Date | string, now: number, bucket: Bucket): number {
  const elapsed = Math.max(0, (now - new Date(updatedAt).getTime()) / 1000);
  return Math.max(0, score - elapsed / bucket.leakSeconds);
}

/** Seconds until the key may try again (0: it may now). */
export async function waitSeconds(db: Kysely<DB>, bucket: Bucket, id: string, now: number): Promise<number> {
  const row = await findThrottle(db, bucket.prefix + id);
  if (!row) return 0;
  return secondsToRoom(leaked(Number(row.score), row.updated_at, now, bucket), bucket);
}

/** Seconds until a bucket at `score` has room for one more failure. */
export function secondsToRoom(score: number, bucket: Bucket): number {
  const excess = score - (bucket.capacity - 1);
  return excess <= 1e-9 ? 0 : Math.max(1, Math.ceil(excess * bucket.leakSeconds - 1e-6));
}

/** Adds one failure, leaking what time has drained. */
export async function addFailure(db: Kysely<DB>, bucket: Bucket, id: string, now: number): Promise<void> {
  await bumpThrottle(db, bucket.prefix + id, new Date(now), bucket.leakSeconds);
}

/** Forgets a key's failures (a full sign-in succeeded, or an administrator cleared it). */
export async function clearFailures(db: Kysely<DB>, bucket: Bucket, id: string): Promise<void> {
  await deleteThrottle(db, bucket.prefix + id);
}

/** Current score of a key (for the users list). */
export async function currentScore(db: Kysely<DB>, bucket: Bucket, id: string, now: number): Promise<number> {
  const row = await findThrottle(db, bucket.prefix + id);
  return row ? leaked(Number(row.score), row.updated_at, now, bucket) : 0;
}
