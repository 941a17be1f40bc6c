import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The units' rows in the usual list order (by name, then code); admin units are a shared read. */
export async function unitRows(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'type', 'name', 'level', 'valid_from', 'valid_to'])
    .where('id', '=', sql<number>`ANY(${ids}::int[])`)
    .orderBy(sql`sort_key COLLATE "C"`)
    .orderBy('code')
    .execute();
}

/** "type name" of units by id. */
export async function unitNames(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.selectFrom('admin_unit').select(['id', 'type', 'name']).where('id', '=', sql<number>`ANY(${ids}::int[])`).execute();
  return new Map(rows.map((r) => [r.id, `${r.type} ${r.name}`]));
}
