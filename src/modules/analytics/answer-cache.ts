import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeSnapshot } from './analytics.repository.js';

/**
 * Answers kept until the database next changes. An answer is kept under the transaction id the database would
 * give the next writer, read before it was computed, and only when no writing transaction was open then: any
 * write since (a value saved, a household changed, metadata edited, by this server or another process) moves
 * that id on, so a kept answer is never older than the data. While data entry runs the cache simply misses.
 */
const MAX_ENTRIES = 300;
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  next: string;
  at: number;
  value: unknown;
}
const entries = new Map<string, Entry>();
let hits = 0;
let misses = 0;

export async function cachedAnswer<T>(db: Kysely<DB>, key: string, compute: () => Promise<T>): Promise<{ value: T; hit: boolean }> {
  const snap = await writeSnapshot(db);
  const e = entries.get(key);
  if (e && e.next === snap.next && !snap.busy && Date.now() - e.at < MAX_AGE_MS) {
    // Most recently used last, so the oldest is dropped first.
    entries.delete(key);
    entries.set(key, e);
    hits++;
    return { value: e.value as T, hit: true };
  }
  misses++;
  const value = await compute();
  if (!snap.busy) {
    entries.delete(key);
    entries.set(key, { next: snap.next, at: Date.now(), value });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  } else entries.delete(key);
  return { value, hit: false };
}

/** How the cache has done since start (for the health page and tests). */
export const answerCacheStats = () => ({ entries: entries.size, hits, misses });

export function clearAnswerCache() {
  entries.clear();
}
