import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Exact totals of register lists, remembered until the register next changes. Counting every
 * household of a province takes a scan of hundreds of thousands of rows, while the same total is asked
 * for on every page of the list; `register_stamp` changes in the same transaction as any write to the
 * register (migration 0005), so a total is reused only while the stamp it was counted at still holds.
 */
/** Per database handle, so that two databases in one process (tests) never share totals. */
const byDatabase = new WeakMap<object, Map<string, number>>();
const LIMIT = 2_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any count query over the register
export async function registerTotal(db: Kysely<DB>, countQuery: SelectQueryBuilder<any, any, { n: number | string | bigint }>): Promise<number> {
  let remembered = byDatabase.get(db);
  if (!remembered) {
    remembered = new Map();
    byDatabase.set(db, remembered);
  }
  const { sql: text, parameters } = countQuery.compile();
  const key = `${text}\u0000${JSON.stringify(parameters)}`;
  const stamp = (await sql<{ n: string }>`SELECT n::text AS n FROM register_stamp`.execute(db)).rows[0]?.n;
  const hit = remembered.get(`${stamp}\u0000${key}`);
  if (hit !== undefined) return hit;
  // The stamp is read in the same statement as the count, so both come from one snapshot.
  const row = await db.selectNoFrom([sql<string>`(SELECT n::text FROM register_stamp)`.as('stamp'), countQuery.as('n')]).executeTakeFirstOrThrow();
  const total = Number(row.n);
  if (remembered.size >= LIMIT) remembered.clear();
  remembered.set(`${row.stamp}\u0000${key}`, total);
  return total;
}
