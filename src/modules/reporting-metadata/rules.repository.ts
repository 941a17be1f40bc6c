import type { Insertable } from 'kysely';
import type { MappingKind, ValidationRuleTable } from '../../db/schema.js';
import type { Trx } from './write.helpers.js';

/** A data element's id, combination and owner by code. */
export function elementForOperand(trx: Trx, code: string) {
  return trx.selectFrom('data_element').select(['id', 'category_combo_id', 'owner_unit_id']).where('code', '=', code).executeTakeFirst();
}

/** Whether a combination has an option combination, or one of its categories an option, with the code. */
export async function comboHasSub(trx: Trx, comboId: number, code: string): Promise<boolean> {
  const coc = await trx.selectFrom('category_option_combo').select('id').where('category_combo_id', '=', comboId).where('code', '=', code).executeTakeFirst();
  if (coc) return true;
  const option = await trx
    .selectFrom('category_option as o')
    .innerJoin('category_combo_category as cc', 'cc.category_id', 'o.category_id')
    .select('o.id')
    .where('cc.category_combo_id', '=', comboId)
    .where('o.code', '=', code)
    .executeTakeFirst();
  return !!option;
}

type RuleRow = Omit<Insertable<ValidationRuleTable>, 'code'>;

/** Creates a validation rule (id null) or rewrites one, with the forms it checks; returns its id. */
export async function saveRule(trx: Trx, id: number | null, code: string, row: RuleRow, dataSetIds: number[]): Promise<number> {
  let ruleId: number;
  if (id === null)
    ruleId = (
      await trx
        .insertInto('validation_rule')
        .values({ code, ...row })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  else {
    ruleId = id;
    await trx
      .updateTable('validation_rule')
      .set({ ...row, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('validation_rule_data_set').where('validation_rule_id', '=', id).execute();
  }
  if (dataSetIds.length)
    await trx
      .insertInto('validation_rule_data_set')
      .values(dataSetIds.map((data_set_id) => ({ validation_rule_id: ruleId, data_set_id })))
      .execute();
  return ruleId;
}

/** A DHIS2 mapping by kind and local code. */
export function mappingOf(trx: Trx, kind: MappingKind, code: string) {
  return trx.selectFrom('dhis2_mapping').selectAll().where('kind', '=', kind).where('local_code', '=', code).executeTakeFirst();
}

/** Creates a DHIS2 mapping. */
/** Another local code that a DHIS2 id is already mapped to, for the kind; undefined when none. */
export async function otherMappingOf(trx: Trx, kind: MappingKind, dhis2Id: string, code: string) {
  return trx
    .selectFrom('dhis2_mapping')
    .select('local_code')
    .where('kind', '=', kind)
    .where('dhis2_id', '=', dhis2Id)
    .where('local_code', '<>', code)
    .executeTakeFirst();
}

export async function insertMapping(trx: Trx, kind: MappingKind, code: string, dhis2Id: string): Promise<void> {
  await trx.insertInto('dhis2_mapping').values({ kind: kind, local_code: code, dhis2_id: dhis2Id }).execute();
}
