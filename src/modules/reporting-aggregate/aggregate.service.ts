import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { valueCells } from '../data-entry/data-entry.service.js';
import { categoryWithCombos, cutoffOfElement, dataSetCutoff, elementsByCodes } from '../reporting-metadata/catalogue.service.js';
import { unitNames, unitRows } from './aggregate.repository.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { assertReadable, inReach } from '../../server/scope.js';
import { parsePeriod, periodName, periodRange, type Cutoff } from '../reporting-periods/periods.js';
import { combine, rollUp, sourcePeriods, type Stored } from './aggregate.rollup.js';
import { BY_ALIASES, type AggregateQuery, type SplitRule } from './aggregate.schema.js';
import { contributors } from './aggregate.units.js';

const bad = (field: string, code: string, params: Record<string, unknown>) => new AppError(400, code, params, [{ field, code, params }]);

async function elementsOf(db: Kysely<DB>, list: string) {
  const codes = [
    ...new Set(
      list
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
  if (!codes.length || codes.length > 50) throw bad('dataElements', 'aggregate_elements_count', { max: 50 });
  const rows = await elementsByCodes(db, codes);
  const missing = codes.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length) throw bad('dataElements', 'aggregate_unknown_element', { code: missing.join(', ') });
  return codes.map((c) => rows.find((r) => r.code === c)!);
}

async function calendarOf(db: Kysely<DB>, dataSet: string | undefined, firstElementId: number): Promise<Cutoff> {
  if (dataSet) {
    const cutoff = await dataSetCutoff(db, dataSet);
    if (!cutoff) throw new AppError(404, 'unknown_data_set', { code: dataSet }, [{ field: 'dataSet', code: 'unknown_data_set', params: { code: dataSet } }]);
    return cutoff;
  }
  return (await cutoffOfElement(db, firstElementId)) ?? 'calendar';
}

/** Options of a category for `by`, keyed by option combination id. */
async function breakdown(db: Kysely<DB>, by: string) {
  const code = BY_ALIASES[by] ?? by;
  const found = await categoryWithCombos(db, code);
  if (!found) throw bad('by', 'aggregate_unknown_category', { code: by });
  const { cat, rows } = found;
  const options = [...new Map(rows.map((r) => [r.code, { code: r.code, name: r.name_vi }])).values()];
  const optionOf = new Map(rows.filter((r) => r.cocId !== null).map((r) => [r.cocId!, r.code]));
  return { category: { code: cat.code, name: cat.name_vi, nameEn: cat.name_en || null }, options, optionOf };
}

type Element = Awaited<ReturnType<typeof elementsOf>>[number];

/** One cell (element × option combination × unit) with the values stored for it in the period's parts. */
interface Cell {
  e: number;
  coc: number;
  unit: number;
  values: Stored[];
}

/** What every answer for the same question shares: the period, elements, calendar, unit and breakdown. */
async function prepare(db: Kysely<DB>, scope: Scope, q: AggregateQuery) {
  const period = parsePeriod(q.period);
  if (!period) throw bad('period', 'unknown_period', { period: q.period });
  const elements = await elementsOf(db, q.dataElements);
  const calendar = await calendarOf(db, q.dataSet, elements[0].id);
  const range = periodRange(period, calendar);
  const day = q.onUnits === 'today' ? todayVN() : range.end;
  let unitDay = day;
  let unit = await findUnitOn(db, q.unit, day);
  if (!unit && q.onUnits === 'asof') {
    unitDay = range.start;
    unit = await findUnitOn(db, q.unit, range.start);
  }
  if (!unit)
    throw new AppError(404, 'unknown_unit', { code: q.unit, date: formatDateVi(day) }, [
      { field: 'unit', code: 'unknown_unit', params: { code: q.unit, date: formatDateVi(day) } },
    ]);
  assertReadable(scope, unit.id);
  const by = q.by ? await breakdown(db, q.by) : null;
  const sources = sourcePeriods(period);
  return { period, elements, calendar, range, unit, unitDay, by, sources, periodIds: sources.flatMap((s) => s.periods.map((p) => p.id)) };
}
type Prepared = Awaited<ReturnType<typeof prepare>>;

/**
 * The values of the elements stored for the units in the period's parts, in one query, as cells by
 * unit. The database sums each cell's values per period type (a year of months is one row, not
 * twelve): turning rows into objects is what costs most on a province's communes.
 */
async function loadCells(db: Kysely<DB>, elements: Element[], unitIds: number[], periodIds: string[]) {
  const byUnit = new Map<number, Map<string, Cell>>();
  if (!unitIds.length) return byUnit;
  const rows = await valueCells(
    db,
    elements.map((e) => e.id),
    unitIds,
    periodIds,
    elements.some((e) => e.aggregation === 'last'),
  );
  for (const r of rows) {
    const cells = byUnit.get(r.u) ?? byUnit.set(r.u, new Map()).get(r.u)!;
    const key = `${r.e}:${r.coc}`;
    const cell = cells.get(key) ?? cells.set(key, { e: r.e, coc: r.coc, unit: r.u, values: [] }).get(key)!;
    cell.values.push({ type: r.type, count: r.count, sum: Number(r.sum), last: Number(r.last), periods: r.periods.split(',') });
  }
  return byUnit;
}

type Contributors = ReturnType<typeof contributors>;
const unitIdsOf = (c: Contributors) => [...new Set([...c.list.map((x) => x.unitId), ...c.splits.map((s) => s.unitId)])];

/**
 * The totals of one unit from the loaded cells of its contributors: each cell rolled up over time,
 * then combined over units with the contributors' weights. Cells are taken in a fixed order
 * (unit, element, option combination), so the same unit gets the same figures however it was asked.
 */
function totalsOf(
  p: Prepared,
  cellsByUnit: Map<number, Map<string, Cell>>,
  c: Contributors,
  rule: SplitRule,
  codeOf: (id: number) => string,
  names: Map<number, string>,
) {
  const weight = new Map(c.list.map((x) => [x.unitId, x.weight]));
  const cells = unitIdsOf(c)
    .sort((a, b) => a - b)
    .flatMap((id) => [...(cellsByUnit.get(id)?.values() ?? [])].sort((a, b) => a.e - b.e || a.coc - b.coc));
  const unitsWithValues = new Set<number>();
  const items = p.elements.map((e) => {
    const rolled = cells
      .filter((x) => x.e === e.id)
      .flatMap((x) => {
        const r = rollUp(x.values, p.sources, e.aggregation);
        return r ? [{ ...x, value: r.value, periods: r.periods, weight: weight.get(x.unit) ?? 0 }] : [];
      });
    for (const r of rolled) unitsWithValues.add(r.unit);
    const units = new Set(rolled.filter((r) => r.weight > 0).map((r) => r.unit));
    const by = p.by;
    return {
      dataElement: { code: e.code, name: e.name_vi, nameEn: e.name_en || null, aggregation: e.aggregation, valueType: e.value_type, unit: e.unit },
      total: combine(rolled, e.aggregation),
      groups: by
        ? by.options
            .map((o) => ({
              code: o.code,
              name: o.name,
              value: combine(
                rolled.filter((r) => by.optionOf.get(r.coc) === o.code),
                e.aggregation,
              ),
            }))
            .filter((g) => g.value !== null)
        : undefined,
      units: units.size,
      periods: [...new Set(rolled.flatMap((r) => r.periods))].sort(),
    };
  });
  return {
    items,
    /** Old units counted through the crosswalk (wholly merged into the unit). */
    mergedUnits: c.list
      .filter((x) => x.via === 'merged' && unitsWithValues.has(x.unitId))
      .map((x) => codeOf(x.unitId))
      .sort(),
    /** Old units split between the unit and others, with the rule applied; only those holding values. */
    splitUnits: c.splits
      .filter((s) => unitsWithValues.has(s.unitId))
      .map((s) => ({
        code: codeOf(s.unitId),
        name: names.get(s.unitId) ?? '',
        successors: s.successorIds.map((id) => ({ code: codeOf(id), name: names.get(id) ?? '' })),
        rule,
        weight: Math.round(s.weight * 1e6) / 1e6,
      })),
  };
}

const presentUnit = (u: { code: string; type: string; name: string; level: string; valid_from: string | null; valid_to: string | null }) => ({
  code: u.code,
  name: `${u.type} ${u.name}`,
  level: u.level,
  validFrom: u.valid_from,
  validTo: u.valid_to,
});

/** The units below `unit` whose rows `below` asks for, valid on `day`, in the caller's area. */
function unitsBelow(graph: UnitGraph, scope: Scope, unitId: number, day: string, below: NonNullable<AggregateQuery['below']>): number[] {
  const validOn = (id: number) => {
    const u = graph.units.get(id)!;
    return (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || u.validTo >= day);
  };
  const ids =
    below === 'children'
      ? graph.childrenOn(unitId, day)
      : graph.descendants(unitId).filter((id) => id !== unitId && graph.units.get(id)?.level === 'commune' && validOn(id));
  return ids.filter((id) => inReach(scope, id));
}

/**
 * Totals of data elements for a unit and period from the communes' values: finer periods rolled
 * up, old units' values brought onto the unit through the crosswalk, split units handled by the
 * chosen rule; only units in the caller's area count. With `below`, also the totals of each unit
 * directly below it (`children`) or of each commune below it (`communes`), in the same answer and
 * from the same single read of the values: each row equals what asking for that unit alone gives.
 */
export async function aggregate(db: Kysely<DB>, graph: UnitGraph, scope: Scope, q: AggregateQuery) {
  const p = await prepare(db, scope, q);
  const top = contributors(graph, p.unit.id, scope, q.splitRule);
  const kids = q.below ? unitsBelow(graph, scope, p.unit.id, p.unitDay, q.below) : [];
  const kidContributors = kids.map((id) => contributors(graph, id, scope, q.splitRule));
  // Split units left out by the rule are read too, so the answer can say what was left out.
  const unitIds = [...new Set([top, ...kidContributors].flatMap(unitIdsOf))];
  const [cellsByUnit, kidRows] = await Promise.all([loadCells(db, p.elements, unitIds, p.periodIds), unitRows(db, kids)]);
  const splitIds = [top, ...kidContributors].flatMap((c) => c.splits.flatMap((s) => [s.unitId, ...s.successorIds]));
  const names = await unitNames(db, [...new Set(splitIds)]);
  const codeOf = (id: number) => graph.units.get(id)?.code ?? String(id);

  const answer = {
    period: { id: p.period.id, type: p.period.type, name: periodName(p.period), start: p.range.start, end: p.range.end, calendar: p.calendar },
    unit: presentUnit(p.unit),
    onUnits: q.onUnits,
    splitRule: q.splitRule,
    by: p.by?.category ?? null,
    ...totalsOf(p, cellsByUnit, top, q.splitRule, codeOf, names),
  };
  if (!q.below) return answer;
  const contributorsOf = new Map(kids.map((id, i) => [id, kidContributors[i]]));
  return {
    ...answer,
    below: q.below,
    /** One row per unit below, in the units' usual order. */
    rows: kidRows.map((u) => ({ unit: presentUnit(u), ...totalsOf(p, cellsByUnit, contributorsOf.get(u.id)!, q.splitRule, codeOf, names) })),
  };
}
