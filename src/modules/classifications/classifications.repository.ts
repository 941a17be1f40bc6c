import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ClassificationEntryTable, ClassificationKind, ClassificationListTable, DB } from '../../db/schema.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../../db/query-helpers.js';

export type ListRow = Selectable<ClassificationListTable> & {
  scope_code: string | null;
  scope_name: string | null;
  scope_type: string | null;
  scope_level: string | null;
  scope_valid_from: string | null;
  scope_valid_to: string | null;
};

/** Lists (with their area) whose period covers `date`, or all of them. */
export async function findLists(db: Kysely<DB>, f: { date?: string; kind?: ClassificationKind; id?: number }): Promise<ListRow[]> {
  let q = db
    .selectFrom('classification_list as l')
    .leftJoin('admin_unit as s', 's.id', 'l.scope_unit_id')
    .selectAll('l')
    .select([
      's.code as scope_code',
      's.name as scope_name',
      's.type as scope_type',
      's.level as scope_level',
      's.valid_from as scope_valid_from',
      's.valid_to as scope_valid_to',
    ]);
  if (f.id !== undefined) q = q.where('l.id', '=', f.id);
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  if (f.date) {
    const date = f.date;
    q = q.where('l.valid_from', '<=', date).where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>=', date)]));
  }
  return q.orderBy('l.valid_from', 'desc').orderBy('l.kind').orderBy('l.id').execute();
}

/** Entries per list inside the reach (null: everywhere). */
export async function countEntries(db: Kysely<DB>, listIds: number[], reach: number[] | null): Promise<Map<number, number>> {
  if (!listIds.length || (reach && !reach.length)) return new Map();
  let q = db
    .selectFrom('classification_entry as e')
    .leftJoin('village as v', 'v.id', 'e.village_id')
    .select(['e.list_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('e.list_id', 'in', listIds)
    .groupBy('e.list_id');
  if (reach) q = q.where((eb) => eb(eb.fn.coalesce('e.unit_id', 'v.commune_id'), 'in', reach));
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.list_id, Number(r.n)]));
}

export async function insertList(db: Kysely<DB>, row: Insertable<ClassificationListTable>): Promise<number> {
  return (await db.insertInto('classification_list').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export interface EntryFilter {
  /** One list, or the lists covering `date` (of `kind`). */
  listId?: number;
  date?: string;
  kind?: ClassificationKind;
  /** A unit: its own entries and those of its villages. */
  unitId?: number;
  reach: number[] | null;
  q?: string;
  page: number;
  pageSize: number;
}

export async function findEntries(db: Kysely<DB>, f: EntryFilter) {
  if (f.reach && !f.reach.length) return { rows: [], total: 0 };
  let q = db
    .selectFrom('classification_entry as e')
    .innerJoin('classification_list as l', 'l.id', 'e.list_id')
    .leftJoin('admin_unit as u', 'u.id', 'e.unit_id')
    .leftJoin('village as v', 'v.id', 'e.village_id')
    .leftJoin('admin_unit as vc', 'vc.id', 'v.commune_id');
  if (f.listId !== undefined) q = q.where('e.list_id', '=', f.listId);
  if (f.date) {
    const date = f.date;
    q = q.where('l.valid_from', '<=', date).where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>=', date)]));
  }
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  if (f.unitId !== undefined) {
    const id = f.unitId;
    q = q.where((eb) => eb.or([eb('e.unit_id', '=', id), eb('v.commune_id', '=', id)]));
  }
  if (f.reach) {
    const reach = f.reach;
    q = q.where((eb) => eb(eb.fn.coalesce('e.unit_id', 'v.commune_id'), 'in', reach));
  }
  if (f.q) {
    const like = `%${escapeLike(searchKey(f.q))}%`;
    q = q.where((eb) => eb.or([eb('u.search_text', 'like', like), eb('v.search_text', 'like', like), eb('vc.search_text', 'like', like)]));
  }
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select([
      'e.id',
      'e.category',
      'e.unit_id',
      'e.village_id',
      'l.id as list_id',
      'l.kind',
      'l.name as list_name',
      'l.is_demo as list_is_demo',
      'l.valid_from as list_valid_from',
      'l.valid_to as list_valid_to',
      'u.code as unit_code',
      'u.name as unit_name',
      'u.type as unit_type',
      'u.level as unit_level',
      'u.valid_from as unit_valid_from',
      'u.valid_to as unit_valid_to',
      'v.code as village_code',
      'v.name as village_name',
      'v.type as village_type',
      'vc.id as vc_id',
      'vc.code as vc_code',
      'vc.name as vc_name',
      'vc.type as vc_type',
    ])
    .orderBy(sql`coalesce(u.sort_key, vc.sort_key)`)
    .orderBy(sql`v.sort_key nulls first`)
    .orderBy('l.kind')
    .orderBy('e.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export type EntryRow = Awaited<ReturnType<typeof findEntries>>['rows'][number];

/** The entries of one list for the given units or villages (to match imported rows). */
export async function entriesFor(db: Kysely<DB>, listId: number, by: 'unit_id' | 'village_id', ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('classification_entry').selectAll().where('list_id', '=', listId).where(by, 'in', ids).execute();
}

const CHUNK = 500;

export async function insertEntries(db: Kysely<DB>, rows: Insertable<ClassificationEntryTable>[]) {
  const out: Selectable<ClassificationEntryTable>[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    out.push(
      ...(await db
        .insertInto('classification_entry')
        .values(rows.slice(i, i + CHUNK))
        .returningAll()
        .execute()),
    );
  }
  return out;
}

export async function setCategory(db: Kysely<DB>, id: number, category: string): Promise<void> {
  await db.updateTable('classification_entry').set({ category }).where('id', '=', id).execute();
}

/** Whether demo lists are loaded. */
export async function anyDemoList(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('classification_list').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst()) !== undefined;
}

/** The id of a province as first recorded (valid from the start), or null. */
export async function firstProvinceId(db: Kysely<DB>, code: string): Promise<number | null> {
  const row = await db.selectFrom('admin_unit').select('id').where('code', '=', code).where('valid_from', 'is', null).executeTakeFirst();
  return row?.id ?? null;
}

/** Communes two levels under a province, with their district's code, in code order. */
export function communesUnderProvince(db: Kysely<DB>, provinceId: number) {
  return db
    .selectFrom('admin_unit as c')
    .innerJoin('admin_unit as d', 'd.id', 'c.parent_id')
    .select(['c.id', 'c.code', 'c.type', 'd.code as district'])
    .where('d.parent_id', '=', provinceId)
    .where('c.level', '=', 'commune')
    .orderBy('c.code')
    .execute();
}

/**
 * Ids classified in a category by the lists of a kind covering a day: village ids for the village
 * kinds, unit ids for the others (what eligibility rules test residence against).
 */
export async function classifiedIdsOn(db: Kysely<DB>, kind: ClassificationKind, categories: readonly string[], date: string): Promise<number[]> {
  const rows = await db
    .selectFrom('classification_entry as e')
    .innerJoin('classification_list as l', 'l.id', 'e.list_id')
    .select(['e.unit_id', 'e.village_id'])
    .where('l.kind', '=', kind)
    .where('e.category', 'in', [...categories])
    .where('l.valid_from', '<=', date)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>=', date)]))
    .execute();
  return [...new Set(rows.map((r) => r.village_id ?? r.unit_id).filter((x): x is number => x !== null))];
}
