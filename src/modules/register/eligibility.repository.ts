import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { HOUSEHOLD_FIELD_COLUMNS, PERSON_FIELD_COLUMNS } from './register-fields.columns.js';

/**
 * The register as it stood on a day, filtered by a tree of conditions, in one SQL statement. The
 * population is every person alive that day and a member of a household that existed that day; each
 * value is the one held that day (later changes of the register undone, as the `?date=` lists do),
 * and the commune is the one the household lived in that day.
 */

/** Columns of a person a condition may test (column → field name in the change history). */
export const PERSON_COLUMNS = PERSON_FIELD_COLUMNS;

/** Columns of the household a condition may test (column → field name in the change history). */
export const HOUSEHOLD_COLUMNS = HOUSEHOLD_FIELD_COLUMNS;

export type PersonColumn = keyof typeof PERSON_COLUMNS;
export type HouseholdColumn = keyof typeof HOUSEHOLD_COLUMNS;
/** Values worked out for the day: age in full years, minority (not Kinh), relationship to the head. */
export type DerivedColumn = 'age' | 'minority' | 'relationship';
export type RegisterColumn = PersonColumn | HouseholdColumn | DerivedColumn;
export type RegisterOp = 'eq' | 'ne' | 'in' | 'not_in' | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'is_null' | 'not_null';
export type Scalar = string | number | boolean;

/** One condition on the register, with every reference already resolved to ids. */
export type RegisterLeaf =
  | { kind: 'value'; column: RegisterColumn; op: RegisterOp; values: Scalar[] }
  /** The household's poverty status of a year is one of `values` (`not_in`: none of them, or no status). */
  | { kind: 'poverty'; year: number; op: 'in' | 'not_in'; values: string[] }
  /** The commune (as lived in that day) is / is not one of these ids. */
  | { kind: 'commune'; op: 'in' | 'not_in'; ids: number[] }
  /** The household's village (that day) is / is not one of these ids. */
  | { kind: 'village'; op: 'in' | 'not_in'; ids: number[] };

export type RegisterFilter = { and: RegisterFilter[] } | { or: RegisterFilter[] } | { not: RegisterFilter } | { leaf: RegisterLeaf };

export interface EligibilityQuery {
  date: string;
  /** Communes (and the units above them) the caller reaches; null: everywhere. */
  communeIds: number[] | null;
  /** The rule; null keeps everyone (used to read the facts of given persons). */
  filter: RegisterFilter | null;
  /** Conditions whose value and result are returned with each row (`v0`, `c0`, …). */
  facts: RegisterLeaf[];
  /** Only these persons. */
  personIds?: number[];
}

/** Fields of the register changed on a day after `date` (only those need their history undone). */
async function changedAfter(db: Kysely<DB>, date: string): Promise<Set<string>> {
  const r = await sql<{ entity: string; field: string }>`SELECT DISTINCT entity, field FROM record_change
    WHERE effective_date > ${date} AND entity IN ('person', 'household')`.execute(db);
  return new Set(r.rows.map((x) => `${x.entity}.${x.field}`));
}

interface Ctx {
  date: string;
  changed: Set<string>;
}

/** A column as text, as it was on the day: the old value of its first change after the day, else today's. */
function asOf(ctx: Ctx, entity: 'person' | 'household', alias: 'p' | 'h', column: string, field: string): RawBuilder<string | null> {
  const current = sql`${sql.ref(`${alias}.${column}`)}`;
  if (!ctx.changed.has(`${entity}.${field}`)) return sql<string | null>`(${current})::text`;
  return sql<string | null>`(coalesce((SELECT jsonb_build_object('v', r.old_value) FROM record_change r
      WHERE r.entity = ${entity} AND r.entity_id = ${sql.ref(`${alias}.id`)} AND r.field = ${field} AND r.effective_date > ${ctx.date}
      ORDER BY r.effective_date, r.id LIMIT 1), jsonb_build_object('v', to_jsonb(${current}))) ->> 'v')`;
}

/** The commune the household lived in that day. */
function communeExpr(ctx: Ctx): RawBuilder<number> {
  if (!ctx.changed.has('household.communeId')) return sql<number>`h.commune_id`;
  return sql<number>`coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r
      WHERE r.entity = 'household' AND r.entity_id = h.id AND r.field = 'communeId' AND r.effective_date > ${ctx.date}
      ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id)`;
}

function villageExpr(ctx: Ctx): RawBuilder<number | null> {
  return sql<number | null>`(${asOf(ctx, 'household', 'h', 'village_id', 'villageId')})::int`;
}

/** The value a condition looks at, as text (numbers and booleans as PostgreSQL prints them). */
function valueExpr(ctx: Ctx, leaf: RegisterLeaf): RawBuilder<string | null> {
  switch (leaf.kind) {
    case 'poverty':
      return sql`(SELECT hp.status FROM household_poverty hp WHERE hp.household_id = h.id AND hp.year = ${leaf.year})`;
    case 'commune':
      return sql`(${communeExpr(ctx)})::text`;
    case 'village':
      return sql`(${villageExpr(ctx)})::text`;
    case 'value': {
      const c = leaf.column;
      if (c === 'age')
        return sql`(CASE WHEN p.birth_date IS NOT NULL THEN extract(year FROM age(${ctx.date}::date, p.birth_date))::int
          ELSE extract(year FROM ${ctx.date}::date)::int - p.birth_year END)::text`;
      if (c === 'minority') return sql`((${asOf(ctx, 'person', 'p', 'ethnic_code', 'ethnicCode')}) <> '01')::text`;
      if (c === 'relationship') return sql`m.relationship`;
      if (c in PERSON_COLUMNS) return asOf(ctx, 'person', 'p', c, PERSON_COLUMNS[c as PersonColumn]);
      if (c in HOUSEHOLD_COLUMNS) return asOf(ctx, 'household', 'h', c, HOUSEHOLD_COLUMNS[c as HouseholdColumn]);
      throw new Error(`unknown register column ${c}`);
    }
  }
}

const NUMERIC = new Set<RegisterColumn>(['age', 'birth_year']);
const BOOLEAN = new Set<RegisterColumn>(['minority', 'literate', 'speaks_vietnamese', 'health_insurance']);

/**
 * The value a condition compares, in its own type (int, boolean or text): the column itself when no
 * change after the day touches it, so that the planner sees a plain column test it can estimate and
 * start from; else the value of the day (asOf) cast back.
 */
function typedExpr(ctx: Ctx, leaf: Extract<RegisterLeaf, { kind: 'value' }>): RawBuilder<unknown> {
  const c = leaf.column;
  const cast = (x: RawBuilder<unknown>) => (NUMERIC.has(c) ? sql`(${x})::int` : BOOLEAN.has(c) ? sql`(${x})::boolean` : x);
  const column = (entity: 'person' | 'household', alias: 'p' | 'h', field: string, col = c as string) =>
    ctx.changed.has(`${entity}.${field}`) ? cast(asOf(ctx, entity, alias, col, field)) : sql`${sql.ref(`${alias}.${col}`)}`;
  if (c === 'age')
    return sql`(CASE WHEN p.birth_date IS NOT NULL THEN extract(year FROM age(${ctx.date}::date, p.birth_date))::int
          ELSE extract(year FROM ${ctx.date}::date)::int - p.birth_year END)`;
  if (c === 'minority') return sql`(${column('person', 'p', 'ethnicCode', 'ethnic_code')} <> '01')`;
  if (c === 'relationship') return sql`m.relationship`;
  if (c in PERSON_COLUMNS) return column('person', 'p', PERSON_COLUMNS[c as PersonColumn]);
  if (c in HOUSEHOLD_COLUMNS) return column('household', 'h', HOUSEHOLD_COLUMNS[c as HouseholdColumn]);
  throw new Error(`unknown register column ${c}`);
}

function literal(leaf: RegisterLeaf, v: Scalar): RawBuilder<unknown> {
  if (leaf.kind === 'value' && NUMERIC.has(leaf.column)) return sql`${Number(v)}::int`;
  if (leaf.kind === 'value' && BOOLEAN.has(leaf.column)) return sql`${String(v) === 'true'}::boolean`;
  return sql`${String(v)}::text`;
}

/**
 * Whether the row meets one condition. `strict`: false, never null, when the value is missing (for the
 * facts returned, and under NOT, where a null would turn into a refusal); elsewhere in a WHERE clause a
 * null refuses the row as false does, and the bare comparison lets the planner use its statistics.
 */
function leafExpr(ctx: Ctx, leaf: RegisterLeaf, strict = true): RawBuilder<SqlBool> {
  if (leaf.kind === 'commune' || leaf.kind === 'village') {
    const value = leaf.kind === 'commune' ? communeExpr(ctx) : villageExpr(ctx);
    const hit = sql<SqlBool>`coalesce((${value}) = ANY(${leaf.ids}::int[]), false)`;
    return leaf.op === 'in' ? hit : sql<SqlBool>`NOT ${hit}`;
  }
  if (leaf.kind === 'poverty') {
    const hit = sql<SqlBool>`EXISTS (SELECT 1 FROM household_poverty hp WHERE hp.household_id = h.id AND hp.year = ${leaf.year} AND hp.status = ANY(${leaf.values}::text[]))`;
    return leaf.op === 'in' ? hit : sql<SqlBool>`NOT ${hit}`;
  }
  const v = typedExpr(ctx, leaf);
  const vals = leaf.values;
  const list = sql.join(vals.map((x) => literal(leaf, x)));
  let e: RawBuilder<SqlBool>;
  switch (leaf.op) {
    case 'eq':
      e = sql`${v} = ${literal(leaf, vals[0])}`;
      break;
    case 'ne':
      e = sql`${v} IS DISTINCT FROM ${literal(leaf, vals[0])}`;
      break;
    case 'in':
      e = sql`${v} IN (${list})`;
      break;
    case 'not_in':
      e = sql`(${v} IS NULL OR ${v} NOT IN (${list}))`;
      break;
    case 'lt':
      e = sql`${v} < ${literal(leaf, vals[0])}`;
      break;
    case 'lte':
      e = sql`${v} <= ${literal(leaf, vals[0])}`;
      break;
    case 'gt':
      e = sql`${v} > ${literal(leaf, vals[0])}`;
      break;
    case 'gte':
      e = sql`${v} >= ${literal(leaf, vals[0])}`;
      break;
    case 'between':
      e = sql`${v} BETWEEN ${literal(leaf, vals[0])} AND ${literal(leaf, vals[1])}`;
      break;
    case 'is_null':
      e = sql`${v} IS NULL`;
      break;
    case 'not_null':
      e = sql`${v} IS NOT NULL`;
      break;
  }
  return strict ? sql<SqlBool>`coalesce(${e}, false)` : sql<SqlBool>`(${e})`;
}

/** The rule as a WHERE condition; leaves under a NOT are strict (see leafExpr). */
function filterExpr(ctx: Ctx, f: RegisterFilter, strict = false): RawBuilder<SqlBool> {
  if ('leaf' in f) return leafExpr(ctx, f.leaf, strict);
  if ('not' in f) return sql<SqlBool>`NOT (${filterExpr(ctx, f.not, true)})`;
  const parts = 'and' in f ? f.and : f.or;
  if (!parts.length) return sql<SqlBool>`${'and' in f ? sql`TRUE` : sql`FALSE`}`;
  return sql<SqlBool>`(${sql.join(
    parts.map((x) => filterExpr(ctx, x, strict)),
    sql` ${sql.raw('and' in f ? 'AND' : 'OR')} `,
  )})`;
}

/** FROM … WHERE … of the population that day, with the rule and the caller's communes applied. */
function body(ctx: Ctx, q: EligibilityQuery, joins: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  const d = q.date;
  const scope = q.communeIds ? sql`AND (${communeExpr(ctx)}) = ANY(${q.communeIds}::int[])` : sql``;
  const only = q.personIds ? sql`AND p.id = ANY(${q.personIds}::int[])` : sql``;
  const rule = q.filter ? sql`AND ${filterExpr(ctx, q.filter)}` : sql``;
  // The household of the day: the membership held that day, the latest begun when two overlap (a move on
  // the day itself). Written as a join and an anti-join rather than a per-person lookup, so that the
  // planner can start from the most selective condition (a poverty year, a housing type) as a plain
  // count of the same condition does.
  return sql`FROM person p
    JOIN household_member m ON m.person_id = p.id AND m.valid_from <= ${d} AND (m.valid_to IS NULL OR m.valid_to >= ${d})
    JOIN household h ON h.id = m.household_id ${joins}
    WHERE p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${d})
      AND h.deleted_at IS NULL AND h.valid_from <= ${d} AND (h.valid_to IS NULL OR h.valid_to >= ${d})
      AND NOT EXISTS (SELECT 1 FROM household_member lm WHERE lm.person_id = m.person_id AND lm.id <> m.id
        AND lm.valid_from <= ${d} AND (lm.valid_to IS NULL OR lm.valid_to >= ${d})
        AND (lm.valid_from > m.valid_from OR (lm.valid_from = m.valid_from AND lm.id > m.id)))
      ${scope} ${only} ${rule}`;
}

/** How many persons meet the rule that day. */
export async function countEligible(db: Kysely<DB>, q: EligibilityQuery): Promise<number> {
  const ctx = { date: q.date, changed: await changedAfter(db, q.date) };
  const r = await sql<{ n: string }>`SELECT count(*)::text AS n ${body(ctx, q)}`.execute(db);
  return Number(r.rows[0].n);
}

export interface EligibleRow {
  person_id: number;
  household_id: number;
  household_code: string;
  commune_id: number;
  village_id: number | null;
  full_name: string;
  sort_key: string;
  sex: string;
  birth_year: number;
  ethnic_code: string;
  /** `v0…`: the value each fact condition looked at (text); `c0…`: whether it was met. */
  [fact: string]: unknown;
}

/** Who each person is that day: household, commune and village of the day, name, sex, birth year, ethnic group. */
function personColumns(ctx: Ctx): RawBuilder<unknown> {
  return sql`p.id AS person_id, h.id AS household_id, h.code AS household_code,
      (${communeExpr(ctx)}) AS commune_id, (${villageExpr(ctx)}) AS village_id, p.full_name, p.sort_key,
      coalesce(${asOf(ctx, 'person', 'p', 'sex', 'sex')}, p.sex) AS sex, p.birth_year,
      coalesce(${asOf(ctx, 'person', 'p', 'ethnic_code', 'ethnicCode')}, p.ethnic_code) AS ethnic_code`;
}

/** Persons meeting the rule that day in Vietnamese name order, with the facts asked for. */
export async function eligibleRows(db: Kysely<DB>, q: EligibilityQuery, page: { limit: number; offset: number } | null): Promise<EligibleRow[]> {
  const ctx = { date: q.date, changed: await changedAfter(db, q.date) };
  const facts = q.facts.flatMap((leaf, i) => [sql`${valueExpr(ctx, leaf)} AS ${sql.ref(`v${i}`)}`, sql`${leafExpr(ctx, leaf)} AS ${sql.ref(`c${i}`)}`]);
  const extra = facts.length ? sql`, ${sql.join(facts)}` : sql``;
  const paging = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``;
  const r = await sql<EligibleRow>`SELECT ${personColumns(ctx)} ${extra}
    ${body(ctx, q)}
    ORDER BY p.sort_key COLLATE "C", p.id ${paging}`.execute(db);
  return r.rows.map((x) => ({ ...x, person_id: Number(x.person_id), household_id: Number(x.household_id), commune_id: Number(x.commune_id) }));
}

/**
 * The folded name (searchKey of the full name: lower case, no diacritics, đ→d, single spaces), read from
 * the person's search column, which holds searchKey(full name + ' ' + CCCD): the CCCD (12 digits, a
 * CHECK of the column) and the space before it are cut off when there is one.
 */
const FOLDED_NAME = sql<string>`(CASE WHEN p.cccd IS NULL THEN p.search_text ELSE regexp_replace(p.search_text, '( |^)[0-9]{12}$', '') END)`;

/** At most this many key/value pairs per jsonb_build_object call (a function takes at most 100 arguments). */
const PAIRS_PER_CALL = 40;

/**
 * The persons meeting the rule that day as rows ready to be copied by the caller in one
 * `INSERT … SELECT … FROM (this) e`, without passing through the application: `person_id, household_id,
 * household_code, commune_id, village_id, full_name, sort_key, search_text` (the folded name), `sex,
 * birth_year, ethnic_code` and `facts`, a JSON object `{ key: [value as text, met] }` of every condition of
 * `q.facts`, under the key of the same index in `factKeys`. The query reads only the register's tables.
 */
export async function eligibleEntries(db: Kysely<DB>, q: EligibilityQuery, factKeys: string[]): Promise<RawBuilder<unknown>> {
  if (factKeys.length !== q.facts.length) throw new Error('one key per fact');
  const ctx = { date: q.date, changed: await changedAfter(db, q.date) };
  // A poverty condition's fact is read through a join on the household's year (one row at most: the key
  // is household and year) rather than a lookup per person.
  const joins: RawBuilder<unknown>[] = [];
  const pairs = q.facts.map((leaf, i) => {
    if (leaf.kind !== 'poverty') return sql`${factKeys[i]}::text, jsonb_build_array(${valueExpr(ctx, leaf)}, ${leafExpr(ctx, leaf)})`;
    const fp = sql.ref(`fp${i}`);
    joins.push(sql`LEFT JOIN household_poverty ${fp} ON ${sql.ref(`fp${i}.household_id`)} = h.id AND ${sql.ref(`fp${i}.year`)} = ${leaf.year}`);
    const hit = sql`coalesce(${sql.ref(`fp${i}.status`)} = ANY(${leaf.values}::text[]), false)`;
    return sql`${factKeys[i]}::text, jsonb_build_array(${sql.ref(`fp${i}.status`)}, ${leaf.op === 'in' ? hit : sql`NOT ${hit}`})`;
  });
  const calls: RawBuilder<unknown>[] = [];
  for (let i = 0; i < pairs.length; i += PAIRS_PER_CALL) calls.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + PAIRS_PER_CALL))})`);
  const facts = calls.length ? sql.join(calls, sql` || `) : sql`'{}'::jsonb`;
  return sql`SELECT ${personColumns(ctx)}, ${FOLDED_NAME} AS search_text, ${facts} AS facts
    ${body(ctx, q, joins.length ? sql.join(joins, sql` `) : sql``)}`;
}
