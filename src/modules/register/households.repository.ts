import { type Insertable, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household, HouseholdTable, Person } from '../../db/schema.register.js';
import { escapeLike } from '../../db/query-helpers.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { CCCD } from '../../shared/fields.js';
import { searchKey } from '../../shared/text.js';
import { CREATED, recordChanges, recordMark, type ChangeContext } from './history.repository.js';
import { addressOnDay, householdSearchText, householdSnapshot } from './households.columns.js';
import { registerTotal } from './totals.repository.js';
import { inCommunes } from './units.repository.js';

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
  return sql<SqlBool>`${communeOn(date)} = ANY(${ids}::int[])`;
}

/** The commune household `h` lived in on the day (see inCommunesOn). */
export function communeOn(date: string): RawBuilder<number> {
  return sql<number>`coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r
      WHERE r.entity = 'household' AND r.entity_id = h.id AND r.effective_date > ${date} AND r.field = 'communeId'
      ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id)`;
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

/** The village households lived in on the day when they changed village after it: the first later change's old village, by household id. */
export async function villagesOnDay(db: Kysely<DB>, ids: number[], date: string) {
  const out = new Map<number, { village_id: number | null; village_code: string | null; village_name: string | null }>();
  if (!ids.length) return out;
  const r = await sql<{ id: number; village_id: number | null; village_code: string | null; village_name: string | null }>`
    SELECT DISTINCT ON (r.entity_id) r.entity_id AS id, v.id AS village_id, v.code AS village_code, v.name AS village_name
    FROM record_change r LEFT JOIN village v ON v.id = (r.old_value #>> '{}')::int
    WHERE r.entity = 'household' AND r.entity_id = ANY(${ids}::int[]) AND r.field = 'villageId' AND r.effective_date > ${date}
    ORDER BY r.entity_id, r.effective_date, r.id`.execute(db);
  for (const row of r.rows) out.set(Number(row.id), row);
  return out;
}

/** Rows with the commune and village each household lived in on the day (when some moved after it), its address naming them. */
async function placedOn<R extends HouseholdRow>(db: Kysely<DB>, rows: R[], f: HouseholdFilter): Promise<R[]> {
  if (f.movesAfter === false || !rows.length) return rows;
  const ids = rows.map((r) => r.id);
  const [former, villages] = await Promise.all([communesOnDay(db, ids, f.date), villagesOnDay(db, ids, f.date)]);
  if (!former.size && !villages.size) return rows;
  return rows.map((r) => {
    if (!former.has(r.id) && !villages.has(r.id)) return r;
    const then = { ...r, ...former.get(r.id), ...villages.get(r.id) };
    then.address = addressOnDay(
      r.address,
      { commune: `${r.commune_type} ${r.commune_name}`, village: r.village_name },
      { commune: `${then.commune_type} ${then.commune_name}`, village: then.village_name },
    );
    return then;
  });
}

/** The filter with `movesAfter` worked out, when it matters (a commune filter on a day before some move). */
export async function withMoves(db: Kysely<DB>, f: HouseholdFilter): Promise<HouseholdFilter> {
  if (!f.communeIds || f.movesAfter !== undefined) return f;
  return { ...f, movesAfter: await movesAfter(db, f.date) };
}

/** The WHERE clause shared by the page, its total, the export and the commune profile, so they always agree. */
export function filtered(q: HQuery, f: HouseholdFilter): HQuery {
  if (f.communeIds) q = q.where(f.movesAfter ? inCommunesOn(f.communeIds, f.date) : inCommunes('h.commune_id', f.communeIds));
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
  const countQuery = filtered(db.selectFrom('household as h') as HQuery, f).select((eb) => eb.fn.countAll<number>().as('n'));
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

// Writes: creating, changing, locking and deleting households, with their history.

/** Turns the (commune, code) unique key into the conflict a user understands. */
export function codeTaken(code: string, field = 'code') {
  return new AppError(409, 'household_code_taken', { code }, [{ field, code: 'household_code_taken', value: code, params: { code } }]);
}

/** Refuses a code already used in the commune (by any household, ended or deleted: codes are never reused). */
export async function assertCodeFree(db: Kysely<DB>, communeId: number, code: string, field = 'code') {
  const clash = await db.selectFrom('household').select('id').where('commune_id', '=', communeId).where('code', '=', code).executeTakeFirst();
  if (clash) throw codeTaken(code, field);
}

/** Inserts a household and records its creation with a snapshot. */
export async function insertHousehold(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  values: Omit<Insertable<HouseholdTable>, 'search_text'>,
  headName: string | null,
): Promise<Household> {
  let row: Household;
  try {
    row = await trx
      .insertInto('household')
      .values({ ...values, search_text: householdSearchText(values.code, headName) })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw codeTaken(values.code);
    throw e;
  }
  await recordMark(trx, ctx, 'household', row.id, CREATED, householdSnapshot(row));
  return row;
}

/** Updates columns of a household, bumps its version and records every field that changed. */
export async function updateHousehold(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  before: Household,
  columns: Partial<Record<keyof HouseholdTable, unknown>>,
): Promise<Household> {
  let after: Household;
  try {
    after = await trx
      .updateTable('household')
      .set({ ...(columns as object), version: before.version + 1, updated_at: new Date() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw codeTaken(String(columns.code ?? before.code));
    throw e;
  }
  await recordChanges(trx, ctx, 'household', before.id, householdSnapshot(before), householdSnapshot(after));
  return after;
}

/** Makes a person the head (or leaves the household headless), keeping the denormalised columns in step. */
export function setHead(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  h: Household,
  head: Pick<Person, 'id' | 'full_name' | 'ethnic_code'> | null,
  extra: Partial<Record<keyof HouseholdTable, unknown>> = {},
) {
  return updateHousehold(trx, ctx, h, {
    head_person_id: head?.id ?? null,
    head_ethnic_code: head?.ethnic_code ?? null,
    search_text: householdSearchText(String(extra.code ?? h.code), head?.full_name ?? null),
    ...extra,
  });
}

/** Reads a household row for update inside a transaction (serialises concurrent writers of one household). */
export async function lockHousehold(trx: Kysely<DB>, id: number): Promise<Household | undefined> {
  return trx.selectFrom('household').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * A household the writer may change: 404 when unknown or outside their area (the same answer, so an
 * id tells nothing about households elsewhere), 409 deleted.
 */
export async function writableHousehold(w: { db: Kysely<DB>; scope: Scope }, id: number, db: Kysely<DB> = w.db): Promise<Household> {
  const h = await db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
  if (!h || !inReach(w.scope, h.commune_id)) throw new AppError(404, 'not_found');
  if (h.deleted_at) throw new AppError(409, 'household_deleted');
  return h;
}

/** Whether a person heads a household in existence that is not deleted. */
export async function headsCurrentHousehold(db: Kysely<DB>, personId: number): Promise<boolean> {
  const h = await db
    .selectFrom('household')
    .select('id')
    .where('head_person_id', '=', personId)
    .where('valid_to', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return !!h;
}

/** The head of a household. */
export async function householdHeadId(db: Kysely<DB>, householdId: number): Promise<number | null> {
  return (await db.selectFrom('household').select('head_person_id').where('id', '=', householdId).executeTakeFirstOrThrow()).head_person_id;
}

/** A household row, whatever its state. */
export function findHousehold(db: Kysely<DB>, id: number): Promise<Household | undefined> {
  return db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
}

const cleared = { deleted_at: null, deleted_reason: null, deleted_by: null };

/**
 * Soft-deletes a household and the persons currently its members (not already deleted); returns
 * their ids. The caller records the marks.
 */
export async function softDeleteHousehold(trx: Kysely<DB>, h: Household, reason: string, userId: number | null): Promise<number[]> {
  const deleted = { deleted_at: new Date(), deleted_reason: reason, deleted_by: userId };
  await trx
    .updateTable('household')
    .set({ ...deleted, version: h.version + 1 })
    .where('id', '=', h.id)
    .execute();
  const members = await trx
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select('p.id')
    .where('m.household_id', '=', h.id)
    .where('m.valid_to', 'is', null)
    .where('p.deleted_at', 'is', null)
    .execute();
  const personIds = members.map((m) => m.id);
  if (personIds.length) await trx.updateTable('person').set(deleted).where('id', 'in', personIds).execute();
  return personIds;
}

/** The current members deleted together with a household (same deletion time), with their CCCDs. */
export function deletedWithHousehold(trx: Kysely<DB>, h: Household) {
  return trx
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.cccd'])
    .where('m.household_id', '=', h.id)
    .where('m.valid_to', 'is', null)
    .where('p.deleted_at', '=', h.deleted_at!)
    .execute();
}

/** Clears the deletion of a household and of the persons given. */
export async function undeleteHousehold(trx: Kysely<DB>, h: Household, personIds: number[]): Promise<void> {
  await trx
    .updateTable('household')
    .set({ ...cleared, version: h.version + 1 })
    .where('id', '=', h.id)
    .execute();
  if (personIds.length) await trx.updateTable('person').set(cleared).where('id', 'in', personIds).execute();
}
