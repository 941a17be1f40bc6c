import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inCommunes } from './units.repository.js';

/** A person whose record is past a retention period, as the data-protection review lists it. */
export interface RetentionPerson {
  id: number;
  full_name: string;
  birth_year: number | null;
  commune_id: number;
  commune_name: string;
  /** The day the period started from: the date of death, or the day the record was deleted. */
  since: string;
}

/** Persons who died before `before` (a day), in the communes (null: everywhere), oldest first. */
export async function deceasedBefore(db: Kysely<DB>, before: string, communeIds: number[] | null, limit: number) {
  let q = db
    .selectFrom('person as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.commune_id')
    .where('p.death_date', '<', before)
    .where('p.deleted_at', 'is', null);
  if (communeIds) q = q.where(inCommunes('p.commune_id', communeIds));
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .select(['p.id', 'p.full_name', 'p.birth_year', 'p.commune_id', 'u.name as commune_name', sql<string>`p.death_date::text`.as('since')])
    .orderBy('p.death_date')
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return { rows: rows as RetentionPerson[], total: Number(n) };
}

/** Persons whose record was deleted before `before` (a moment) and is still kept, oldest first. */
export async function deletedBefore(db: Kysely<DB>, before: Date, communeIds: number[] | null, limit: number) {
  let q = db.selectFrom('person as p').innerJoin('admin_unit as u', 'u.id', 'p.commune_id').where('p.deleted_at', '<', before);
  if (communeIds) q = q.where(inCommunes('p.commune_id', communeIds));
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .select([
      'p.id',
      'p.full_name',
      'p.birth_year',
      'p.commune_id',
      'u.name as commune_name',
      sql<string>`to_char(p.deleted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`.as('since'),
    ])
    .orderBy('p.deleted_at')
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return { rows: rows as RetentionPerson[], total: Number(n) };
}

/** A person's commune and name (deleted records included), for their own access history. */
export function personHeader(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('person as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.commune_id')
    .select(['p.id', 'p.full_name', 'p.birth_year', 'p.commune_id', 'u.name as commune_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
