import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema.js';

export function presentAudit(row: Selectable<AuditLogTable>, names: { label: string | null; refs: Record<string, string> } = { label: null, refs: {} }) {
  return {
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    userId: row.user_id,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    unitId: row.unit_id,
    before: row.before ?? null,
    after: row.after ?? null,
    ip: row.ip,
    via: row.via ?? null,
    label: names.label,
    refs: names.refs,
  };
}
