import type { Trx } from './write.helpers.js';

/** A category's row by code. */
export function categoryByCode(trx: Trx, code: string) {
  return trx.selectFrom('category').selectAll().where('code', '=', code).executeTakeFirst();
}

type Named = { name_vi: string; name_en: string; dhis2_uid: string | null; active: boolean };

/** Creates a category; returns its id. */
export async function insertCategory(trx: Trx, code: string, row: Named): Promise<number> {
  return (
    await trx
      .insertInto('category')
      .values({ code, ...row })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Every option of a category. */
export function optionsOfCategory(trx: Trx, categoryId: number) {
  return trx.selectFrom('category_option').selectAll().where('category_id', '=', categoryId).execute();
}

/** Adds an option to a category. */
export async function insertOption(trx: Trx, categoryId: number, code: string, row: Named & { sort_order: number }): Promise<void> {
  await trx
    .insertInto('category_option')
    .values({ category_id: categoryId, code, ...row })
    .execute();
}

/** Ids of the combinations that use a category. */
export async function combosUsing(trx: Trx, categoryId: number): Promise<number[]> {
  return (await trx.selectFrom('category_combo_category').select('category_combo_id').where('category_id', '=', categoryId).execute()).map(
    (c) => c.category_combo_id,
  );
}

/** A combination's row by code. */
export function comboByCode(trx: Trx, code: string) {
  return trx.selectFrom('category_combo').selectAll().where('code', '=', code).executeTakeFirst();
}

/** A combination's category ids, in order. */
export async function categoryIdsOfCombo(trx: Trx, comboId: number): Promise<number[]> {
  return (await trx.selectFrom('category_combo_category').select('category_id').where('category_combo_id', '=', comboId).orderBy('position').execute()).map(
    (c) => c.category_id,
  );
}

/** Creates a combination of categories (in order); returns its id. */
export async function insertCombo(trx: Trx, code: string, row: Named, categoryIds: number[]): Promise<number> {
  const id = (
    await trx
      .insertInto('category_combo')
      .values({ code, ...row })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await trx
    .insertInto('category_combo_category')
    .values(categoryIds.map((category_id, position) => ({ category_combo_id: id, category_id, position })))
    .execute();
  return id;
}

/** A combination's option combinations. */
export function optionCombosOfCombo(trx: Trx, comboId: number) {
  return trx.selectFrom('category_option_combo').selectAll().where('category_combo_id', '=', comboId).execute();
}

/** Creates an option combination from its options. */
export async function insertOptionCombo(
  trx: Trx,
  row: { category_combo_id: number; code: string; option_key: string; name_vi: string; name_en: string; active: boolean },
  optionIds: number[],
): Promise<void> {
  const id = (
    await trx
      .insertInto('category_option_combo')
      .values({ ...row, dhis2_uid: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await trx
    .insertInto('category_option_combo_option')
    .values(optionIds.map((category_option_id) => ({ category_option_combo_id: id, category_option_id })))
    .execute();
}
