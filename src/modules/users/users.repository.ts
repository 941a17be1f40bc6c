import { sql, type Kysely } from 'kysely';
import { searchKey } from '../../shared/text.js';
import { escapeLike } from '../ethnic-groups/ethnic-groups.repository.js';
import type { DB, Role } from '../../db/schema.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';

export interface NewUser {
  username: string;
  password: string;
  fullName: string;
  role: Role;
  scopeUnitId: number | null;
  language?: 'vi' | 'en';
}

/** Creates a user (password hashed) and audits it in the same transaction. */
export async function insertUser(db: Kysely<DB>, actor: Actor, u: NewUser): Promise<number> {
  const passwordHash = await hashPassword(u.password);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('app_user')
      .values({
        username: u.username.trim().toLowerCase(),
        full_name: u.fullName,
        password_hash: passwordHash,
        role: u.role,
        scope_unit_id: u.scopeUnitId,
        language: u.language ?? 'vi',
        password_changed_at: new Date(),
      })
      .returning(['id', 'username', 'full_name', 'role', 'scope_unit_id', 'language', 'active'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'create', entity: 'user', entityId: row.id, unitId: u.scopeUnitId, after: row });
    return row.id;
  });
}

const userColumns = [
  'u.id',
  'u.username',
  'u.full_name',
  'u.role',
  'u.language',
  'u.active',
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

// The login-name failure counter (auth.throttle.ts USER_BUCKET) shown beside each user.
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

export function findUser(db: Kysely<DB>, id: number) {
  return usersWithScope(db).where('u.id', '=', id).executeTakeFirst();
}
