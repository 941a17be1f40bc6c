import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inCommunes } from './units.repository.js';

/** Which of the persons (by id) are held in the communes. */
export async function personIdsInCommunes(db: Kysely<DB>, personIds: number[], communeIds: number[]): Promise<number[]> {
  if (!personIds.length || !communeIds.length) return [];
  const rows = await db
    .selectFrom('person')
    .select('id')
    .where('id', '=', sql<number>`ANY(${personIds}::int[])`)
    .where('commune_id', '=', sql<number>`ANY(${communeIds}::int[])`)
    .execute();
  return rows.map((r) => r.id);
}

/** Whether the communes (null: everywhere) hold demo households. */
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
