import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { aggregatesOnlyFlag, namesOfUsers, userIdsScopedTo } from './users.repository.js';

/** Whether a user is marked to see analytics as aggregates only (small counts suppressed). */
export const isAggregatesOnly = (db: Kysely<DB>, userId: number) => aggregatesOnlyFlag(db, userId);

/*
 * What other modules need to know about users (who changed a record, who read it, who is in an
 * area), without reading the accounts tables. Imports only the accounts repository, so any module
 * may call it without an import cycle.
 */

/** Login name and full name of a user (both null when the user is unknown). */
export interface UserNames {
  username: string | null;
  full_name: string | null;
}

/** Login names and full names of some users, by id. */
export async function userNamesByIds(db: Kysely<DB>, ids: Iterable<number | null>): Promise<Map<number, { username: string; fullName: string }>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  const rows = await namesOfUsers(db, wanted);
  return new Map(rows.map((r) => [r.id, { username: r.username, fullName: r.full_name }]));
}

/**
 * Rows with the login name and full name of the user whose id is in `key` (as a LEFT JOIN on the
 * users would give: null for no user or an unknown one).
 */
export async function withUserNames<R, K extends keyof R>(db: Kysely<DB>, rows: R[], key: K): Promise<(R & UserNames)[]> {
  const names = await userNamesByIds(
    db,
    rows.map((r) => r[key] as number | null),
  );
  return rows.map((r) => {
    const u = names.get(r[key] as number);
    return { ...r, username: u?.username ?? null, full_name: u?.fullName ?? null };
  });
}

/** Ids of the users whose area is one of the units. */
export function userIdsInUnits(db: Kysely<DB>, unitIds: number[]): Promise<number[]> {
  return userIdsScopedTo(db, unitIds);
}
