import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BulkSession } from '../../db/bulk-load.js';
import { entityEntries, insertAudit, insertAudits, listAudit, type AuditFilter } from './audit.repository.js';

/** Who did something: taken from the request, or the system for start-up loads. */
export interface Actor {
  userId: number | null;
  username: string | null;
  ip: string | null;
  /** How a call came in when not through a browser session: `token: <name>` or `basic`. */
  via?: string | null;
}

export const SYSTEM: Actor = { userId: null, username: 'system', ip: null };

/** The signed-in user behind a request, and their address. */
export function actorOf(request: FastifyRequest): Actor {
  return { userId: request.user?.id ?? null, username: request.user?.username ?? null, ip: request.ip, via: request.user?.via ?? null };
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Records a write. Call it with the same transaction as the write so both land or neither does. */
export async function writeAudit(trx: Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAudit(trx, auditRow(actor, entry));
}

/** Records several writes by one actor (one entry each), in as few statements as possible; same transaction rule. */
/** With `copy` (a bulk session's, whose handle `trx` is), the entries are loaded with COPY: the same rows, cheaper when they are many and large. */
export async function writeAudits(trx: Kysely<DB>, actor: Actor, entries: AuditEntry[], copy?: BulkSession['copy']): Promise<void> {
  if (entries.length)
    await insertAudits(
      trx,
      entries.map((e) => auditRow(actor, e)),
      copy,
    );
}

function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    user_id: actor.userId,
    username: actor.username,
    ip: actor.ip,
    via: actor.via ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    unit_id: entry.unitId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/** Audit entries newest first, as the caller's area allows. */
export function auditEntries(db: Kysely<DB>, filter: AuditFilter) {
  return listAudit(db, filter);
}

/** What the audit log holds about one record (first 200 entries, oldest first). */
export function entityHistory(db: Kysely<DB>, entity: string, entityId: number | string) {
  return entityEntries(db, entity, String(entityId));
}
