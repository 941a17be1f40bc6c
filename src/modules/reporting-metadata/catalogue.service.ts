import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { visibleOwnerIds, type MetaAccess } from './metadata.owner.js';
import { mappingOwners, mappingSeen } from './mappings.owner.js';
import {
  categoriesOfCombos,
  comboCodes,
  dataSetParts,
  dataSetsOfRules,
  mappingRows,
  optionCombosOf,
  optionsOfCategories,
  ownedRows,
  type OwnedTable,
} from './metadata.repository.js';

type Db = Kysely<DB>;
const base = (r: { id: number; code: string; name_vi: string; name_en: string }) => ({ id: r.id, code: r.code, nameVi: r.name_vi, nameEn: r.name_en });
const tail = (r: { dhis2_uid: string | null; active: boolean }) => ({ dhis2Uid: r.dhis2_uid, active: r.active });
/** Owner columns of an item (unit code and name; null = national). */
const owner = (r: { owner_unit_id: number | null; owner_code: string | null; owner_name: string | null }) => ({
  owner: r.owner_code,
  ownerName: r.owner_name,
  ownerId: r.owner_unit_id,
});
/** Owned rows of a table, as the caller sees them (everything without an access). */
const owned = <T extends OwnedTable>(db: Db, table: T, code: string | undefined, a: MetaAccess | undefined) =>
  ownedRows(db, table, code, a ? visibleOwnerIds(a) : null);

/** Categories with their options in order. */
export async function readCategories(db: Db, code?: string, a?: MetaAccess) {
  const rows = await owned(db, 'category', code, a);
  if (!rows.length) return [];
  const options = await optionsOfCategories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...base(r),
    ...tail(r),
    ...owner(r),
    options: options.filter((o) => o.category_id === r.id).map((o) => ({ ...base(o), sortOrder: o.sort_order, ...tail(o) })),
  }));
}

/** Category combinations with their categories in order and their generated option combinations. */
export async function readCombos(db: Db, code?: string, a?: MetaAccess) {
  const rows = await owned(db, 'category_combo', code, a);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const cats = await categoriesOfCombos(db, ids);
  const cocs = await optionCombosOf(db, ids);
  return rows.map((r) => ({
    ...base(r),
    ...tail(r),
    ...owner(r),
    categories: cats.filter((c) => c.category_combo_id === r.id).map((c) => c.code),
    optionCombos: cocs.filter((c) => c.category_combo_id === r.id).map((c) => ({ ...base(c), ...tail(c) })),
  }));
}

/** Data elements with the code of their category combination. */
export async function readDataElements(db: Db, code?: string, a?: MetaAccess) {
  const rows = await owned(db, 'data_element', code, a);
  const combos = await comboCodes(db, [...new Set(rows.map((r) => r.category_combo_id))]);
  return rows.map((r) => ({
    ...base(r),
    shortName: r.short_name,
    valueType: r.value_type,
    unit: r.unit,
    aggregation: r.aggregation,
    minValue: r.min_value === null ? null : Number(r.min_value),
    maxValue: r.max_value === null ? null : Number(r.max_value),
    categoryCombo: combos.get(r.category_combo_id) ?? '',
    description: r.description,
    ...tail(r),
    ...owner(r),
  }));
}

/** Data sets with their sections, elements and assigned units. */
export async function readDataSets(db: Db, code?: string, a?: MetaAccess) {
  const rows = await owned(db, 'data_set', code, a);
  if (!rows.length) return [];
  const { sections, elements, units } = await dataSetParts(
    db,
    rows.map((r) => r.id),
  );
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

/** Validation rules with the data sets they check. */
export async function readRules(db: Db, code?: string, a?: MetaAccess) {
  const rows = await owned(db, 'validation_rule', code, a);
  if (!rows.length) return [];
  const sets = await dataSetsOfRules(
    db,
    rows.map((r) => r.id),
  );
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
  const rows = await mappingRows(db, kind, code);
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

/**
 * Reads other modules need (data entry, aggregates, Excel, DHIS2): reporting metadata is read
 * through these, never with SQL of their own.
 */
export {
  activeDataSetCodes,
  activeFormElements,
  activeRulesOf,
  adxCatalogue,
  categoryWithCombos,
  comboOptionRows,
  cutoffOfElement,
  dataSetCutoff,
  dhis2IdRows,
  elementsByCodes,
  elementUnits,
  ethnicGroupNames,
  formRows,
  optionCodeRows,
  optionComboCodes,
  reportingStamp,
} from './catalogue.repository.js';

/**
 * The ethnic group a category option stands for: options coded `DT<ethnic group code>` (as the
 * starter forms build the ethnic-group category, DT01 Kinh … DT55) are linked to that group. Null for
 * any other option.
 */
export function ethnicCodeOfOption(optionCode: string): string | null {
  return /^DT(\d{2})$/.exec(optionCode)?.[1] ?? null;
}
