/**
 * The person table kept in name order. A name search matches persons spread over the whole table
 * (everyone called "Bùi Văn Thanh" was registered in a different household at a different time):
 * read in insertion order, each match is a page of its own, and on a million persons most of the
 * search's time goes to reading them. Stored in the order of the sort key, the matches of one name
 * sit together on a few pages. Bulk loads into an empty register write the table in that order;
 * `register:optimize` puts it back in order after many changes.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export const NAME_ORDER_INDEX = 'person_sort';

/**
 * Rebuilds indexes set aside for a bulk load. The name-order index comes first, the table is
 * rewritten in its order (CLUSTER), then the other indexes are built on the ordered table.
 */
export async function rebuildIndexes(query: (text: string) => Promise<unknown>, indexes: { name: string; def: string }[]): Promise<void> {
  const order = indexes.find((ix) => ix.name === NAME_ORDER_INDEX);
  if (order) {
    await query(order.def);
    await query(`CLUSTER person USING ${NAME_ORDER_INDEX}`);
  }
  for (const ix of indexes) if (ix !== order) await query(ix.def);
}

/** Rewrites the person table in name order and refreshes its statistics; returns the seconds taken. */
export async function orderPersonsByName(db: Kysely<DB>): Promise<number> {
  const started = performance.now();
  await sql.raw(`CLUSTER person USING ${NAME_ORDER_INDEX}`).execute(db);
  await sql`ANALYZE person`.execute(db);
  return (performance.now() - started) / 1000;
}
