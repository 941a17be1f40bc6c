import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { SessionUser } from '../../server/context.js';
import { assertReadable, inReach, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { isAggregatesOnly } from '../accounts/user-names.service.js';
import { valueCellsByTarget, type UnitToTarget } from '../data-entry/data-entry.service.js';
import { registerCells, type CellGroups } from '../register/commune-profile.service.js';
import { ethnicCodeOfOption, optionCodeRows } from '../reporting-metadata/catalogue.service.js';
import { evaluate, operandsOf, type Node } from '../reporting-metadata/expression.js';
import { contributors } from '../reporting-aggregate/aggregate.units.js';
import { sourcePeriods } from '../reporting-aggregate/aggregate.rollup.js';
import { makePeriod, parsePeriod, periodContaining, periodName, periodRange, previousPeriod, type Period } from '../reporting-periods/periods.js';
import { ethnicLabels, suppressionThreshold, unitLabels } from './analytics.repository.js';
import { MEASURE_NAMES, FILTER_NAMES, TOTAL_NAME, VALUE_NAMES } from './analytics.messages.js';
import type { AnalyticsAnswer, AnalyticsQuery } from './analytics.schema.js';
import { suppress, type Line } from './disclosure.service.js';
import { formulaCatalogue, indicatorsByCodes, parseFormula, unknownRefs } from './indicators.service.js';

const MAX_PERIODS = 60;
const MAX_CELLS = 50_000;
const STAR = '';

const bad = (field: string, code: string, params: Record<string, unknown> = {}) => new AppError(400, code, params, [{ field, code, params }]);

/** Period ids of a relative period on a day. */
export function relativePeriods(code: string, today: string): Period[] | null {
  const year = Number(today.slice(0, 4));
  const back = (p: Period, n: number) => {
    const out = [p];
    while (out.length < n) out.unshift(previousPeriod(out[0])!);
    return out;
  };
  const quarter = periodContaining('quarterly', today)!;
  const month = periodContaining('monthly', today)!;
  switch (code) {
    case 'THIS_YEAR':
      return [makePeriod('yearly', year)];
    case 'LAST_YEAR':
      return [makePeriod('yearly', year - 1)];
    case 'LAST_5_YEARS':
      return back(makePeriod('yearly', year - 1), 5);
    case 'THIS_QUARTER':
      return [quarter];
    case 'LAST_QUARTER':
      return [previousPeriod(quarter)!];
    case 'LAST_4_QUARTERS':
      return back(previousPeriod(quarter)!, 4);
    case 'THIS_MONTH':
      return [month];
    case 'LAST_MONTH':
      return [previousPeriod(month)!];
    case 'LAST_6_MONTHS':
      return back(previousPeriod(month)!, 6);
    case 'LAST_12_MONTHS':
      return back(previousPeriod(month)!, 12);
    default:
      return null;
  }
}

function resolvePeriods(list: string[], today: string): Period[] {
  const out = new Map<string, Period>();
  for (const id of list) {
    const ps = relativePeriods(id, today) ?? (parsePeriod(id) ? [parsePeriod(id)!] : null);
    if (!ps) throw bad('periods', 'analytics_unknown_period', { period: id });
    for (const p of ps) out.set(p.id, p);
  }
  if (out.size > MAX_PERIODS) throw bad('periods', 'analytics_too_many_periods', { max: MAX_PERIODS });
  return [...out.values()];
}

/** A value with the dimensions it can be broken down by; `w` the weight of its unit in the target. */
interface Fact {
  p: number;
  t: number;
  v: number;
  w: number;
  a: Record<string, string>;
  /** Option and combination codes of an element's value (for `#{DE.SUB}`). */
  subs?: Set<string>;
  /**
   * Under the "flag" split rule, the stored value (or register count) this fact copies: an old unit
   * split between several targets is counted in full in each, but once in a total over units.
   */
  o?: number;
  /** Whether the fact comes from an old unit split between new ones (its cells are flagged). */
  sp?: boolean;
}

interface Operand {
  key: string;
  kind: 'element' | 'register';
  /** Element code or register measure. */
  code: string;
  sub: string | null;
  average: boolean;
  counts: boolean;
}

type Item = { id: string; label: string; counts: boolean; decimals: number | null } & (
  | { kind: 'operand'; operand: string }
  | { kind: 'indicator'; num: Node; den: Node; factor: number; countOperands: string[] }
);

/** Register measures that count households of one poverty status. */
const POVERTY_STATUS: Record<string, string> = { poor_households: 'poor', near_poor_households: 'near_poor' };
/** The facts of the households classified at all, beside those of a poverty count (`Rpoor_households` → `Rpoor_households~classified`). */
const classifiedKey = (key: string) => `${key}~classified`;

const ELEMENT_ALIASES: Record<string, 'ethnic' | 'sex'> = { DAN_TOC: 'ethnic', GIOI_TINH: 'sex' };
const SEX_OPTIONS: Record<string, string> = { NAM: 'male', NU: 'female' };

/** Register facts' attributes from a filter token (R{persons.minority.female}). */
function registerFilter(f: string): [string, string] {
  if (f === 'minority') return ['minority', 'yes'];
  if (f === 'majority') return ['minority', 'no'];
  if (f === 'male' || f === 'female') return ['sex', f];
  if (f.startsWith('ethnic_')) return ['ethnic', f.slice(7)];
  return ['age', { age_0_5: '0-5', age_6_14: '6-14', age_15_17: '15-17', age_18_59: '18-59', age_60: '60+' }[f] ?? f];
}

/**
 * A pivot table of data elements, indicators and register measures over periods, units and
 * breakdowns, computed from the stored values and the register at query time (so a value saved is
 * in the next answer). Units are those valid on `asOf`; values and persons of older units come onto
 * them through the crosswalk with the split rule. Every unit read is in the caller's area.
 */
export async function runQuery(db: Kysely<DB>, graph: UnitGraph, scope: Scope, user: SessionUser, q: AnalyticsQuery): Promise<AnalyticsAnswer> {
  const lang = user.language === 'en' ? 1 : 0;
  const today = todayVN();
  const asOf = q.asOf ?? today;
  const periods = resolvePeriods(q.periods, today);
  // Reads that need nothing of the answer start at once, side by side: each is a round trip to the database.
  const early = {
    fcat: formulaCatalogue(db),
    indicators: indicatorsByCodes(
      db,
      q.data.filter((d) => d.startsWith('ind:')).map((d) => d.slice(4)),
    ),
    ethnic: ethnicLabels(db),
    threshold: suppressionThreshold(db),
    aggregatesOnly: q.audience === 'outside' ? Promise.resolve(true) : isAggregatesOnly(db, user.id),
  };
  // Awaited below; a query refused before then must not leave a rejection unhandled.
  for (const p of Object.values(early)) (p as Promise<unknown>).catch(() => undefined);

  // Layout: every dimension once; data always laid out (on the columns when not placed).
  const rowsD = [...q.rows];
  const colsD = [...q.columns];
  for (const d of rowsD) if (colsD.includes(d) || rowsD.indexOf(d) !== rowsD.lastIndexOf(d)) throw bad('rows', 'analytics_dimension_twice', { dimension: d });
  if (colsD.some((d, i) => colsD.indexOf(d) !== i))
    throw bad('columns', 'analytics_dimension_twice', { dimension: colsD.find((d, i) => colsD.indexOf(d) !== i) });
  // One data item left unplaced is a filter; several go on the columns.
  if (!rowsD.includes('data') && !colsD.includes('data') && q.data.length > 1) colsD.push('data');
  const dims = [...rowsD, ...colsD].filter((d) => d !== 'data');

  // Units: the root (the caller's own unit by default), then its children or communes on the day.
  let root: { id: number; code: string } | null = null;
  if (q.unit) {
    const u = await findUnitOn(db, q.unit, asOf);
    if (!u)
      throw new AppError(404, 'unknown_unit', { code: q.unit, date: formatDateVi(asOf) }, [
        { field: 'unit', code: 'unknown_unit', params: { code: q.unit, date: formatDateVi(asOf) } },
      ]);
    assertReadable(scope, u.id);
    root = { id: u.id, code: u.code };
  } else if (user.scopeUnitId !== null) {
    const u = graph.units.get(user.scopeUnitId);
    root = u ? { id: u.id, code: u.code } : null;
  }
  const validOn = (id: number) => {
    const u = graph.units.get(id);
    return !!u && (u.validFrom === null || u.validFrom <= asOf) && (u.validTo === null || u.validTo >= asOf);
  };
  const provinces = [...graph.units.values()].filter((u) => u.level === 'province' && validOn(u.id)).map((u) => u.id);
  let targets: number[];
  if (root && q.unitLevel === 'self') targets = [root.id];
  else if (root && q.unitLevel === 'children') targets = graph.childrenOn(root.id, asOf);
  else {
    const tops = root ? [root.id] : provinces;
    targets =
      q.unitLevel === 'communes'
        ? tops.flatMap((t) => graph.descendants(t).filter((id) => id !== t && graph.units.get(id)?.level === 'commune' && validOn(id)))
        : tops;
  }
  targets = targets.filter((id) => inReach(scope, id)).sort((a, b) => graph.units.get(a)!.code.localeCompare(graph.units.get(b)!.code));
  const contrib = targets.map((t) => contributors(graph, t, scope, q.splitRule));
  const unitNamesP = unitLabels(db, root ? [...targets, root.id] : targets);
  unitNamesP.catch(() => undefined);
  const byUnit = new Map<number, { t: number; w: number; sp: boolean }[]>();
  contrib.forEach((c, t) => {
    for (const x of c.list) (byUnit.get(x.unitId) ?? byUnit.set(x.unitId, []).get(x.unitId)!).push({ t, w: x.weight, sp: x.via === 'split' });
  });
  // Copies of one value in several targets (flag rule) share an origin, so a total over units counts it once.
  let origins = 0;
  const originOf = (u: number) => (q.splitRule === 'flag' && (byUnit.get(u)?.length ?? 0) > 1 ? ++origins : undefined);
  const unitIds = [...byUnit.keys()];

  // Data items and the operands they need.
  const fcat = await early.fcat;
  const elementByCode = new Map(fcat.elements.map((e) => [e.code, e]));
  const operands = new Map<string, Operand>();
  const addElement = (code: string, sub: string | null) => {
    const e = elementByCode.get(code)!;
    const key = `#${code}${sub ? `.${sub}` : ''}`;
    operands.set(key, { key, kind: 'element', code, sub, average: e.aggregation === 'average', counts: e.valueType === 'integer' && e.aggregation === 'sum' });
    return key;
  };
  const addRegister = (code: string, sub: string | null) => {
    const key = `R${code}${sub ? `.${sub}` : ''}`;
    operands.set(key, { key, kind: 'register', code, sub, average: false, counts: true });
    return key;
  };
  const indicatorRows = await early.indicators;
  const unknown: string[] = [];
  const items: Item[] = [];
  for (const d of q.data) {
    const [kind, rest] = [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)];
    const [code, ...subs] = rest.split('.');
    const sub = subs.length ? subs.join('.') : null;
    if (kind === 'de') {
      const node: Node = { k: 'ref', de: code, sub };
      if (unknownRefs(node, fcat).length) unknown.push(d);
      else {
        const e = elementByCode.get(code)!;
        const key = addElement(code, sub);
        items.push({
          id: d,
          kind: 'operand',
          operand: key,
          counts: operands.get(key)!.counts,
          decimals: null,
          label: `${lang ? e.nameEn || e.nameVi : e.nameVi}${sub ? ` (${sub})` : ''}`,
        });
      }
    } else if (kind === 'reg') {
      const node: Node = { k: 'ref', de: code, sub, kind: 'R' };
      if (unknownRefs(node, fcat).length) unknown.push(d);
      else {
        const names = (sub ?? '').split('.').filter(Boolean);
        const label = `${MEASURE_NAMES[code][lang]}${names.length ? ` — ${names.map((n) => FILTER_NAMES[n]?.[lang] ?? n).join(', ')}` : ''}`;
        items.push({ id: d, kind: 'operand', operand: addRegister(code, sub), counts: true, decimals: 0, label });
      }
    } else {
      const ind = indicatorRows.find((r) => r.code === code);
      if (!ind) {
        unknown.push(d);
        continue;
      }
      const num = parseFormula(ind.numerator, 'numerator');
      const den = parseFormula(ind.denominator, 'denominator');
      const countOperands: string[] = [];
      for (const o of [...operandsOf(num), ...operandsOf(den)]) {
        if (unknownRefs({ k: 'ref', de: o.de, sub: o.sub, kind: o.kind }, fcat).length) unknown.push(`${d}: ${o.kind ?? '#'}{${o.de}}`);
        else if (o.kind === 'R') countOperands.push(addRegister(o.de, o.sub));
        else if (!o.kind) {
          const k = addElement(o.de, o.sub);
          if (operands.get(k)!.counts) countOperands.push(k);
        }
      }
      items.push({
        id: d,
        kind: 'indicator',
        num,
        den,
        factor: ind.factor,
        countOperands,
        counts: false,
        decimals: ind.decimals,
        label: lang ? ind.name_en || ind.name_vi : ind.name_vi,
      });
    }
  }
  if (unknown.length) throw bad('data', 'analytics_unknown_data', { items: unknown.join(', ') });

  // Category options of element values, for breakdowns and `#{DE.SUB}`.
  const elementOps = [...operands.values()].filter((o) => o.kind === 'element');
  const elementCodes = [...new Set(elementOps.map((o) => o.code))];
  const combos = elementCodes.length ? fcat.combos : [];
  const categories = fcat.categories;
  const optionNames = new Map<string, string>();
  const categoryOf = new Map<string, string>();
  for (const c of categories)
    for (const o of c.options) {
      categoryOf.set(o.code, c.code);
      optionNames.set(`cat:${c.code}|${o.code}`, lang ? o.nameEn || o.nameVi : o.nameVi);
    }
  for (const d of dims)
    if (d.startsWith('cat:') && !categories.some((c) => `cat:${c.code}` === d)) throw bad('rows', 'analytics_unknown_category', { code: d.slice(4) });
  const cocAttrs = new Map<number, { a: Record<string, string>; subs: Set<string> }>();
  const cocIds = combos.flatMap((c) => c.optionCombos.map((x) => x.id));
  for (const combo of combos) for (const coc of combo.optionCombos) cocAttrs.set(coc.id, { a: {}, subs: new Set([coc.code]) });
  // The values' query runs while the option codes are read.
  const elementIds = elementCodes.map((c) => elementByCode.get(c)!.id);
  const agg = new Map(fcat.elements.map((e) => [e.id, e.aggregation]));
  // One query for every period (each period's source periods are a bucket of it), rolled up and put
  // through the crosswalk in the database: it returns the cells of the target units only.
  const map: UnitToTarget[] = [];
  for (const [unit, list] of byUnit)
    for (const { t, w, sp } of list) map.push({ unit, target: t, weight: w, split: sp, apart: q.splitRule === 'flag' && list.length > 1 });
  const valueRowsP =
    elementIds.length && unitIds.length
      ? valueCellsByTarget(
          db,
          elementIds,
          elementIds.map((id) => agg.get(id) ?? 'sum'),
          map,
          periods.map((period) => sourcePeriods(period).flatMap((s) => s.periods.map((x) => x.id))),
        )
      : Promise.resolve([]);
  valueRowsP.catch(() => undefined);
  for (const r of await optionCodeRows(db, cocIds)) {
    const x = cocAttrs.get(r.id);
    const cat = categoryOf.get(r.code);
    if (!x || !cat) continue;
    x.subs.add(r.code);
    x.a[`cat:${cat}`] = r.code;
    const alias = ELEMENT_ALIASES[cat];
    if (alias === 'ethnic' && ethnicCodeOfOption(r.code)) x.a.ethnic = ethnicCodeOfOption(r.code)!;
    if (alias === 'sex' && SEX_OPTIONS[r.code]) x.a.sex = SEX_OPTIONS[r.code];
  }

  // Facts: element values rolled up over each period, register counts on each period's last day.
  const facts = new Map<string, Fact[]>([...operands.keys()].map((k) => [k, []]));
  for (const o of operands.values()) if (o.kind === 'register' && POVERTY_STATUS[o.code]) facts.set(classifiedKey(o.key), []);
  const regOps = [...operands.values()].filter((o) => o.kind === 'register');
  const elementCode = new Map(fcat.elements.map((e) => [e.id, e.code]));
  {
    const rows = await valueRowsP;
    // A value of a unit counted in several targets has one origin, so a total over units counts it once.
    const originIds = new Map<string, number>();
    for (const r of rows) {
      if (r.w <= 0) continue;
      const code = elementCode.get(r.e);
      const attrs = cocAttrs.get(r.coc) ?? { a: {}, subs: new Set<string>() };
      let origin: number | undefined;
      if (r.o !== null) {
        const ok = `${r.b}:${r.e}:${r.coc}:${r.o}`;
        origin = originIds.get(ok) ?? originIds.set(ok, ++origins).get(ok)!;
      }
      for (const o of elementOps) {
        if (o.code !== code || (o.sub && !attrs.subs.has(o.sub))) continue;
        facts.get(o.key)!.push({ p: r.b, t: r.t, v: r.s / r.w, w: r.w, a: attrs.a, o: origin, sp: r.sp });
      }
    }
  }
  if (regOps.length && unitIds.length) {
    // Register counts grouped only by the breakdowns the layout, the filters and the operands use.
    const used = new Set<string>([...dims, ...Object.keys(q.filters)]);
    const wants = new Map(regOps.map((o) => [o.key, (o.sub ?? '').split('.').filter(Boolean).map(registerFilter)]));
    for (const w of wants.values()) for (const [k] of w) used.add(k);
    const groups: CellGroups = {};
    if (regOps.some((o) => o.code === 'persons')) groups.persons = (['ethnic', 'minority', 'sex', 'age'] as const).filter((d) => used.has(d));
    if (regOps.some((o) => o.code !== 'persons'))
      groups.households = (['ethnic', 'minority', 'poverty'] as const).filter(
        (d) => used.has(d) || (d === 'poverty' && regOps.some((o) => o.code === 'poor_households' || o.code === 'near_poor_households')),
      );
    await Promise.all(
      periods.map(async (period, p) => {
        const range = periodRange(period);
        const day = range.end < today ? range.end : today;
        if (range.start > today) return;
        const cells = await registerCells(db, unitIds, day, period.year, groups);
        for (const o of regOps) {
          const want = wants.get(o.key)!;
          const list = facts.get(o.key)!;
          const add = (u: number, n: number, a: Record<string, string>) => {
            if (want.some(([k, v]) => a[k] !== v)) return;
            const origin = originOf(u);
            for (const { t, w, sp } of byUnit.get(u) ?? []) list.push({ p, t, v: n, w, a, o: origin, sp });
          };
          if (o.code === 'persons')
            for (const c of cells.persons) {
              const a: Record<string, string> = {};
              if (c.ethnic_code !== undefined) a.ethnic = c.ethnic_code;
              if (c.minority !== undefined) a.minority = c.minority ? 'yes' : 'no';
              if (c.sex !== undefined) a.sex = c.sex;
              if (c.band !== undefined) a.age = c.band;
              add(c.commune_id, c.n, a);
            }
          else {
            const status = POVERTY_STATUS[o.code];
            const classified = status ? facts.get(classifiedKey(o.key))! : null;
            for (const c of cells.households) {
              const a: Record<string, string> = {};
              if (c.status !== undefined) a.poverty = c.status ?? 'none';
              if (c.ethnic_code) a.ethnic = c.ethnic_code;
              if (c.minority !== undefined && c.minority !== null) a.minority = c.minority ? 'yes' : 'no';
              // Households classified that year, whatever their status: without any, the count of poor ones is unknown, not 0.
              if (classified && c.status && !want.some(([k, v]) => a[k] !== v))
                for (const { t, w } of byUnit.get(c.commune_id) ?? []) classified.push({ p, t, v: c.n, w, a, o: originOf(c.commune_id) });
              if (status && c.status !== status) continue;
              add(c.commune_id, c.n, a);
            }
          }
        }
      }),
    );
  }

  // Values of each dimension, in order; filters keep only the values asked for.
  const ethnic = await early.ethnic;
  const unitNames = await unitNamesP;
  const keep = (d: string, v: string) => !q.filters[d] || q.filters[d].includes(v);
  const attrOf = (f: Fact, d: string) => (d === 'period' ? String(f.p) : d === 'unit' ? String(f.t) : f.a[d]);
  for (const [k, list] of facts)
    facts.set(
      k,
      list.filter((f) =>
        Object.keys(q.filters).every(
          (d) =>
            d === 'data' ||
            (attrOf(f, d) !== undefined && keep(d, attrOf(f, d)!)) ||
            (d === 'period' && keep(d, periods[f.p].id)) ||
            (d === 'unit' && keep(d, graph.units.get(targets[f.t])!.code)),
        ),
      ),
    );
  const seen = new Map<string, Set<string>>();
  for (const [k, list] of facts)
    if (operands.has(k))
      for (const f of list)
        for (const d of dims) if (d !== 'period' && d !== 'unit' && f.a[d] !== undefined) (seen.get(d) ?? seen.set(d, new Set()).get(d)!).add(f.a[d]);
  const ORDER: Record<string, string[]> = {
    sex: ['male', 'female'],
    age: ['0-5', '6-14', '15-17', '18-59', '60+'],
    minority: ['yes', 'no'],
    poverty: ['poor', 'near_poor', 'not_poor', 'none'],
  };
  const valuesOf = (d: string): { key: string; label: string }[] => {
    if (d === 'data') return items.map((it, i) => ({ key: String(i), label: it.label }));
    if (d === 'period')
      return periods.map((p, i) => ({ key: String(i), label: periodName(p, lang ? 'en' : 'vi') })).filter((_, i) => keep('period', periods[i].id));
    if (d === 'unit')
      return targets
        .map((t, i) => ({ key: String(i), label: unitNames.get(t)?.name ?? String(t) }))
        .filter((_, i) => keep('unit', graph.units.get(targets[i])!.code));
    const vals = [...(seen.get(d) ?? [])].filter((v) => keep(d, v));
    const order = ORDER[d];
    vals.sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b)));
    return vals.map((v) => ({ key: v, label: d === 'ethnic' ? (ethnic.get(v) ?? v) : (VALUE_NAMES[d]?.[v]?.[lang] ?? optionNames.get(`${d}|${v}`) ?? v) }));
  };

  // Accumulate each operand's facts at every key a header can ask for (a dimension fixed or '' for all).
  const masks = new Set<string>();
  const rowKinds = q.totals ? ['detail', 'sub', 'total'] : ['detail'];
  const colKinds = q.totals ? ['detail', 'total'] : ['detail'];
  const fixedOf = (axis: string[], kind: string) => (kind === 'detail' ? axis : kind === 'sub' ? axis.slice(0, 1) : []).filter((d) => d !== 'data');
  for (const rk of rowKinds) for (const ck of colKinds) masks.add([...fixedOf(rowsD, rk), ...fixedOf(colsD, ck)].sort().join(','));
  const acc = new Map<string, Map<string, { s: number; w: number; sp: boolean }>>();
  const maskSets = [...masks].map((mask) => new Set(mask ? mask.split(',') : []));
  for (const [k, list] of facts) {
    const m = new Map<string, { s: number; w: number; sp: boolean }>();
    const counted = new Set<string>();
    acc.set(k, m);
    for (const f of list) {
      for (const fixed of maskSets) {
        const key: string[] = [];
        let ok = true;
        for (const d of dims) {
          if (!fixed.has(d)) {
            key.push(STAR);
            continue;
          }
          const v = attrOf(f, d);
          if (v === undefined) {
            ok = false;
            break;
          }
          key.push(v);
        }
        if (!ok) continue;
        const kk = key.join('|');
        // A total over units counts each old unit once, however many targets it was split between.
        if (f.o !== undefined && !fixed.has('unit')) {
          const once = `${kk}#${f.o}`;
          if (counted.has(once)) continue;
          counted.add(once);
        }
        const cur = m.get(kk) ?? m.set(kk, { s: 0, w: 0, sp: false }).get(kk)!;
        cur.s += f.v * f.w;
        cur.w += f.w;
        if (f.sp) cur.sp = true;
      }
    }
  }
  const operandValue = (k: string, coords: Map<string, string>) => {
    const hit = acc.get(k)!.get(dims.map((d) => coords.get(d) ?? STAR).join('|'));
    const o = operands.get(k)!;
    if (o.kind === 'register' && POVERTY_STATUS[o.code]) {
      // Poor or near-poor households where none was classified that year: unknown (a gap in a trend), not 0.
      const classified = acc.get(classifiedKey(k))!.get(dims.map((d) => coords.get(d) ?? STAR).join('|'));
      if (!classified || classified.w === 0) return null;
    }
    if (!hit || hit.w === 0) return o.kind === 'register' ? 0 : null;
    return o.average ? hit.s / hit.w : hit.s;
  };
  /** Whether a cell holds values of an old unit split between new ones. */
  const cellFlagged = (item: Item, coords: Map<string, string>) => {
    const key = dims.map((d) => coords.get(d) ?? STAR).join('|');
    const ops =
      item.kind === 'operand'
        ? [item.operand]
        : [...operandsOf(item.num), ...operandsOf(item.den)].filter((o) => o.kind !== 'C').map((o) => `${o.kind ?? '#'}${o.de}${o.sub ? `.${o.sub}` : ''}`);
    return ops.some((k) => !!acc.get(k)?.get(key)?.sp);
  };
  const round = (v: number, decimals: number | null) => (decimals === null ? Math.round(v * 1e6) / 1e6 : Math.round(v * 10 ** decimals) / 10 ** decimals);
  const cellValue = (item: Item, coords: Map<string, string>): number | null => {
    if (item.kind === 'operand') {
      const v = operandValue(item.operand, coords);
      return v === null ? null : round(v, item.decimals);
    }
    const look = (de: string, sub: string | null, kind?: 'R' | 'C') => {
      if (kind === 'C') return fcat.constants.get(de) ?? null;
      return operandValue(`${kind ?? '#'}${de}${sub ? `.${sub}` : ''}`, coords);
    };
    const num = evaluate(item.num, look).value;
    const den = evaluate(item.den, look).value;
    if (num === null || den === null || den === 0) return null;
    return round((num / den) * item.factor, item.decimals);
  };

  // Headers: every combination of the axis' values (empty rows left out), then subtotals and totals.
  type Header = { keys: string[]; labels: string[]; total: boolean; kind: string };
  const product = (axis: string[]): Header[] => {
    let out: Header[] = [{ keys: [], labels: [], total: false, kind: 'detail' }];
    for (const d of axis) {
      const vals = valuesOf(d);
      out = out.flatMap((h) => vals.map((v) => ({ ...h, keys: [...h.keys, v.key], labels: [...h.labels, v.label] })));
    }
    return out;
  };
  const totalsOf = (axis: string[], kind: 'sub' | 'total', prefix?: Header): Header[] => {
    let out: Header[] = [{ keys: [], labels: [], total: true, kind }];
    axis.forEach((d, i) => {
      if (kind === 'sub' && i === 0) out = out.map((h) => ({ ...h, keys: [prefix!.keys[0]], labels: [prefix!.labels[0]] }));
      else if (d === 'data') {
        const vals = valuesOf('data');
        out = out.flatMap((h) => vals.map((v) => ({ ...h, keys: [...h.keys, v.key], labels: [...h.labels, v.label] })));
      } else out = out.map((h) => ({ ...h, keys: [...h.keys, STAR], labels: [...h.labels, TOTAL_NAME[lang]] }));
    });
    return out;
  };
  const dataOnly = (axis: string[]) => axis.every((d) => d === 'data');
  let cols = product(colsD);
  if (q.totals && !dataOnly(colsD)) cols = [...cols, ...totalsOf(colsD, 'total')];
  const rowDetails = product(rowsD);
  const rowsCount = rowDetails.length + (q.totals ? rowDetails.length / Math.max(1, valuesOf(rowsD[0] ?? 'data').length) : 0);
  if (rowsCount * cols.length > MAX_CELLS) throw bad('rows', 'analytics_too_many_cells', { cells: rowsCount * cols.length, max: MAX_CELLS });

  const coordsOf = (r: Header, c: Header) => {
    const m = new Map<string, string>();
    for (const [i, d] of rowsD.entries()) m.set(d, r.keys[i]);
    for (const [i, d] of colsD.entries()) m.set(d, c.keys[i]);
    if (!m.has('data')) m.set('data', '0');
    return m;
  };
  const valuesRow = (r: Header) => cols.map((c) => cellValue(items[Number(coordsOf(r, c).get('data'))], coordsOf(r, c)));
  let details = rowDetails.map((h) => ({ h, v: valuesRow(h) })).filter((x) => x.v.some((v) => v !== null));
  if (q.sort !== 'none') {
    const col = cols.length - 1;
    details = [...details].sort((a, b) => ((a.v[col] ?? -Infinity) - (b.v[col] ?? -Infinity)) * (q.sort === 'asc' ? 1 : -1));
  }
  let rows: { h: Header; v: (number | null)[] }[] = details;
  if (q.totals && rowsD.length && !dataOnly(rowsD)) {
    if (rowsD.length >= 2 && rowsD[0] !== 'data' && q.sort === 'none') {
      rows = [];
      const groups = new Map<string, typeof details>();
      for (const x of details) (groups.get(x.h.keys[0]) ?? groups.set(x.h.keys[0], []).get(x.h.keys[0])!).push(x);
      for (const g of groups.values()) rows.push(...g, ...totalsOf(rowsD, 'sub', g[0].h).map((h) => ({ h, v: valuesRow(h) })));
    }
    rows = [...rows, ...totalsOf(rowsD, 'total').map((h) => ({ h, v: valuesRow(h) }))];
  }

  // Disclosure control for aggregates-only users and for publishing outside the agency.
  const threshold = await early.threshold;
  const applied = await early.aggregatesOnly;
  const values = rows.map((r) => r.v);
  let hidden = values.map((row) => row.map(() => false));
  if (applied) {
    const itemAt = (r: number, c: number) => items[Number(coordsOf(rows[r].h, cols[c]).get('data'))];
    const counts = values.map((row, r) => row.map((_, c) => itemAt(r, c).counts));
    hidden = suppress(
      { values, counts },
      axisLines(
        rows.map((r) => r.h),
        cols,
        rowsD,
        colsD,
      ),
      threshold,
    );
    // An indicator whose counts are small in a cell is hidden with them.
    for (const [r, row] of values.entries())
      for (const c of row.keys()) {
        const it = itemAt(r, c);
        if (it.kind !== 'indicator') continue;
        const coords = coordsOf(rows[r].h, cols[c]);
        const small = it.countOperands.some((k) => {
          const v = operandValue(k, coords);
          return v !== null && v > 0 && v < threshold;
        });
        if (small) hidden[r][c] = true;
      }
  }
  const splitUnits = [...new Set(contrib.flatMap((c) => c.splits.map((s) => graph.units.get(s.unitId)?.code ?? '')))].filter(Boolean).sort();
  return {
    rowDimensions: rowsD,
    columnDimensions: colsD,
    rows: rows.map((r) => ({ keys: r.h.keys.map((k, i) => keyOut(rowsD[i], k, periods, targets, graph, items)), labels: r.h.labels, total: r.h.total })),
    columns: cols.map((c) => ({ keys: c.keys.map((k, i) => keyOut(colsD[i], k, periods, targets, graph, items)), labels: c.labels, total: c.total })),
    values: values.map((row, r) => row.map((v, c) => (hidden[r][c] ? null : v))),
    suppressed: hidden,
    flagged: rows.map((r) =>
      cols.map((c) => {
        const coords = coordsOf(r.h, c);
        return cellFlagged(items[Number(coords.get('data'))], coords);
      }),
    ),
    periods: periods.map((p) => ({ id: p.id, name: periodName(p, lang ? 'en' : 'vi') })),
    asOf,
    unit: root ? { code: root.code, name: unitNames.get(root.id)?.name ?? root.code } : null,
    suppression: { applied, threshold, cells: hidden.flat().filter(Boolean).length },
    splitUnits,
  };
}

/** A header key as the API shows it: period ids, unit codes, data item ids, else the value's code. */
function keyOut(d: string, k: string, periods: Period[], targets: number[], graph: UnitGraph, items: { id: string }[]) {
  if (k === STAR) return STAR;
  if (d === 'data') return items[Number(k)].id;
  if (d === 'period') return periods[Number(k)].id;
  if (d === 'unit') return graph.units.get(targets[Number(k)])?.code ?? k;
  return k;
}

/**
 * The lines of a table whose details add up to totals: for each column, the detail rows of each
 * group with their subtotal, the subtotals (or details) with the total; for each row, the detail
 * columns with the total column. Cells of different data items never share a line.
 */
function axisLines(rows: { keys: string[]; total: boolean }[], cols: { keys: string[]; total: boolean }[], rowsD: string[], colsD: string[]): Line[] {
  const groupsOf = (hs: { keys: string[]; total: boolean }[], axis: string[]) => {
    const dataAt = axis.indexOf('data');
    const dataKey = (h: { keys: string[] }) => (dataAt >= 0 ? h.keys[dataAt] : '');
    const out: number[][] = [];
    const byData = new Map<string, number[]>();
    for (const [i, h] of hs.entries()) (byData.get(dataKey(h)) ?? byData.set(dataKey(h), []).get(dataKey(h))!).push(i);
    for (const idx of byData.values()) {
      const isTotal = (i: number) => hs[i].total && hs[i].keys.every((k, j) => axis[j] === 'data' || k === STAR);
      const isSub = (i: number) => hs[i].total && !isTotal(i);
      const total = idx.find(isTotal);
      const subs = idx.filter(isSub);
      const detail = idx.filter((i) => !hs[i].total);
      if (subs.length) {
        for (const s of subs) out.push([...detail.filter((i) => hs[i].keys[0] === hs[s].keys[0]), s]);
        if (total !== undefined) out.push([...subs, total]);
      } else if (total !== undefined) out.push([...detail, total]);
    }
    return out;
  };
  const lines: Line[] = [];
  for (const g of groupsOf(rows, rowsD)) for (let c = 0; c < cols.length; c++) lines.push(g.map((r) => [r, c]));
  for (const g of groupsOf(cols, colsD)) for (let r = 0; r < rows.length; r++) lines.push(g.map((c) => [r, c]));
  return lines;
}
