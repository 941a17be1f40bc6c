import { sql, type Insertable, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BeneficiaryListEntry, BenefitCycle, BenefitGrievance, EligibilityRule, EligibilityRuleVersion } from '../../db/schema.generated.js';
import { escapeLike } from '../../db/query-helpers.js';
import { searchKey } from '../../shared/text.js';

export type RuleRow = Selectable<EligibilityRule>;
export type RuleVersionRow = Selectable<EligibilityRuleVersion>;
export type CycleRow = Omit<Selectable<BenefitCycle>, 'amount_dong'> & { amount_dong: string | null };
export type GrievanceRow = Selectable<BenefitGrievance>;
export type EntryInsert = Insertable<BeneficiaryListEntry>;

// Shared reads: unit names and ids by code.

/** Ids of every commune-level unit (of any period) with each code. */
export async function communeIdsByCode(db: Kysely<DB>, codes: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!codes.length) return out;
  const rows = await db.selectFrom('admin_unit').select(['id', 'code']).where('code', 'in', codes).where('level', '=', 'commune').execute();
  for (const r of rows) out.set(r.code, [...(out.get(r.code) ?? []), r.id]);
  return out;
}

/** Unit names by id (communes of lists and entries). */
export async function unitNames(db: Kysely<DB>, ids: number[]): Promise<Map<number, { code: string; name: string; type: string }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('admin_unit').select(['id', 'code', 'name', 'type']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Village names by id. */
export async function villageNames(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('village').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function ethnicNames(db: Kysely<DB>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('ethnic_group').select(['code', 'name']).execute()).map((e) => [e.code, e.name]));
}

// Rules and their versions.

export async function insertRule(db: Kysely<DB>, row: Insertable<EligibilityRule>): Promise<RuleRow> {
  return db.insertInto('eligibility_rule').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertRuleVersion(db: Kysely<DB>, row: Insertable<EligibilityRuleVersion>): Promise<RuleVersionRow> {
  return db.insertInto('eligibility_rule_version').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setRuleVersion(
  db: Kysely<DB>,
  id: number,
  patch: {
    current_version: number;
    name: string;
    description: string;
    programme_node_id: number | null;
    policy_id: number | null;
  },
): Promise<void> {
  await db
    .updateTable('eligibility_rule')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function findRule(db: Kysely<DB>, id: number, lock = false): Promise<RuleRow | undefined> {
  const q = db.selectFrom('eligibility_rule').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export function ruleVersions(db: Kysely<DB>, ruleId: number): Promise<RuleVersionRow[]> {
  return db.selectFrom('eligibility_rule_version').selectAll().where('rule_id', '=', ruleId).orderBy('version', 'desc').execute();
}

export function ruleVersion(db: Kysely<DB>, ruleId: number, version: number): Promise<RuleVersionRow | undefined> {
  return db.selectFrom('eligibility_rule_version').selectAll().where('rule_id', '=', ruleId).where('version', '=', version).executeTakeFirst();
}

/** Rules whose unit is one of `unitIds` (null: every rule), newest first. */
export async function listRules(db: Kysely<DB>, unitIds: number[] | null, q: string | undefined) {
  let query = db.selectFrom('eligibility_rule').selectAll();
  if (unitIds) query = query.where((eb) => eb.or([eb('unit_id', 'is', null), ...(unitIds.length ? [eb('unit_id', 'in', unitIds)] : [])]));
  if (q?.trim()) query = query.where(sql`lower(name)`, 'like', `%${escapeLike(q.trim().toLowerCase())}%`);
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(500).execute();
}

// Frozen lists.

export async function insertList(db: Kysely<DB>, row: Insertable<DB['beneficiary_list']>) {
  return db.insertInto('beneficiary_list').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The version number of a rule version (null for lists not made by a rule). */
export async function versionNumber(db: Kysely<DB>, ruleId: number | null, versionId: number | null): Promise<number | null> {
  if (!ruleId || !versionId) return null;
  const r = await db.selectFrom('eligibility_rule_version').select('version').where('id', '=', versionId).executeTakeFirst();
  return r?.version ?? null;
}

export async function setListDiff(db: Kysely<DB>, id: number, previousId: number, diff: unknown): Promise<void> {
  await db
    .updateTable('beneficiary_list')
    .set({ previous_list_id: previousId, diff: JSON.stringify(diff) })
    .where('id', '=', id)
    .execute();
}

export async function setListCount(db: Kysely<DB>, id: number, n: number): Promise<void> {
  await db.updateTable('beneficiary_list').set({ person_count: n }).where('id', '=', id).execute();
}

/**
 * Copies into a list, in one `INSERT … SELECT`, the rows of a query the register built
 * (`eligibleEntries`: the persons of a rule or of given ids that day, their folded name and the facts of
 * each condition); nothing passes through the application. Returns the number of entries written.
 */
export async function insertEntriesFrom(db: Kysely<DB>, listId: number, entries: RawBuilder<unknown>): Promise<number> {
  const r = await sql`INSERT INTO beneficiary_list_entry (list_id, person_id, household_id, household_code, commune_id, village_id,
      full_name, sort_key, search_text, sex, birth_year, ethnic_code, facts)
    SELECT ${listId}::int, e.person_id, e.household_id, e.household_code, e.commune_id, e.village_id, e.full_name, e.sort_key,
      e.search_text, e.sex, e.birth_year, e.ethnic_code, e.facts FROM (${entries}) AS e`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * Settings of the current transaction for a rule's count or freeze over the whole register: no JIT
 * compilation (PostgreSQL; PGlite, built without it, accepts the setting and ignores it), since these
 * statements read many rows through short expressions, where compiling them costs seconds and saves
 * little; and 64 MB of memory per hash or sort (instead of the default 4 MB), so that the day's
 * memberships and the persons joined to them are hashed in memory rather than spilled to temporary files
 * in batches (a 100,000-person freeze wrote about 50 MB of them).
 */
export async function forLargeQuery(db: Kysely<DB>): Promise<void> {
  await sql`SET LOCAL jit = off`.execute(db);
  await sql`SET LOCAL work_mem = '64MB'`.execute(db);
}

/** Entries of list `listId` whose person is not on list `otherId`, in the lists' name order. */
export async function entriesNotIn(db: Kysely<DB>, listId: number, otherId: number) {
  return db
    .selectFrom('beneficiary_list_entry as b')
    .selectAll('b')
    .where('b.list_id', '=', listId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('beneficiary_list_entry as n').select('n.person_id').where('n.list_id', '=', otherId).whereRef('n.person_id', '=', 'b.person_id'))),
    )
    .orderBy(sql`b.sort_key COLLATE "C"`)
    .orderBy('b.person_id')
    .execute();
}

export function findList(db: Kysely<DB>, id: number) {
  return db.selectFrom('beneficiary_list').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest list of the same rule for the same area before `beforeId`. */
export function previousList(db: Kysely<DB>, ruleId: number, unitId: number | null, beforeId: number) {
  let q = db.selectFrom('beneficiary_list').selectAll().where('rule_id', '=', ruleId).where('id', '<', beforeId);
  q = unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', unitId);
  return q.orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Lists whose area is in `unitIds` (null: all), newest first. */
export function listLists(db: Kysely<DB>, unitIds: number[] | null, ruleId?: number) {
  let q = db.selectFrom('beneficiary_list').selectAll();
  if (unitIds) q = unitIds.length ? q.where('unit_id', 'in', unitIds) : q.where(sql<boolean>`FALSE`);
  if (ruleId) q = q.where('rule_id', '=', ruleId);
  return q.orderBy('id', 'desc').limit(500).execute();
}

/** Entries of a list in name order, within the communes given (null: all). */
export async function listEntries(db: Kysely<DB>, listId: number, communeIds: number[] | null, page: { q?: string; limit: number; offset: number }) {
  let q = db.selectFrom('beneficiary_list_entry').where('list_id', '=', listId);
  if (communeIds) q = communeIds.length ? q.where('commune_id', 'in', communeIds) : q.where(sql<boolean>`FALSE`);
  if (page.q?.trim()) q = q.where('search_text', 'like', `%${escapeLike(searchKey(page.q))}%`);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<string>().as('n')).execute();
  const rows = await q.selectAll().orderBy(sql`sort_key COLLATE "C"`).orderBy('person_id').limit(page.limit).offset(page.offset).execute();
  return { rows, total: Number(n) };
}

/** Every entry of a list (person id and facts), for comparing two runs. */
export function listEntry(db: Kysely<DB>, listId: number, personId: number) {
  return db.selectFrom('beneficiary_list_entry').selectAll().where('list_id', '=', listId).where('person_id', '=', personId).executeTakeFirst();
}

// Cycles, deliveries, grievances.

const cycleColumns = sql`id, name, list_id, unit_id, programme_node_id, policy_id, year, tranche, benefit_code, kind, amount_dong::text AS amount_dong,
  item_name, quantity, item_unit, status, created_by, created_at, submitted_by, submitted_at, approved_by, approved_at, closed_by, closed_at`;

export async function insertCycle(db: Kysely<DB>, row: Insertable<DB['benefit_cycle']>): Promise<number> {
  return (await db.insertInto('benefit_cycle').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findCycle(db: Kysely<DB>, id: number, lock = false): Promise<CycleRow | undefined> {
  const r = await sql<CycleRow>`SELECT ${cycleColumns} FROM benefit_cycle WHERE id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`.execute(db);
  return r.rows[0];
}

export async function listCycles(db: Kysely<DB>, unitIds: number[] | null, listId?: number): Promise<CycleRow[]> {
  const area = unitIds ? (unitIds.length ? sql`AND unit_id = ANY(${unitIds}::int[])` : sql`AND FALSE`) : sql``;
  const list = listId ? sql`AND list_id = ${listId}` : sql``;
  const r =
    await sql<CycleRow>`SELECT ${cycleColumns} FROM benefit_cycle WHERE TRUE ${area} ${list} ORDER BY year DESC, tranche DESC, id DESC LIMIT 500`.execute(db);
  return r.rows;
}

export async function setCycleStatus(db: Kysely<DB>, id: number, status: 'submitted' | 'approved' | 'closed' | 'draft', userId: number | null) {
  const stamp =
    status === 'submitted'
      ? { submitted_by: userId, submitted_at: new Date() }
      : status === 'approved'
        ? { approved_by: userId, approved_at: new Date() }
        : status === 'closed'
          ? { closed_by: userId, closed_at: new Date() }
          : {};
  await db
    .updateTable('benefit_cycle')
    .set({ status, ...stamp })
    .where('id', '=', id)
    .execute();
}

/** Totals of a cycle: persons on its list, deliveries, đồng and quantity delivered (sums as exact text). */
export async function cycleTotals(db: Kysely<DB>, cycleIds: number[]) {
  if (!cycleIds.length) return new Map<number, { deliveries: number; amount: string; quantity: number; persons: number }>();
  const r = await sql<{ id: number; deliveries: string; amount: string; quantity: string; persons: string }>`
    SELECT c.id, count(d.id)::text AS deliveries, coalesce(sum(d.amount_dong), 0)::text AS amount, coalesce(sum(d.quantity), 0)::text AS quantity,
      (SELECT l.person_count FROM beneficiary_list l WHERE l.id = c.list_id)::text AS persons
    FROM benefit_cycle c LEFT JOIN benefit_delivery d ON d.cycle_id = c.id
    WHERE c.id = ANY(${cycleIds}::int[]) GROUP BY c.id`.execute(db);
  return new Map(
    r.rows.map((x) => [Number(x.id), { deliveries: Number(x.deliveries), amount: x.amount, quantity: Number(x.quantity), persons: Number(x.persons) }]),
  );
}

export async function insertDelivery(db: Kysely<DB>, row: Insertable<DB['benefit_delivery']>): Promise<number> {
  return (await db.insertInto('benefit_delivery').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findDelivery(db: Kysely<DB>, cycleId: number, personId: number) {
  return db.selectFrom('benefit_delivery').select(['id', 'delivered_on']).where('cycle_id', '=', cycleId).where('person_id', '=', personId).executeTakeFirst();
}

export function deliveryEvidence(db: Kysely<DB>, id: number) {
  return db.selectFrom('benefit_delivery').select(['id', 'cycle_id', 'evidence', 'evidence_type', 'evidence_kind']).where('id', '=', id).executeTakeFirst();
}

export async function setEvidence(db: Kysely<DB>, id: number, e: { kind: 'signature' | 'photo'; type: string; bytes: Buffer }) {
  await db.updateTable('benefit_delivery').set({ evidence_kind: e.kind, evidence_type: e.type, evidence: e.bytes }).where('id', '=', id).execute();
}

export interface DeliveryRow {
  id: number;
  cycle_id: number;
  person_id: number;
  delivered_on: string;
  amount_dong: string | null;
  quantity: number | null;
  receiver_name: string;
  note: string;
  evidence_kind: string | null;
  full_name: string;
  household_code: string | null;
  commune_id: number;
  /** Other deliveries of the same benefit in the same year to the same person (other cycles, any programme). */
  duplicates: { cycleId: number; cycleName: string; deliveredOn: string }[] | null;
}

/** Deliveries of a cycle, in name order, with the same benefit received elsewhere the same year flagged. */
export async function listDeliveries(db: Kysely<DB>, cycleId: number, communeIds: number[] | null): Promise<DeliveryRow[]> {
  const area = communeIds ? sql`AND e.commune_id = ANY(${communeIds}::int[])` : sql``;
  const r = await sql<DeliveryRow>`
    SELECT d.id, d.cycle_id, d.person_id, to_char(d.delivered_on, 'YYYY-MM-DD') AS delivered_on, d.amount_dong::text AS amount_dong, d.quantity,
      d.receiver_name, d.note, d.evidence_kind, e.full_name, e.household_code, e.commune_id,
      (SELECT json_agg(json_build_object('cycleId', c2.id, 'cycleName', c2.name, 'deliveredOn', to_char(d2.delivered_on, 'YYYY-MM-DD')) ORDER BY d2.id)
        FROM benefit_delivery d2 JOIN benefit_cycle c2 ON c2.id = d2.cycle_id
        WHERE d2.person_id = d.person_id AND d2.cycle_id <> d.cycle_id AND c2.benefit_code = c.benefit_code AND c2.year = c.year) AS duplicates
    FROM benefit_delivery d JOIN benefit_cycle c ON c.id = d.cycle_id
    JOIN beneficiary_list_entry e ON e.list_id = c.list_id AND e.person_id = d.person_id
    WHERE d.cycle_id = ${cycleId} ${area}
    ORDER BY e.sort_key COLLATE "C", d.id`.execute(db);
  return r.rows.map((x) => ({ ...x, duplicates: typeof x.duplicates === 'string' ? JSON.parse(x.duplicates) : x.duplicates }));
}

/** Persons of a list who already received the same benefit in the same year in another cycle. */
export async function sameBenefitElsewhere(db: Kysely<DB>, cycle: { id: number; benefit_code: string; year: number }, personId: number) {
  return db
    .selectFrom('benefit_delivery as d')
    .innerJoin('benefit_cycle as c', 'c.id', 'd.cycle_id')
    .select(['c.id', 'c.name'])
    .where('d.person_id', '=', personId)
    .where('c.id', '<>', cycle.id)
    .where('c.benefit_code', '=', cycle.benefit_code)
    .where('c.year', '=', cycle.year)
    .execute();
}

export async function insertGrievance(db: Kysely<DB>, row: Insertable<BenefitGrievance>): Promise<GrievanceRow> {
  return db.insertInto('benefit_grievance').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findGrievance(db: Kysely<DB>, id: number) {
  return db.selectFrom('benefit_grievance').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function answerGrievance(db: Kysely<DB>, id: number, patch: { status: string; answer: string | null; answered_by: number | null }) {
  return db
    .updateTable('benefit_grievance')
    .set({ ...patch, answered_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listGrievances(db: Kysely<DB>, cycleId: number) {
  return db.selectFrom('benefit_grievance').selectAll().where('cycle_id', '=', cycleId).orderBy('id', 'desc').execute();
}
