import type { accessEntries } from './access-log.service.js';

type AccessRow = Awaited<ReturnType<typeof accessEntries>>['rows'][number];

/** Every read of a record is a `view` in the API. */
const presentAction = (stored: string) => (stored.startsWith('view_') ? 'view' : stored);

/** An access-log entry as the API shows it. */
export function presentAccess(r: AccessRow) {
  return {
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    user: { id: r.user_id, username: r.username, fullName: r.full_name ?? null },
    action: presentAction(r.action),
    entity: r.entity,
    entityId: r.entity_id,
    purpose: r.purpose,
    details: r.details ?? {},
  };
}
