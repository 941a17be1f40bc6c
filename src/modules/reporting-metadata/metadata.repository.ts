import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unitValidOn } from '../admin-units/admin-units.lookup.js';

type Db = Kysely<DB>;

/** Tables of owned reporting items (each row has a code and an owner unit). */
export type OwnedTable = 'category' | 'category_combo' | 'data_element' | 'data_set' | 'validation_rule';

/** The owner's unit code and name beside an item's columns (null = national). */
export interface OwnerColumns {
  owner_code: string | null;
  owner_name: string | null;
}

/**
 * Items of one table with their owner unit's code and name, by code: all, or one code; only
 * national items and those owned by `ownerIds` when ids are given (null: no filter).
 */
export async function ownedRows<T extends OwnedTable>(db: Db, table: T, code: string | undefined, ownerIds: number[] | null) {
  const seen = ownerIds ? sql`(t.owner_unit_id IS NULL OR t.owner_unit_id = ANY(${ownerIds}::int[]))` : sql`true`;
  const one = code ? sql` AND t.code = ${code}` : sql``;
  const r = await sql<Selectable<DB[T]> & OwnerColumns>`SELECT t.*, ou.code AS owner_code, ou.name AS owner_name
    FROM ${sql.table(table)} t LEFT JOIN admin_unit ou ON ou.id = t.owner_unit_id
    WHERE ${seen}${one} ORDER BY t.code`.execute(db);
  return r.rows;
}

/** Options of categories, in their order. */
export async function optionsOfCategories(db: Db, categoryIds: number[]) {
  return db.selectFrom('category_option').selectAll().where('category_id', 'in', categoryIds).orderBy('sort_order').orderBy('id').execute();
}

/** Category codes of combinations, in their position. */
export async function categoriesOfCombos(db: Db, comboIds: number[]) {
  return db
    .selectFrom('category_combo_category as cc')
    .innerJoin('category as c', 'c.id', 'cc.category_id')
    .select(['cc.category_combo_id', 'c.code'])
    .where('cc.category_combo_id', 'in', comboIds)
    .orderBy('cc.position')
    .execute();
}

/** Generated option combinations of combinations. */
export async function optionCombosOf(db: Db, comboIds: number[]) {
  return db.selectFrom('category_option_combo').selectAll().where('category_combo_id', 'in', comboIds).orderBy('id').execute();
}

/** Codes of combinations by id. */
export async function comboCodes(db: Db, comboIds: number[]) {
  if (!comboIds.length) return new Map<number, string>();
  const rows = await db.selectFrom('category_combo').select(['id', 'code']).where('id', 'in', comboIds).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Sections, element codes by section, and assigned unit codes of data sets. */
export async function dataSetParts(db: Db, ids: number[]) {
  const sections = await db.selectFrom('data_set_section').selectAll().where('data_set_id', 'in', ids).orderBy('position').execute();
  const elements = await db
    .selectFrom('data_set_element as e')
    .innerJoin('data_element as d', 'd.id', 'e.data_element_id')
    .select(['e.section_id', 'd.code'])
    .where('e.data_set_id', 'in', ids)
    .orderBy('e.position')
    .execute();
  const units = await db.selectFrom('data_set_unit').selectAll().where('data_set_id', 'in', ids).orderBy('unit_code').execute();
  return { sections, elements, units };
}

/** Data set codes of validation rules. */
export async function dataSetsOfRules(db: Db, ruleIds: number[]) {
  return db
    .selectFrom('validation_rule_data_set as v')
    .innerJoin('data_set as s', 's.id', 'v.data_set_id')
    .select(['v.validation_rule_id', 's.code'])
    .where('v.validation_rule_id', 'in', ruleIds)
    .orderBy('s.code')
    .execute();
}

/** DHIS2 mappings, by kind and local code when given. */
export async function mappingRows(db: Db, kind?: string, code?: string) {
  let q = db.selectFrom('dhis2_mapping').selectAll().orderBy('kind').orderBy('local_code');
  if (kind) q = q.where('kind', '=', kind as never);
  if (code) q = q.where('local_code', '=', code);
  return q.execute();
}

/** Removes a DHIS2 mapping. */
export async function deleteMapping(db: Db, id: number) {
  await db.deleteFrom('dhis2_mapping').where('id', '=', id).execute();
}

/** Gives an item its owner unit. */
export async function setOwner(db: Db, table: OwnedTable, code: string, owner: number | null) {
  await db
    .updateTable(table as 'category')
    .set({ owner_unit_id: owner })
    .where('code', '=', code)
    .execute();
}

/** Writes changed columns of a row (plus updated_at when stamped). */
export async function updateColumns(db: Db, table: keyof DB, id: number, changed: Record<string, unknown>, stamped: boolean) {
  await db
    .updateTable(table as 'category')
    .set({ ...(changed as object), ...(stamped ? { updated_at: new Date() } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Id and owner of an item by code. */
export async function idAndOwner(db: Db, table: 'category' | 'category_combo' | 'data_element' | 'data_set', code: string) {
  return db.selectFrom(table).select(['id', 'owner_unit_id']).where('code', '=', code).executeTakeFirst();
}

/** Owners of items by code. */
export async function ownersByCode(db: Db, table: 'data_element' | 'data_set' | 'category' | 'category_combo', codes: string[]) {
  return db.selectFrom(table).select(['code', 'owner_unit_id']).where('code', 'in', codes).execute();
}

/** Checks that a mapping's local code names something we hold (option and combination parts included). */
export async function localExists(db: Db, kind: string, code: string): Promise<boolean> {
  const [a, b] = code.split('.');
  switch (kind) {
    case 'data_element':
    case 'data_set':
      return !b && !!(await db.selectFrom(kind).select('id').where('code', '=', a).executeTakeFirst());
    case 'org_unit':
      return !b && !!(await db.selectFrom('admin_unit').select('id').where('code', '=', a).executeTakeFirst());
    case 'category_option':
      return (
        !!b &&
        !!(await sql`SELECT 1 FROM category_option o JOIN category c ON c.id = o.category_id WHERE c.code = ${a} AND o.code = ${b}`.execute(db)).rows.length
      );
    case 'category_option_combo':
      return (
        !!b &&
        !!(
          await sql`SELECT 1 FROM category_option_combo o JOIN category_combo c ON c.id = o.category_combo_id WHERE c.code = ${a} AND o.code = ${b}`.execute(db)
        ).rows.length
      );
    default:
      return false;
  }
}

/** The unit id carrying a code on a day. */
export async function unitIdOn(db: Db, code: string, day: string) {
  return (await db.selectFrom('admin_unit').select('id').where('code', '=', code).where(unitValidOn(day)).executeTakeFirst())?.id;
}

/** Units carrying codes (any validity). */
export async function unitsByCodes(db: Db, codes: string[]) {
  return db.selectFrom('admin_unit').select(['id', 'code']).where('code', 'in', codes).execute();
}
