import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

/** An administrative unit by id (a shared read of the admin-units tables). */
export function unitById(db: Kysely<DB>, id: number) {
  return db.selectFrom('admin_unit').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a unit ever carried the code. */
export async function codeEverUsed(db: Kysely<DB>, code: string): Promise<boolean> {
  return !!(await db.selectFrom('admin_unit').select(['id']).where('code', '=', code).executeTakeFirst());
}

/** Units by id with their type and name (for history lines naming old and new communes). */
export function unitsByIds(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('admin_unit').select(['id', 'code', 'name', 'type']).where('id', 'in', ids).execute();
}

/** Villages by id with their code and name (for history lines naming old and new villages). */
export function villagesByIds(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('village').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}

/** A village row by id. */
// The village table belongs to the villages module; this read moves behind its service once it offers one.
export function villageRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('village').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A village's id, code and name. */
export function villageRef(db: Kysely<DB>, id: number) {
  return db.selectFrom('village').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();
}

/**
 * `column` is one of the commune ids. `= ANY` of a bound array: PostgreSQL (14 and later, so PGlite too) hashes
 * the array once for a long list, and unlike a join to `unnest(…)` it leaves the count free to run in parallel
 * (a province's households by commune and poverty at 265,000 households: 444 ms joined, 196 ms with `= ANY`).
 * Pages and totals filter alike.
 */
export function inCommunes(column: string, ids: number[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = ANY(${ids}::int[])`;
}
