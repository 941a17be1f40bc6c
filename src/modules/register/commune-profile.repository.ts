import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { communeOn, filtered, type HouseholdFilter, type HQuery, movesAfter, withMoves } from './households.repository.js';

/** Households in existence on the day in the communes (where they lived that day), as the household list selects them. */
async function householdsOn(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<HQuery> {
  const f: HouseholdFilter = await withMoves(db, { communeIds, date, year, deleted: false, page: 1, pageSize: 1 });
  return filtered(db.selectFrom('household as h') as HQuery, f);
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

/** A person's age band on the day, as the profile counts them. */
function ageBand(date: string) {
  const age = sql<number>`CASE WHEN p.birth_date IS NOT NULL THEN extract(year FROM age(${date}::date, p.birth_date))::int ELSE ${Number(date.slice(0, 4))}::int - p.birth_year END`;
  return sql<string>`CASE WHEN ${age} < 6 THEN '0-5' WHEN ${age} < 15 THEN '6-14' WHEN ${age} < 18 THEN '15-17' WHEN ${age} < 60 THEN '18-59' ELSE '60+' END`;
}

/**
 * Persons living on the day in those households (membership valid on the day, not deleted, not
 * dead by then), by their own ethnic group, sex and age band at the day.
 */
export async function personCounts(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<PersonCount[]> {
  const band = ageBand(date);
  const rows = await livingMembers(await householdsOn(db, communeIds, date, year), date)
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

export type PersonDimension = 'ethnic' | 'minority' | 'sex' | 'age';
export type HouseholdDimension = 'ethnic' | 'minority' | 'poverty';

/** Persons by commune, and by those of their ethnic group, minority, sex and age band that were asked for. */
export interface PersonCell {
  commune_id: number;
  ethnic_code?: string;
  minority?: boolean;
  sex?: 'male' | 'female';
  band?: string;
  n: number;
}
/** Households by commune, and by those of the head's ethnic group (and whether a minority) and poverty that were asked for. */
export interface HouseholdCell {
  commune_id: number;
  ethnic_code?: string | null;
  minority?: boolean | null;
  status?: 'poor' | 'near_poor' | 'not_poor' | null;
  n: number;
}

/** Which counts to make, and by what besides the commune; left out: not counted. */
export interface CellGroups {
  persons?: PersonDimension[];
  households?: HouseholdDimension[];
}

/** Every breakdown of both counts. */
export const ALL_GROUPS: Required<CellGroups> = { persons: ['ethnic', 'minority', 'sex', 'age'], households: ['ethnic', 'minority', 'poverty'] };

/** Members living in household `h` on the day: membership valid that day, person not deleted, not dead by then. */
function livingMembers(q: any, date: string) {
  return q
    .innerJoin('household_member as m', 'm.household_id', 'h.id')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .where('m.valid_from', '<=', date)
    .where((eb: any) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', date)]))
    .where('p.deleted_at', 'is', null)
    .where((eb: any) => eb.or([eb('p.death_date', 'is', null), eb('p.death_date', '>', date)]));
}

/** GROUP BY the first `n` selected columns (positions: the age band's parameters would not match a repeated expression). */
const byPositions = (n: number) => Array.from({ length: n }, (_, i) => sql.raw(String(i + 1)));

/**
 * Persons and households living on the day in the communes (null: everywhere), by the commune they lived
 * in that day (before a later move), counted as the profile counts them: persons by their own ethnic
 * group (minority or not), sex and age band; households by the head's ethnic group and their poverty in
 * `year`. Each count is grouped only by the breakdowns `groups` names, and made only when named.
 */
export async function registerCells(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number, groups: CellGroups = ALL_GROUPS) {
  if ((communeIds && !communeIds.length) || (!groups.persons && !groups.households)) return { persons: [] as PersonCell[], households: [] as HouseholdCell[] };
  const f: HouseholdFilter = { communeIds, date, year, deleted: false, page: 1, pageSize: 1, movesAfter: await movesAfter(db, date) };
  const base = () => filtered(db.selectFrom('household as h') as HQuery, f);
  const commune = f.movesAfter ? communeOn(date) : sql<number>`h.commune_id`;
  const countPersons = async () => {
    const g = new Set(groups.persons);
    const cols: any[] = [commune.as('commune_id')];
    if (g.has('ethnic')) cols.push('p.ethnic_code');
    if (g.has('minority')) cols.push(sql<boolean>`coalesce(eg.is_minority, false)`.as('minority'));
    if (g.has('sex')) cols.push('p.sex');
    if (g.has('age')) cols.push(ageBand(date).as('band'));
    let q = livingMembers(base(), date);
    if (g.has('minority')) q = q.leftJoin('ethnic_group as eg', 'eg.code', 'p.ethnic_code');
    return (await q
      .select([...cols, sql<number>`count(*)`.as('n')])
      .groupBy(byPositions(cols.length))
      .execute()) as any[];
  };
  const countHouseholds = async () => {
    const g = new Set(groups.households);
    const cols: any[] = [commune.as('commune_id')];
    if (g.has('ethnic')) cols.push('h.head_ethnic_code as ethnic_code');
    if (g.has('minority')) cols.push('eg.is_minority as minority');
    if (g.has('poverty')) cols.push('hp.status');
    let q: any = base();
    if (g.has('poverty')) q = q.leftJoin('household_poverty as hp', (j: any) => j.onRef('hp.household_id', '=', 'h.id').on('hp.year', '=', year));
    if (g.has('minority')) q = q.leftJoin('ethnic_group as eg', 'eg.code', 'h.head_ethnic_code');
    return (await q
      .select([...cols, sql<number>`count(*)`.as('n')])
      .groupBy(byPositions(cols.length))
      .execute()) as any[];
  };
  const [persons, households] = await Promise.all([groups.persons ? countPersons() : [], groups.households ? countHouseholds() : []]);
  return {
    persons: persons.map(
      (r): PersonCell => ({ ...r, commune_id: Number(r.commune_id), ...(r.minority !== undefined && { minority: !!r.minority }), n: Number(r.n) }),
    ),
    households: households.map((r): HouseholdCell => ({ ...r, commune_id: Number(r.commune_id), n: Number(r.n) })),
  };
}

export interface CommuneTotals {
  persons: number;
  minorityPersons: number;
  households: number;
  poorHouseholds: number;
}

/**
 * Persons (and minority persons), households (and poor households in `year`) by the commune they lived
 * in on the day, counted as the profile counts them (the register cells, grouped only by minority and
 * poverty), over the communes asked for (null: every commune). For maps of many units at once.
 */
export async function communeTotals(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number): Promise<Map<number, CommuneTotals>> {
  const out = new Map<number, CommuneTotals>();
  const cells = await registerCells(db, communeIds, date, year, { persons: ['minority'], households: ['poverty'] });
  const at = (id: number) => out.get(id) ?? out.set(id, { persons: 0, minorityPersons: 0, households: 0, poorHouseholds: 0 }).get(id)!;
  for (const r of cells.persons) {
    const c = at(r.commune_id);
    c.persons += r.n;
    if (r.minority) c.minorityPersons += r.n;
  }
  for (const r of cells.households) {
    const c = at(r.commune_id);
    c.households += r.n;
    if (r.status === 'poor') c.poorHouseholds += r.n;
  }
  return out;
}
