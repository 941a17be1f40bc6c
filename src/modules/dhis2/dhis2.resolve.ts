import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inReach, type Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { formPeriod } from '../data-entry/data-entry.access.js';
import { isAssigned, loadForm } from '../data-entry/data-entry.form.js';
import type { Form, FormPeriod } from '../data-entry/data-entry.types.js';
import { fromDhis2, parsePeriod } from '../reporting-periods/periods.js';
import type { Dhis2Ids } from './dhis2.ids.js';
import type { DataValueSet, Schemes } from './dhis2.schema.js';
import type { Conflicts } from './dhis2.summary.js';
import { checkDhis2Value, DHIS2_PERIOD_TYPE, dhis2PeriodType } from './dhis2.parse.js';
import { activeFormElements } from '../reporting-metadata/catalogue.service.js';
import { unitVersionsOfCodes } from './dhis2.repository.js';

/** A value as read from any format; ADX values may name their own form (`dataSet` of their group). */
export type InternalSet = Omit<DataValueSet, 'dataValues'> & { dataValues: (DataValueSet['dataValues'][number] & { dataSet?: string })[] };

/** A conflict found while reading a value (XML, ADX), reported at its place among the others. */
export interface PreConflict {
  object: string;
  code: string;
  params?: Record<string, unknown>;
}

/** A sent value resolved to our report and cell, checked; `value` null = remove. */
export interface Planned {
  index: number;
  form: Form;
  period: FormPeriod;
  unitId: number;
  dataElementId: number;
  categoryOptionComboId: number;
  value: string | null;
  remove: boolean;
  comment: string | undefined;
}

const truthy = (v: unknown) => v === true || v === 'true';

/**
 * Resolves every value of a DHIS2 data value set to one of our reports (form × unit × period) and
 * cell, adding one conflict per value that cannot be taken: unknown identifiers, units outside the
 * caller's area or not reporting the form, bad values (the data-entry checks).
 */
export async function resolveValues(
  db: Kysely<DB>,
  graph: UnitGraph,
  scope: Scope,
  ids: Dhis2Ids,
  set: InternalSet,
  schemes: Schemes,
  removeAll: boolean,
  conflicts: Conflicts,
  pre?: Map<number, PreConflict>,
): Promise<Planned[]> {
  const forms = new Map<number, Form | null>();
  const form = async (id: number) => {
    if (!forms.has(id)) forms.set(id, await loadForm(db, String(id), scope).catch(() => null));
    return forms.get(id)!;
  };
  // Every unit named in the file, read in one statement; a code names different units in different periods.
  const codes = new Set<string>();
  for (const [i, v] of set.dataValues.entries()) {
    const orgRef = v.orgUnit ?? set.orgUnit;
    if (orgRef && !pre?.has(i)) codes.add(ids.orgUnitCode(orgRef, schemes.orgUnit));
  }
  const versions = new Map<string, { id: number; valid_from: string | null; valid_to: string | null }[]>();
  for (const r of await unitVersionsOfCodes(db, [...codes])) (versions.get(r.code) ?? versions.set(r.code, []).get(r.code)!).push(r);
  const validOn = (r: { valid_from: string | null; valid_to: string | null }, day: string) =>
    (r.valid_from === null || r.valid_from <= day) && (r.valid_to === null || r.valid_to >= day);
  const units = new Map<string, { id: number } | undefined>();
  // As findUnitOn: the unit carrying the code at the period's end, else at its start.
  const unit = (code: string, p: FormPeriod) => {
    const key = `${code}|${p.start}|${p.end}`;
    if (!units.has(key)) {
      const list = versions.get(code) ?? [];
      units.set(key, list.find((r) => validOn(r, p.end)) ?? list.find((r) => validOn(r, p.start)));
    }
    return units.get(key);
  };
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const periodOf = (ref: string) => {
    if (!periods.has(ref)) periods.set(ref, fromDhis2(ref) ?? parsePeriod(ref));
    return periods.get(ref)!;
  };
  const formPeriods = new Map<string, FormPeriod>();
  const formPeriodOf = (f: Form, periodId: string) => {
    const key = `${f.id}|${periodId}`;
    return formPeriods.get(key) ?? formPeriods.set(key, formPeriod(f, periodId)).get(key)!;
  };
  const assigned = new Map<string, boolean>();
  const assignedTo = (f: Form, fp: FormPeriod, unitId: number) => {
    const key = `${f.id}|${fp.id}|${unitId}`;
    return assigned.get(key) ?? assigned.set(key, isAssigned(graph, f, fp, unitId)).get(key)!;
  };
  const formsOf = await formsByElement(db);
  const formElements = new Map<number, Map<number, Form['sections'][number]['elements'][number]>>();
  const elementsOf = (f: Form) => {
    const known = formElements.get(f.id);
    if (known) return known;
    const m = new Map(f.sections.flatMap((s) => s.elements).map((e) => [e.id, e]));
    formElements.set(f.id, m);
    return m;
  };

  const planned: Planned[] = [];
  for (const [i, v] of set.dataValues.entries()) {
    const early = pre?.get(i);
    if (early) {
      conflicts.add(i, early.object, early.code, early.params);
      continue;
    }
    const dsRef = v.dataSet ?? set.dataSet;
    let setFormId: number | null = null;
    if (dsRef) {
      const ds = ids.dataSet(dsRef, schemes.dataSet);
      const f = ds && (forms.has(ds.id) ? forms.get(ds.id) : await form(ds.id));
      if (!f) {
        conflicts.add(i, dsRef, 'dhis2_unknown_data_set', { code: dsRef });
        continue;
      }
      setFormId = f.id;
    }
    const periodRef = v.period ?? set.period;
    const orgRef = v.orgUnit ?? set.orgUnit;
    if (!periodRef) {
      conflicts.add(i, 'period', 'dhis2_missing_field', { field: 'period' });
      continue;
    }
    if (!orgRef) {
      conflicts.add(i, 'orgUnit', 'dhis2_missing_field', { field: 'orgUnit' });
      continue;
    }
    const el = ids.element(v.dataElement, schemes.dataElement);
    if (!el) {
      conflicts.add(i, v.dataElement, 'dhis2_unknown_data_element', { code: v.dataElement });
      continue;
    }
    const aoc = v.attributeOptionCombo ?? set.attributeOptionCombo;
    if (aoc && !ids.isDefaultAttributeCombo(aoc)) {
      conflicts.add(i, aoc, 'dhis2_attribute_combo_unsupported', { code: aoc });
      continue;
    }
    const coc = ids.optionCombo(el, v.categoryOptionCombo, schemes.categoryOptionCombo);
    if (!coc) {
      conflicts.add(i, v.categoryOptionCombo ?? '', 'dhis2_unknown_option_combo', { code: v.categoryOptionCombo ?? '' });
      continue;
    }
    const period = periodOf(periodRef);
    if (!period) {
      // A DHIS2 period of a type no form here uses (weeks, days, financial years) is named as such.
      const type = dhis2PeriodType(periodRef);
      if (type) conflicts.add(i, periodRef, 'dhis2_period_type_not_used', { period: periodRef, type });
      else conflicts.add(i, periodRef, 'dhis2_unknown_period', { period: periodRef });
      continue;
    }
    const unitCode = ids.orgUnitCode(orgRef, schemes.orgUnit);

    const candidates = setFormId !== null ? [setFormId] : (formsOf.get(el.id) ?? []);
    let chosen: { form: Form; period: FormPeriod; unitId: number } | null = null;
    let found = false;
    let typeMatched = false;
    const formTypes = new Set<string>();
    for (const id of candidates) {
      const f = forms.has(id) ? forms.get(id) : await form(id);
      if (f) formTypes.add(f.periodType);
      if (!f || f.periodType !== period.type) continue;
      typeMatched = true;
      const fp = formPeriodOf(f, period.id);
      const u = unit(unitCode, fp);
      if (!u) continue;
      found = true;
      if (assignedTo(f, fp, u.id)) {
        chosen = { form: f, period: fp, unitId: u.id };
        break;
      }
    }
    if (!chosen) {
      if (!typeMatched && formTypes.size)
        conflicts.add(i, periodRef, 'dhis2_period_type_mismatch', {
          period: periodRef,
          type: DHIS2_PERIOD_TYPE[period.type] ?? period.type,
          expected: [...formTypes].map((t) => DHIS2_PERIOD_TYPE[t] ?? t).join(', '),
        });
      else if (typeMatched && !found) conflicts.add(i, orgRef, 'dhis2_unknown_org_unit', { code: orgRef, period: periodRef });
      else if (setFormId !== null) conflicts.add(i, orgRef, 'unit_not_assigned', { code: unitCode });
      else conflicts.add(i, v.dataElement, 'dhis2_no_data_set', { code: v.dataElement, period: periodRef });
      continue;
    }
    if (!inReach(scope, chosen.unitId)) {
      conflicts.add(i, orgRef, 'out_of_scope');
      continue;
    }
    const formEl = elementsOf(chosen.form).get(el.id);
    if (!formEl) {
      conflicts.add(i, v.dataElement, 'element_not_in_form', { code: v.dataElement });
      continue;
    }
    if (!formEl.optionCombos.some((c) => c.id === coc.id)) {
      conflicts.add(i, v.categoryOptionCombo ?? '', 'option_combo_not_allowed', { code: v.categoryOptionCombo ?? '' });
      continue;
    }
    const remove = removeAll || truthy(v.deleted);
    let value: string | null = null;
    if (!remove) {
      const c = checkDhis2Value(v.value, formEl);
      if (!c.ok) {
        conflicts.add(i, String(v.value), c.code, c.params);
        continue;
      }
      value = c.value;
    }
    planned.push({
      index: i,
      ...chosen,
      dataElementId: el.id,
      categoryOptionComboId: coc.id,
      value,
      remove: remove || value === null,
      comment: v.comment ?? undefined,
    });
  }
  return planned;
}

/** Active forms holding each data element. */
async function formsByElement(db: Kysely<DB>) {
  const rows = await activeFormElements(db);
  const out = new Map<number, number[]>();
  for (const r of rows) (out.get(r.data_element_id) ?? out.set(r.data_element_id, []).get(r.data_element_id)!).push(r.id);
  return out;
}
