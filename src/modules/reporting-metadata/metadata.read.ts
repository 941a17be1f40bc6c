import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { visibleOwnerIds, type MetaAccess } from './metadata.owner.js';
import { mappingOwners, mappingSeen } from './mappings.owner.js';

type Db = Kysely<DB>;
const base = (r: { id: number; code: string; name_vi: string; name_en: string }) => ({ id: r.id, code: r.code, nameVi: r.name_vi, nameEn: r.name_en });
const tail = (r: { dhis2_uid: string | null; active: boolean }) => ({ dhis2Uid: r.dhis2_uid, active: r.active });
/** Owner columns of an item (unit code and name; null = national). */
const owner = (r: { owner_unit_id: number | null; owner_code: string | null; owner_name: string | null }) => ({
  owner: r.owner_code,
  ownerName: r.owner_name,
  ownerId: r.owner_unit_id,
});
/** `WHERE`: national items and items owned where the caller sees (everything without an access). */
function seenBy(a: MetaAccess | undefined, column: string) {
  const ids = a ? visibleOwnerIds(a) : null;
  return ids ? sql<boolean>`(${sql.ref(column)} IS NULL OR ${sql.ref(column)} = ANY(${ids}::int[]))` : sql<boolean>`true`;
}

export async function readCategories(db: Db, code?: string, a?: MetaAccess) {
  let q = db
    .selectFrom('category as t')
    .leftJoin('admin_unit as ou', 'ou.id', 't.owner_unit_id')
    .selectAll('t')
    .select(['ou.code as owner_code', 'ou.name as owner_name'])
    .where(seenBy(a, 't.owner_unit_id'))
    .orderBy('t.code');
  if (code) q = q.where('t.code', '=', code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const options = await db
    .selectFrom('category_option')
    .selectAll()
    .where(
      'category_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...base(r),
    ...tail(r),
    ...owner(r),
    options: options.filter((o) => o.category_id === r.id).map((o) => ({ ...base(o), sortOrder: o.sort_order, ...tail(o) })),
  }));
}

/** Category combinations with their categories in order and their generated option combinations. */
export async function readCombos(db: Db, code?: string, a?: MetaAccess) {
  let q = db
    .selectFrom('category_combo as t')
    .leftJoin('admin_unit as ou', 'ou.id', 't.owner_unit_id')
    .selectAll('t')
    .select(['ou.code as owner_code', 'ou.name as owner_name'])
    .where(seenBy(a, 't.owner_unit_id'))
    .orderBy('t.code');
  if (code) q = q.where('t.code', '=', code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const cats = await db
    .selectFrom('category_combo_category as cc')
    .innerJoin('category as c', 'c.id', 'cc.category_id')
    .select(['cc.category_combo_id', 'c.code'])
    .where('cc.category_combo_id', 'in', ids)
    .orderBy('cc.position')
    .execute();
  const cocs = await db.selectFrom('category_option_combo').selectAll().where('category_combo_id', 'in', ids).orderBy('id').execute();
  return rows.map((r) => ({
    ...base(r),
    ...tail(r),
    ...owner(r),
    categories: cats.filter((c) => c.category_combo_id === r.id).map((c) => c.code),
    optionCombos: cocs.filter((c) => c.category_combo_id === r.id).map((c) => ({ ...base(c), ...tail(c) })),
  }));
}

export async function readDataElements(db: Db, code?: string, a?: MetaAccess) {
  let q = db
    .selectFrom('data_element as d')
    .innerJoin('category_combo as cc', 'cc.id', 'd.category_combo_id')
    .leftJoin('admin_unit as ou', 'ou.id', 'd.owner_unit_id')
    .selectAll('d')
    .select(['cc.code as combo_code', 'ou.code as owner_code', 'ou.name as owner_name'])
    .where(seenBy(a, 'd.owner_unit_id'))
    .orderBy('d.code');
  if (code) q = q.where('d.code', '=', code);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...base(r),
    shortName: r.short_name,
    valueType: r.value_type,
    unit: r.unit,
    aggregation: r.aggregation,
    minValue: r.min_value === null ? null : Number(r.min_value),
    maxValue: r.max_value === null ? null : Number(r.max_value),
    categoryCombo: r.combo_code,
    description: r.description,
    ...tail(r),
    ...owner(r),
  }));
}

export async function readDataSets(db: Db, code?: string, a?: MetaAccess) {
  let q = db
    .selectFrom('data_set as t')
    .leftJoin('admin_unit as ou', 'ou.id', 't.owner_unit_id')
    .selectAll('t')
    .select(['ou.code as owner_code', 'ou.name as owner_name'])
    .where(seenBy(a, 't.owner_unit_id'))
    .orderBy('t.code');
  if (code) q = q.where('t.code', '=', code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const sections = await db.selectFrom('data_set_section').selectAll().where('data_set_id', 'in', ids).orderBy('position').execute();
  const elements = await db
    .selectFrom('data_set_element as e')
    .innerJoin('data_element as d', 'd.id', 'e.data_element_id')
    .select(['e.section_id', 'd.code'])
    .where('e.data_set_id', 'in', ids)
    .orderBy('e.position')
    .execute();
  const units = await db.selectFrom('data_set_unit').selectAll().where('data_set_id', 'in', ids).orderBy('unit_code').execute();
  return rows.map((r) => ({
    ...base(r),
    description: r.description,
    periodType: r.period_type,
    cutoff: r.cutoff,
    deadlineDays: r.deadline_days,
    approvalRole: r.approval_role,
    assignLevel: r.assign_level,
    assignWithin: r.assign_within,
    assignUnits: units.filter((u) => u.data_set_id === r.id).map((u) => u.unit_code),
    sections: sections
      .filter((s) => s.data_set_id === r.id)
      .map((s) => ({ code: s.code, nameVi: s.name_vi, nameEn: s.name_en, dataElements: elements.filter((e) => e.section_id === s.id).map((e) => e.code) })),
    ...tail(r),
    ...owner(r),
  }));
}

export async function readRules(db: Db, code?: string, a?: MetaAccess) {
  let q = db
    .selectFrom('validation_rule as t')
    .leftJoin('admin_unit as ou', 'ou.id', 't.owner_unit_id')
    .selectAll('t')
    .select(['ou.code as owner_code', 'ou.name as owner_name'])
    .where(seenBy(a, 't.owner_unit_id'))
    .orderBy('t.code');
  if (code) q = q.where('t.code', '=', code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const sets = await db
    .selectFrom('validation_rule_data_set as v')
    .innerJoin('data_set as s', 's.id', 'v.data_set_id')
    .select(['v.validation_rule_id', 's.code'])
    .where(
      'v.validation_rule_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('s.code')
    .execute();
  return rows.map((r) => ({
    ...base(r),
    left: r.left_expr,
    operator: r.operator,
    right: r.right_expr,
    importance: r.importance,
    messageVi: r.message_vi,
    messageEn: r.message_en,
    dataSets: sets.filter((s) => s.validation_rule_id === r.id).map((s) => s.code),
    ...tail(r),
    ...owner(r),
  }));
}

/** DHIS2 mappings, each with the owner of what it maps; only those the caller sees when an access is given. */
export async function readMappings(db: Db, kind?: string, code?: string, a?: MetaAccess) {
  let q = db.selectFrom('dhis2_mapping').selectAll().orderBy('kind').orderBy('local_code');
  if (kind) q = q.where('kind', '=', kind as never);
  if (code) q = q.where('local_code', '=', code);
  const rows = await q.execute();
  const owners = await mappingOwners(
    db,
    rows.map((r) => ({ kind: r.kind, code: r.local_code })),
  );
  return rows
    .map((r) => ({ id: r.id, kind: r.kind, code: r.local_code, dhis2: r.dhis2_id, ...owners.get(`${r.kind}|${r.local_code}`)! }))
    .filter((m) => !a || mappingSeen(a, m));
}

export const READERS = {
  categories: readCategories,
  categoryCombos: readCombos,
  dataElements: readDataElements,
  dataSets: readDataSets,
  validationRules: readRules,
  dhis2Mappings: (db: Db, code?: string, a?: MetaAccess) => readMappings(db, undefined, code, a),
} as const;

const LOCAL_KEYS = new Set(['ownerId', 'ownerName', 'unitIds', 'found', 'canEdit']);

/** An item as the metadata document carries it: by code, with the owner's unit code only. */
export function forDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map(forDocument) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(withoutIds(value) as object)
        .filter(([k]) => !LOCAL_KEYS.has(k))
        .map(([k, v]) => [k, forDocument(v)]),
    ) as T;
  }
  return value;
}

/** Drops database ids (and generated combinations) so items compare and export by code only. */
export function withoutIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIds) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id')
        .map(([k, v]) => [k, withoutIds(v)]),
    ) as T;
  }
  return value;
}
