import { sql, type Kysely } from 'kysely';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../../db/query-helpers.js';
import type { DB, Role } from '../../db/schema.js';

/** Creates a user row (password already hashed); returns what the audit records. */
export function insertUserRow(
  db: Kysely<DB>,
  u: { username: string; fullName: string; passwordHash: string; role: Role; scopeUnitId: number | null; language: 'vi' | 'en' },
) {
  return db
    .insertInto('app_user')
    .values({
      username: u.username,
      full_name: u.fullName,
      password_hash: u.passwordHash,
      role: u.role,
      scope_unit_id: u.scopeUnitId,
      language: u.language,
      password_changed_at: new Date(),
    })
    .returning(['id', 'username', 'full_name', 'role', 'scope_unit_id', 'language', 'active'])
    .executeTakeFirstOrThrow();
}

/** Whether the database holds any account. */
export async function anyUserExists(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The id of the user with this login name, if any. */
export async function userIdByUsername(db: Kysely<DB>, username: string): Promise<number | null> {
  const row = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id ?? null;
}

/** The full account row (with hashes and secrets) by login name. */
export function findAccountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
}

/** The full account row (with hashes and secrets) by id. */
export function findAccount(db: Kysely<DB>, id: number) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Login names and password hashes of the active accounts among `usernames`. */
export function activePasswordHashes(db: Kysely<DB>, usernames: string[]) {
  return db.selectFrom('app_user').select(['username', 'password_hash']).where('username', 'in', usernames).where('active', '=', true).execute();
}

/** Stores a new password hash. */
export async function setPasswordHash(db: Kysely<DB>, id: number, passwordHash: string, touch: boolean): Promise<void> {
  const at = new Date();
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_changed_at: at, ...(touch ? { updated_at: at } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Changes a user's columns (name, role, area, language, active). */
export async function updateUserRow(
  db: Kysely<DB>,
  id: number,
  changes: {
    full_name?: string;
    role?: Role;
    scope_unit_id?: number | null;
    language?: 'vi' | 'en';
    active?: boolean;
    aggregates_only?: boolean;
    updated_at?: Date;
  },
): Promise<void> {
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}

/** A unit as /auth/me shows a user's area. */
export function findScopeUnit(db: Kysely<DB>, unitId: number) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'code', 'name', 'type', 'level', 'valid_from as validFrom', 'valid_to as validTo'])
    .where('id', '=', unitId)
    .executeTakeFirst();
}

const userColumns = [
  'u.id',
  'u.username',
  'u.full_name',
  'u.role',
  'u.language',
  'u.active',
  'u.aggregates_only',
  't.score as throttle_score',
  't.updated_at as throttle_at',
  'u.totp_enabled_at',
  'u.created_at',
  'u.scope_unit_id',
  'a.id as scope_id',
  'a.code as scope_code',
  'a.name as scope_name',
  'a.type as scope_type',
  'a.level as scope_level',
  'a.valid_from as scope_valid_from',
  'a.valid_to as scope_valid_to',
] as const;

// The login-name failure counter (throttle.service.ts USER_BUCKET) shown beside each user.
function withJoins(db: Kysely<DB>) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('admin_unit as a', 'a.id', 'u.scope_unit_id')
    .leftJoin('login_throttle as t', (j) => j.on('t.key', '=', sql<string>`'u:' || u.username`));
}

function usersWithScope(db: Kysely<DB>) {
  return withJoins(db).select(userColumns);
}

export type UserRow = Awaited<ReturnType<ReturnType<typeof usersWithScope>['executeTakeFirstOrThrow']>>;

/** Users whose scope lies inside `unitIds` (null: all users). */
export async function listUsers(db: Kysely<DB>, f: { q?: string; role?: Role; unitIds: number[] | null; page: number; pageSize: number }) {
  let q = withJoins(db);
  if (f.q) {
    const like = `%${escapeLike(searchKey(f.q))}%`;
    q = q.where((eb) => eb.or([eb('u.username', 'like', like), eb(sql<string>`lower(u.full_name)`, 'like', `%${escapeLike(f.q!.toLowerCase())}%`)]));
  }
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.unitIds) q = q.where('u.scope_unit_id', 'in', f.unitIds.length ? f.unitIds : [-1]);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select(userColumns)
    .orderBy('u.username')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

/** A user with their area and sign-in failure counter. */
export function findUser(db: Kysely<DB>, id: number) {
  return usersWithScope(db).where('u.id', '=', id).executeTakeFirst();
}

/** Active commune officers whose area is one of the units, by name: whom to call about a unit's reports. */
export function communeOfficersOf(db: Kysely<DB>, unitIds: number[]) {
  if (!unitIds.length) return Promise.resolve([]);
  return db
    .selectFrom('app_user')
    .select(['scope_unit_id', 'full_name', 'username'])
    .where('role', '=', 'commune_officer')
    .where('active', '=', true)
    .where('scope_unit_id', 'in', unitIds)
    .orderBy('full_name')
    .execute();
}

/** Login names and full names of some users. */
export function namesOfUsers(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('app_user').select(['id', 'username', 'full_name']).where('id', '=', sql<number>`ANY(${ids}::int[])`).execute();
}

/** Ids of the users whose area is one of `unitIds`. */
export async function userIdsScopedTo(db: Kysely<DB>, unitIds: number[]): Promise<number[]> {
  if (!unitIds.length) return [];
  const rows = await db.selectFrom('app_user').select('id').where('scope_unit_id', '=', sql<number>`ANY(${unitIds}::int[])`).execute();
  return rows.map((r) => r.id);
}

/** Whether a user sees analytics as aggregates only. */
export async function aggregatesOnlyFlag(db: Kysely<DB>, id: number): Promise<boolean> {
  const r = await db.selectFrom('app_user').select('aggregates_only').where('id', '=', id).executeTakeFirst();
  return r?.aggregates_only ?? false;
}
