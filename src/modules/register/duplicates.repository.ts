import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { personNameKey } from '../../db/migrations/0004_register_tools.js';

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
    .selectAll('d')
    .orderBy('d.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(n) };
}
export type PairRow = Awaited<ReturnType<typeof listPairs>>['rows'][number];

export async function getPair(db: Kysely<DB>, id: number): Promise<PairRow | undefined> {
  return pairsIn(db, null).selectAll('d').where('d.id', '=', id).executeTakeFirst();
}

const KEY_X = sql.raw(personNameKey('x'));
const KEY_O = sql.raw(personNameKey('o'));

/**
 * Which persons to look at: those of some communes (null = everywhere), or some persons by id
 * (compared with persons of the communes `within`, or everywhere).
 */
export type Where = { communeIds: number[] | null } | { personIds: number[]; within?: number[] | null };

function side(alias: 'x' | 'o', where: Where): RawBuilder<unknown> {
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if ('personIds' in where) {
    if (alias === 'x') return sql`${col('id')} = ANY(${where.personIds}::int[])`;
    return where.within ? sql`${col('commune_id')} = ANY(${where.within}::int[])` : sql`true`;
  }
  return where.communeIds === null ? sql`true` : sql`${col('commune_id')} = ANY(${where.communeIds}::int[])`;
}

/**
 * Stores new candidate pairs (lower id first) and returns how many were added. A pair already
 * held, whatever its status, is left alone, so a pair marked "not a duplicate" never comes back.
 * - same CCCD: at least one of the two live, neither already merged away;
 * - similar name: both live, same commune and birth year, same name with diacritics, case and spacing ignored,
 *   and not two different CCCD numbers.
 */
export async function storeCandidates(db: Kysely<DB>, where: Where): Promise<number> {
  // For a scan each pair is met from its lower id; for given persons from either side.
  const order = 'personIds' in where ? sql`o.id <> x.id` : sql`o.id > x.id`;
  const result = await sql<{ id: number }>`
    INSERT INTO duplicate_candidate (person_a_id, person_b_id, reason, commune_id)
    SELECT DISTINCT ON (least(x.id, o.id), greatest(x.id, o.id))
           least(x.id, o.id), greatest(x.id, o.id), o.reason,
           CASE WHEN x.id < o.id THEN x.commune_id ELSE o.commune_id END
    FROM person x
    JOIN LATERAL (
      SELECT o.id, o.commune_id, 'same_cccd' AS reason, 1 AS rank FROM person o
      WHERE x.cccd IS NOT NULL AND o.cccd = x.cccd AND ${order} AND o.merged_into_id IS NULL
        AND (x.deleted_at IS NULL OR o.deleted_at IS NULL) AND ${side('o', where)}
      UNION ALL
      SELECT o.id, o.commune_id, 'similar_name_birth_year_commune', 2 FROM person o
      WHERE x.deleted_at IS NULL AND o.deleted_at IS NULL AND o.commune_id = x.commune_id
        AND o.birth_year = x.birth_year AND ${KEY_O} = ${KEY_X} AND ${order}
        -- Two different citizen IDs are two different people, however alike their names.
        AND (x.cccd IS NULL OR o.cccd IS NULL OR o.cccd = x.cccd)
    ) o ON true
    WHERE x.merged_into_id IS NULL AND ${side('x', where)}
    ORDER BY least(x.id, o.id), greatest(x.id, o.id), o.rank
    ON CONFLICT (person_a_id, person_b_id) DO NOTHING
    RETURNING id`.execute(db);
  return result.rows.length;
}

/** How many persons a scan of the communes looks at. */
export async function countScanned(db: Kysely<DB>, communeIds: number[] | null): Promise<number> {
  let q = db
    .selectFrom('person as x')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('x.merged_into_id', 'is', null);
  if (communeIds) q = q.where(sql<boolean>`x.commune_id = ANY(${communeIds}::int[])`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The open pair, locked for the decision; undefined when unknown. */
export function lockPair(trx: Kysely<DB>, id: number) {
  return trx.selectFrom('duplicate_candidate').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Records the decision on a pair. */
export async function decidePair(
  trx: Kysely<DB>,
  id: number,
  d: { status: 'merged' | 'not_duplicate'; keptPersonId?: number; note?: string | null; userId: number | null },
  onlyOpen = false,
): Promise<number> {
  let q = trx
    .updateTable('duplicate_candidate')
    .set({
      status: d.status,
      ...(d.keptPersonId === undefined ? {} : { kept_person_id: d.keptPersonId }),
      ...(d.note === undefined ? {} : { note: d.note }),
      decided_by: d.userId,
      decided_at: new Date(),
    })
    .where('id', '=', id);
  if (onlyOpen) q = q.where('status', '=', 'open');
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/**
 * A time before which every change is committed: the start of the oldest transaction still open
 * (a person changed inside it carries a time before its commit), or now.
 */
export async function safeMark(db: Kysely<DB>): Promise<Date> {
  const r = await sql<{
    t: Date;
  }>`SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid())) AS t`.execute(db);
  return new Date(r.rows[0].t);
}

/** The time up to which the area was last scanned. */
export async function scanMark(db: Kysely<DB>, key: string): Promise<Date | undefined> {
  return (await db.selectFrom('duplicate_scan_mark').select('scanned_at').where('area_key', '=', key).executeTakeFirst())?.scanned_at;
}

export async function setScanMark(db: Kysely<DB>, key: string, upTo: Date, persons: number): Promise<void> {
  await db
    .insertInto('duplicate_scan_mark')
    .values({ area_key: key, scanned_at: upTo, persons })
    .onConflict((oc) => oc.column('area_key').doUpdateSet({ scanned_at: upTo, persons }))
    .execute();
}

/** The next ids of persons not merged away, in the communes (null = everywhere), changed after `since` when given. */
export async function nextPersonIds(db: Kysely<DB>, after: number, limit: number, communeIds: number[] | null, since: Date | undefined): Promise<number[]> {
  let q = db.selectFrom('person').select('id').where('merged_into_id', 'is', null).where('id', '>', after).orderBy('id').limit(limit);
  if (communeIds) q = q.where(sql<boolean>`commune_id = ANY(${communeIds}::int[])`);
  if (since) q = q.where('updated_at', '>', since);
  return (await q.execute()).map((r) => r.id);
}

/** The next ids of persons an import created. */
export async function nextImportedIds(db: Kysely<DB>, importId: number, after: number, limit: number): Promise<number[]> {
  return (await db.selectFrom('person').select('id').where('import_id', '=', importId).where('id', '>', after).orderBy('id').limit(limit).execute()).map(
    (r) => r.id,
  );
}

/** The two names of some candidate pairs, to name them in the audit log. */
export function pairLabelRows(db: Kysely<DB>, ids: number[]) {
  return db
    .selectFrom('duplicate_candidate as d')
    .innerJoin('person as pa', 'pa.id', 'd.person_a_id')
    .innerJoin('person as pb', 'pb.id', 'd.person_b_id')
    .select(['d.id', 'pa.full_name as a', 'pb.full_name as b'])
    .where('d.id', 'in', ids)
    .execute();
}
