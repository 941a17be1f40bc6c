/**
 * Names for the audit log: each entry's object (a household by code and head, a person, a user, a
 * unit, a village, a report) and the records its before/after values point to by id (communes,
 * villages, persons, households, data elements and breakdowns), so readers never see bare ids.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, DB } from '../../db/schema.js';
import { householdLabels, pairLabels, personLabels } from '../register/labels.service.js';
import { readCombos, readDataElements, readDataSets } from '../reporting-metadata/catalogue.service.js';
import { unitLabelRows, userLabelRows, villageLabelRows } from './audit.repository.js';

type Kind = 'unit' | 'village' | 'person' | 'household' | 'element' | 'combo' | 'dataSet' | 'user';

/** Fields of audited values that hold the id of a record, by the kind of record. */
export const REF_FIELDS: Readonly<Record<string, Kind>> = {
  communeId: 'unit',
  commune_id: 'unit',
  unitId: 'unit',
  unit_id: 'unit',
  scopeUnitId: 'unit',
  scope_unit_id: 'unit',
  fromCommuneId: 'unit',
  toCommuneId: 'unit',
  ownerUnitId: 'unit',
  owner_unit_id: 'unit',
  villageId: 'village',
  village_id: 'village',
  newVillageId: 'village',
  personId: 'person',
  person_id: 'person',
  personIds: 'person',
  memberIds: 'person',
  headPersonId: 'person',
  head_person_id: 'person',
  keptPersonId: 'person',
  mergedPersonId: 'person',
  newHeadPersonId: 'person',
  householdId: 'household',
  toHouseholdId: 'household',
  intoHouseholdId: 'household',
  relatedHouseholdId: 'household',
  e: 'element',
  dataElementId: 'element',
  c: 'combo',
  categoryOptionComboId: 'combo',
  dataSetId: 'dataSet',
  userId: 'user',
};

const ENTITY_KINDS: Readonly<Record<string, Kind | 'pair'>> = {
  household: 'household',
  person: 'person',
  user: 'user',
  admin_unit: 'unit',
  village: 'village',
  duplicate: 'pair',
};

type Row = Selectable<AuditLogTable>;
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const asObject = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** Walks a value (a few levels deep) and calls `found` for each id under a reference field. */
function walk(v: unknown, found: (field: string, id: number) => void, depth = 0): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, found, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (REF_FIELDS[k]) {
      if (isId(x)) found(k, x);
      else if (Array.isArray(x)) for (const y of x) if (isId(y)) found(k, y);
    }
    if (x && typeof x === 'object') walk(x, found, depth + 1);
  }
}

/** What a payload calls its object, when it names it (a name or a code). */
function ownName(row: Row): string | null {
  for (const side of [row.after, row.before]) {
    const o = asObject(side);
    if (!o) continue;
    for (const k of ['name', 'nameVi', 'name_vi', 'fullName', 'full_name', 'username', 'code', 'fileName', 'file_name']) {
      if (typeof o[k] === 'string' && o[k]) return o[k] as string;
    }
  }
  return null;
}

/** Names of the records of each kind, by id. */
async function namesOf(db: Kysely<DB>, wanted: Map<Kind, Set<number>>, language: 'vi' | 'en'): Promise<Map<Kind, Map<number, string>>> {
  const ids = (k: Kind) => [...(wanted.get(k) ?? [])];
  const out = new Map<Kind, Map<number, string>>();
  const pick = (r: { nameVi: string; nameEn: string }) => (language === 'en' && r.nameEn ? r.nameEn : r.nameVi);
  const tasks: Promise<void>[] = [];
  const task = (k: Kind, load: (ids: number[]) => Promise<Map<number, string>>) => {
    const list = ids(k);
    if (list.length) tasks.push(load(list).then((m) => void out.set(k, m)));
  };
  task('unit', async (list) => new Map((await unitLabelRows(db, list)).map((u): [number, string] => [u.id, `${u.type} ${u.name}`])));
  task(
    'village',
    async (list) => new Map((await villageLabelRows(db, list)).map((v): [number, string] => [v.id, `${v.name} (${v.commune_type} ${v.commune_name})`])),
  );
  task('person', (list) => personLabels(db, list));
  task('household', (list) => householdLabels(db, list));
  task('user', async (list) => {
    const { acted, described } = await userLabelRows(db, list);
    const m = new Map<number, string>();
    for (const r of acted) if (r.user_id !== null && r.username) m.set(r.user_id, r.username);
    for (const r of described) {
      const o = asObject(r.after);
      const id = Number(r.entity_id);
      const username = typeof o?.username === 'string' ? o.username : m.get(id);
      const full = typeof o?.full_name === 'string' ? o.full_name : typeof o?.fullName === 'string' ? o.fullName : null;
      if (full) m.set(id, username ? `${full} (${username})` : full);
      else if (username && !m.has(id)) m.set(id, username);
    }
    return m;
  });
  task('element', async (list) => {
    const keep = new Set(list);
    return new Map((await readDataElements(db)).filter((e) => keep.has(e.id)).map((e): [number, string] => [e.id, pick(e)]));
  });
  task('combo', async (list) => {
    const keep = new Set(list);
    const m = new Map<number, string>();
    for (const combo of await readCombos(db)) for (const oc of combo.optionCombos) if (keep.has(oc.id)) m.set(oc.id, pick(oc));
    return m;
  });
  task('dataSet', async (list) => {
    const keep = new Set(list);
    return new Map((await readDataSets(db)).filter((d) => keep.has(d.id)).map((d): [number, string] => [d.id, pick(d)]));
  });
  await Promise.all(tasks);
  return out;
}

export interface EntryNames {
  /** What the entry's object is called (household code and head, person, user, unit…); null when unknown. */
  label: string | null;
  /** Names of the records the entry's values point to, by `field:id` (e.g. `communeId:57`, `e:1`). */
  refs: Record<string, string>;
}

/** Names for a page of audit entries, in the caller's language where the records have two. */
export async function describeEntries(db: Kysely<DB>, rows: Row[], language: 'vi' | 'en' = 'vi'): Promise<EntryNames[]> {
  const wanted = new Map<Kind, Set<number>>();
  const want = (k: Kind, id: number) => (wanted.get(k) ?? wanted.set(k, new Set()).get(k)!).add(id);
  const pairs = new Set<number>();
  const fieldsOf: [string, number][][] = rows.map((row) => {
    const found: [string, number][] = [];
    const add = (field: string, id: number) => {
      found.push([field, id]);
      want(REF_FIELDS[field], id);
    };
    walk(row.before, add);
    walk(row.after, add);
    const kind = ENTITY_KINDS[row.entity];
    const id = Number(row.entity_id);
    if (kind && isId(id)) {
      if (kind === 'pair') pairs.add(id);
      else want(kind, id);
    }
    if (row.entity === 'report_submission' && row.unit_id !== null) want('unit', row.unit_id);
    return found;
  });
  const [names, pairNames] = await Promise.all([namesOf(db, wanted, language), pairLabels(db, [...pairs])]);
  const nameOf = (k: Kind, id: number) => names.get(k)?.get(id);
  return rows.map((row, i) => {
    const refs: Record<string, string> = {};
    for (const [field, id] of fieldsOf[i]) {
      const n = nameOf(REF_FIELDS[field], id);
      if (n) refs[`${field}:${id}`] = n;
    }
    const kind = ENTITY_KINDS[row.entity];
    const id = Number(row.entity_id);
    let label: string | null = null;
    if (kind === 'pair') label = pairNames.get(id) ?? null;
    else if (kind && isId(id)) label = nameOf(kind, id) ?? null;
    if (row.entity === 'report_submission') {
      const after = asObject(row.after);
      const dataSet = isId(after?.dataSetId) ? nameOf('dataSet', after.dataSetId as number) : undefined;
      const unit = row.unit_id !== null ? nameOf('unit', row.unit_id) : undefined;
      const parts = [dataSet, typeof after?.periodId === 'string' ? after.periodId : undefined, unit].filter(Boolean);
      label = parts.length ? parts.join(' · ') : null;
    }
    return { label: label ?? ownName(row), refs };
  });
}
