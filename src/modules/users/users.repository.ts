import type { Kysely } from 'kysely';
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
