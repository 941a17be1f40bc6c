import { escapeLike } from '../../db/query-helpers.js';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { searchKey, sortKey } from '../../shared/text.js';

export interface EthnicGroupRow {
  code: string;
  name: string;
  otherNames: string;
  languageGroup: string;
}

/** Inserts or refreshes the ethnic group list (idempotent). */
export async function upsertEthnicGroups(db: Kysely<DB>, rows: EthnicGroupRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('ethnic_group')
    .values(
      rows.map((r) => ({
        code: r.code,
        name: r.name,
        other_names: r.otherNames,
        language_group: r.languageGroup,
        // 01 is Kinh; 55 is foreigners. Every other code is an ethnic minority (DTTS).
        is_minority: r.code !== '01' && r.code !== '55',
        search_text: searchKey(`${r.code} ${r.name} ${r.otherNames}`),
        sort_key: sortKey(r.name),
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        other_names: eb.ref('excluded.other_names'),
        language_group: eb.ref('excluded.language_group'),
        is_minority: eb.ref('excluded.is_minority'),
        search_text: eb.ref('excluded.search_text'),
        sort_key: eb.ref('excluded.sort_key'),
      })),
    )
    .execute();
}

export async function listEthnicGroups(db: Kysely<DB>, q: { q?: string; minority?: boolean; sort?: 'code' | 'name' }) {
  let query = db.selectFrom('ethnic_group').selectAll();
  if (q.q) query = query.where('search_text', 'like', `%${escapeLike(searchKey(q.q))}%`);
  if (q.minority !== undefined) query = query.where('is_minority', '=', q.minority);
  query = q.sort === 'name' ? query.orderBy('sort_key') : query.orderBy('code');
  return query.execute();
}

export async function findEthnicGroup(db: Kysely<DB>, code: string) {
  return db.selectFrom('ethnic_group').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countEthnicGroups(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ethnic_group`.execute(db);
  return r.rows[0].n;
}
