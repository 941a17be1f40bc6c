import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Form } from '../data-entry/data-entry.types.js';
import { makePeriod, parsePeriod, type Period } from '../reporting-periods/periods.js';
import type { RawValue } from './dhis2.export.js';
import type { Dhis2Ids } from './dhis2.ids.js';
import type { InternalSet, PreConflict } from './dhis2.resolve.js';
import type { Dhis2Value, Scheme, Schemes } from './dhis2.schema.js';
import { ADX_NS, escapeXml, expectRoot, MAX_VALUES, xmlAttrs, type XmlNode } from './dhis2.xml.js';
import { adxCatalogue } from '../reporting-metadata/catalogue.service.js';

/** Value types ADX carries in `value`; the others go in an `<annotation>` with `value="0"`, as DHIS2 does. */
const NUMERIC = new Set(['integer', 'number', 'percentage']);
const GROUP_FIELDS = new Set(['orgUnit', 'period', 'dataSet', 'completeDate', 'attributeOptionCombo']);
const VALUE_FIELDS = new Set(['dataElement', 'value', 'comment', 'deleted', 'categoryOptionCombo', 'attributeOptionCombo']);

// ---------------------------------------------------------------------------------------------
// Periods: ADX writes a period as its first day and an ISO 8601 duration.
// ---------------------------------------------------------------------------------------------

const DURATION: Record<string, { type: Period['type']; months: number }> = {
  P1M: { type: 'monthly', months: 1 },
  P3M: { type: 'quarterly', months: 3 },
  P6M: { type: 'six_monthly', months: 6 },
  P12M: { type: 'yearly', months: 12 },
  P1Y: { type: 'yearly', months: 12 },
};

/** Our period for an ADX period (`2025-01-01/P1M` → `2025M01`), or the conflict code why not. */
export function fromAdxPeriod(text: string): { period: Period } | { code: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})\/(P\d+[DWMY])$/.exec(text.trim());
  if (!m) return { code: 'dhis2_unknown_period' };
  const [year, month, day, duration] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
  if (duration === 'P9M' && month === 1 && day === 1) return { code: 'dhis2_adx_nine_months' };
  const d = DURATION[duration];
  if (!d || day !== 1 || month < 1 || month > 12 || (month - 1) % d.months !== 0) return { code: 'dhis2_adx_period_unsupported' };
  const p = parsePeriod(makePeriod(d.type, year, (month - 1) / d.months + 1).id);
  return p ? { period: p } : { code: 'dhis2_unknown_period' };
}

/** The ADX form of one of our periods; null for nine months (no DHIS2 or ADX equivalent). */
export function toAdxPeriod(p: Period): string | null {
  const first = { monthly: p.index, quarterly: 3 * p.index - 2, six_monthly: 6 * p.index - 5, yearly: 1, nine_monthly: 0 }[p.type];
  const duration = { monthly: 'P1M', quarterly: 'P3M', six_monthly: 'P6M', yearly: 'P1Y', nine_monthly: '' }[p.type];
  return first ? `${p.year}-${String(first).padStart(2, '0')}-01/${duration}` : null;
}

// ---------------------------------------------------------------------------------------------
// Disaggregation: ADX names each category as an attribute, its option as the value.
// ---------------------------------------------------------------------------------------------

interface Category {
  id: number;
  code: string;
  uid: string | null;
}
interface Option {
  id: number;
  categoryId: number;
  code: string;
  uid: string | null;
  remote: string | undefined;
}

/** Categories of every combination, their options and each option combination's options. */
export class AdxCategories {
  private categoriesOf = new Map<number, Category[]>();
  private optionsOf = new Map<number, Option[]>();
  private options = new Map<number, Option>();
  private optionIdsOf = new Map<number, number[]>();
  private comboByKey = new Map<string, number>();
  readonly valueTypes = new Map<number, string>();

  static async load(db: Kysely<DB>): Promise<AdxCategories> {
    const c = new AdxCategories();
    const { cats, opts, links, maps, types } = await adxCatalogue(db);
    const remote = new Map(maps.map((m) => [m.local_code, m.dhis2_id]));
    for (const r of cats)
      (c.categoriesOf.get(r.category_combo_id) ?? c.categoriesOf.set(r.category_combo_id, []).get(r.category_combo_id)!).push({
        id: r.id,
        code: r.code,
        uid: r.dhis2_uid,
      });
    for (const o of opts) {
      const opt = { id: o.id, categoryId: o.category_id, code: o.code, uid: o.dhis2_uid, remote: remote.get(`${o.category_code}.${o.code}`) };
      c.options.set(o.id, opt);
      (c.optionsOf.get(o.category_id) ?? c.optionsOf.set(o.category_id, []).get(o.category_id)!).push(opt);
    }
    const combos = new Map<number, number>();
    for (const l of links) {
      combos.set(l.id, l.category_combo_id);
      (c.optionIdsOf.get(l.id) ?? c.optionIdsOf.set(l.id, []).get(l.id)!).push(l.category_option_id);
    }
    for (const [coc, optionIds] of c.optionIdsOf) c.comboByKey.set(`${combos.get(coc)}|${[...optionIds].sort((a, b) => a - b).join(',')}`, coc);
    for (const t of types) c.valueTypes.set(t.id, t.value_type);
    return c;
  }

  categories(comboId: number) {
    return this.categoriesOf.get(comboId) ?? [];
  }

  /** The category an attribute names: by code, else by DHIS2 UID (code first under CODE, UID first under UID). */
  category(comboId: number, name: string, scheme: Scheme) {
    const cats = this.categories(comboId);
    const byCode = () => cats.find((c) => c.code === name);
    const byUid = () => cats.find((c) => c.uid === name);
    return scheme === 'CODE' ? (byCode() ?? byUid()) : (byUid() ?? byCode());
  }

  option(category: Category, ref: string, scheme: Scheme) {
    const opts = this.optionsOf.get(category.id) ?? [];
    const byCode = () => opts.find((o) => o.code === ref);
    const byUid = () => opts.find((o) => o.remote === ref) ?? opts.find((o) => o.uid === ref);
    return scheme === 'CODE' ? (byCode() ?? byUid()) : (byUid() ?? byCode());
  }

  /** The option combination of a combination holding exactly these options. */
  optionCombo(comboId: number, optionIds: number[]) {
    return this.comboByKey.get(`${comboId}|${[...optionIds].sort((a, b) => a - b).join(',')}`);
  }

  /** `[attribute, value]` pairs for an option combination, in the combination's category order. */
  attributes(comboId: number, optionComboId: number, scheme: Scheme, optionScheme: Scheme = scheme): [string, string][] {
    const own = this.optionIdsOf.get(optionComboId) ?? [];
    const out: [string, string][] = [];
    for (const cat of this.categories(comboId)) {
      const o = own.map((id) => this.options.get(id)!).find((x) => x?.categoryId === cat.id);
      if (!o) continue;
      out.push([scheme === 'CODE' ? cat.code : (cat.uid ?? cat.code), optionScheme === 'CODE' ? o.code : (o.remote ?? o.uid ?? o.code)]);
    }
    return out;
  }
}

/**
 * Reads an ADX message into the values the import takes: each `<group>`'s `orgUnit`, `period`
 * (converted to ours) and `dataSet` go on its values; each value's category attributes are turned
 * into our option combination. What cannot be read is a conflict at the value's place.
 */
export function readAdx(root: XmlNode, ids: Dhis2Ids, cats: AdxCategories, schemes: Schemes): { set: InternalSet; pre: Map<number, PreConflict> } {
  expectRoot(root, 'adx');
  const set: InternalSet = { dataValues: [] };
  const pre = new Map<number, PreConflict>();
  for (const group of root.children) {
    if (group.name !== 'group') continue;
    const g = group.attrs;
    let period: string | undefined;
    let groupConflict: PreConflict | undefined;
    if (g.period) {
      const p = fromAdxPeriod(g.period);
      if ('period' in p) period = p.period.id;
      else groupConflict = { object: g.period, code: p.code, params: { period: g.period } };
    }
    const extra = Object.keys(g).filter((k) => !GROUP_FIELDS.has(k));
    if (!groupConflict && extra.length)
      groupConflict = { object: `${extra[0]}=${g[extra[0]]}`, code: 'dhis2_attribute_combo_unsupported', params: { code: `${extra[0]}=${g[extra[0]]}` } };
    for (const node of group.children) {
      if (node.name !== 'dataValue') continue;
      if (set.dataValues.length >= MAX_VALUES) throw new AppError(400, 'dhis2_too_many_values', { max: MAX_VALUES });
      const index = set.dataValues.length;
      const d = node.attrs;
      const v: Dhis2Value & { dataSet?: string } = { dataElement: d.dataElement ?? '' };
      if (g.orgUnit) v.orgUnit = g.orgUnit;
      if (period) v.period = period;
      if (g.dataSet) v.dataSet = g.dataSet;
      const aoc = d.attributeOptionCombo ?? g.attributeOptionCombo;
      if (aoc) v.attributeOptionCombo = aoc;
      if (d.comment !== undefined) v.comment = d.comment;
      const deleted = d.deleted?.trim().toLowerCase() === 'true';
      if (deleted) v.deleted = true;
      set.dataValues.push(v);
      const conflict = groupConflict ?? readValue(node, v, ids, cats, schemes, deleted);
      if (conflict) pre.set(index, conflict);
    }
  }
  return { set, pre };
}

/** Fills a value's `value` and `categoryOptionCombo` from its ADX attributes; a conflict if it cannot. */
function readValue(node: XmlNode, v: Dhis2Value, ids: Dhis2Ids, cats: AdxCategories, schemes: Schemes, deleted: boolean): PreConflict | undefined {
  const d = node.attrs;
  if (!d.dataElement) return { object: 'dataElement', code: 'dhis2_missing_field', params: { field: 'dataElement' } };
  if (d.value === undefined && !deleted) return { object: d.dataElement, code: 'dhis2_missing_field', params: { field: 'value' } };
  const el = ids.element(d.dataElement, schemes.dataElement);
  if (!el) return undefined; // the import names the unknown data element
  const annotation = node.children.find((c) => c.name === 'annotation');
  if (d.value !== undefined) v.value = annotation && !NUMERIC.has(cats.valueTypes.get(el.id) ?? '') ? annotation.text : d.value;
  if (d.categoryOptionCombo !== undefined) {
    v.categoryOptionCombo = d.categoryOptionCombo;
    return undefined;
  }
  const attrs = Object.keys(d).filter((k) => !VALUE_FIELDS.has(k));
  const chosen: number[] = [];
  const used = new Set<string>();
  for (const cat of cats.categories(el.comboId)) {
    const name = attrs.find((a) => cats.category(el.comboId, a, schemes.category)?.id === cat.id);
    if (!name) return { object: d.dataElement, code: 'dhis2_adx_missing_category', params: { category: cat.code, code: d.dataElement } };
    used.add(name);
    const o = cats.option(cat, d[name], schemes.categoryOption);
    if (!o) return { object: `${name}=${d[name]}`, code: 'dhis2_adx_unknown_option', params: { category: name, option: d[name] } };
    chosen.push(o.id);
  }
  const unknown = attrs.find((a) => !used.has(a));
  if (unknown) return { object: unknown, code: 'dhis2_adx_unknown_category', params: { category: unknown, code: d.dataElement } };
  if (!chosen.length) return undefined; // not broken down: the default combination
  const coc = cats.optionCombo(el.comboId, chosen);
  const label = attrs.map((a) => `${a}=${d[a]}`).join(' ');
  if (coc === undefined) return { object: label, code: 'dhis2_unknown_option_combo', params: { code: label } };
  const own = ids.optionCombos.get(coc)!;
  v.categoryOptionCombo = `${own.comboCode}.${own.code}`;
  return undefined;
}

/**
 * Writes values as an ADX message: one `<group>` per form, unit and period, the disaggregation as
 * category attributes. Emptied values are left out (ADX cannot say a value was removed); nine-month
 * periods have no ADX form and are refused.
 */
export function toAdx(forms: Form[], raw: RawValue[], ids: Dhis2Ids, cats: AdxCategories, schemes: Schemes): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<adx xmlns="${ADX_NS}" exported="${new Date().toISOString()}">`];
  const kept = raw.filter((r) => r.value !== null);
  for (const r of kept) if (parsePeriod(r.periodId)?.type === 'nine_monthly') throw new AppError(400, 'dhis2_adx_nine_months', { period: r.periodId });
  for (const form of forms) {
    const elements = new Map(form.sections.flatMap((s) => s.elements).map((e) => [e.id, e]));
    const groups = new Map<string, RawValue[]>();
    for (const r of kept) {
      if (!elements.has(r.elementId)) continue;
      const k = `${r.unitCode}|${r.periodId}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
    }
    for (const [key, rows] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const [unitCode, periodId] = key.split('|');
      const period = toAdxPeriod(parsePeriod(periodId)!);
      lines.push(`  <group${xmlAttrs({ orgUnit: ids.orgUnitRef(unitCode, schemes.orgUnit), period, dataSet: ids.dataSetRef(form.id, schemes.dataSet) })}>`);
      for (const r of rows) {
        const el = ids.elements.get(r.elementId)!;
        const disaggregation = Object.fromEntries(cats.attributes(el.comboId, r.optionComboId, schemes.category, schemes.categoryOption));
        const numeric = NUMERIC.has(elements.get(r.elementId)!.valueType);
        const head = `    <dataValue${xmlAttrs({ dataElement: ids.elementRef(r.elementId, schemes.dataElement), ...disaggregation })} value="${numeric ? escapeXml(r.value!) : '0'}"`;
        lines.push(numeric ? `${head}/>` : `${head}><annotation>${escapeXml(r.value!)}</annotation></dataValue>`);
      }
      lines.push('  </group>');
    }
  }
  lines.push('</adx>');
  return lines.join('\n') + '\n';
}
