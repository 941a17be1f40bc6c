import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DataElementInput, DataSetInput } from './reporting-metadata.schema.js';
import { readDataSets } from './catalogue.service.js';
import type { MetaAccess } from './metadata.owner.js';
import { assignmentsFor } from './write.assignments.js';
import { contentOf, idByCode, ItemError, sameDoc, syncRow, type Outcome, type Trx } from './write.helpers.js';
import {
  dataElementRow,
  idOfCode,
  insertAssignments,
  insertDataElement,
  insertDataSet,
  insertSection,
  knownUnitCodes,
  provinceExists,
  resetDataSet,
} from './forms.repository.js';

export type Mode = 'create' | 'update' | 'upsert';

/** The id of an item by code (null when new); a taken code on create or an unknown one on update is an error. */
export async function existing(trx: Trx, table: 'data_element' | 'data_set' | 'validation_rule', code: string, mode: Mode) {
  const id = await idOfCode(trx, table, code);
  if (id !== undefined && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code });
  if (id === undefined && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code });
  return id ?? null;
}

/** Whether values are stored for a data element (answered by data entry, which owns the values). */
export type ElementValuesCheck = (db: Kysely<DB>, dataElementId: number) => Promise<boolean>;

/*
 * Data entry owns the stored values and depends on this module (it reads forms through
 * catalogue.service): this module cannot import it, so data entry's check is plugged in when the
 * app starts (src/server/ports.ts).
 */
let elementHasValues: ElementValuesCheck | undefined;

/** Sets how a data element's stored values are found (called once at start by src/server/ports.ts). */
export function provideElementValuesCheck(check: ElementValuesCheck): void {
  elementHasValues = check;
}

async function hasValues(trx: Trx, dataElementId: number): Promise<boolean> {
  if (!elementHasValues) throw new Error('reporting-metadata: no stored-values check (connectModules() from src/server/ports.ts was not called)');
  return elementHasValues(trx, dataElementId);
}

export async function applyDataElement(trx: Trx, input: DataElementInput, mode: Mode, a: MetaAccess): Promise<Outcome> {
  const id = await existing(trx, 'data_element', input.code, mode);
  if (input.minValue !== null && input.maxValue !== null && input.minValue > input.maxValue) {
    throw new ItemError('minValue', 'reporting_min_above_max', { min: input.minValue, max: input.maxValue });
  }
  const row = {
    name_vi: input.nameVi,
    name_en: input.nameEn,
    short_name: input.shortName,
    value_type: input.valueType,
    unit: input.unit,
    aggregation: input.aggregation,
    min_value: input.minValue,
    max_value: input.maxValue,
    category_combo_id: await idByCode(trx, 'category_combo', input.categoryCombo, 'categoryCombo', a),
    description: input.description,
    dhis2_uid: input.dhis2Uid,
    active: input.active,
  };
  if (id === null) {
    await insertDataElement(trx, { code: input.code, ...row });
    return 'created';
  }
  const current = await dataElementRow(trx, id);
  const reshaped = current.category_combo_id !== row.category_combo_id ? 'categoryCombo' : current.value_type !== row.value_type ? 'valueType' : null;
  // Stored values are read through the element's type and combinations: those stay once values exist.
  if (reshaped && (await hasValues(trx, id))) {
    throw new ItemError(reshaped, 'reporting_element_in_use', { code: input.code });
  }
  return (await syncRow(trx, 'data_element', id, current, row)) ? 'updated' : 'unchanged';
}

export async function applyDataSet(trx: Trx, input: DataSetInput, mode: Mode, a: MetaAccess): Promise<Outcome> {
  const id = await existing(trx, 'data_set', input.code, mode);
  const [current] = id !== null ? await readDataSets(trx, input.code) : [];
  const units = await assignmentsFor(trx, input, current, a);
  const target = { ...input, assignUnits: units };
  if (current && sameDoc(contentOf(current), contentOf(target))) return 'unchanged';
  const sectionCodes = new Set<string>();
  const elementIds = new Map<string, number>();
  for (const [s, section] of input.sections.entries()) {
    if (sectionCodes.has(section.code)) throw new ItemError(`sections.${s}.code`, 'reporting_duplicate_code', { code: section.code });
    sectionCodes.add(section.code);
    for (const [e, de] of section.dataElements.entries()) {
      if (elementIds.has(de)) throw new ItemError(`sections.${s}.dataElements.${e}`, 'reporting_duplicate_code', { code: de });
      elementIds.set(de, await idByCode(trx, 'data_element', de, `sections.${s}.dataElements.${e}`, a));
    }
  }
  if (input.assignWithin && !(await provinceExists(trx, input.assignWithin))) {
    throw new ItemError('assignWithin', 'reporting_unknown_unit', { code: input.assignWithin });
  }
  if (units.length) {
    const found = await knownUnitCodes(trx, units);
    const i = units.findIndex((u) => !found.has(u));
    if (i >= 0) throw new ItemError(`assignUnits`, 'reporting_unknown_unit', { code: units[i] });
  }
  const row = {
    name_vi: input.nameVi,
    name_en: input.nameEn,
    description: input.description,
    period_type: input.periodType as 'yearly',
    cutoff: input.cutoff as 'calendar',
    deadline_days: input.deadlineDays,
    approval_role: input.approvalRole,
    assign_level: input.assignLevel,
    assign_within: input.assignWithin,
    dhis2_uid: input.dhis2Uid,
    active: input.active,
  };
  let setId: number;
  if (id === null) setId = await insertDataSet(trx, input.code, row);
  else {
    setId = id;
    // Sections and assignments have no identity outside the form: they are rewritten as given.
    await resetDataSet(trx, id, row);
  }
  for (const [s, section] of input.sections.entries()) {
    await insertSection(
      trx,
      setId,
      { code: section.code, nameVi: section.nameVi, nameEn: section.nameEn, position: s },
      section.dataElements.map((de) => elementIds.get(de)!),
    );
  }
  await insertAssignments(trx, setId, units);
  return id === null ? 'created' : 'updated';
}
