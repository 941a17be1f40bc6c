import { sql, type Kysely } from 'kysely';
import type { PeriodType } from '../reporting-periods/periods.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/audit.service.js';
import type { ValueInput } from './data-entry.types.js';
import type { Phases } from '../../shared/phases.js';
import { CopySink, copyLine, nextIds, type BulkSession } from '../../db/bulk-load.js';

export type SaveOutcome = 'saved' | 'unchanged' | 'duplicate';

export interface Change {
  dataElementId: number;
  categoryOptionComboId: number;
  old: string | null;
  new: string | null;
  comment?: string | null;
}

/** A value already checked: `value` is the canonical stored text (null = emptied). */
/** `keepValue`: the client sent no value (a comment-only save), so the stored value stays. */
export type CheckedInput = ValueInput & { value: string | null; derived?: boolean; keepValue?: boolean };

interface Cell {
  id: number | null;
  value: string | null;
  comment: string | null;
  derived: boolean;
  override_reason: string | null;
}

const cellKey = (e: number, c: number) => `${e}:${c}`;

/** What a cell becomes when an input is saved over it; null when nothing would change. */
function nextCell(current: Cell | undefined, input: CheckedInput): Cell | null {
  const value = input.keepValue ? (current?.value ?? null) : input.value;
  const comment = input.comment === undefined ? (current?.comment ?? null) : input.comment?.trim() || null;
  const derived = input.keepValue ? (current?.derived ?? false) : (input.derived ?? false);
  const reason = derived ? null : input.overrideReason?.trim() || (current && current.value === value ? current.override_reason : null);
  const same = current
    ? current.value === value && current.comment === comment && current.derived === derived && (current.override_reason ?? null) === reason
    : value === null && comment === null;
  return same ? null : { id: current?.id ?? null, value, comment, derived, override_reason: reason };
}

/** The audited change of one saved cell. */
function changeOf(input: CheckedInput, current: Cell | undefined, next: Cell): Change {
  return {
    dataElementId: input.dataElementId,
    categoryOptionComboId: input.categoryOptionComboId,
    old: current?.value ?? null,
    new: next.value,
    ...(next.comment !== (current?.comment ?? null) ? { comment: next.comment } : {}),
  };
}

/**
 * Writes checked values of one report inside the caller's transaction (which holds the report's
 * lock), in a few statements whatever the batch size. A value whose client id was seen before, or
 * that matches what is stored, writes nothing; each real change gets a history row.
 */
export async function saveBatch(trx: Kysely<DB>, actor: Actor, unitId: number, periodId: string, inputs: CheckedInput[]) {
  const outcomes: SaveOutcome[] = [];
  const changes: Change[] = [];

  const ids = [...new Set(inputs.map((i) => i.clientId).filter((x): x is string => !!x))];
  const fresh = new Set<string>();
  if (ids.length) {
    const rows = await trx
      .insertInto('data_value_client_save')
      .values(ids.map((client_id) => ({ client_id, user_id: actor.userId })))
      .onConflict((oc) => oc.column('client_id').doNothing())
      .returning('client_id')
      .execute();
    for (const r of rows) fresh.add(r.client_id);
  }

  const elementIds = [...new Set(inputs.map((i) => i.dataElementId))];
  const stored = elementIds.length
    ? await trx
        .selectFrom('data_value')
        .select(['id', 'data_element_id', 'category_option_combo_id', 'value', 'comment', 'derived', 'override_reason'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId)
        .where('data_element_id', 'in', elementIds)
        .execute()
    : [];
  const cells = new Map<string, Cell>(stored.map((s) => [cellKey(s.data_element_id, s.category_option_combo_id), s]));
  const touched = new Map<string, { input: CheckedInput; cell: Cell }>();
  const history: { key: string; old: Cell | undefined; next: Cell; clientId: string | null }[] = [];

  for (const input of inputs) {
    if (input.clientId) {
      if (!fresh.has(input.clientId)) {
        outcomes.push('duplicate');
        continue;
      }
      fresh.delete(input.clientId); // the same id twice in one batch counts once
    }
    const key = cellKey(input.dataElementId, input.categoryOptionComboId);
    const current = cells.get(key);
    const next = nextCell(current, input);
    if (!next) {
      outcomes.push('unchanged');
      continue;
    }
    cells.set(key, next);
    touched.set(key, { input, cell: next });
    history.push({ key, old: current, next, clientId: input.clientId ?? null });
    changes.push(changeOf(input, current, next));
    outcomes.push('saved');
  }
  if (!touched.size) return { outcomes, changes };

  const now = new Date();
  const columns = (c: Cell) => ({
    value: c.value,
    comment: c.comment,
    derived: c.derived,
    override_reason: c.override_reason,
    updated_at: now,
    updated_by: actor.userId,
    deleted_at: c.value === null ? now : null,
  });
  const idOf = new Map<string, number>();
  const created = [...touched.entries()].filter(([, t]) => t.cell.id === null);
  if (created.length) {
    const rows = await trx
      .insertInto('data_value')
      .values(
        created.map(([, t]) => ({
          ...columns(t.cell),
          data_element_id: t.input.dataElementId,
          category_option_combo_id: t.input.categoryOptionComboId,
          unit_id: unitId,
          period_id: periodId,
          created_at: now,
          created_by: actor.userId,
        })),
      )
      .returning(['id', 'data_element_id', 'category_option_combo_id'])
      .execute();
    for (const r of rows) idOf.set(cellKey(r.data_element_id, r.category_option_combo_id), r.id);
  }
  for (const [key, t] of touched) {
    if (t.cell.id === null) continue;
    idOf.set(key, t.cell.id);
    await trx.updateTable('data_value').set(columns(t.cell)).where('id', '=', t.cell.id).execute();
  }
  await trx
    .insertInto('data_value_history')
    .values(
      history.map((h) => ({
        data_value_id: idOf.get(h.key)!,
        old_value: h.old?.value ?? null,
        new_value: h.next.value,
        old_comment: h.old?.comment ?? null,
        new_comment: h.next.comment,
        derived: h.next.derived,
        override_reason: h.next.override_reason,
        client_id: h.clientId,
        changed_by: actor.userId,
      })),
    )
    .execute();
  return { outcomes, changes };
}

/** The values to save into one report's cells (unit × period). */
export interface ReportInputs {
  unitId: number;
  periodId: string;
  inputs: CheckedInput[];
}

const reportCellKey = (unitId: number, periodId: string, e: number, c: number) => `${unitId}|${periodId}|${e}:${c}`;

/** Columns of the COPY loads of saveReports. */
const VALUE_COPY_COLUMNS = [
  'id',
  'data_element_id',
  'category_option_combo_id',
  'unit_id',
  'period_id',
  'value',
  'comment',
  'derived',
  'override_reason',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'deleted_at',
] as const;
const HISTORY_COPY_COLUMNS = [
  'data_value_id',
  'old_value',
  'new_value',
  'old_comment',
  'new_comment',
  'derived',
  'override_reason',
  'client_id',
  'changed_by',
] as const;

/** Distinct unit × period pairs as two parallel arrays, for `unnest`. */
function pairArrays(pairs: { unitId: number; periodId: string }[]) {
  const seen = new Map<string, { unitId: number; periodId: string }>();
  for (const p of pairs) seen.set(`${p.unitId}|${p.periodId}`, p);
  const list = [...seen.values()];
  return { units: list.map((p) => p.unitId), periods: list.map((p) => p.periodId) };
}

/**
 * Stored cells (emptied ones included) of many reports at once: every unit × period pair given, for
 * the elements given, in one statement whatever the number of reports.
 */
export async function cellStatesOfReports(db: Kysely<DB>, pairs: { unitId: number; periodId: string }[], elementIds: number[]) {
  if (!pairs.length || !elementIds.length) return [];
  const { units, periods } = pairArrays(pairs);
  const { rows } = await sql<{
    id: number;
    unit_id: number;
    period_id: string;
    data_element_id: number;
    category_option_combo_id: number;
    value: string | null;
    comment: string | null;
    derived: boolean;
    override_reason: string | null;
  }>`SELECT d.id, d.unit_id, d.period_id, d.data_element_id, d.category_option_combo_id, d.value, d.comment, d.derived, d.override_reason
    FROM data_value d JOIN unnest(${units}::int[], ${periods}::text[]) AS k(u, p) ON d.unit_id = k.u AND d.period_id = k.p
    WHERE d.data_element_id = ANY(${[...new Set(elementIds)]}::int[])`.execute(db);
  return rows;
}

/**
 * saveBatch for many reports at once, inside the caller's transaction (which holds every report's
 * lock): one read of the stored cells, one insert of new cells, one update of changed ones, one
 * insert of history, whatever the number of reports. Cells are decided exactly as saveBatch decides
 * them, in the order given (a cell given twice is saved twice, each change in the history). Returns
 * each report's changes, in the order of `reports`.
 */
export async function saveReports(
  trx: Kysely<DB>,
  actor: Actor,
  reports: ReportInputs[],
  phases?: Phases,
  copy?: BulkSession['copy'],
): Promise<{ changes: Change[] }[]> {
  const ids = [...new Set(reports.flatMap((r) => r.inputs.map((i) => i.clientId)).filter((x): x is string => !!x))];
  const fresh = new Set<string>();
  if (ids.length) {
    const { rows } = await sql<{ client_id: string }>`INSERT INTO data_value_client_save (client_id, user_id)
      SELECT c, ${actor.userId}::int FROM unnest(${ids}::text[]) AS c ON CONFLICT (client_id) DO NOTHING RETURNING client_id`.execute(trx);
    for (const r of rows) fresh.add(r.client_id);
  }
  const stored = await cellStatesOfReports(
    trx,
    reports,
    reports.flatMap((r) => r.inputs.map((i) => i.dataElementId)),
  );
  phases?.mark('write: stored cells');
  const cells = new Map<string, Cell>(stored.map((s) => [reportCellKey(s.unit_id, s.period_id, s.data_element_id, s.category_option_combo_id), s]));
  const touched = new Map<string, { unitId: number; periodId: string; input: CheckedInput; cell: Cell }>();
  const history: { key: string; old: Cell | undefined; next: Cell; clientId: string | null }[] = [];
  const out = reports.map(() => ({ changes: [] as Change[] }));
  for (const [n, r] of reports.entries()) {
    for (const input of r.inputs) {
      if (input.clientId) {
        if (!fresh.has(input.clientId)) continue;
        fresh.delete(input.clientId);
      }
      const key = reportCellKey(r.unitId, r.periodId, input.dataElementId, input.categoryOptionComboId);
      const current = cells.get(key);
      const next = nextCell(current, input);
      if (!next) continue;
      cells.set(key, next);
      touched.set(key, { unitId: r.unitId, periodId: r.periodId, input, cell: next });
      history.push({ key, old: current, next, clientId: input.clientId ?? null });
      out[n].changes.push(changeOf(input, current, next));
    }
  }
  phases?.mark('write: decide');
  if (!touched.size) return out;

  const now = new Date();
  const idOf = new Map<string, number>();
  const created = [...touched.entries()].filter(([, t]) => t.cell.id === null);
  if (created.length && copy) {
    // Many cells: ids taken from the sequence in one statement, rows loaded with COPY.
    const newIds = await nextIds(trx, 'data_value', created.length);
    phases?.mark('write: value ids');
    const at = now.toISOString();
    const sink = new CopySink();
    for (const [n, [key, t]] of created.entries()) {
      idOf.set(key, newIds[n]);
      const c = t.cell;
      sink.write(
        copyLine([
          newIds[n],
          t.input.dataElementId,
          t.input.categoryOptionComboId,
          t.unitId,
          t.periodId,
          c.value,
          c.comment,
          c.derived,
          c.override_reason,
          at,
          actor.userId,
          at,
          actor.userId,
          c.value === null ? at : null,
        ]),
      );
    }
    const bytes = sink.bytes();
    phases?.mark('write: value rows');
    // The foreign keys are checked once per distinct element, combination, unit and user (see copyCheckingKeys).
    const distinct = <T>(f: (t: (typeof created)[number][1]) => T) => new Set(created.map(([, t]) => f(t)));
    await copy('data_value', VALUE_COPY_COLUMNS, bytes, {
      data_element_id: distinct((t) => t.input.dataElementId),
      category_option_combo_id: distinct((t) => t.input.categoryOptionComboId),
      unit_id: distinct((t) => t.unitId),
      created_by: [actor.userId],
      updated_by: [actor.userId],
    });
  } else if (created.length) {
    const col = <T>(f: (t: (typeof created)[number][1]) => T) => created.map(([, t]) => f(t));
    const { rows } = await sql<{ id: number; unit_id: number; period_id: string; data_element_id: number; category_option_combo_id: number }>`
      INSERT INTO data_value (data_element_id, category_option_combo_id, unit_id, period_id, value, comment, derived, override_reason,
        created_at, created_by, updated_at, updated_by, deleted_at)
      SELECT e, c, u, p, v, cm, dv, r, ${now}::timestamptz, ${actor.userId}::int, ${now}::timestamptz, ${actor.userId}::int,
        CASE WHEN v IS NULL THEN ${now}::timestamptz END
      FROM unnest(${col((t) => t.input.dataElementId)}::int[], ${col((t) => t.input.categoryOptionComboId)}::int[], ${col((t) => t.unitId)}::int[],
        ${col((t) => t.periodId)}::text[], ${col((t) => t.cell.value)}::text[], ${col((t) => t.cell.comment)}::text[], ${col((t) => t.cell.derived)}::boolean[],
        ${col((t) => t.cell.override_reason)}::text[]) AS x(e, c, u, p, v, cm, dv, r)
      RETURNING id, unit_id, period_id, data_element_id, category_option_combo_id`.execute(trx);
    for (const r of rows) idOf.set(reportCellKey(r.unit_id, r.period_id, r.data_element_id, r.category_option_combo_id), r.id);
  }
  phases?.mark('write: insert values');
  const updated = [...touched.entries()].filter(([, t]) => t.cell.id !== null);
  for (const [key, t] of updated) idOf.set(key, t.cell.id!);
  if (updated.length) {
    const col = <T>(f: (t: (typeof updated)[number][1]) => T) => updated.map(([, t]) => f(t));
    await sql`UPDATE data_value AS d SET value = x.v, comment = x.cm, derived = x.dv, override_reason = x.r, updated_at = ${now}::timestamptz,
        updated_by = ${actor.userId}::int, deleted_at = CASE WHEN x.v IS NULL THEN ${now}::timestamptz END
      FROM unnest(${col((t) => t.cell.id)}::int[], ${col((t) => t.cell.value)}::text[], ${col((t) => t.cell.comment)}::text[],
        ${col((t) => t.cell.derived)}::boolean[], ${col((t) => t.cell.override_reason)}::text[]) AS x(id, v, cm, dv, r)
      WHERE d.id = x.id`.execute(trx);
  }
  phases?.mark('write: update values');
  if (copy) {
    // History rows in the order of the changes (their ids, from the column's default, follow it).
    const sink = new CopySink();
    for (const x of history)
      sink.write(
        copyLine([
          idOf.get(x.key)!,
          x.old?.value ?? null,
          x.next.value,
          x.old?.comment ?? null,
          x.next.comment,
          x.next.derived,
          x.next.override_reason,
          x.clientId,
          actor.userId,
        ]),
      );
    // Only the cells that were stored before need their key checked: the new ones were inserted just now, in this transaction.
    await copy('data_value_history', HISTORY_COPY_COLUMNS, sink.bytes(), { data_value_id: updated.map(([, t]) => t.cell.id), changed_by: [actor.userId] });
  } else {
    const h = <T>(f: (x: (typeof history)[number]) => T) => history.map(f);
    await sql`INSERT INTO data_value_history (data_value_id, old_value, new_value, old_comment, new_comment, derived, override_reason, client_id, changed_by)
      SELECT i, ov, nv, oc, nc, dv, r, cl, ${actor.userId}::int
      FROM unnest(${h((x) => idOf.get(x.key)!)}::int[], ${h((x) => x.old?.value ?? null)}::text[], ${h((x) => x.next.value)}::text[],
        ${h((x) => x.old?.comment ?? null)}::text[], ${h((x) => x.next.comment)}::text[], ${h((x) => x.next.derived)}::boolean[],
        ${h((x) => x.next.override_reason)}::text[], ${h((x) => x.clientId)}::text[]) WITH ORDINALITY AS x(i, ov, nv, oc, nc, dv, r, cl, o)
      ORDER BY o`.execute(trx);
  }
  phases?.mark('write: history');
  return out;
}

/** Current (not emptied) values of a unit and period. */
export async function valuesOf(db: Kysely<DB>, unitId: number, periodId: string, elementIds: number[]) {
  if (!elementIds.length) return [];
  return db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'value', 'comment', 'derived', 'override_reason', 'updated_at'])
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .where('data_element_id', 'in', elementIds)
    .where((eb) => eb.or([eb('value', 'is not', null), eb('comment', 'is not', null)]))
    .execute();
}

/** Stored cells of a unit and period for elements (derived or not), to tell register-filled cells from typed ones. */
export async function storedCells(db: Kysely<DB>, unitId: number, periodId: string, elementIds: number[], onlyDerived = false) {
  if (!elementIds.length) return [];
  let q = db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'value', 'derived'])
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .where('data_element_id', 'in', elementIds);
  if (onlyDerived) q = q.where('derived', '=', true);
  return q.execute();
}

/** Non-empty values of a unit and period for elements. */
export async function filledValues(db: Kysely<DB>, unitId: number, periodId: string, elementIds: number[]) {
  if (!elementIds.length) return [];
  return db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'value'])
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .where('value', 'is not', null)
    .where('data_element_id', 'in', elementIds)
    .execute();
}

/** Non-empty values of a unit over periods for elements (a report's earlier periods, to compare with). */
export async function valuesInPeriods(db: Kysely<DB>, unitId: number, periodIds: string[], elementIds: number[]) {
  if (!periodIds.length || !elementIds.length) return [];
  return db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'period_id', 'value'])
    .where('unit_id', '=', unitId)
    .where('period_id', 'in', periodIds)
    .where('data_element_id', 'in', elementIds)
    .where('value', 'is not', null)
    .orderBy('period_id', 'desc')
    .execute();
}

/** Changes of one cell, newest first, with the id of who made them. */
export async function cellChanges(db: Kysely<DB>, unitId: number, periodId: string, dataElementId: number, categoryOptionComboId: number, limit: number) {
  return db
    .selectFrom('data_value_history as h')
    .innerJoin('data_value as v', 'v.id', 'h.data_value_id')
    .select(['h.changed_at', 'h.changed_by', 'h.old_value', 'h.new_value', 'h.old_comment', 'h.new_comment', 'h.derived', 'h.override_reason'])
    .where('v.unit_id', '=', unitId)
    .where('v.period_id', '=', periodId)
    .where('v.data_element_id', '=', dataElementId)
    .where('v.category_option_combo_id', '=', categoryOptionComboId)
    .orderBy('h.id', 'desc')
    .limit(limit)
    .execute();
}

/** Current state of the cells of a unit and period for elements (emptied ones included). */
export async function cellStates(db: Kysely<DB>, unitId: number, periodId: string, elementIds: number[]) {
  return db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'value', 'comment', 'derived'])
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .where('data_element_id', 'in', elementIds)
    .execute();
}

/** A period id's type: `2025M03`, `2025Q1`, `2025S1`, `2025N9`, `2025`. */
const PERIOD_TYPE = sql<PeriodType>`CASE WHEN period_id LIKE '%M%' THEN 'monthly' WHEN period_id LIKE '%Q%' THEN 'quarterly'
  WHEN period_id LIKE '%S%' THEN 'six_monthly' WHEN period_id LIKE '%N%' THEN 'nine_monthly' ELSE 'yearly' END`;
/** A stored value as a number (yes/no as 1/0); null for text and dates, which do not add up. */
const NUMBER = sql<number>`CASE WHEN value = 'true' THEN 1 WHEN value = 'false' THEN 0
  WHEN value ~ '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$' THEN value::float8 END`;

/**
 * Numeric values of elements for units over periods, summed per cell (element × option combination
 * × unit) and period type in the database (a year of months is one row, not twelve): count, sum,
 * the latest period's value when `withLast`, and the periods seen.
 */
export async function valueCells(db: Kysely<DB>, elementIds: number[], unitIds: number[], periodIds: string[], withLast: boolean) {
  const numbers = db
    .selectFrom('data_value')
    .select(['data_element_id as e', 'category_option_combo_id as coc', 'unit_id as u', 'period_id', PERIOD_TYPE.as('type'), NUMBER.as('n')])
    .where('data_element_id', 'in', elementIds)
    .where('unit_id', '=', sql<number>`ANY(${unitIds}::int[])`)
    .where('period_id', 'in', periodIds)
    .where('value', 'is not', null)
    .as('v');
  return db
    .selectFrom(numbers)
    .select([
      'e',
      'coc',
      'u',
      'type',
      sql<number>`count(*)::int`.as('count'),
      sql<number>`sum(n)`.as('sum'),
      // The latest period's value matters only to elements that keep their last value; the period
      // list is only read as a set, so neither is sorted unless needed.
      (withLast ? sql<number>`(array_agg(n ORDER BY period_id DESC))[1]` : sql<number>`NULL::float8`).as('last'),
      sql<string>`string_agg(period_id, ',')`.as('periods'),
    ])
    .where('n', 'is not', null)
    .groupBy(['e', 'coc', 'u', 'type'])
    .execute();
}

/** How coarse a stored period is (0 = yearly … 4 = monthly), for the roll-up's "coarsest type first". */
const PERIOD_RANK = sql<number>`CASE WHEN d.period_id LIKE '%M%' THEN 4 WHEN d.period_id LIKE '%Q%' THEN 3
  WHEN d.period_id LIKE '%S%' THEN 2 WHEN d.period_id LIKE '%N%' THEN 1 ELSE 0 END`;
const NUMBER_D = sql<number>`CASE WHEN d.value = 'true' THEN 1 WHEN d.value = 'false' THEN 0
  WHEN d.value ~ '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$' THEN d.value::float8 END`;

/** A unit whose values count in a target unit of an analytics query, with its weight there. */
export interface UnitToTarget {
  unit: number;
  /** Index of the target unit. */
  target: number;
  weight: number;
  /** The unit is an old one split between new ones (its cells are flagged). */
  split: boolean;
  /** Its rows are kept apart (not summed with other units'): a unit counted in several targets. */
  apart: boolean;
}

/**
 * Element values rolled up over several periods and summed onto target units in one query, so only the
 * final cells leave the database. `sources[b]` lists the period ids that make up bucket `b` (a period id
 * may be in several buckets). For each cell (bucket × element × option combination × stored unit) the
 * values of the coarsest period type stored win (months are not added to a quarter already reported),
 * combined by the element's aggregation over time (`aggregations[i]` of `elementIds[i]`: sum, average or
 * last); then the cells go through the crosswalk `map` (unit → target with a weight) and each row is a
 * bucket × element × option combination × target: `s` the weighted sum, `w` the sum of weights, `sp`
 * whether a split unit is in it, `o` the stored unit when it is kept apart (else null).
 */
export async function valueCellsByTarget(db: Kysely<DB>, elementIds: number[], aggregations: string[], map: UnitToTarget[], sources: string[][]) {
  const ids = sources.flatMap((list) => list);
  const buckets = sources.flatMap((list, b) => list.map(() => b));
  const unitIds = [...new Set(map.map((m) => m.unit))];
  if (!elementIds.length || !unitIds.length || !ids.length) return [];
  const withLast = aggregations.includes('last');
  const r = await sql<{ b: number; e: number; coc: number; t: number; o: number | null; s: number; w: number; sp: boolean }>`
    WITH v AS (
      SELECT s.b, d.data_element_id AS e, d.category_option_combo_id AS coc, d.unit_id AS u, d.period_id, ${PERIOD_RANK} AS r, ${NUMBER_D} AS n
      FROM data_value d
      JOIN unnest(${ids}::text[], ${buckets}::int[]) AS s(period_id, b) ON s.period_id = d.period_id
      WHERE d.data_element_id = ANY(${elementIds}::int[]) AND d.unit_id = ANY(${unitIds}::int[]) AND d.period_id = ANY(${[...new Set(ids)]}::text[])
        AND d.value IS NOT NULL),
    c AS (
      SELECT b, e, coc, u, r, count(*) AS cnt, sum(n) AS sm,
        ${withLast ? sql`(array_agg(n ORDER BY period_id DESC))[1]` : sql`NULL::float8`} AS last
      FROM v WHERE n IS NOT NULL GROUP BY b, e, coc, u, r),
    k AS (
      SELECT DISTINCT ON (c.b, c.e, c.coc, c.u) c.b, c.e, c.coc, c.u,
        CASE (${aggregations}::text[])[array_position(${elementIds}::int[], c.e)] WHEN 'average' THEN c.sm / c.cnt WHEN 'last' THEN c.last ELSE c.sm END AS val
      FROM c
      ORDER BY c.b, c.e, c.coc, c.u, c.r)
    SELECT k.b, k.e, k.coc, x.t, CASE WHEN x.apart = 1 THEN k.u END AS o, sum(k.val * x.w) AS s, sum(x.w) AS w, bool_or(x.sp = 1) AS sp
    FROM k
    JOIN unnest(${map.map((m) => m.unit)}::int[], ${map.map((m) => m.target)}::int[], ${map.map((m) => m.weight)}::float8[],
      ${map.map((m) => (m.split ? 1 : 0))}::int[], ${map.map((m) => (m.apart ? 1 : 0))}::int[]) AS x(u, t, w, sp, apart) ON x.u = k.u
    GROUP BY 1, 2, 3, 4, 5`.execute(db);
  return r.rows.map((x) => ({ b: Number(x.b), e: x.e, coc: x.coc, t: Number(x.t), o: x.o, s: Number(x.s), w: Number(x.w), sp: !!x.sp }));
}

/** Values for a DHIS2 export, with the unit code and the id of who changed them last, in export order. */
export async function exportValueRows(
  db: Kysely<DB>,
  f: { elementIds: number[]; unitIds: number[]; periodIds: string[]; withDeleted: boolean; lastUpdated?: string },
) {
  let query = db
    .selectFrom('data_value as dv')
    .innerJoin('admin_unit as u', 'u.id', 'dv.unit_id')
    .select([
      'dv.data_element_id',
      'dv.category_option_combo_id',
      'dv.period_id',
      'u.code as unit_code',
      'dv.value',
      'dv.comment',
      'dv.created_at',
      'dv.updated_at',
      'dv.updated_by',
    ])
    .where('dv.data_element_id', 'in', f.elementIds)
    .where('dv.unit_id', 'in', f.unitIds)
    .where('dv.period_id', 'in', f.periodIds);
  if (!f.withDeleted) query = query.where('dv.value', 'is not', null);
  if (f.lastUpdated) query = query.where('dv.updated_at', '>=', new Date(f.lastUpdated));
  return query.orderBy('dv.period_id').orderBy('u.code').orderBy('dv.data_element_id').orderBy('dv.category_option_combo_id').execute();
}

/** Whether any value (emptied ones included) is stored for a data element. */
export async function elementHasValues(db: Kysely<DB>, dataElementId: number): Promise<boolean> {
  return !!(await db.selectFrom('data_value').select('id').where('data_element_id', '=', dataElementId).limit(1).executeTakeFirst());
}
