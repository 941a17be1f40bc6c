import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { requireUnitOn } from '../admin-units/admin-units.lookup.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.service.js';
import { deleteUserSessions } from './sessions.repository.js';
import { USER_BUCKET, clearFailures } from './throttle.service.js';
import { resetTwoFactor } from './two-factor.service.js';
import {
  communeOfficersOf,
  findAccount,
  findAccountByUsername,
  findUser,
  insertUserRow,
  setPasswordHash,
  updateUserRow,
  userIdByUsername,
} from './users.repository.js';

export interface NewUser {
  username: string;
  password: string;
  fullName: string;
  role: Role;
  scopeUnitId: number | null;
  language?: 'vi' | 'en';
}

/** Creates a user (password hashed) and audits it in the same transaction; no checks (callers check). */
export async function insertUser(db: Kysely<DB>, actor: Actor, u: NewUser): Promise<number> {
  const passwordHash = await hashPassword(u.password);
  return db.transaction().execute(async (trx) => {
    const row = await insertUserRow(trx, {
      username: u.username.trim().toLowerCase(),
      fullName: u.fullName,
      passwordHash,
      role: u.role,
      scopeUnitId: u.scopeUnitId,
      language: u.language ?? 'vi',
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'user', entityId: row.id, unitId: u.scopeUnitId, after: row });
    return row.id;
  });
}

/** Refuses a new password by the rules of passwords.service.ts and, when given, the current hash. */
export async function checkNewPassword(password: string, field: string, username: string | null, currentHash?: string | null): Promise<void> {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError(400, problem, {}, [{ field, code: problem }]);
  if (currentHash && (await verifyPassword(currentHash, password))) {
    throw new AppError(400, 'password_unchanged', {}, [{ field, code: 'password_unchanged' }]);
  }
}

/** Which unit levels each role may be scoped to (null = the whole country). */
const SCOPE_LEVELS: Record<Role, readonly (string | null)[]> = {
  admin: [null, 'province', 'district', 'commune'],
  province_officer: ['province', 'district'],
  commune_officer: ['commune'],
  viewer: [null, 'province', 'district', 'commune'],
};

/** Resolves and checks a scope unit for a role; the acting admin may only hand out their own area. */
async function resolveScope(db: Kysely<DB>, scope: Scope, role: Role, code: string | null | undefined, date: string | undefined): Promise<number | null> {
  if (!code) {
    if (!SCOPE_LEVELS[role].includes(null)) throw new AppError(400, 'scope_required', {}, [{ field: 'scopeUnitCode', code: 'scope_required' }]);
    if (!scope.all) throw new AppError(403, 'out_of_scope', {}, [{ field: 'scopeUnitCode', code: 'out_of_scope' }]);
    return null;
  }
  const unit = await requireUnitOn(db, code, date ?? todayVN(), 'scopeUnitCode');
  if (!SCOPE_LEVELS[role].includes(unit.level)) {
    throw new AppError(400, 'scope_level_mismatch', {}, [{ field: 'scopeUnitCode', code: 'scope_level_mismatch' }]);
  }
  if (!inReach(scope, unit.id)) throw new AppError(403, 'out_of_scope', {}, [{ field: 'scopeUnitCode', code: 'out_of_scope' }]);
  return unit.id;
}

export async function createUser(
  db: Kysely<DB>,
  actor: Actor,
  scope: Scope,
  body: { username: string; password: string; fullName: string; role: Role; scopeUnitCode?: string | null; scopeUnitDate?: string; language?: 'vi' | 'en' },
) {
  await checkNewPassword(body.password, 'password', body.username);
  const scopeUnitId = await resolveScope(db, scope, body.role, body.scopeUnitCode, body.scopeUnitDate);
  if ((await userIdByUsername(db, body.username)) !== null) throw new AppError(409, 'username_taken', {}, [{ field: 'username', code: 'username_taken' }]);
  return insertUser(db, actor, { ...body, scopeUnitId });
}

/** A user the caller may manage: inside their area, else 404. */
export async function manageableUser(db: Kysely<DB>, scope: Scope, id: number) {
  const user = await findUser(db, id);
  if (!user || (!scope.all && !inReach(scope, user.scope_unit_id))) throw new AppError(404, 'not_found');
  return user;
}

export async function updateUser(
  db: Kysely<DB>,
  actor: Actor,
  scope: Scope,
  id: number,
  body: {
    fullName?: string;
    role?: Role;
    scopeUnitCode?: string | null;
    scopeUnitDate?: string;
    language?: 'vi' | 'en';
    active?: boolean;
    aggregatesOnly?: boolean;
  },
) {
  const before = await manageableUser(db, scope, id);
  if (id === actor.userId && (body.active === false || (body.role && body.role !== before.role))) {
    throw new AppError(400, 'cannot_demote_self', {}, [{ field: body.active === false ? 'active' : 'role', code: 'cannot_demote_self' }]);
  }
  const role = body.role ?? before.role;
  const scopeUnitId =
    body.scopeUnitCode !== undefined || body.role !== undefined
      ? await resolveScope(
          db,
          scope,
          role,
          body.scopeUnitCode === undefined ? before.scope_code : body.scopeUnitCode,
          body.scopeUnitCode === undefined ? (before.scope_valid_from ?? before.scope_valid_to ?? undefined) : body.scopeUnitDate,
        )
      : before.scope_unit_id;
  const changes = {
    ...(body.fullName !== undefined ? { full_name: body.fullName } : {}),
    ...(body.language !== undefined ? { language: body.language } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
    ...(body.aggregatesOnly !== undefined ? { aggregates_only: body.aggregatesOnly } : {}),
    role,
    scope_unit_id: scopeUnitId,
  };
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, { ...changes, updated_at: new Date() });
    // A deactivated account or a changed area takes effect at once: end its sessions.
    if (body.active === false || scopeUnitId !== before.scope_unit_id || role !== before.role) {
      await deleteUserSessions(trx, id);
    }
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'user',
      entityId: id,
      unitId: scopeUnitId,
      before: {
        full_name: before.full_name,
        role: before.role,
        scope_unit_id: before.scope_unit_id,
        language: before.language,
        active: before.active,
        aggregates_only: before.aggregates_only,
      },
      after: changes,
    });
  });
}

export async function resetPassword(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, newPassword: string) {
  const user = await manageableUser(db, scope, id);
  const current = await findAccount(db, id);
  await checkNewPassword(newPassword, 'newPassword', user.username, current.password_hash);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, id, passwordHash, false);
    await clearFailures(trx, USER_BUCKET, user.username);
    await deleteUserSessions(trx, id);
    await writeAudit(trx, actor, { action: 'reset_password', entity: 'user', entityId: id, unitId: user.scope_unit_id });
  });
}

/** Forgets the recent failed sign-ins under a user's name (they would leak away anyway). */
export async function unlockUser(db: Kysely<DB>, actor: Actor, scope: Scope, id: number) {
  const user = await manageableUser(db, scope, id);
  await db.transaction().execute(async (trx) => {
    await clearFailures(trx, USER_BUCKET, user.username);
    await writeAudit(trx, actor, { action: 'unlock', entity: 'user', entityId: id, unitId: user.scope_unit_id, before: { failures: user.throttle_score } });
  });
}

/** Turns off another user's two-factor (lost phone); an administrator then enrols again at next sign-in. */
export async function resetUserTwoFactor(db: Kysely<DB>, actor: Actor, scope: Scope, id: number) {
  const user = await manageableUser(db, scope, id);
  await resetTwoFactor(db, actor, user);
}

/** A user by login name (any case), or undefined. */
export async function userByUsername(db: Kysely<DB>, username: string): Promise<{ id: number; scope_unit_id: number | null } | undefined> {
  const row = await findAccountByUsername(db, username.trim().toLowerCase());
  return row && { id: row.id, scope_unit_id: row.scope_unit_id };
}

/** The commune officers of each unit (active accounts whose area is the unit): whom to call about its reports. */
export async function officersByUnit(db: Kysely<DB>, unitIds: number[]): Promise<Map<number, { name: string; username: string }[]>> {
  const out = new Map<number, { name: string; username: string }[]>();
  for (const r of await communeOfficersOf(db, unitIds)) {
    const list = out.get(r.scope_unit_id!) ?? [];
    list.push({ name: r.full_name, username: r.username });
    out.set(r.scope_unit_id!, list);
  }
  return out;
}
/** Plain reads (a user with their area, the users of an area) hand over to the repository. */
export { findUser, listUsers } from './users.repository.js';
