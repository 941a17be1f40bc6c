import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { GraphUnit, UnitGraph } from '../admin-units/unit-graph.js';
import { isVisible, type Scope } from '../../server/scope.js';
import { formRows, reportingStamp } from '../reporting-metadata/catalogue.service.js';
import type { Form, FormElement, FormPeriod } from './data-entry.types.js';

/** Forms read, per database handle, under the reporting stamp they were read at (migration 0009). */
const remembered = new WeakMap<object, Map<string, { stamp: string; form: Form }>>();

/**
 * An active report form with its sections, elements and their disaggregations, by id or code.
 * Every saved value needs its form: it is read once and reused while the metadata stays as it was.
 * With the caller's scope, a form owned by another area answers exactly like an unknown one.
 */
export async function loadForm(db: Kysely<DB>, ref: string, scope?: Scope): Promise<Form> {
  const form = await rememberedForm(db, ref);
  if (scope && form.ownerUnitId !== null && !isVisible(scope, form.ownerUnitId)) throw unknownForm(ref);
  return form;
}

const unknownForm = (ref: string) =>
  new AppError(404, 'unknown_data_set', { code: ref }, [{ field: 'dataSet', code: 'unknown_data_set', params: { code: ref } }]);

async function rememberedForm(db: Kysely<DB>, ref: string): Promise<Form> {
  let forms = remembered.get(db);
  if (!forms) {
    forms = new Map();
    remembered.set(db, forms);
  }
  const stamp = await reportingStamp(db);
  const hit = forms.get(ref);
  // Each caller gets its own set of assigned units (assignUnits fills it); the rest is only read.
  if (hit && hit.stamp === stamp) return { ...hit.form, assignedUnitIds: new Set() };
  const form = await readForm(db, ref);
  if (forms.size >= 200) forms.clear();
  forms.set(ref, { stamp, form });
  return { ...form, assignedUnitIds: new Set() };
}

async function readForm(db: Kysely<DB>, ref: string): Promise<Form> {
  const found = await formRows(db, ref);
  if (!found) throw unknownForm(ref);
  const { set, sections, elements, units, combos } = found;
  const bySection = new Map<number, FormElement[]>();
  for (const e of elements) {
    const list = bySection.get(e.section_id) ?? bySection.set(e.section_id, []).get(e.section_id)!;
    list.push({
      id: e.id,
      code: e.code,
      name: e.name_vi,
      nameEn: e.name_en || null,
      valueType: e.value_type,
      min: e.min_value,
      max: e.max_value,
      unit: e.unit.trim() || null,
      optionCombos: combos.filter((c) => c.category_combo_id === e.category_combo_id).map((c) => ({ id: c.id, code: c.code, name: c.name_vi })),
    });
  }
  return {
    id: set.id,
    code: set.code,
    name: set.name_vi,
    nameEn: set.name_en || null,
    periodType: set.period_type,
    calendar: set.cutoff,
    deadlineDays: set.deadline_days,
    approvalRole: set.approval_role,
    assignLevel: set.assign_level,
    assignWithin: set.assign_within,
    unitCodes: units.map((u) => u.unit_code),
    ownerUnitId: set.owner_unit_id,
    sections: sections.map((s) => ({ id: s.id, code: s.code, name: s.name_vi, nameEn: s.name_en || null, elements: bySection.get(s.id) ?? [] })),
    assignedUnitIds: new Set(),
  };
}

const validOn = (u: GraphUnit, date: string) => (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);

/**
 * Whether a unit must report a form for a period, read on the period's last day: a unit of the
 * form's level (within its province, when it names one) or one the form lists by code.
 */
export function isAssigned(graph: UnitGraph, form: Form, period: FormPeriod, unitId: number): boolean {
  const u = graph.units.get(unitId);
  if (!u || !validOn(u, period.end)) return false;
  if (form.unitCodes.includes(u.code)) return true;
  if (!form.assignLevel || u.level !== form.assignLevel) return false;
  return !form.assignWithin || graph.ancestry(unitId).some((a) => a.level === 'province' && a.code === form.assignWithin);
}

/** Every unit that must report a form for a period (see isAssigned). */
export function assignUnits(graph: UnitGraph, form: Form, period: FormPeriod): void {
  const ids = new Set<number>();
  for (const id of graph.units.keys()) if (isAssigned(graph, form, period, id)) ids.add(id);
  form.assignedUnitIds = ids;
}
