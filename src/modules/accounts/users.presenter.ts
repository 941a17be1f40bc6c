import type { UserRow } from './users.repository.js';
import { USER_BUCKET, leaked, secondsToRoom } from './throttle.service.js';

/** A user as the API shows it; `now` decays the sign-in failure counter. */
export function presentUser(row: UserRow, now = Date.now()) {
  const failures = row.throttle_at ? leaked(Number(row.throttle_score), row.throttle_at, now, USER_BUCKET) : 0;
  const blockedFor = secondsToRoom(failures, USER_BUCKET) * 1000;
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    language: row.language,
    active: row.active,
    /** Recent failed sign-ins under this name (they leak away with time). */
    failedLogins: Math.round(failures),
    /** Until when sign-ins from unknown devices are held back, if they are. */
    lockedUntil: blockedFor ? new Date(now + blockedFor).toISOString() : null,
    twoFactorEnabled: row.totp_enabled_at !== null,
    aggregatesOnly: row.aggregates_only,
    createdAt: new Date(row.created_at).toISOString(),
    scope:
      row.scope_id === null
        ? null
        : {
            id: row.scope_id,
            code: row.scope_code!,
            name: row.scope_name!,
            type: row.scope_type!,
            level: row.scope_level!,
            validFrom: row.scope_valid_from,
            validTo: row.scope_valid_to,
          },
  };
}
