import { ExpressionError, operandsOf, parseExpression } from './expression.js';
import { readRules } from './catalogue.service.js';
import { mayEdit, refusalOf, sees, type MetaAccess } from './metadata.owner.js';
import { mappingEditable, mappingOwners } from './mappings.owner.js';
import { localExists } from './metadata.repository.js';
import type { Dhis2MappingInput, ValidationRuleInput } from './reporting-metadata.schema.js';
import { existing, type Mode } from './forms.service.js';
import { comboHasSub, elementForOperand, insertMapping, mappingOf, otherMappingOf, saveRule } from './rules.repository.js';
import { contentOf, ItemError, rowByCode, sameDoc, syncRow, type Outcome, type Trx } from './write.helpers.js';

/** Checks an expression's syntax and that every operand names a data element and one of its combinations or options. */
export async function checkExpression(trx: Trx, text: string, field: string, a: MetaAccess): Promise<void> {
  let tree: ReturnType<typeof parseExpression>;
  try {
    tree = parseExpression(text);
  } catch (e) {
    if (e instanceof ExpressionError) throw new ItemError(field, 'reporting_bad_expression', { reason: e.reason, position: e.position + 1 });
    throw e;
  }
  for (const op of operandsOf(tree)) {
    const de = await elementForOperand(trx, op.de);
    if (!de || !sees(a, de.owner_unit_id)) throw new ItemError(field, 'reporting_unknown_operand', { code: op.de });
    if (op.sub && !(await comboHasSub(trx, de.category_combo_id, op.sub)))
      throw new ItemError(field, 'reporting_unknown_operand', { code: `${op.de}.${op.sub}` });
  }
}

export async function applyRule(trx: Trx, input: ValidationRuleInput, mode: Mode, a: MetaAccess): Promise<Outcome> {
  const id = await existing(trx, 'validation_rule', input.code, mode);
  const sets = [...new Set(input.dataSets)].sort();
  if (id !== null) {
    const [current] = await readRules(trx, input.code);
    if (sameDoc(contentOf(current), contentOf({ ...input, dataSets: sets }))) return 'unchanged';
  }
  await checkExpression(trx, input.left, 'left', a);
  await checkExpression(trx, input.right, 'right', a);
  const setIds: number[] = [];
  for (const [i, s] of sets.entries()) {
    const set = await rowByCode(trx, 'data_set', s, `dataSets.${i}`, a);
    // A rule checks every report on its forms: attaching one changes the form, so it takes the form's owner's rights.
    if (!mayEdit(a, set.owner_unit_id)) throw new ItemError(`dataSets.${i}`, refusalOf(set.owner_unit_id), { code: s });
    setIds.push(set.id);
  }
  const row = {
    name_vi: input.nameVi,
    name_en: input.nameEn,
    left_expr: input.left,
    operator: input.operator,
    right_expr: input.right,
    importance: input.importance,
    message_vi: input.messageVi,
    message_en: input.messageEn,
    dhis2_uid: input.dhis2Uid,
    active: input.active,
  };
  await saveRule(trx, id, input.code, row, setIds);
  return id === null ? 'created' : 'updated';
}

/**
 * Sets one DHIS2 mapping. The mapped item must be one the caller sees; changing the mapping needs the
 * right to change the item (or, for an org unit, the unit in the caller's area).
 */
export async function applyMapping(trx: Trx, input: Dhis2MappingInput, mode: Mode, a: MetaAccess): Promise<Outcome> {
  const owner = (await mappingOwners(trx, [input]).then((m) => m.get(`${input.kind}|${input.code}`)))!;
  const seen = owner.unitIds ? owner.found : owner.found && sees(a, owner.ownerId);
  if (!seen || !(await localExists(trx, input.kind, input.code))) throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  const current = await mappingOf(trx, input.kind, input.code);
  if (current && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code: input.code });
  if (!current && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  if (current?.dhis2_id === input.dhis2) return 'unchanged';
  if (!mappingEditable(a, owner)) throw new ItemError('code', owner.unitIds ? 'reporting_unit_out_of_reach' : refusalOf(owner.ownerId), { code: input.code });
  // A DHIS2 org unit is one of our units, never two: its values would land in either.
  if (input.kind === 'org_unit') {
    const other = await otherMappingOf(trx, input.kind, input.dhis2, input.code);
    if (other) throw new ItemError('dhis2', 'dhis2_org_unit_uid_taken', { uid: input.dhis2, code: other.local_code });
  }
  if (!current) {
    await insertMapping(trx, input.kind, input.code, input.dhis2);
    return 'created';
  }
  return (await syncRow(trx, 'dhis2_mapping', current.id, current, { dhis2_id: input.dhis2 })) ? 'updated' : 'unchanged';
}
