import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { filtered, type HouseholdFilter, type HQuery, withMoves } from './households.repository.js';

/** Households in existence on the day in the communes (where they lived that day), as the household list selects them. */
async function householdsOn(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<HQuery> {
  const f: HouseholdFilter = await withMoves(db, { communeIds, date, year, deleted: false, page: 1, pageSize: 1 });
  return filtered(db.selectFrom('household as h') as HQuery, f, true);
}

export interface HouseholdCount {
  code: string | null;
  households: number;
  poor: number;
  near_poor: number;
  demo: boolean;
}

/** Households by the head's ethnic group, with how many were poor and near-poor in `year`. */
export async function householdCounts(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<HouseholdCount[]> {
  const rows = await (await householdsOn(db, communeIds, date, year))
    .leftJoin('household_poverty as hp', (j) => j.onRef('hp.household_id', '=', 'h.id').on('hp.year', '=', year))
    .select([
      'h.head_ethnic_code as code',
      sql<number>`count(*)`.as('households'),
      sql<number>`count(*) FILTER (WHERE hp.status = 'poor')`.as('poor'),
      sql<number>`count(*) FILTER (WHERE hp.status = 'near_poor')`.as('near_poor'),
      sql<boolean>`bool_or(h.is_demo)`.as('demo'),
    ])
    .groupBy('h.head_ethnic_code')
    .execute();
  return rows.map((r: any) => ({ code: r.code, households: Number(r.households), poor: Number(r.poor), near_poor: Number(r.near_poor), demo: !!r.demo }));
}

export interface PersonCount {
  ethnic_code: string;
  sex: 'male' | 'female';
  band: string;
  n: number;
}

/**
 * Persons living on the day in those households (membership valid on the day, not deleted, not
 * dead by then), by their own ethnic group, sex and age band at the day.
 */
export async function personCounts(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<PersonCount[]> {
  const age = sql<number>`CASE WHEN p.birth_date IS NOT NULL THEN extract(year FROM age(${date}::date, p.birth_date))::int ELSE ${Number(date.slice(0, 4))}::int - p.birth_year END`;
  const band = sql<string>`CASE WHEN ${age} < 6 THEN '0-5' WHEN ${age} < 15 THEN '6-14' WHEN ${age} < 18 THEN '15-17' WHEN ${age} < 60 THEN '18-59' ELSE '60+' END`;
  const rows = await ((await householdsOn(db, communeIds, date, year)) as any)
    .innerJoin('household_member as m', 'm.household_id', 'h.id')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .where('m.valid_from', '<=', date)
    .where((eb: any) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', date)]))
    .where('p.deleted_at', 'is', null)
    .where((eb: any) => eb.or([eb('p.death_date', 'is', null), eb('p.death_date', '>', date)]))
    .select(['p.ethnic_code', 'p.sex', band.as('band'), sql<number>`count(*)`.as('n')])
    // Positions, not expressions: the band's parameters would not match a repeated expression.
    .groupBy([sql`1`, sql`2`, sql`3`])
    .execute();
  return rows.map((r: any) => ({ ethnic_code: r.ethnic_code, sex: r.sex, band: r.band, n: Number(r.n) }));
}

/** Names of ethnic groups by code. */
export async function ethnicNames(db: Kysely<DB>, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.selectFrom('ethnic_group').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
