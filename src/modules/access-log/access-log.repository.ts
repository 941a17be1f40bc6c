import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, startOfDayVN } from '../../shared/dates.js';
import type { Actor } from '../audit/audit.service.js';

/** Starts an access-log row and returns its id (an export fills in its row count when done). */
export async function insertAccess(
  db: Kysely<DB>,
  actor: Actor,
  entry: { action: string; entity: string; entityId?: string | null; purpose: string; details: Record<string, unknown> },
): Promise<number> {
  const row = await db
    .insertInto('access_log')
    .values({
      user_id: actor.userId,
      username: actor.username,
      ip: actor.ip,
      via: actor.via ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      purpose: entry.purpose,
      details: JSON.stringify(entry.details),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces an entry's details. */
export async function setAccessDetails(db: Kysely<DB>, id: number, details: Record<string, unknown>): Promise<void> {
  await db
    .updateTable('access_log')
    .set({ details: JSON.stringify(details) })
    .where('id', '=', id)
    .execute();
}

export interface AccessFilter {
  user?: string;
  /** Only entries made before this moment. */
  before?: Date;
  /** Stored actions to show (view → view_person …); undefined = all. */
  actions?: string[];
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/**
 * Which entries an area holds (null: all): those by the users `userIds`, and the reads of the
 * persons whose ids (as stored in entity_id) are `personIds`.
 */
export interface AccessArea {
  userIds: number[];
  personIds: string[];
}

function filtered(db: Kysely<DB>, f: AccessFilter) {
  let q = db.selectFrom('access_log as a');
  if (f.user) q = q.where('a.username', '=', f.user.toLowerCase());
  if (f.actions) q = q.where('a.action', 'in', f.actions);
  if (f.entity) q = q.where('a.entity', '=', f.entity);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  if (f.from) q = q.where('a.at', '>=', startOfDayVN(f.from));
  // Days are Vietnamese days: the log is stored in UTC.
  if (f.to) q = q.where('a.at', '<', startOfDayVN(addDays(f.to, 1)));
  if (f.before) q = q.where('a.at', '<', f.before);
  return q;
}

/** Entries the filter keeps, within an area (null: all). */
function inArea(db: Kysely<DB>, f: AccessFilter, area: AccessArea | null) {
  const q = filtered(db, f);
  if (!area) return q;
  return q.where((eb) =>
    eb.or([
      eb('a.user_id', '=', sql<number>`ANY(${area.userIds}::int[])`),
      eb.and([eb('a.entity', '=', 'person'), eb('a.entity_id', '=', sql<string>`ANY(${area.personIds}::text[])`)]),
    ]),
  );
}

/** The person ids (as stored) of the entries that read a person, among those the filter keeps. */
export async function personsRead(db: Kysely<DB>, f: AccessFilter): Promise<string[]> {
  const rows = await filtered(db, f).select('a.entity_id').distinct().where('a.entity', '=', 'person').where('a.entity_id', 'is not', null).execute();
  return rows.map((r) => r.entity_id!);
}

/** Access-log entries, newest first, in an area (null: all). */
export async function listAccess(db: Kysely<DB>, f: AccessFilter, area: AccessArea | null) {
  const q = inArea(db, f, area);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select(['a.id', 'a.at', 'a.user_id', 'a.username', 'a.action', 'a.entity', 'a.entity_id', 'a.purpose', 'a.details'])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

/** How many entries of an area (null: all) were made before a moment, and when the oldest was (for the retention review). */
export async function entriesBefore(db: Kysely<DB>, before: Date, area: AccessArea | null) {
  const row = await inArea(db, { before, page: 1, pageSize: 1 }, area)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('a.at').as('oldest')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.n), oldest: row.oldest === null ? null : new Date(row.oldest as string | Date).toISOString() };
}
