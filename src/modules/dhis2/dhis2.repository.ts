import type { Kysely } from 'kysely';
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
