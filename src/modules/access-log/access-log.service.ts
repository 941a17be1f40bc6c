import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/audit.service.js';
import { userIdsInUnits, userNamesByIds } from '../accounts/user-names.service.js';
import { personRefsInCommunes } from '../register/lookups.service.js';
import { entriesBefore, insertAccess, listAccess, personsRead, setAccessDetails, type AccessArea, type AccessFilter } from './access-log.repository.js';

/** One read or export of personal data: what, and why. */
export interface AccessRecord {
  /** view_person, export … */
  action: string;
  entity: string;
  entityId: string | number | null;
  purpose: string;
  details?: Record<string, unknown>;
}

/** Records who read or exported what, and why (the only writer of the access log); returns the entry's id. */
export function recordAccess(db: Kysely<DB>, actor: Actor, entry: AccessRecord): Promise<number> {
  return insertAccess(db, actor, {
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    purpose: entry.purpose,
    details: entry.details ?? {},
  });
}

/** Replaces the details of an entry (an export fills in its row count when done). */
export function completeAccess(db: Kysely<DB>, id: number, details: Record<string, unknown>): Promise<void> {
  return setAccessDetails(db, id, details);
}

/**
 * Entries newest first, with the full name of who made them. Within an area (`unitIds`: the units
 * the caller reaches; null = everything): entries by users assigned inside it, and reads of persons
 * held there.
 */
export async function accessEntries(db: Kysely<DB>, filter: AccessFilter, unitIds: number[] | null) {
  const { rows, total } = await listAccess(db, filter, await areaOf(db, filter, unitIds));
  const names = await userNamesByIds(
    db,
    rows.map((r) => r.user_id),
  );
  return { rows: rows.map((r) => ({ ...r, full_name: r.user_id === null ? null : (names.get(r.user_id)?.fullName ?? null) })), total };
}

/** Entries older than a moment within an area (as accessEntries): their number and the oldest (the data-protection retention review). */
export async function accessEntriesBefore(db: Kysely<DB>, before: Date, unitIds: number[] | null) {
  return entriesBefore(db, before, await areaOf(db, { before, page: 1, pageSize: 1 }, unitIds));
}

/** The entries an area holds (null: all): those by users assigned inside it, and reads of persons held there. */
async function areaOf(db: Kysely<DB>, filter: AccessFilter, unitIds: number[] | null): Promise<AccessArea | null> {
  if (!unitIds) return null;
  const [userIds, personIds] = await Promise.all([
    userIdsInUnits(db, unitIds),
    personsRead(db, filter).then((refs) => personRefsInCommunes(db, refs, unitIds)),
  ]);
  return { userIds, personIds };
}
