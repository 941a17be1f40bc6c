import type { Insertable } from 'kysely';
import type { DataElementTable, DataSetTable } from '../../db/schema.js';
import type { Trx } from './write.helpers.js';

/** The id of a data element, form or validation rule by code. */
export async function idOfCode(trx: Trx, table: 'data_element' | 'data_set' | 'validation_rule', code: string): Promise<number | undefined> {
  const row = await trx
    .selectFrom(table as 'data_element')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** Creates a data element. */
export async function insertDataElement(trx: Trx, row: Insertable<DataElementTable>): Promise<void> {
  await trx.insertInto('data_element').values(row).execute();
}

/** A data element's row. */
export function dataElementRow(trx: Trx, id: number) {
  return trx.selectFrom('data_element').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

type DataSetRow = Omit<Insertable<DataSetTable>, 'code'>;

/** Creates a form (without sections or assignments); returns its id. */
export async function insertDataSet(trx: Trx, code: string, row: DataSetRow): Promise<number> {
  return (
    await trx
      .insertInto('data_set')
      .values({ code, ...row })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Rewrites a form's columns and removes its sections, elements and assignments (they are written again). */
export async function resetDataSet(trx: Trx, id: number, row: DataSetRow): Promise<void> {
  await trx
    .updateTable('data_set')
    .set({ ...row, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('data_set_element').where('data_set_id', '=', id).execute();
  await trx.deleteFrom('data_set_section').where('data_set_id', '=', id).execute();
  await trx.deleteFrom('data_set_unit').where('data_set_id', '=', id).execute();
}

/** Adds a section with its elements (in order) to a form. */
export async function insertSection(
  trx: Trx,
  dataSetId: number,
  section: { code: string; nameVi: string; nameEn: string; position: number },
  elementIds: number[],
): Promise<void> {
  const sectionId = (
    await trx
      .insertInto('data_set_section')
      .values({ data_set_id: dataSetId, code: section.code, name_vi: section.nameVi, name_en: section.nameEn, position: section.position })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  if (elementIds.length) {
    await trx
      .insertInto('data_set_element')
      .values(elementIds.map((data_element_id, position) => ({ data_set_id: dataSetId, section_id: sectionId, data_element_id, position })))
      .execute();
  }
}

/** Assigns a form to units by code. */
export async function insertAssignments(trx: Trx, dataSetId: number, unitCodes: string[]): Promise<void> {
  if (!unitCodes.length) return;
  await trx
    .insertInto('data_set_unit')
    .values(unitCodes.map((unit_code) => ({ data_set_id: dataSetId, unit_code })))
    .execute();
}

/** Whether a province carries the code (admin units are a shared read). */
export async function provinceExists(trx: Trx, code: string): Promise<boolean> {
  return !!(await trx.selectFrom('admin_unit').select('id').where('code', '=', code).where('level', '=', 'province').executeTakeFirst());
}

/** Which of the codes some unit carries or carried. */
export async function knownUnitCodes(trx: Trx, codes: string[]): Promise<Set<string>> {
  return new Set((await trx.selectFrom('admin_unit').select('code').distinct().where('code', 'in', codes).execute()).map((r) => r.code));
}
