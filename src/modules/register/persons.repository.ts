import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Person, PersonTable } from '../../db/schema.register.js';
import { escapeLike } from '../../db/query-helpers.js';
import { CCCD } from '../../shared/fields.js';
import { searchKey } from '../../shared/text.js';
import { CREATED, changeRowsOf, recordChanges, recordMark, valuesAsOf, type ChangeContext } from './history.repository.js';
import { householdSearchText } from './households.columns.js';
import { communesOnDay, movesAfter } from './households.repository.js';
import { personColumns, personSnapshot, type newPersonRow } from './persons.columns.js';
import { registerTotal } from './totals.repository.js';
import { inCommunes } from './units.repository.js';

export function withRefs(db: Kysely<DB>) {
  return db
    .selectFrom('person as p')
    .innerJoin('admin_unit as c', 'c.id', 'p.commune_id')
    .innerJoin('ethnic_group as e', 'e.code', 'p.ethnic_code')
    .leftJoin('household_member as m', (j) => j.onRef('m.person_id', '=', 'p.id').on('m.valid_to', 'is', null))
    .leftJoin('household as h', 'h.id', 'm.household_id')
    .selectAll('p')
    .select([
      'c.code as commune_code',
      'c.name as commune_name',
      'c.type as commune_type',
      'e.name as ethnic_name',
      'm.relationship',
      'h.id as household_id',
      'h.code as household_code',
      'h.village_id as household_village_id',
    ]);
}
export type PersonRow = Awaited<ReturnType<ReturnType<typeof withRefs>['execute']>>[number];

/** Persons by id with their commune, ethnic group and current household. */
export async function personsWithRefs(db: Kysely<DB>, ids: number[]): Promise<PersonRow[]> {
  return ids.length ? withRefs(db).where('p.id', 'in', ids).execute() : [];
}

export async function getPerson(db: Kysely<DB>, id: number): Promise<PersonRow | undefined> {
  return withRefs(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PersonFilter {
  communeIds: number[] | null;
  q?: string;
  ethnic?: string;
  sex?: string;
  status: 'current' | 'former' | 'all';
  /**
   * A past or future day: persons who were members of a household that day, counted in the commune
   * that household lived in that day (status is then left aside). Left out: persons by their commune today.
   */
  date?: string;
  /** Whether some household changed commune after `date` (worked out by listPersons). */
  movesAfter?: boolean;
  page: number;
  pageSize: number;
}

export type PQuery = SelectQueryBuilder<DB & { p: DB['person'] }, 'p', any>;

/** The WHERE clause shared by the page, its total and the export; the total needs no joins. */
export function filtered(q: PQuery, f: PersonFilter): PQuery {
  q = q.where('p.deleted_at', 'is', null);
  if (f.date) q = q.where(inHouseholdOn(f));
  else if (f.communeIds) q = q.where(inCommunes('p.commune_id', f.communeIds));
  if (f.ethnic) q = q.where('p.ethnic_code', '=', f.ethnic);
  if (f.sex) q = q.where('p.sex', '=', f.sex as never);
  if (f.status !== 'all' && !f.date) {
    const inHousehold = (eb: ExpressionBuilder<DB & { p: DB['person'] }, 'p'>) =>
      eb.exists(eb.selectFrom('household_member as cm').select('cm.id').whereRef('cm.person_id', '=', 'p.id').where('cm.valid_to', 'is', null));
    q = q.where((eb) => (f.status === 'current' ? inHousehold(eb) : eb.not(inHousehold(eb))));
  }
  const text = f.q ? searchKey(f.q) : '';
  if (text && f.date) q = q.where(matchesOn(text, f.date));
  else if (CCCD.test(text)) q = q.where('p.cccd', '=', text);
  else if (text) q = q.where('p.search_text', 'like', `%${escapeLike(text)}%`);
  return q;
}

/**
 * A search on a day matches the name and CCCD recorded that day, never a later one: a person listed for
 * a day they lived in the area is not found by the name or number they were given elsewhere since.
 * Persons whose name and CCCD have not changed after the day are matched on today's columns.
 */
function matchesOn(text: string, date: string): RawBuilder<SqlBool> {
  const changed = sql`p.id IN (SELECT r.entity_id FROM record_change r
    WHERE r.entity = 'person' AND r.field IN ('fullName', 'cccd') AND r.effective_date > ${date})`;
  const cccd = fieldOn('cccd', sql`p.cccd`, date);
  if (CCCD.test(text)) return sql<SqlBool>`((p.cccd = ${text} AND NOT ${changed}) OR (${changed} AND ${cccd} = ${text}))`;
  const pattern = `%${escapeLike(text)}%`;
  const name = fieldOn('full_name', sql`p.full_name`, date);
  return sql<SqlBool>`((p.search_text LIKE ${pattern} AND NOT ${changed})
    OR (${changed} AND ${searchKeySql(sql`concat_ws(' ', ${name}, ${cccd})`)} LIKE ${pattern}))`;
}

/** A person's field as it stood on the day, as valuesAsOf works it out: the last change holding then, else the first change's old value, else today's. */
function fieldOn(column: 'full_name' | 'cccd', current: RawBuilder<unknown>, date: string): RawBuilder<string | null> {
  const field = column === 'full_name' ? 'fullName' : 'cccd';
  return sql<string | null>`(coalesce((SELECT x.v FROM (
      (SELECT r.new_value AS v, 1 AS k FROM record_change r WHERE r.entity = 'person' AND r.entity_id = p.id AND r.field = ${field}
        AND r.effective_date <= ${date} ORDER BY r.effective_date DESC, r.id DESC LIMIT 1)
      UNION ALL
      (SELECT r.old_value, 0 FROM record_change r WHERE r.entity = 'person' AND r.entity_id = p.id AND r.field = ${field} ORDER BY r.id LIMIT 1)
    ) x ORDER BY x.k DESC LIMIT 1), to_jsonb(${current})) #>> '{}')`;
}

/** searchKey (src/shared/text.ts) in SQL: no tone or letter marks, đ as d, lower case, single spaces. */
function searchKeySql(value: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`btrim(regexp_replace(lower(regexp_replace(translate(normalize(${value}, NFD), 'đĐ', 'dd'), '[\u0300-\u036f]', '', 'g')), '\s+', ' ', 'g'))`;
}

/**
 * The person was alive and a member of a household that day (as the area profile counts them), a household not deleted, in existence that day and,
 * with a commune filter, living in one of the communes that day (its first later move undone).
 */
function inHouseholdOn(f: PersonFilter): RawBuilder<SqlBool> {
  const date = f.date!;
  const commune = !f.communeIds
    ? sql`TRUE`
    : f.movesAfter
      ? sql`coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r
          WHERE r.entity = 'household' AND r.entity_id = dh.id AND r.effective_date > ${date} AND r.field = 'communeId'
          ORDER BY r.effective_date, r.id LIMIT 1), dh.commune_id) = ANY(${f.communeIds}::int[])`
      : sql`dh.commune_id = ANY(${f.communeIds}::int[])`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM household_member dm JOIN household dh ON dh.id = dm.household_id
    WHERE dm.person_id = p.id AND dm.valid_from <= ${date} AND (dm.valid_to IS NULL OR dm.valid_to >= ${date})
      AND dh.deleted_at IS NULL AND dh.valid_from <= ${date} AND (dh.valid_to IS NULL OR dh.valid_to >= ${date}) AND ${commune})
    AND (p.death_date IS NULL OR p.death_date > ${date})`;
}

/**
 * With a day: each person as recorded that day (name, CCCD, ethnic group… never a later value: a person
 * listed for a day they lived in the area may live elsewhere now), their household of that day (code,
 * relationship) and the commune that household lived in that day, in place of today's.
 */
async function placedOn(db: Kysely<DB>, rows: PersonRow[], f: PersonFilter): Promise<PersonRow[]> {
  if (!f.date || !rows.length) return rows;
  const date = f.date;
  rows = await recordedOn(db, rows, date);
  const r = await sql<{ person_id: number; household_id: number; household_code: string; village_id: number | null; relationship: string }>`
    SELECT DISTINCT ON (m.person_id) m.person_id, h.id AS household_id, h.code AS household_code, h.village_id, m.relationship
    FROM household_member m JOIN household h ON h.id = m.household_id
    WHERE m.person_id = ANY(${rows.map((p) => p.id)}::int[]) AND m.valid_from <= ${date} AND (m.valid_to IS NULL OR m.valid_to >= ${date})
      AND h.deleted_at IS NULL
    ORDER BY m.person_id, m.valid_from DESC, m.id DESC`.execute(db);
  const byPerson = new Map(r.rows.map((m) => [Number(m.person_id), m]));
  const householdIds = [...new Set(r.rows.map((m) => Number(m.household_id)))];
  const [communes, now] = await Promise.all([
    communesOnDay(db, householdIds, date),
    householdIds.length
      ? db
          .selectFrom('household as h')
          .innerJoin('admin_unit as c', 'c.id', 'h.commune_id')
          .select(['h.id', 'c.id as commune_id', 'c.code as commune_code', 'c.name as commune_name', 'c.type as commune_type'])
          .where('h.id', 'in', householdIds)
          .execute()
      : [],
  ]);
  const today = new Map(now.map((h) => [h.id, h]));
  return rows.map((p) => {
    const m = byPerson.get(p.id);
    if (!m) return { ...p, household_id: null, household_code: null, relationship: null, household_village_id: null } as PersonRow;
    const hid = Number(m.household_id);
    const c = communes.get(hid) ?? today.get(hid);
    return {
      ...p,
      household_id: hid,
      household_code: m.household_code,
      relationship: m.relationship,
      household_village_id: m.village_id,
      ...(c && { commune_id: c.commune_id, commune_code: c.commune_code, commune_name: c.commune_name, commune_type: c.commune_type }),
    } as PersonRow;
  });
}

/** Each person's fields as they stood on the day (their history undone after it). */
async function recordedOn(db: Kysely<DB>, rows: PersonRow[], date: string): Promise<PersonRow[]> {
  const changes = await changeRowsOf(
    db,
    'person',
    rows.map((p) => p.id),
  );
  if (!changes.length) return rows;
  const byPerson = new Map<number, typeof changes>();
  for (const c of changes) byPerson.set(c.entity_id, [...(byPerson.get(c.entity_id) ?? []), c]);
  const names = await ethnicNameMap(db);
  return rows.map((p) => {
    const own = byPerson.get(p.id);
    if (!own) return p;
    const then = personColumns(valuesAsOf(personSnapshot(p), own, date));
    return { ...p, ...then, ethnic_name: names.get(then.ethnic_code) ?? p.ethnic_name };
  });
}

/** The filter with `movesAfter` worked out, when it matters (a commune filter on a day). */
async function withMoves(db: Kysely<DB>, f: PersonFilter): Promise<PersonFilter> {
  if (!f.date || !f.communeIds || f.movesAfter !== undefined) return f;
  return { ...f, movesAfter: await movesAfter(db, f.date) };
}

/** Persons matching the filter with their commune, ethnic group and current household; not yet ordered. */
export function personRows(db: Kysely<DB>, f: PersonFilter) {
  return filtered(withRefs(db) as unknown as PQuery, f);
}

/** One page of persons in Vietnamese name order, and the exact total. */
export async function listPersons(db: Kysely<DB>, filter: PersonFilter) {
  const f = await withMoves(db, filter);
  const offset = (f.page - 1) * f.pageSize;
  const countQuery = filtered(db.selectFrom('person as p') as PQuery, f).select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.q?.trim()) {
    // A search matches a bounded set: one pass finds, counts and orders it; the references are joined to one page only.
    const hits = await filtered(db.selectFrom('person as p') as PQuery, f)
      .select(['p.id', sql<string>`count(*) OVER ()`.as('total')])
      .orderBy(sql`p.sort_key COLLATE "C"`)
      .orderBy('p.id')
      .limit(f.pageSize)
      .offset(offset)
      .execute();
    const ids = hits.map((h) => h.id as number);
    const rows = ids.length ? await withRefs(db).where('p.id', 'in', ids).execute() : [];
    const order = new Map(ids.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const total = hits.length ? Number(hits[0].total) : offset ? await registerTotal(db, countQuery) : 0;
    return { rows: await placedOn(db, rows as PersonRow[], f), total };
  }
  // The whole area in name order walks the sort-key index; its total is remembered until the register changes.
  const rows = await personRows(db, f).orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(f.pageSize).offset(offset).execute();
  return { rows: await placedOn(db, rows as PersonRow[], f), total: await registerTotal(db, countQuery) };
}

/** One batch of persons in Vietnamese name order after the last one seen (keyset, not offset). */
export async function personBatch(db: Kysely<DB>, filter: PersonFilter, last: { sort_key: string; id: number } | null, limit: number) {
  const f = await withMoves(db, filter);
  let q = personRows(db, f);
  if (last) q = q.where(sql<SqlBool>`(p.sort_key COLLATE "C", p.id) > (${last.sort_key} COLLATE "C", ${last.id})`);
  return placedOn(db, (await q.orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(limit).execute()) as PersonRow[], f);
}

/** Names of every ethnic group by code. */
export async function ethnicNameMap(db: Kysely<DB>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('ethnic_group').select(['code', 'name']).execute()).map((e) => [e.code, e.name]));
}

// Writes: creating, changing, locking and deleting persons, with their history.

/** Inserts a person and records the creation with a snapshot. */
export async function insertPerson(trx: Kysely<DB>, ctx: ChangeContext, row: ReturnType<typeof newPersonRow> & { is_demo?: boolean }): Promise<Person> {
  const person = await trx.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();
  await recordMark(trx, ctx, 'person', person.id, CREATED, personSnapshot(person));
  return person;
}

/**
 * Updates a person, bumps the version, records the changed fields and keeps the households they
 * head in step (their search text carries the head's name, their ethnic filter the head's group).
 */
export async function updatePerson(trx: Kysely<DB>, ctx: ChangeContext, before: Person, columns: Partial<Record<keyof PersonTable, unknown>>): Promise<Person> {
  const after = await trx
    .updateTable('person')
    .set({ ...(columns as object), version: before.version + 1, updated_at: new Date() })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordChanges(trx, ctx, 'person', before.id, personSnapshot(before), personSnapshot(after));
  if (after.full_name !== before.full_name || after.ethnic_code !== before.ethnic_code) {
    const headed = await trx.selectFrom('household').select(['id', 'code']).where('head_person_id', '=', after.id).execute();
    for (const h of headed) {
      await trx
        .updateTable('household')
        .set({ search_text: householdSearchText(h.code, after.full_name), head_ethnic_code: after.ethnic_code })
        .where('id', '=', h.id)
        .execute();
    }
  }
  return after;
}

/** Person rows by id (any state), in no particular order. */
export async function personsByIds(db: Kysely<DB>, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('person').selectAll().where('id', 'in', ids).execute();
}

/** A person row, whatever its state. */
export function findPerson(db: Kysely<DB>, id: number): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a person row for update inside a transaction. */
export function lockPerson(trx: Kysely<DB>, id: number): Promise<Person | undefined> {
  return trx.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The current full name of a person. */
export async function personName(db: Kysely<DB>, id: number): Promise<string | undefined> {
  return (await db.selectFrom('person').select('full_name').where('id', '=', id).executeTakeFirst())?.full_name;
}

/** Soft-deletes one person (the caller records the mark). */
export async function softDeletePerson(trx: Kysely<DB>, p: Pick<Person, 'id' | 'version'>, reason: string, userId: number | null): Promise<void> {
  await trx
    .updateTable('person')
    .set({ deleted_at: new Date(), deleted_reason: reason, deleted_by: userId, version: p.version + 1 })
    .where('id', '=', p.id)
    .execute();
}

/** Links a person merged away to the person kept, soft-deleting it unless it already is (the caller records the marks). */
export async function markMergedInto(trx: Kysely<DB>, dropped: Person, keptId: number, reason: string, userId: number | null): Promise<void> {
  await trx
    .updateTable('person')
    .set({
      merged_into_id: keptId,
      version: dropped.version + 1,
      updated_at: new Date(),
      ...(dropped.deleted_at ? {} : { deleted_at: new Date(), deleted_reason: reason, deleted_by: userId }),
    })
    .where('id', '=', dropped.id)
    .execute();
}

/** Ethnic codes among `codes` that are in the reference list. */
export async function knownEthnicCodes(db: Kysely<DB>, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db.selectFrom('ethnic_group').select('code').where('code', 'in', codes).execute();
  return new Set(found.map((r) => r.code));
}

/** First key of the advisory locks taken on CCCD numbers (the second is the number's hash). */
const CCCD_LOCK = 0x43434344;

/**
 * Locks CCCD numbers until the transaction ends (outside one, until the statement ends) and returns
 * the live persons holding them, limited to the communes given (null = everywhere). Numbers are
 * locked in sorted order, so two writers claiming overlapping sets never wait on each other in a circle.
 */
export async function lockCccdHolders(db: Kysely<DB>, numbers: string[], communeIds: number[] | null): Promise<{ id: number; cccd: string | null }[]> {
  const sorted = [...new Set(numbers)].sort();
  await sql`SELECT pg_advisory_xact_lock(${CCCD_LOCK}, hashtext(n)) FROM unnest(${sorted}::text[]) AS n ORDER BY n`.execute(db);
  let q = db.selectFrom('person').select(['id', 'cccd']).where('cccd', 'in', sorted).where('deleted_at', 'is', null);
  if (communeIds) q = q.where(sql<boolean>`commune_id = ANY(${communeIds}::int[])`);
  return q.execute();
}

/** Names of some persons (deleted ones too), to name them in the audit log. */
export function personLabelRows(db: Kysely<DB>, ids: number[]) {
  return db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', ids).execute();
}
