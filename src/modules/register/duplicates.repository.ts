import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { maskCccd } from './persons.presenter.js';
import { withRefs, type PersonRow } from './persons.repository.js';

type Status = 'open' | 'merged' | 'not_duplicate';

/** Candidate pairs whose two persons are both in the communes (null = everywhere). */
function pairsIn(db: Kysely<DB>, communeIds: number[] | null) {
  let q = db.selectFrom('duplicate_candidate as d').innerJoin('person as pa', 'pa.id', 'd.person_a_id').innerJoin('person as pb', 'pb.id', 'd.person_b_id');
  if (communeIds) q = q.where(sql<boolean>`pa.commune_id = ANY(${communeIds}::int[]) AND pb.commune_id = ANY(${communeIds}::int[])`);
  return q;
}

export async function listPairs(db: Kysely<DB>, f: { communeIds: number[] | null; status: Status; page: number; pageSize: number }) {
  const q = pairsIn(db, f.communeIds).where('d.status', '=', f.status);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .leftJoin('app_user as u', 'u.id', 'd.decided_by')
    .selectAll('d')
    .select('u.username as decided_by_name')
    .orderBy('d.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(n) };
}
export type PairRow = Awaited<ReturnType<typeof listPairs>>['rows'][number];

export async function getPair(db: Kysely<DB>, id: number): Promise<PairRow | undefined> {
  return pairsIn(db, null)
    .leftJoin('app_user as u', 'u.id', 'd.decided_by')
    .selectAll('d')
    .select('u.username as decided_by_name')
    .where('d.id', '=', id)
    .executeTakeFirst();
}

function presentPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.full_name,
    sex: p.sex,
    birthYear: p.birth_year,
    birthDate: p.birth_date,
    ethnicName: p.ethnic_name,
    cccdMasked: maskCccd(p.cccd),
    commune: { id: p.commune_id, code: p.commune_code, name: `${p.commune_type} ${p.commune_name}` },
    household: p.household_id === null ? null : { id: p.household_id, code: p.household_code! },
    deletedAt: p.deleted_at ? new Date(p.deleted_at).toISOString() : null,
  };
}

/** Pairs as the review queue shows them, with both persons. */
export async function presentPairs(db: Kysely<DB>, rows: PairRow[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.person_a_id, r.person_b_id]))];
  const persons = ids.length ? await withRefs(db).where('p.id', 'in', ids).execute() : [];
  const byId = new Map(persons.map((p) => [p.id, presentPerson(p)]));
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    status: r.status,
    a: byId.get(r.person_a_id)!,
    b: byId.get(r.person_b_id)!,
    createdAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decidedBy: r.decided_by_name ?? null,
    keptPersonId: r.kept_person_id,
    note: r.note,
  }));
}
