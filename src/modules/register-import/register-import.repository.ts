/** SQL of the import jobs (register_import, register_import_error) and the reference look-ups an import needs. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import { jobHandle } from '../../db/connection.js';
import type { DB } from '../../db/schema.js';
import type { RegisterImport, RegisterImportErrorTable, RegisterImportTable } from '../../db/schema.import.js';

/** Imports left queued or running (by a process that stopped, when called at start). */
export function importsCut(db: Kysely<DB>): Promise<{ id: number; applied: boolean; file_path: string | null }[]> {
  return db.selectFrom('register_import').select(['id', 'applied', 'file_path']).where('status', 'in', ['queued', 'running']).execute();
}

/** Marks an import cut short: done when it had been applied, else failed ("interrupted"). */
export async function markCut(db: Kysely<DB>, id: number, applied: boolean): Promise<void> {
  await db
    .updateTable('register_import')
    .set(
      applied
        ? { status: 'done', finished_at: new Date() }
        : { status: 'failed', failure: JSON.stringify({ code: 'import_interrupted' }), finished_at: new Date() },
    )
    .where('id', '=', id)
    .execute();
}

/** Marks every import still queued or running as failed ("interrupted"). */
export async function failLeftOver(db: Kysely<DB>): Promise<void> {
  await db
    .updateTable('register_import')
    .set({ status: 'failed', failure: JSON.stringify({ code: 'import_interrupted' }), finished_at: new Date() })
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/** Records a new import job. */
export function insertImport(db: Kysely<DB>, values: Insertable<RegisterImportTable>): Promise<{ id: number; status: string }> {
  return db.insertInto('register_import').values(values).returning(['id', 'status']).executeTakeFirstOrThrow();
}

/** Changes an import job's row (on the job handle: called from the background queue). */
export async function updateImport(db: Kysely<DB>, id: number, values: Updateable<RegisterImportTable>): Promise<void> {
  await jobHandle(db).updateTable('register_import').set(values).where('id', '=', id).execute();
}

/** Marks an import applied, on the import's own transaction. */
export async function markApplied(db: Kysely<DB>, id: number): Promise<void> {
  await db.updateTable('register_import').set({ applied: true }).where('id', '=', id).execute();
}

/** Stores an import's errors, 1,000 rows per statement. */
export async function insertErrors(db: Kysely<DB>, rows: Insertable<RegisterImportErrorTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await jobHandle(db)
      .insertInto('register_import_error')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** One import job. */
export function importById(db: Kysely<DB>, id: number): Promise<RegisterImport | undefined> {
  return db.selectFrom('register_import').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An import's errors in order, the first `limit` of them when given. */
export function errorsOf(db: Kysely<DB>, id: number, limit?: number) {
  let q = db.selectFrom('register_import_error').selectAll().where('import_id', '=', id).orderBy('seq');
  if (limit !== undefined) q = q.limit(limit);
  return q.execute();
}

/** A page of imports, newest first: a user's own, or everyone's when `userId` is null. */
export async function listImportRows(
  db: Kysely<DB>,
  userId: number | null,
  page: number,
  pageSize: number,
): Promise<{ rows: RegisterImport[]; total: number }> {
  let q = db.selectFrom('register_import');
  if (userId !== null) q = q.where('user_id', '=', userId);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .selectAll()
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(n) };
}

/** Names of the ethnic groups in code order (for the template's list). */
export async function ethnicNames(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('ethnic_group').select('name').orderBy('code').execute()).map((e) => e.name);
}

/** Every version of every commune. */
export function communeVersions(db: Kysely<DB>) {
  return db.selectFrom('admin_unit').select(['id', 'code', 'name', 'valid_from', 'valid_to']).where('level', '=', 'commune').execute();
}

/** The ethnic groups with their other names, in code order. */
export function ethnicGroups(db: Kysely<DB>) {
  return db.selectFrom('ethnic_group').select(['code', 'name', 'other_names']).orderBy('code').execute();
}

/** The villages of communes (every version). */
export function villagesOf(db: Kysely<DB>, communeIds: number[]) {
  return db.selectFrom('village').select(['id', 'code', 'name', 'commune_id', 'valid_from', 'valid_to']).where('commune_id', 'in', communeIds).execute();
}
