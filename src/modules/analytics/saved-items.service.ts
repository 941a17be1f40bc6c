import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { userNamesByIds } from '../accounts/user-names.service.js';

/**
 * What saved analytics items (visualisations, maps, dashboards) share: an owner, roles and users they
 * are shared with; opened by those, changed and removed by the owner only, with an audit entry.
 */
export interface Shared {
  id: number;
  name: string;
  owner_id: number;
  shared_roles: unknown;
  shared_user_ids: unknown;
}

/** One kind of saved item: its audit entity, the error when someone else changes it, how to read and delete one. */
export interface SavedKind<R extends Shared> {
  entity: 'analytics_visualisation' | 'analytics_map';
  notYours: string;
  byId: (db: Kysely<DB>, id: number) => Promise<R | undefined>;
  remove: (trx: Kysely<DB>, id: number) => Promise<unknown>;
  /** What the audit keeps of the item before a change. */
  describe: (row: R) => Record<string, unknown>;
}

export const sharedWith = (row: Shared, user: SessionUser) =>
  row.owner_id === user.id || (row.shared_roles as string[]).includes(user.role) || (row.shared_user_ids as number[]).includes(user.id);

/** A list of roles or user ids as stored: each once. */
export const uniq = <T>(xs: T[] | undefined) => JSON.stringify([...new Set(xs ?? [])]);

/** The sharing columns a change names (left out: unchanged). */
export const sharingColumns = (b: { sharedRoles?: string[]; sharedUserIds?: number[] }) => ({
  ...(b.sharedRoles !== undefined ? { shared_roles: uniq(b.sharedRoles) } : {}),
  ...(b.sharedUserIds !== undefined ? { shared_user_ids: uniq(b.sharedUserIds) } : {}),
});

/** Users an item is shared with must exist. */
export async function checkUsers(db: Kysely<DB>, ids: number[] | undefined) {
  if (!ids?.length) return;
  const known = await userNamesByIds(db, ids);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new AppError(400, 'analytics_unknown_user', { ids: missing.join(', ') }, [
      { field: 'sharedUserIds', code: 'analytics_unknown_user', params: { ids: missing.join(', ') } },
    ]);
}

/** Items with their owners' names. */
export async function withOwnerNames<R extends Shared>(db: Kysely<DB>, rows: R[]) {
  return {
    rows,
    names: await userNamesByIds(
      db,
      rows.map((r) => r.owner_id),
    ),
  };
}

/** One item the user may open; one they may not looks like one that does not exist. */
export async function openSaved<R extends Shared>(db: Kysely<DB>, kind: SavedKind<R>, user: SessionUser, id: number) {
  const row = await kind.byId(db, id);
  if (!row || !sharedWith(row, user)) throw new AppError(404, 'not_found');
  return { row, names: await userNamesByIds(db, [row.owner_id]) };
}

/** One item the user owns (else 404 as for opening, or 403 when they may only look at it). */
export async function ownedSaved<R extends Shared>(db: Kysely<DB>, kind: SavedKind<R>, user: SessionUser, id: number) {
  const { row } = await openSaved(db, kind, user, id);
  if (row.owner_id !== user.id) throw new AppError(403, kind.notYours);
  return row;
}

/** Changes an item (its owner only): `update` writes it; the audit keeps what it was and `after`, what was asked. */
export async function changeSaved<R extends Shared>(
  db: Kysely<DB>,
  kind: SavedKind<R>,
  user: SessionUser,
  actor: Actor,
  id: number,
  change: { sharedUserIds?: number[]; after: Record<string, unknown>; update: (trx: Kysely<DB>) => Promise<unknown> },
) {
  const before = await ownedSaved(db, kind, user, id);
  await checkUsers(db, change.sharedUserIds);
  await db.transaction().execute(async (trx) => {
    await change.update(trx);
    await writeAudit(trx, actor, { action: 'update', entity: kind.entity, entityId: id, before: kind.describe(before), after: change.after });
  });
  return openSaved(db, kind, user, id);
}

/** Deletes an item (its owner only), audited. */
export async function removeSaved<R extends Shared>(db: Kysely<DB>, kind: SavedKind<R>, user: SessionUser, actor: Actor, id: number) {
  const before = await ownedSaved(db, kind, user, id);
  await db.transaction().execute(async (trx) => {
    await kind.remove(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: kind.entity, entityId: id, before: { name: before.name } });
  });
}
