import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unitValidOn } from '../admin-units/admin-units.lookup.js';

/** Ids of the units carrying a code (any validity; admin units are a shared read). */
export async function unitIdsByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('admin_unit').select('id').where('code', '=', code).execute();
}

/** Codes and names of the units valid on a day. */
export async function unitsOn(db: Kysely<DB>, day: string) {
  return db.selectFrom('admin_unit').select(['code', 'name']).where(unitValidOn(day)).execute();
}

/** Every unit (any validity) carrying one of the codes, with its validity, in one statement. */
export async function unitVersionsOfCodes(db: Kysely<DB>, codes: string[]) {
  if (!codes.length) return [];
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'valid_from', 'valid_to'])
    .where('code', '=', sql<string>`ANY(${codes}::text[])`)
    .orderBy('id')
    .execute();
}
