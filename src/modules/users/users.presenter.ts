import type { UserRow } from './users.repository.js';

export function presentUser(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    language: row.language,
    active: row.active,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until ? new Date(row.locked_until).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    scope:
      row.scope_id === null
        ? null
        : { id: row.scope_id, code: row.scope_code!, name: row.scope_name!, type: row.scope_type!, level: row.scope_level!, validFrom: row.scope_valid_from, validTo: row.scope_valid_to },
  };
}
