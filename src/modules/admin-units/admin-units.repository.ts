import { sql, type Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike, unitValidOn, validOnDate } from '../../db/query-helpers.js';

export { unitValidOn, validOnDate };

/** The columns a unit is presented from. */
export interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** The unit carrying `code` on `date` (a code names different units in different periods). */
export function findUnitOn(db: Kysely<DB>, code: string, date: string) {
  return db.selectFrom('admin_unit').selectAll().where('code', '=', code).where(unitValidOn(date)).executeTakeFirst();
}

const COLUMNS = ['id', 'code', 'name', 'type', 'level', 'parent_id', 'valid_from', 'valid_to'] as const;

export interface UnitFilter {
  date: string;
  level?: UnitLevel;
  /** Direct children of this unit. */
  parentId?: number;
  /** Only these units (descendants of a parent, the caller's visible set); null = no restriction. */
  ids?: number[] | null;
  q?: string;
  page: number;
  pageSize: number;
}

/** Units valid on a date matching the filter, a page of them and the total. */
export async function listUnits(db: Kysely<DB>, f: UnitFilter): Promise<{ rows: UnitRow[]; total: number }> {
  let q = validOnDate(db.selectFrom('admin_unit'), f.date);
  if (f.level) q = q.where('level', '=', f.level);
  if (f.parentId !== undefined) q = q.where('parent_id', '=', f.parentId);
  if (f.ids) q = q.where('id', '=', sql<number>`ANY(${f.ids}::int[])`);
  const byCode = !!f.q && /^\d+$/.test(f.q);
  if (f.q) {
    // Digits look for codes by prefix; anything else searches type, name and code ignoring diacritics.
    q = byCode ? q.where('code', 'like', `${escapeLike(f.q)}%`) : q.where('search_text', 'like', `%${escapeLike(searchKey(f.q))}%`);
  }
  const [{ n }] = await q.select(sql<number>`count(*)::int`.as('n')).execute();
  const rows = await q
    .select(COLUMNS)
    .orderBy(byCode ? sql`code` : sql`sort_key COLLATE "C"`)
    .orderBy('code')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: n };
}

/** The unit carrying `code` on `date`, if any. */
export async function findUnitRow(db: Kysely<DB>, code: string, date: string): Promise<UnitRow | undefined> {
  return validOnDate(db.selectFrom('admin_unit'), date).select(COLUMNS).where('code', '=', code).executeTakeFirst();
}

/** Units by id, in no particular order. */
export async function unitsByIds(db: Kysely<DB>, ids: number[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('admin_unit').select(COLUMNS).where('id', '=', sql<number>`ANY(${ids}::int[])`).execute();
}

/** Every unit that has carried a code, oldest first. */
export async function unitVersions(db: Kysely<DB>, code: string): Promise<UnitRow[]> {
  return db.selectFrom('admin_unit').select(COLUMNS).where('code', '=', code).orderBy(sql`valid_from NULLS FIRST`).execute();
}

/** Every unit with its parent and validity (the unit graph is built from these). */
export function graphUnits(db: Kysely<DB>) {
  return db.selectFrom('admin_unit').select(['id', 'code', 'level', 'parent_id as parentId', 'valid_from as validFrom', 'valid_to as validTo']).execute();
}

/** Every succession link between units. */
export function graphLinks(db: Kysely<DB>) {
  return db.selectFrom('admin_unit_succession').select(['old_unit_id as oldId', 'new_unit_id as newId', 'merge_type']).execute();
}
