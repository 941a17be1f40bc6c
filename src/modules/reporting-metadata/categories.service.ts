import type { CategoryComboInput, CategoryInput } from './reporting-metadata.schema.js';
import type { MetaAccess } from './metadata.owner.js';
import { optionsOfCategories } from './metadata.repository.js';
import { idByCode, ItemError, syncRow, type Outcome, type Trx } from './write.helpers.js';
import {
  categoryByCode,
  categoryIdsOfCombo,
  comboByCode,
  combosUsing,
  insertCategory,
  insertCombo,
  insertOption,
  insertOptionCombo,
  optionCombosOfCombo,
  optionsOfCategory,
} from './categories.repository.js';

/**
 * Creates or updates a category and its options by code. Options left out of the input are
 * deactivated, never deleted (values may be stored under them). Combinations that use the category
 * get their new option combinations.
 */
export async function applyCategory(trx: Trx, input: CategoryInput, mode: 'create' | 'update' | 'upsert', _a: MetaAccess): Promise<Outcome> {
  const seen = new Set<string>();
  input.options.forEach((o, i) => {
    if (seen.has(o.code)) throw new ItemError(`options.${i}.code`, 'reporting_duplicate_code', { code: o.code });
    seen.add(o.code);
  });
  const current = await categoryByCode(trx, input.code);
  if (current && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code: input.code });
  if (!current && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  const row = { name_vi: input.nameVi, name_en: input.nameEn, dhis2_uid: input.dhis2Uid, active: input.active };
  let changed = false;
  let id: number;
  if (current) {
    id = current.id;
    changed = await syncRow(trx, 'category', id, current, row);
  } else {
    id = await insertCategory(trx, input.code, row);
    changed = true;
  }
  const existing = await optionsOfCategory(trx, id);
  for (const [i, o] of input.options.entries()) {
    const next = { name_vi: o.nameVi, name_en: o.nameEn, sort_order: o.sortOrder ?? (i + 1) * 10, dhis2_uid: o.dhis2Uid, active: o.active };
    const old = existing.find((e) => e.code === o.code);
    if (old) changed = (await syncRow(trx, 'category_option', old.id, old, next)) || changed;
    else {
      await insertOption(trx, id, o.code, next);
      changed = true;
    }
  }
  for (const old of existing) {
    if (!seen.has(old.code) && old.active) changed = (await syncRow(trx, 'category_option', old.id, old, { active: false })) || changed;
  }
  if (changed) for (const comboId of await combosUsing(trx, id)) await generateOptionCombos(trx, comboId);
  return !current ? 'created' : changed ? 'updated' : 'unchanged';
}

/** Creates or updates a category combination; its categories are fixed once it exists. */
export async function applyCombo(trx: Trx, input: CategoryComboInput, mode: 'create' | 'update' | 'upsert', a: MetaAccess): Promise<Outcome> {
  if (input.code === 'none') throw new ItemError('code', 'reporting_builtin', { code: input.code });
  const current = await comboByCode(trx, input.code);
  if (current && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code: input.code });
  if (!current && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  if (new Set(input.categories).size !== input.categories.length)
    throw new ItemError('categories', 'reporting_duplicate_code', { code: input.categories.join(', ') });
  const categoryIds: number[] = [];
  for (const [i, c] of input.categories.entries()) categoryIds.push(await idByCode(trx, 'category', c, `categories.${i}`, a));
  const row = { name_vi: input.nameVi, name_en: input.nameEn, dhis2_uid: input.dhis2Uid, active: input.active };
  if (current) {
    const held = await categoryIdsOfCombo(trx, current.id);
    if (held.join(',') !== categoryIds.join(',')) {
      throw new ItemError('categories', 'reporting_combo_fixed', { code: input.code });
    }
    return (await syncRow(trx, 'category_combo', current.id, current, row)) ? 'updated' : 'unchanged';
  }
  const id = await insertCombo(trx, input.code, row, categoryIds);
  await generateOptionCombos(trx, id);
  return 'created';
}

/**
 * Makes one option combination per element of the cartesian product of the combo's categories'
 * options. Existing combinations keep their id and code; new options add combinations; names and
 * the active flag follow the options.
 */
export async function generateOptionCombos(trx: Trx, comboId: number): Promise<void> {
  const cats = await categoryIdsOfCombo(trx, comboId);
  if (!cats.length) return;
  const options = await optionsOfCategories(trx, cats);
  type Opt = (typeof options)[number];
  let product: Opt[][] = [[]];
  for (const c of cats) product = product.flatMap((p) => options.filter((o) => o.category_id === c).map((o) => [...p, o]));
  const existing = await optionCombosOfCombo(trx, comboId);
  const byKey = new Map(existing.map((e) => [e.option_key, e]));
  const codes = new Set(existing.map((e) => e.code));
  for (const opts of product) {
    const key = opts.map((o) => o.id).join('.');
    const next = {
      name_vi: opts.map((o) => o.name_vi).join(', '),
      name_en: opts.map((o) => o.name_en || o.name_vi).join(', '),
      active: opts.every((o) => o.active),
    };
    const old = byKey.get(key);
    if (old) {
      await syncRow(trx, 'category_option_combo', old.id, old, next);
      continue;
    }
    let code = opts.map((o) => o.code).join('_');
    for (let n = 2; codes.has(code); n++) code = `${opts.map((o) => o.code).join('_')}_${n}`;
    codes.add(code);
    await insertOptionCombo(
      trx,
      { category_combo_id: comboId, code, option_key: key, ...next },
      opts.map((o) => o.id),
    );
  }
}
