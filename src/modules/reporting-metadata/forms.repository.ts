import { sql } from 'kysely';
import type { DataElementInput, DataSetInput } from './reporting-metadata.schema.js';
import { readDataSets } from './catalogue.service.js';
import type { MetaAccess } from './metadata.owner.js';
import { assignmentsFor } from './write.assignments.js';
import { contentOf, idByCode, ItemError, sameDoc, syncRow, type Outcome, type Trx } from './write.helpers.js';

export type Mode = 'create' | 'update' | 'upsert';

export async function existing<T extends 'data_element' | 'data_set' | 'validation_rule'>(trx: Trx, table: T, code: string, mode: Mode) {
  const row = await trx
    .selectFrom(table as 'data_element')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (row && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code });
  if (!row && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code });
  return row?.id ?? null;
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
    await trx
      .insertInto('data_element')
      .values({ code: input.code, ...row })
      .execute();
    return 'created';
  }
  const current = await trx.selectFrom('data_element').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const reshaped = current.category_combo_id !== row.category_combo_id ? 'categoryCombo' : current.value_type !== row.value_type ? 'valueType' : null;
  // Stored values are read through the element's type and combinations: those stay once values exist.
  if (reshaped && (await sql`SELECT 1 FROM data_value WHERE data_element_id = ${id} LIMIT 1`.execute(trx)).rows.length) {
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
  if (input.assignWithin) {
    const p = await trx.selectFrom('admin_unit').select('id').where('code', '=', input.assignWithin).where('level', '=', 'province').executeTakeFirst();
    if (!p) throw new ItemError('assignWithin', 'reporting_unknown_unit', { code: input.assignWithin });
  }
  if (units.length) {
    const found = new Set((await trx.selectFrom('admin_unit').select('code').distinct().where('code', 'in', units).execute()).map((r) => r.code));
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
  if (id === null)
    setId = (
      await trx
        .insertInto('data_set')
        .values({ code: input.code, ...row })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  else {
    setId = id;
    await trx
      .updateTable('data_set')
      .set({ ...row, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    // Sections and assignments have no identity outside the form: they are rewritten as given.
    await trx.deleteFrom('data_set_element').where('data_set_id', '=', id).execute();
    await trx.deleteFrom('data_set_section').where('data_set_id', '=', id).execute();
    await trx.deleteFrom('data_set_unit').where('data_set_id', '=', id).execute();
  }
  for (const [s, section] of input.sections.entries()) {
    const sectionId = (
      await trx
        .insertInto('data_set_section')
        .values({ data_set_id: setId, code: section.code, name_vi: section.nameVi, name_en: section.nameEn, position: s })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    if (section.dataElements.length) {
      await trx
        .insertInto('data_set_element')
        .values(section.dataElements.map((de, position) => ({ data_set_id: setId, section_id: sectionId, data_element_id: elementIds.get(de)!, position })))
        .execute();
    }
  }
  if (units.length)
    await trx
      .insertInto('data_set_unit')
      .values(units.map((unit_code) => ({ data_set_id: setId, unit_code })))
      .execute();
  return id === null ? 'created' : 'updated';
}
