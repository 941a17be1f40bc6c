import { type RawBuilder, sql, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { CCCD } from '../../shared/fields.js';
import type { Household } from '../../db/schema.register.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../../db/query-helpers.js';
import { inCommunes } from './units.repository.js';
import { registerTotal } from './totals.repository.js';

/** A household with what every answer shows about its commune, village and head. */
export type HouseholdRow = Household & {
  commune_code: string;
  commune_name: string;
  commune_type: string;
  village_code: string | null;
  village_name: string | null;
  head_full_name: string | null;
  head_sex: string | null;
  head_birth_year: number | null;
  head_ethnic: string | null;
};

export function withRefs(db: Kysely<DB>) {
  return db
    .selectFrom('household as h')
    .innerJoin('admin_unit as c', 'c.id', 'h.commune_id')
    .leftJoin('village as v', 'v.id', 'h.village_id')
    .leftJoin('person as p', 'p.id', 'h.head_person_id')
    .selectAll('h')
    .select([
      'c.code as commune_code',
      'c.name as commune_name',
      'c.type as commune_type',
      'v.code as village_code',
      'v.name as village_name',
      'p.full_name as head_full_name',
      'p.sex as head_sex',
      'p.birth_year as head_birth_year',
      'p.ethnic_code as head_ethnic',
    ]);
}

export async function getHousehold(db: Kysely<DB>, id: number): Promise<HouseholdRow | undefined> {
  return (await withRefs(db).where('h.id', '=', id).executeTakeFirst()) as HouseholdRow | undefined;
}

export interface HouseholdFilter {
  /** Communes to list; null = everywhere (national users). */
  communeIds: number[] | null;
  date: string;
  q?: string;
  villageId?: number;
  ethnic?: string;
  poverty?: string;
  year: number;
  housing?: string;
  water?: string;
  internet?: string;
  deleted: boolean;
  page: number;
  pageSize: number;
  /**
   * Whether some household changed commune after `date` (see movesAfter): then the commune filter
   * looks at each household's commune on the day, not today's. Left out, today's commune is used.
   */
  movesAfter?: boolean;
}

export type HQuery = SelectQueryBuilder<DB & { h: DB['household'] }, 'h', any>;

/** Commune changes of households recorded after the day (served by the index record_change_household_commune). */
const laterMove = (alias: string, date: string) =>
  sql`${sql.ref(`${alias}.entity`)} = 'household' AND ${sql.ref(`${alias}.field`)} = 'communeId' AND ${sql.ref(`${alias}.effective_date`)} > ${date}`;

/** Whether any household changed commune after the day (the 2025 reform moved them all on 1/7/2025). */
export async function movesAfter(db: Kysely<DB>, date: string): Promise<boolean> {
  const r = await sql<{ x: number }>`SELECT 1 AS x FROM record_change r WHERE ${laterMove('r', date)} LIMIT 1`.execute(db);
  return r.rows.length > 0;
}

/**
 * The household was in one of the communes on the day: the commune its first move after the day took
 * it from, else (no later move) today's commune. One index probe per household (record_change_entity).
 */
function inCommunesOn(ids: number[], date: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r
      WHERE r.entity = 'household' AND r.entity_id = h.id AND r.effective_date > ${date} AND r.field = 'communeId'
      ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id) = ANY(${ids}::int[])`;
}

/** Where households that moved after the day lived that day: their first later move's old commune, by household id. */
export async function communesOnDay(db: Kysely<DB>, ids: number[], date: string) {
  const out = new Map<number, { commune_id: number; commune_code: string; commune_name: string; commune_type: string }>();
  if (!ids.length) return out;
  const r = await sql<{ id: number; commune_id: number; commune_code: string; commune_name: string; commune_type: string }>`
    SELECT DISTINCT ON (r.entity_id) r.entity_id AS id, c.id AS commune_id, c.code AS commune_code, c.name AS commune_name, c.type AS commune_type
    FROM record_change r JOIN admin_unit c ON c.id = (r.old_value #>> '{}')::int
    WHERE r.entity_id = ANY(${ids}::int[]) AND ${laterMove('r', date)}
    ORDER BY r.entity_id, r.effective_date, r.id`.execute(db);
  for (const row of r.rows) out.set(Number(row.id), row);
  return out;
}

/** Rows with the commune each household lived in on the day (when some moved after it). */
async function placedOn<R extends HouseholdRow>(db: Kysely<DB>, rows: R[], f: HouseholdFilter): Promise<R[]> {
  if (f.movesAfter === false || !rows.length) return rows;
  const former = await communesOnDay(
    db,
    rows.map((r) => r.id),
    f.date,
  );
  return former.size ? rows.map((r) => (former.has(r.id) ? { ...r, ...former.get(r.id)! } : r)) : rows;
}

/** The filter with `movesAfter` worked out, when it matters (a commune filter on a day before some move). */
export async function withMoves(db: Kysely<DB>, f: HouseholdFilter): Promise<HouseholdFilter> {
  if (!f.communeIds || f.movesAfter !== undefined) return f;
  return { ...f, movesAfter: await movesAfter(db, f.date) };
}

/** The WHERE clause shared by the page, its total, the export and the commune profile, so they always agree. */
export function filtered(q: HQuery, f: HouseholdFilter, forTotal = false): HQuery {
  if (f.communeIds) q = q.where(f.movesAfter ? inCommunesOn(f.communeIds, f.date) : inCommunes('h.commune_id', f.communeIds, forTotal));
  q = q.where('h.deleted_at', f.deleted ? 'is not' : 'is', null);
  q = q.where('h.valid_from', '<=', f.date).where((eb) => eb.or([eb('h.valid_to', 'is', null), eb('h.valid_to', '>=', f.date)]));
  if (f.villageId !== undefined) q = q.where('h.village_id', '=', f.villageId);
  if (f.ethnic) q = q.where('h.head_ethnic_code', '=', f.ethnic);
  if (f.housing) q = q.where('h.housing', '=', f.housing as never);
  if (f.water) q = q.where('h.water_source', '=', f.water);
  if (f.internet) q = q.where('h.internet_access', '=', f.internet);
  if (f.poverty) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('household_poverty as hp')
          .select('hp.household_id')
          .whereRef('hp.household_id', '=', 'h.id')
          .where('hp.year', '=', f.year)
          .where('hp.status', '=', f.poverty as never),
      ),
    );
  }
  const text = f.q?.trim();
  if (text) {
    const key = searchKey(text);
    if (CCCD.test(key)) {
      // A citizen ID finds the household its holder belongs to on the day.
      q = q.where((eb) =>
        eb.or([
          eb('h.code', '=', key),
          eb.exists(
            eb
              .selectFrom('household_member as m')
              .innerJoin('person as mp', 'mp.id', 'm.person_id')
              .select('m.id')
              .whereRef('m.household_id', '=', 'h.id')
              .where('mp.cccd', '=', key)
              .where('mp.deleted_at', 'is', null)
              .where('m.valid_from', '<=', f.date)
              .where((e) => e.or([e('m.valid_to', 'is', null), e('m.valid_to', '>=', f.date)])),
          ),
        ]),
      );
    } else {
      q = q.where('h.search_text', 'like', `%${escapeLike(key)}%`);
    }
  }
  return q;
}

/** Households matching the filter with what a list row shows (member count, poverty of the year); not yet ordered. */
export function householdRows(db: Kysely<DB>, f: HouseholdFilter) {
  return filtered(withRefs(db) as unknown as HQuery, f).select((eb) => [
    eb
      .selectFrom('household_member as m')
      .innerJoin('person as mp', 'mp.id', 'm.person_id')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('m.household_id', '=', 'h.id')
      .where('mp.deleted_at', 'is', null)
      .where('m.valid_from', '<=', f.date)
      .where((e) => e.or([e('m.valid_to', 'is', null), e('m.valid_to', '>=', f.date)]))
      .as('member_count'),
    eb.selectFrom('household_poverty as hp').select('hp.status').whereRef('hp.household_id', '=', 'h.id').where('hp.year', '=', f.year).as('poverty_status'),
  ]);
}
export type HouseholdListRow = HouseholdRow & { member_count: number; poverty_status: string | null };

/** One page of households in code order, and the exact total. */
export async function listHouseholds(db: Kysely<DB>, filter: HouseholdFilter) {
  const f = await withMoves(db, filter);
  const offset = (f.page - 1) * f.pageSize;
  const countQuery = filtered(db.selectFrom('household as h') as HQuery, f, true).select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.q?.trim()) {
    // A search matches a bounded set: one pass finds, counts and orders it; the rest is joined to one page only.
    const hits = await filtered(db.selectFrom('household as h') as HQuery, f)
      .select(['h.id', sql<string>`count(*) OVER ()`.as('total')])
      .orderBy('h.code')
      .orderBy('h.id')
      .limit(f.pageSize)
      .offset(offset)
      .execute();
    const ids = hits.map((h) => h.id as number);
    const rows = ids.length
      ? await householdRows(db, { ...f, q: undefined })
          .where('h.id', 'in', ids)
          .orderBy('h.code')
          .orderBy('h.id')
          .execute()
      : [];
    const total = hits.length ? Number(hits[0].total) : offset ? await registerTotal(db, countQuery) : 0;
    return { rows: await placedOn(db, rows as HouseholdListRow[], f), total };
  }
  // Walks the code index for the page; the total is remembered until the register changes.
  const rows = await householdRows(db, f).orderBy('h.code').orderBy('h.id').limit(f.pageSize).offset(offset).execute();
  return { rows: await placedOn(db, rows as HouseholdListRow[], f), total: await registerTotal(db, countQuery) };
}

/** Members of a household on a day, with their person rows. */
export function membersOn(db: Kysely<DB>, householdId: number, date: string | null, includeDeleted = false) {
  let q = db
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .selectAll('p')
    .select(['m.id as membership_id', 'm.relationship', 'm.valid_from as member_from', 'm.valid_to as member_to'])
    .where('m.household_id', '=', householdId);
  if (!includeDeleted) q = q.where('p.deleted_at', 'is', null);
  if (date === null) q = q.where('m.valid_to', 'is', null);
  else q = q.where('m.valid_from', '<=', date).where((e) => e.or([e('m.valid_to', 'is', null), e('m.valid_to', '>=', date)]));
  return q.orderBy('m.valid_from').orderBy('p.birth_year').orderBy('m.id').execute();
}
export type MemberRow = Awaited<ReturnType<typeof membersOn>>[number];

/** One batch of households in list order after the last one seen (keyset, not offset). */
export async function householdBatch(db: Kysely<DB>, filter: HouseholdFilter, last: { code: string; id: number } | null, limit: number) {
  const f = await withMoves(db, filter);
  let q = householdRows(db, f);
  if (last) q = q.where(sql<SqlBool>`(h.code, h.id) > (${last.code}, ${last.id})`);
  return placedOn(db, (await q.orderBy('h.code').orderBy('h.id').limit(limit).execute()) as HouseholdListRow[], f);
}

/** Codes and heads' names of some households (deleted ones too), to name them in the audit log. */
export function householdLabelRows(db: Kysely<DB>, ids: number[]) {
  return db
    .selectFrom('household as h')
    .leftJoin('person as p', 'p.id', 'h.head_person_id')
    .select(['h.id', 'h.code', 'p.full_name as head'])
    .where('h.id', 'in', ids)
    .execute();
}
