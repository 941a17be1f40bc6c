import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { CCCD } from '../../shared/fields.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../../db/query-helpers.js';
import { inCommunes } from './units.repository.js';
import { registerTotal } from './totals.repository.js';

export function withRefs(db: Kysely<DB>) {
  return db
    .selectFrom('person as p')
    .innerJoin('admin_unit as c', 'c.id', 'p.commune_id')
    .innerJoin('ethnic_group as e', 'e.code', 'p.ethnic_code')
    .leftJoin('household_member as m', (j) => j.onRef('m.person_id', '=', 'p.id').on('m.valid_to', 'is', null))
    .leftJoin('household as h', 'h.id', 'm.household_id')
    .selectAll('p')
    .select([
      'c.code as commune_code',
      'c.name as commune_name',
      'c.type as commune_type',
      'e.name as ethnic_name',
      'm.relationship',
      'h.id as household_id',
      'h.code as household_code',
      'h.village_id as household_village_id',
    ]);
}
export type PersonRow = Awaited<ReturnType<ReturnType<typeof withRefs>['execute']>>[number];

/** Persons by id with their commune, ethnic group and current household. */
export async function personsWithRefs(db: Kysely<DB>, ids: number[]): Promise<PersonRow[]> {
  return ids.length ? withRefs(db).where('p.id', 'in', ids).execute() : [];
}

export async function getPerson(db: Kysely<DB>, id: number): Promise<PersonRow | undefined> {
  return withRefs(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PersonFilter {
  communeIds: number[] | null;
  q?: string;
  ethnic?: string;
  sex?: string;
  status: 'current' | 'former' | 'all';
  page: number;
  pageSize: number;
}

export type PQuery = SelectQueryBuilder<DB & { p: DB['person'] }, 'p', any>;

/** The WHERE clause shared by the page, its total and the export; the total needs no joins. */
export function filtered(q: PQuery, f: PersonFilter, forTotal = false): PQuery {
  q = q.where('p.deleted_at', 'is', null);
  if (f.communeIds) q = q.where(inCommunes('p.commune_id', f.communeIds, forTotal));
  if (f.ethnic) q = q.where('p.ethnic_code', '=', f.ethnic);
  if (f.sex) q = q.where('p.sex', '=', f.sex as never);
  if (f.status !== 'all') {
    const inHousehold = (eb: ExpressionBuilder<DB & { p: DB['person'] }, 'p'>) =>
      eb.exists(eb.selectFrom('household_member as cm').select('cm.id').whereRef('cm.person_id', '=', 'p.id').where('cm.valid_to', 'is', null));
    q = q.where((eb) => (f.status === 'current' ? inHousehold(eb) : eb.not(inHousehold(eb))));
  }
  const text = f.q ? searchKey(f.q) : '';
  if (CCCD.test(text)) q = q.where('p.cccd', '=', text);
  else if (text) q = q.where('p.search_text', 'like', `%${escapeLike(text)}%`);
  return q;
}

/** Persons matching the filter with their commune, ethnic group and current household; not yet ordered. */
export function personRows(db: Kysely<DB>, f: PersonFilter) {
  return filtered(withRefs(db) as unknown as PQuery, f);
}

/** One page of persons in Vietnamese name order, and the exact total. */
export async function listPersons(db: Kysely<DB>, f: PersonFilter) {
  const offset = (f.page - 1) * f.pageSize;
  const countQuery = filtered(db.selectFrom('person as p') as PQuery, f, true).select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.q?.trim()) {
    // A search matches a bounded set: one pass finds, counts and orders it; the references are joined to one page only.
    const hits = await filtered(db.selectFrom('person as p') as PQuery, f)
      .select(['p.id', sql<string>`count(*) OVER ()`.as('total')])
      .orderBy(sql`p.sort_key COLLATE "C"`)
      .orderBy('p.id')
      .limit(f.pageSize)
      .offset(offset)
      .execute();
    const ids = hits.map((h) => h.id as number);
    const rows = ids.length ? await withRefs(db).where('p.id', 'in', ids).execute() : [];
    const order = new Map(ids.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const total = hits.length ? Number(hits[0].total) : offset ? await registerTotal(db, countQuery) : 0;
    return { rows: rows as PersonRow[], total };
  }
  // The whole area in name order walks the sort-key index; its total is remembered until the register changes.
  const rows = await personRows(db, f).orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(f.pageSize).offset(offset).execute();
  return { rows: rows as PersonRow[], total: await registerTotal(db, countQuery) };
}

/** One batch of persons in Vietnamese name order after the last one seen (keyset, not offset). */
export async function personBatch(db: Kysely<DB>, f: PersonFilter, last: { sort_key: string; id: number } | null, limit: number) {
  let q = personRows(db, f);
  if (last) q = q.where(sql<SqlBool>`(p.sort_key COLLATE "C", p.id) > (${last.sort_key} COLLATE "C", ${last.id})`);
  return (await q.orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(limit).execute()) as PersonRow[];
}

/** Names of every ethnic group by code. */
export async function ethnicNameMap(db: Kysely<DB>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('ethnic_group').select(['code', 'name']).execute()).map((e) => [e.code, e.name]));
}

/** Names of some persons (deleted ones too), to name them in the audit log. */
export function personLabelRows(db: Kysely<DB>, ids: number[]) {
  return db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', ids).execute();
}
