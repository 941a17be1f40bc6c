import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PrestigiousActivity, PrestigiousPerson, PrestigiousTermChange } from '../../db/schema.generated.js';
import { escapeLike } from '../../db/query-helpers.js';
import { searchKey } from '../../shared/text.js';

export function findVillage(db: Kysely<DB>, id: number) {
  return db.selectFrom('village').select(['id', 'commune_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function insertPrestigious(db: Kysely<DB>, row: Insertable<PrestigiousPerson>) {
  return db.insertInto('prestigious_person').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Terms of a person that overlap [from, to], leaving out the term `exceptId`. */
export function overlappingTerms(db: Kysely<DB>, personId: number, from: string, to: string | null, exceptId?: number) {
  return db
    .selectFrom('prestigious_person')
    .select(['id', 'term_from'])
    .where('person_id', '=', personId)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', from)]))
    .where((eb) => (to === null ? eb.lit(true) : eb('term_from', '<=', to)))
    .execute();
}

const base = (db: Kysely<DB>) =>
  db
    .selectFrom('prestigious_person as p')
    .innerJoin('village as v', 'v.id', 'p.village_id')
    .innerJoin('admin_unit as c', 'c.id', 'p.commune_id')
    .innerJoin('ethnic_group as e', 'e.code', 'p.ethnic_code')
    .selectAll('p')
    .select([
      'v.name as village_name',
      'c.code as commune_code',
      'c.name as commune_name',
      'c.type as commune_type',
      'e.name as ethnic_name',
      (eb) =>
        eb.selectFrom('prestigious_activity as a').select(eb.fn.countAll<string>().as('n')).whereRef('a.prestigious_person_id', '=', 'p.id').as('activities'),
    ]);
export type PrestigiousRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export interface PrestigiousFilter {
  communeIds: number[] | null;
  villageId?: number;
  /** In office that day. */
  date?: string;
  q?: string;
}

export function listPrestigious(db: Kysely<DB>, f: PrestigiousFilter) {
  let q = base(db);
  if (f.communeIds) q = f.communeIds.length ? q.where('p.commune_id', 'in', f.communeIds) : q.where(sql<boolean>`FALSE`);
  if (f.villageId) q = q.where('p.village_id', '=', f.villageId);
  if (f.date) {
    const d = f.date;
    q = q.where('p.term_from', '<=', d).where((eb) => eb.or([eb('p.term_to', 'is', null), eb('p.term_to', '>=', d)]));
  }
  if (f.q?.trim()) q = q.where('p.search_text', 'like', `%${escapeLike(searchKey(f.q))}%`);
  return q.orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(2000).execute();
}

export function findPrestigious(db: Kysely<DB>, id: number) {
  return base(db).where('p.id', '=', id).executeTakeFirst();
}

export async function insertActivity(db: Kysely<DB>, row: Insertable<PrestigiousActivity>) {
  return db.insertInto('prestigious_activity').values(row).returningAll().executeTakeFirstOrThrow();
}

export function activitiesOf(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('prestigious_activity')
    .selectAll()
    .where('prestigious_person_id', '=', id)
    .orderBy('activity_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Persons in office on `date` and activities logged in `year`, by commune and by ethnic group, in the
 * communes given (null: all).
 */
export async function prestigiousReport(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number) {
  const area = communeIds ? sql`AND p.commune_id = ANY(${communeIds}::int[])` : sql``;
  const rows = (by: 'commune' | 'ethnic') =>
    sql<{ key: string; name: string; persons: string; activities: string; disputes: string; meetings: string; information: string }>`
    SELECT ${by === 'commune' ? sql`c.code` : sql`e.code`} AS key,
      ${by === 'commune' ? sql`c.type || ' ' || c.name` : sql`e.name`} AS name,
      count(DISTINCT p.id) FILTER (WHERE p.term_from <= ${date} AND (p.term_to IS NULL OR p.term_to >= ${date}))::text AS persons,
      count(a.id)::text AS activities,
      count(a.id) FILTER (WHERE a.kind = 'dispute_mediated')::text AS disputes,
      count(a.id) FILTER (WHERE a.kind = 'meeting')::text AS meetings,
      count(a.id) FILTER (WHERE a.kind = 'information')::text AS information
    FROM prestigious_person p
    JOIN admin_unit c ON c.id = p.commune_id JOIN ethnic_group e ON e.code = p.ethnic_code
    LEFT JOIN prestigious_activity a ON a.prestigious_person_id = p.id AND extract(year FROM a.activity_date) = ${year}
    WHERE TRUE ${area}
    GROUP BY 1, 2 ORDER BY 2`.execute(db);
  const [communes, ethnic] = await Promise.all([rows('commune'), rows('ethnic')]);
  return { communes: communes.rows, ethnic: ethnic.rows };
}

/** Locks a prestigious person's row for a change of term. */
export function lockPrestigious(db: Kysely<DB>, id: number) {
  return db.selectFrom('prestigious_person').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface TermFields {
  term_from: string;
  term_to: string | null;
  decision_number: string;
  decision_date: string;
  status: 'active' | 'ended';
  end_reason: string | null;
}

export async function updateTerm(db: Kysely<DB>, id: number, f: TermFields) {
  await db.updateTable('prestigious_person').set(f).where('id', '=', id).execute();
}

export async function insertTermChange(db: Kysely<DB>, row: Insertable<PrestigiousTermChange>) {
  return db.insertInto('prestigious_term_change').values(row).returning('id').executeTakeFirstOrThrow();
}

/** The changes of a prestigious person's term, oldest first. */
export function termChangesOf(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('prestigious_term_change')
    .select(['id', 'action', 'reason', 'before', 'after', 'changed_by', 'changed_at'])
    .where('prestigious_person_id', '=', id)
    .orderBy('id')
    .execute();
}
