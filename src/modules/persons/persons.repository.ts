import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../ethnic-groups/ethnic-groups.repository.js';
import { inCommunes } from '../register/register.units.js';

export function withRefs(db: Kysely<DB>) {
  return db
    .selectFrom('person as p')
    .innerJoin('admin_unit as c', 'c.id', 'p.commune_id')
    .innerJoin('ethnic_group as e', 'e.code', 'p.ethnic_code')
    .leftJoin('household_member as m', (j) => j.onRef('m.person_id', '=', 'p.id').on('m.valid_to', 'is', null))
    .leftJoin('household as h', 'h.id', 'm.household_id')
    .selectAll('p')
    .select(['c.code as commune_code', 'c.name as commune_name', 'c.type as commune_type', 'e.name as ethnic_name', 'm.relationship', 'h.id as household_id', 'h.code as household_code']);
}
export type PersonRow = Awaited<ReturnType<ReturnType<typeof withRefs>['execute']>>[number];

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
  if (/^\d{12}$/.test(text)) q = q.where('p.cccd', '=', text);
  else if (text) q = q.where('p.search_text', 'like', `%${escapeLike(text)}%`);
  return q;
}

/** One page of persons in Vietnamese name order, and the exact total. */
export async function listPersons(db: Kysely<DB>, f: PersonFilter) {
  const [rows, total] = await Promise.all([
    filtered(withRefs(db) as unknown as PQuery, f).orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    filtered(db.selectFrom('person as p') as PQuery, f, true).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as PersonRow[], total: Number(total.n) };
}
