import type { CategoryComboInput, CategoryInput } from './reporting-metadata.schema.js';
import type { MetaAccess } from './metadata.owner.js';
import { idByCode, ItemError, syncRow, type Outcome, type Trx } from './write.helpers.js';

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
  const current = await trx.selectFrom('category').selectAll().where('code', '=', input.code).executeTakeFirst();
  if (current && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code: input.code });
  if (!current && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  const row = { name_vi: input.nameVi, name_en: input.nameEn, dhis2_uid: input.dhis2Uid, active: input.active };
  let changed = false;
  let id: number;
  if (current) {
    id = current.id;
    changed = await syncRow(trx, 'category', id, current, row);
  } else {
    id = (
      await trx
        .insertInto('category')
        .values({ code: input.code, ...row })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    changed = true;
  }
  const existing = await trx.selectFrom('category_option').selectAll().where('category_id', '=', id).execute();
  for (const [i, o] of input.options.entries()) {
    const next = { name_vi: o.nameVi, name_en: o.nameEn, sort_order: o.sortOrder ?? (i + 1) * 10, dhis2_uid: o.dhis2Uid, active: o.active };
    const old = existing.find((e) => e.code === o.code);
    if (old) changed = (await syncRow(trx, 'category_option', old.id, old, next)) || changed;
    else {
      await trx
        .insertInto('category_option')
        .values({ category_id: id, code: o.code, ...next })
        .execute();
      changed = true;
    }
  }
  for (const old of existing) {
    if (!seen.has(old.code) && old.active) changed = (await syncRow(trx, 'category_option', old.id, old, { active: false })) || changed;
  }
  if (changed) {
    const combos = await trx.selectFrom('category_combo_category').select('category_combo_id').where('category_id', '=', id).execute();
    for (const c of combos) await generateOptionCombos(trx, c.category_combo_id);
  }
  return !current ? 'created' : changed ? 'updated' : 'unchanged';
}

/** Creates or updates a category combination; its categories are fixed once it exists. */
export async function applyCombo(trx: Trx, input: CategoryComboInput, mode: 'create' | 'update' | 'upsert', a: MetaAccess): Promise<Outcome> {
  if (input.code === 'none') throw new ItemError('code', 'reporting_builtin', { code: input.code });
  const current = await trx.selectFrom('category_combo').selectAll().where('code', '=', input.code).executeTakeFirst();
  if (current && mode === 'create') throw new ItemError('code', 'reporting_code_exists', { code: input.code });
  if (!current && mode === 'update') throw new ItemError('code', 'reporting_unknown_code', { code: input.code });
  if (new Set(input.categories).size !== input.categories.length)
    throw new ItemError('categories', 'reporting_duplicate_code', { code: input.categories.join(', ') });
  const categoryIds: number[] = [];
  for (const [i, c] of input.categories.entries()) categoryIds.push(await idByCode(trx, 'category', c, `categories.${i}`, a));
  const row = { name_vi: input.nameVi, name_en: input.nameEn, dhis2_uid: input.dhis2Uid, active: input.active };
  if (current) {
    const held = await trx
      .selectFrom('category_combo_category')
      .select('category_id')
      .where('category_combo_id', '=', current.id)
      .orderBy('position')
      .execute();
    if (held.map((h) => h.category_id).join(',') !== categoryIds.join(',')) {
      throw new ItemError('categories', 'reporting_combo_fixed', { code: input.code });
    }
    return (await syncRow(trx, 'category_combo', current.id, current, row)) ? 'updated' : 'unchanged';
  }
  const id = (
    await trx
      .insertInto('category_combo')
      .values({ code: input.code, ...row })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await trx
    .insertInto('category_combo_category')
    .values(categoryIds.map((category_id, position) => ({ category_combo_id: id, category_id, position })))
    .execute();
  await generateOptionCombos(trx, id);
  return 'created';
}

/**
 * Makes one option combination per element of the cartesian product of the combo's categories'
 * options. Existing combinations keep their id and code; new options add combinations; names and
 * the active flag follow the options.
 */
export async function generateOptionCombos(trx: Trx, comboId: number): Promise<void> {
  const cats = await trx.selectFrom('category_combo_category').select('category_id').where('category_combo_id', '=', comboId).orderBy('position').execute();
  if (!cats.length) return;
  const options = await trx
    .selectFrom('category_option')
    .selectAll()
    .where(
      'category_id',
      'in',
      cats.map((c) => c.category_id),
    )
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  type Opt = (typeof options)[number];
  let product: Opt[][] = [[]];
  for (const c of cats) product = product.flatMap((p) => options.filter((o) => o.category_id === c.category_id).map((o) => [...p, o]));
  const existing = await trx.selectFrom('category_option_combo').selectAll().where('category_combo_id', '=', comboId).execute();
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
    const id = (
      await trx
        .insertInto('category_option_combo')
        .values({ category_combo_id: comboId, code, option_key: key, dhis2_uid: null, ...next })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await trx
      .insertInto('category_option_combo_option')
      .values(opts.map((o) => ({ category_option_combo_id: id, category_option_id: o.id })))
      .execute();
  }
}
