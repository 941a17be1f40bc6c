/**
 * Undoing an import that did not finish: what its written chunks put in the register (every row
 * carries the import's id) is deleted, a short transaction per slice of households, so that the
 * import stays all-or-nothing without holding the embedded engine's connection for long.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { undoImportRows } from '../register/bulk.service.js';
import { importsCut, markCut } from './register-import.repository.js';

/** Deletes every household and person the import `importId` created (and what hangs on them). */
export function undoImport(db: Kysely<DB>, importId: number): Promise<void> {
  return undoImportRows(db, importId);
}

/**
 * At start: imports left queued or running by a process that stopped. One that had not been marked
 * applied is undone and marked failed ("interrupted"); one marked applied had finished its writing.
 */
export async function recoverImports(db: Kysely<DB>): Promise<number[]> {
  const cut = await importsCut(db);
  for (const c of cut) {
    if (!c.applied) await undoImport(db, c.id);
    await markCut(db, c.id, c.applied);
  }
  return cut.filter((c) => !c.applied).map((c) => c.id);
}
