import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;

/** The reporting stamp: moves whenever reporting metadata changes (migration 0009). */
export async function reportingStamp(db: Db): Promise<string> {
  return (await sql<{ n: string }>`SELECT n::text AS n FROM reporting_stamp`.execute(db)).rows[0]?.n ?? '';
}

/** An active data set by id or code with its sections, elements, assigned unit codes and option combinations. */
export async function formRows(db: Db, ref: string) {
  const set = await db
    .selectFrom('data_set')
    .selectAll()
    .where((eb) => (/^\d+$/.test(ref) && Number(ref) <= 2147483647 ? eb.or([eb('id', '=', Number(ref)), eb('code', '=', ref)]) : eb('code', '=', ref)))
    .where('active', '=', true)
    .executeTakeFirst();
  if (!set) return undefined;
  const [sections, elements, units] = await Promise.all([
    db.selectFrom('data_set_section').selectAll().where('data_set_id', '=', set.id).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('data_set_element as dse')
      .innerJoin('data_element as de', 'de.id', 'dse.data_element_id')
      .select([
        'dse.section_id',
        'de.id',
        'de.code',
        'de.name_vi',
        'de.name_en',
        'de.value_type',
        'de.min_value',
        'de.max_value',
        'de.category_combo_id',
        'de.unit',
      ])
      .where('dse.data_set_id', '=', set.id)
      .orderBy('dse.position')
      .orderBy('de.id')
      .execute(),
    db.selectFrom('data_set_unit').select('unit_code').where('data_set_id', '=', set.id).execute(),
  ]);
  const comboIds = [...new Set(elements.map((e) => e.category_combo_id))];
  const combos = comboIds.length
    ? await db
        .selectFrom('category_option_combo')
        .select(['id', 'code', 'name_vi', 'category_combo_id'])
        .where('category_combo_id', 'in', comboIds)
        .where('active', '=', true)
        // The options' declared order, category by category (option_key is text: "12" would sort before "6").
        .orderBy(
          sql`(SELECT array_agg(o.sort_order ORDER BY ccc.position) FROM category_option_combo_option x
            JOIN category_option o ON o.id = x.category_option_id
            JOIN category_combo_category ccc ON ccc.category_id = o.category_id AND ccc.category_combo_id = category_option_combo.category_combo_id
            WHERE x.category_option_combo_id = category_option_combo.id)`,
        )
        .orderBy(sql`string_to_array(option_key, '.')::int[]`)
        .orderBy('id')
        .execute()
    : [];
  return { set, sections, elements, units, combos };
}

/** The options of option combinations with their category's position in the combination, as rows (combination id, option code and names, position). */
export async function comboOptionRows(db: Db, comboIds: number[]) {
  if (!comboIds.length) return [];
  return db
    .selectFrom('category_option_combo_option as x')
    .innerJoin('category_option_combo as coc', 'coc.id', 'x.category_option_combo_id')
    .innerJoin('category_option as o', 'o.id', 'x.category_option_id')
    .innerJoin('category_combo_category as ccc', (j) =>
      j.onRef('ccc.category_combo_id', '=', 'coc.category_combo_id').onRef('ccc.category_id', '=', 'o.category_id'),
    )
    .select(['x.category_option_combo_id as id', 'o.code', 'o.name_vi', 'o.name_en', 'ccc.position'])
    .where('x.category_option_combo_id', 'in', comboIds)
    .orderBy('x.category_option_combo_id')
    .orderBy('ccc.position')
    .execute();
}

/** Official names of ethnic groups by code (those that exist). */
export async function ethnicGroupNames(db: Db, codes: string[]) {
  if (!codes.length) return new Map<string, string>();
  const rows = await db.selectFrom('ethnic_group').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Option codes of option combinations, as rows (combination id, option code). */
export async function optionCodeRows(db: Db, comboIds: number[]) {
  if (!comboIds.length) return [];
  return db
    .selectFrom('category_option_combo_option as x')
    .innerJoin('category_option as o', 'o.id', 'x.category_option_id')
    .select(['x.category_option_combo_id as id', 'o.code'])
    .where('x.category_option_combo_id', 'in', comboIds)
    .execute();
}

/** Active validation rules of a data set, by code. */
export async function activeRulesOf(db: Db, dataSetId: number) {
  return db
    .selectFrom('validation_rule as r')
    .innerJoin('validation_rule_data_set as rs', 'rs.validation_rule_id', 'r.id')
    .selectAll('r')
    .where('rs.data_set_id', '=', dataSetId)
    .where('r.active', '=', true)
    .orderBy('r.code')
    .execute();
}

/** Data elements by code (those that exist). */
export async function elementsByCodes(db: Db, codes: string[]) {
  if (!codes.length) return [];
  return db.selectFrom('data_element').select(['id', 'code', 'name_vi', 'name_en', 'aggregation', 'value_type', 'unit']).where('code', 'in', codes).execute();
}

/** Codes of option combinations by id. */
export async function optionComboCodes(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.selectFrom('category_option_combo').select(['id', 'code']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Units of measure of data elements by id. */
export async function elementUnits(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, string | null>();
  const rows = await db.selectFrom('data_element').select(['id', 'unit']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.unit]));
}

/** The calendar of a data set by code; undefined when there is none. */
export async function dataSetCutoff(db: Db, code: string) {
  return (await db.selectFrom('data_set').select('cutoff').where('code', '=', code).executeTakeFirst())?.cutoff;
}

/** The calendar of the first data set holding an element. */
export async function cutoffOfElement(db: Db, elementId: number) {
  const s = await db
    .selectFrom('data_set_element as e')
    .innerJoin('data_set as s', 's.id', 'e.data_set_id')
    .select('s.cutoff')
    .where('e.data_element_id', '=', elementId)
    .orderBy('s.id')
    .executeTakeFirst();
  return s?.cutoff;
}

/** A category by code with its options in order, each with the option combinations holding it. */
export async function categoryWithCombos(db: Db, code: string) {
  const cat = await db.selectFrom('category').select(['id', 'code', 'name_vi', 'name_en']).where('code', '=', code).executeTakeFirst();
  if (!cat) return undefined;
  const rows = await db
    .selectFrom('category_option as o')
    .leftJoin('category_option_combo_option as x', 'x.category_option_id', 'o.id')
    .select(['o.code', 'o.name_vi', 'o.sort_order', 'x.category_option_combo_id as cocId'])
    .where('o.category_id', '=', cat.id)
    .orderBy('o.sort_order')
    .orderBy('o.code')
    .execute();
  return { cat, rows };
}

/** Everything DHIS2 ADX needs about categories: combinations' categories, options, option combinations' options, option mappings, value types. */
export async function adxCatalogue(db: Db) {
  const [cats, opts, links, maps, types] = await Promise.all([
    db
      .selectFrom('category_combo_category as ccc')
      .innerJoin('category as c', 'c.id', 'ccc.category_id')
      .select(['ccc.category_combo_id', 'c.id', 'c.code', 'c.dhis2_uid'])
      .orderBy('ccc.category_combo_id')
      .orderBy('ccc.position')
      .execute(),
    db
      .selectFrom('category_option as o')
      .innerJoin('category as c', 'c.id', 'o.category_id')
      .select(['o.id', 'o.category_id', 'o.code', 'o.dhis2_uid', 'c.code as category_code'])
      .execute(),
    db
      .selectFrom('category_option_combo_option as x')
      .innerJoin('category_option_combo as coc', 'coc.id', 'x.category_option_combo_id')
      .select(['coc.id', 'coc.category_combo_id', 'x.category_option_id'])
      .execute(),
    db.selectFrom('dhis2_mapping').select(['local_code', 'dhis2_id']).where('kind', '=', 'category_option').execute(),
    db.selectFrom('data_element').select(['id', 'value_type']).execute(),
  ]);
  return { cats, opts, links, maps, types };
}

/** Everything DHIS2 identifiers need: mappings, elements and option combinations with their combination, data sets. */
export async function dhis2IdRows(db: Db) {
  const [maps, els, cocs, sets] = await Promise.all([
    db.selectFrom('dhis2_mapping').select(['kind', 'local_code', 'dhis2_id']).execute(),
    db
      .selectFrom('data_element as de')
      .innerJoin('category_combo as cc', 'cc.id', 'de.category_combo_id')
      .select(['de.id', 'de.code', 'de.dhis2_uid', 'cc.id as combo_id', 'cc.code as combo_code'])
      .execute(),
    db
      .selectFrom('category_option_combo as c')
      .innerJoin('category_combo as cc', 'cc.id', 'c.category_combo_id')
      .select(['c.id', 'c.code', 'c.dhis2_uid', 'cc.id as combo_id', 'cc.code as combo_code'])
      .execute(),
    db.selectFrom('data_set').select(['id', 'code', 'dhis2_uid']).execute(),
  ]);
  return { maps, els, cocs, sets };
}

/** (element id, data set id) of every active data set, by data set id. */
export async function activeFormElements(db: Db) {
  return db
    .selectFrom('data_set_element as dse')
    .innerJoin('data_set as ds', 'ds.id', 'dse.data_set_id')
    .select(['dse.data_element_id', 'ds.id'])
    .where('ds.active', '=', true)
    .orderBy('ds.id')
    .execute();
}

/** Codes of the active report forms, in code order. */
export function activeDataSetCodes(db: Db) {
  return db.selectFrom('data_set').select('code').where('active', '=', true).orderBy('code').execute();
}
