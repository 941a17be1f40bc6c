import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ChangeEntity } from '../../db/schema.register.js';
import { userNamesByIds, withUserNames } from '../accounts/user-names.service.js';
import { CREATED, changeRowsOf } from './history.repository.js';

/** Every change of some records of one kind, oldest first, with the login name of who made it. */
export async function changesOf(db: Kysely<DB>, entity: ChangeEntity, ids: number[]) {
  return withUserNames(db, await changeRowsOf(db, entity, ids), 'changed_by');
}

/** What the register shows of the import that created a record. */
export interface ImportOrigin {
  id: number;
  fileName: string;
  createdAt: Date;
  userId: number | null;
}

/**
 * The import jobs belong to register-import, which depends on the register: the register cannot
 * import it, so register-import hands over its look-up when the app starts (src/server/ports.ts).
 */
let importOrigin: ((db: Kysely<DB>, importId: number) => Promise<ImportOrigin | undefined>) | undefined;

/** Sets how the register finds an import by id (called once at start, by src/server/ports.ts). */
export function provideImportOrigins(lookup: (db: Kysely<DB>, importId: number) => Promise<ImportOrigin | undefined>): void {
  importOrigin = lookup;
}

/**
 * The creation of a record made by a register import, which writes no `_created` mark per person:
 * the import's record (who, when, which file) stands for it. Sorted first (id 0). Null when the
 * record has its own mark or was not imported.
 */
export async function importedCreation<C extends { field: string }>(
  db: Kysely<DB>,
  changes: C[],
  record: { entity: ChangeEntity; id: number; importId: number | null; effectiveDate: string },
) {
  if (record.importId === null || changes.some((c) => c.field === CREATED)) return null;
  if (!importOrigin) throw new Error('register: no import look-up (connectModules() from src/server/ports.ts was not called)');
  const imp = await importOrigin(db, record.importId);
  if (!imp) return null;
  const by = imp.userId === null ? undefined : (await userNamesByIds(db, [imp.userId])).get(imp.userId);
  return {
    id: 0,
    entity: record.entity,
    entity_id: record.id,
    field: CREATED,
    old_value: null,
    new_value: { importId: imp.id, file: imp.fileName },
    effective_date: record.effectiveDate,
    changed_at: imp.createdAt,
    event_id: null,
    username: by?.username ?? null,
  };
}
