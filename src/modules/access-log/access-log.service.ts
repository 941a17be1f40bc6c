import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/audit.service.js';
import { insertAccess, listAccess, setAccessDetails, type AccessFilter } from './access-log.repository.js';

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

/** Entries newest first, as the caller's area allows. */
export function accessEntries(db: Kysely<DB>, filter: AccessFilter) {
  return listAccess(db, filter);
}
