import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/paging.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { assertReadable } from '../../server/scope.js';
import { parsePeriod, periodName, periodRange, type Cutoff } from '../reporting-periods/periods.js';
import { combine, rollUp, sourcePeriods, type Stored } from './aggregate.rollup.js';
import { BY_ALIASES, type AggregateQuery } from './aggregate.schema.js';
import { contributors } from './aggregate.units.js';

const bad = (field: string, code: string, params: Record<string, unknown>) => new AppError(400, code, params, [{ field, code, params }]);

async function elementsOf(db: Kysely<DB>, list: string) {
  const codes = [...new Set(list.split(',').map((c) => c.trim()).filter(Boolean))];
  if (!codes.length || codes.length > 50) throw bad('dataElements', 'aggregate_elements_count', { max: 50 });
  const rows = await db.selectFrom('data_element').select(['id', 'code', 'name_vi', 'name_en', 'aggregation', 'value_type', 'unit']).where('code', 'in', codes).execute();
  const missing = codes.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length) throw bad('dataElements', 'aggregate_unknown_element', { code: missing.join(', ') });
  return codes.map((c) => rows.find((r) => r.code === c)!);
}

async function calendarOf(db: Kysely<DB>, dataSet: string | undefined, firstElementId: number): Promise<Cutoff> {
  if (dataSet) {
    const s = await db.selectFrom('data_set').select('cutoff').where('code', '=', dataSet).executeTakeFirst();
    if (!s) throw new AppError(404, 'unknown_data_set', { code: dataSet }, [{ field: 'dataSet', code: 'unknown_data_set', params: { code: dataSet } }]);
    return s.cutoff;
  }
  const s = await db
    .selectFrom('data_set_element as e')
    .innerJoin('data_set as s', 's.id', 'e.data_set_id')
    .select('s.cutoff')
    .where('e.data_element_id', '=', firstElementId)
    .orderBy('s.id')
    .executeTakeFirst();
  return s?.cutoff ?? 'calendar';
}

/** Options of a category for `by`, keyed by option combination id. */
async function breakdown(db: Kysely<DB>, by: string) {
  const code = BY_ALIASES[by] ?? by;
  const cat = await db.selectFrom('category').select(['id', 'code', 'name_vi', 'name_en']).where('code', '=', code).executeTakeFirst();
  if (!cat) throw bad('by', 'aggregate_unknown_category', { code: by });
  const rows = await db
    .selectFrom('category_option as o')
    .leftJoin('category_option_combo_option as x', 'x.category_option_id', 'o.id')
    .select(['o.code', 'o.name_vi', 'o.sort_order', 'x.category_option_combo_id as cocId'])
    .where('o.category_id', '=', cat.id)
    .orderBy('o.sort_order')
    .orderBy('o.code')
    .execute();
  const options = [...new Map(rows.map((r) => [r.code, { code: r.code, name: r.name_vi }])).values()];
  const optionOf = new Map(rows.filter((r) => r.cocId !== null).map((r) => [r.cocId!, r.code]));
  return { category: { code: cat.code, name: cat.name_vi, nameEn: cat.name_en || null }, options, optionOf };
}

/**
 * Totals of data elements for a unit and period from the communes' values: finer periods rolled
 * up, old units' values brought onto the unit through the crosswalk, split units handled by the
 * chosen rule; only units in the caller's area count.
 */
export async function aggregate(db: Kysely<DB>, graph: UnitGraph, scope: Scope, q: AggregateQuery) {
  const period = parsePeriod(q.period);
  if (!period) throw bad('period', 'unknown_period', { period: q.period });
  const elements = await elementsOf(db, q.dataElements);
  const calendar = await calendarOf(db, q.dataSet, elements[0].id);
  const range = periodRange(period, calendar);
  const day = q.onUnits === 'today' ? todayVN() : range.end;
  const unit = (await findUnitOn(db, q.unit, day)) ?? (q.onUnits === 'asof' ? await findUnitOn(db, q.unit, range.start) : undefined);
  if (!unit) throw new AppError(404, 'unknown_unit', { code: q.unit, date: formatDateVi(day) }, [{ field: 'unit', code: 'unknown_unit', params: { code: q.unit, date: formatDateVi(day) } }]);
  assertReadable(scope, unit.id);
  const by = q.by ? await breakdown(db, q.by) : null;

  const { list, splits } = contributors(graph, unit.id, scope, q.splitRule);
  const weight = new Map(list.map((c) => [c.unitId, c.weight]));
  const sources = sourcePeriods(period);
  const periodIds = sources.flatMap((s) => s.periods.map((p) => p.id));
  // Split units left out by the rule are read too, so the answer can say what was left out.
  const unitIds = [...new Set([...list.map((c) => c.unitId), ...splits.map((s) => s.unitId)])];
  const rows = unitIds.length
    ? await db
        .selectFrom('data_value')
        .select(['data_element_id', 'category_option_combo_id', 'unit_id', 'period_id', 'value'])
        .where('data_element_id', 'in', elements.map((e) => e.id))
        .where('unit_id', 'in', unitIds)
        .where('period_id', 'in', periodIds)
        .where('value', 'is not', null)
        .execute()
    : [];
  const cells = new Map<string, { e: number; coc: number; unit: number; values: Stored[] }>();
  for (const r of rows) {
    const n = r.value === 'true' ? 1 : r.value === 'false' ? 0 : Number(r.value);
    if (!Number.isFinite(n)) continue;
    const key = `${r.data_element_id}:${r.category_option_combo_id}:${r.unit_id}`;
    const cell = cells.get(key) ?? cells.set(key, { e: r.data_element_id, coc: r.category_option_combo_id, unit: r.unit_id, values: [] }).get(key)!;
    cell.values.push({ periodId: r.period_id, n });
  }
  const unitsWithValues = new Set<number>();

  const items = elements.map((e) => {
    const rolled = [...cells.values()]
      .filter((c) => c.e === e.id)
      .flatMap((c) => {
        const r = rollUp(c.values, sources, e.aggregation);
        return r ? [{ ...c, value: r.value, periods: r.periods, weight: weight.get(c.unit) ?? 0 }] : [];
      });
    for (const r of rolled) unitsWithValues.add(r.unit);
    const units = new Set(rolled.filter((r) => r.weight > 0).map((r) => r.unit));
    return {
      dataElement: { code: e.code, name: e.name_vi, nameEn: e.name_en || null, aggregation: e.aggregation, valueType: e.value_type, unit: e.unit },
      total: combine(rolled, e.aggregation),
      groups: by ? by.options.map((o) => ({ code: o.code, name: o.name, value: combine(rolled.filter((r) => by.optionOf.get(r.coc) === o.code), e.aggregation) })).filter((g) => g.value !== null) : undefined,
      units: units.size,
      periods: [...new Set(rolled.flatMap((r) => r.periods))].sort(),
    };
  });

  const codeOf = (id: number) => graph.units.get(id)?.code ?? String(id);
  const names = await unitNames(db, [...new Set(splits.flatMap((s) => [s.unitId, ...s.successorIds]))]);
  return {
    period: { id: period.id, type: period.type, name: periodName(period), start: range.start, end: range.end, calendar },
    unit: { code: unit.code, name: `${unit.type} ${unit.name}`, level: unit.level, validFrom: unit.valid_from, validTo: unit.valid_to },
    onUnits: q.onUnits,
    splitRule: q.splitRule,
    by: by?.category ?? null,
    items,
    /** Old units counted through the crosswalk (wholly merged into the unit). */
    mergedUnits: list.filter((c) => c.via === 'merged' && unitsWithValues.has(c.unitId)).map((c) => codeOf(c.unitId)).sort(),
    /** Old units split between the unit and others, with the rule applied; only those holding values. */
    splitUnits: splits
      .filter((s) => unitsWithValues.has(s.unitId))
      .map((s) => ({
        code: codeOf(s.unitId),
        name: names.get(s.unitId) ?? '',
        successors: s.successorIds.map((id) => ({ code: codeOf(id), name: names.get(id) ?? '' })),
        rule: q.splitRule,
        weight: Math.round(s.weight * 1e6) / 1e6,
      })),
  };
}

async function unitNames(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.selectFrom('admin_unit').select(['id', 'type', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, `${r.type} ${r.name}`]));
}
