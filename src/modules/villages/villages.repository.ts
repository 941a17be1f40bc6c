import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AdminUnitTable, DB, VillageTable } from '../../db/schema.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../../db/query-helpers.js';
import { findUnitOn, unitValidOn } from '../admin-units/admin-units.lookup.js';

/** A village row with the commune fields every answer shows. */
export type VillageRow = Selectable<VillageTable> & { commune_code: string; commune_name: string; commune_type: string };
export type UnitRow = Selectable<AdminUnitTable>;

function withCommune(db: Kysely<DB>) {
  return db
    .selectFrom('village as v')
    .innerJoin('admin_unit as c', 'c.id', 'v.commune_id')
    .selectAll('v')
    .select(['c.code as commune_code', 'c.name as commune_name', 'c.type as commune_type']);
}

/** The unit carrying a code on a day (codes are reused across reorganisations). */
export const findUnitOnDate = findUnitOn;

/** Every commune valid on a day (for resolving codes and names in imports). */
export async function communesOnDate(db: Kysely<DB>, date: string): Promise<UnitRow[]> {
  return db.selectFrom('admin_unit').selectAll().where('level', '=', 'commune').where(unitValidOn(date)).execute();
}

export interface VillageFilter {
  /** Communes to list; null = wherever the caller reaches. */
  communeIds: number[] | null;
  /** Communes the caller reaches; null = all. */
  reach: number[] | null;
  date: string;
  q?: string;
  status?: 'all' | 'active' | 'inactive' | 'merged';
  page: number;
  pageSize: number;
}

export async function listVillages(db: Kysely<DB>, f: VillageFilter): Promise<{ rows: VillageRow[]; total: number }> {
  const ids = f.communeIds ?? f.reach;
  if (ids && ids.length === 0) return { rows: [], total: 0 };
  let q = withCommune(db);
  if (ids) q = q.where('v.commune_id', 'in', ids);
  if (f.q) q = q.where('v.search_text', 'like', `%${escapeLike(searchKey(f.q))}%`);
  const status = f.status ?? 'active';
  if (status === 'active') {
    // Valid on the day, and so is its commune (a village added later without a start date
    // must not appear under a commune that did not exist yet).
    for (const t of ['v', 'c'] as const) {
      q = q
        .where((eb) => eb.or([eb(`${t}.valid_from`, 'is', null), eb(`${t}.valid_from`, '<=', f.date)]))
        .where((eb) => eb.or([eb(`${t}.valid_to`, 'is', null), eb(`${t}.valid_to`, '>=', f.date)]));
    }
  } else if (status !== 'all') {
    q = q.where('v.status', '=', status).where('v.valid_to', '<', f.date);
  }
  const [{ total }] = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .execute();
  const rows = await q
    .orderBy('c.sort_key')
    .orderBy('c.id')
    .orderBy('v.sort_key')
    .orderBy('v.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export async function getVillage(db: Kysely<DB>, id: number): Promise<VillageRow | undefined> {
  return withCommune(db).where('v.id', '=', id).executeTakeFirst();
}

export async function villagesByIds(db: Kysely<DB>, ids: number[]): Promise<VillageRow[]> {
  if (!ids.length) return [];
  return withCommune(db).where('v.id', 'in', ids).orderBy('v.sort_key').execute();
}

/** Every village a commune has ever had (for duplicate checks and code numbering). */
export async function villagesOfCommunes(db: Kysely<DB>, communeIds: number[]): Promise<VillageRow[]> {
  if (!communeIds.length) return [];
  return withCommune(db).where('v.commune_id', 'in', communeIds).orderBy('v.sort_key').execute();
}

/** Villages pointing at this one: its successors (predecessor_id) or those merged into it. */
export async function villagesLinkedTo(db: Kysely<DB>, column: 'predecessor_id' | 'merged_into_id', id: number): Promise<VillageRow[]> {
  return withCommune(db).where(`v.${column}`, '=', id).orderBy('v.sort_key').execute();
}

/** An administrative unit by id (units are shared reads). */
export async function unitById(db: Kysely<DB>, id: number): Promise<UnitRow> {
  return db.selectFrom('admin_unit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const CHUNK = 500;

/** Inserts villages in batches; answers each new id with its commune and code (unique together). */
export async function insertVillages(db: Kysely<DB>, rows: Insertable<VillageTable>[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const out = await db
      .insertInto('village')
      .values(rows.slice(i, i + CHUNK))
      .returning(['id', 'commune_id', 'code'])
      .execute();
    for (const r of out) ids.set(`${r.commune_id}:${r.code}`, r.id);
  }
  return ids;
}

export async function updateVillage(db: Kysely<DB>, id: number, patch: Updateable<VillageTable>): Promise<void> {
  await db
    .updateTable('village')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Whether demo villages are loaded. */
export async function anyDemoVillage(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('village').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst()) !== undefined;
}

/** Demo villages of some communes, by commune and code. */
export function demoVillagesOfCommunes(db: Kysely<DB>, communeIds: number[]) {
  return db
    .selectFrom('village')
    .select(['id', 'commune_id', 'code'])
    .where('commune_id', 'in', communeIds.length ? communeIds : [0])
    .where('is_demo', '=', true)
    .orderBy('commune_id')
    .orderBy('code')
    .execute();
}

/** Communes of a province as first recorded (valid from the start), with their district's code. */
export function firstCommunesOfProvince(db: Kysely<DB>, provinceCode: string) {
  return db
    .selectFrom('admin_unit as c')
    .innerJoin('admin_unit as d', 'd.id', 'c.parent_id')
    .innerJoin('admin_unit as p', 'p.id', 'd.parent_id')
    .select(['c.id', 'c.code', 'c.name', 'c.type', 'd.code as district'])
    .where('p.code', '=', provinceCode)
    .where('p.valid_from', 'is', null)
    .where('c.level', '=', 'commune')
    .where('c.valid_from', 'is', null)
    .orderBy('c.code')
    .execute();
}

/** The units that succeeded some units, with the new unit's code, in code order. */
export function successorsOf(db: Kysely<DB>, oldIds: number[]) {
  return db
    .selectFrom('admin_unit_succession as s')
    .innerJoin('admin_unit as n', 'n.id', 's.new_unit_id')
    .select(['s.old_unit_id as oldId', 's.new_unit_id as newId', 'n.code as newCode'])
    .where('s.old_unit_id', 'in', oldIds)
    .orderBy('n.code')
    .execute();
}
