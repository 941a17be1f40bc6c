import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inCommunes } from '../register/units.service.js';

// Both read tables of other modules (household: register; data_set: reporting-metadata) until those
// modules export these as service functions; then the overview calls them and this file goes.

/** Whether the caller's communes (null: everywhere) hold demo households. */
export async function anyDemoHousehold(db: Kysely<DB>, communeIds: number[] | null): Promise<boolean> {
  const row = await db
    .selectFrom('household as h')
    .select('h.id')
    .where('h.is_demo', '=', true)
    .$if(communeIds !== null, (q) => q.where(inCommunes('h.commune_id', communeIds ?? [])))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Codes of the active report forms, in code order. */
export function activeDataSetCodes(db: Kysely<DB>) {
  return db.selectFrom('data_set').select('code').where('active', '=', true).orderBy('code').execute();
}
