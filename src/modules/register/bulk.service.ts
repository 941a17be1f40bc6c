/**
 * Bulk work on the register for the demo loader and the import: a load transaction with the tables
 * locked, COPY of prepared rows, ids taken ahead, undoing an import and removing the synthetic register.
 */
import type { Kysely } from 'kysely';
import { type BulkSession, inTransaction, withBulkSession } from '../../db/bulk-load.js';
import { jobHandle } from '../../db/connection.js';
import type { DB } from '../../db/schema.js';
import * as repo from './bulk.repository.js';

export type { BulkSession } from '../../db/bulk-load.js';
export {
  analyzeLoaded,
  vacuumLoaded,
  copyImportRows,
  IMPORT_COPY_ORDER,
  type ImportCopyTable,
  copyRows,
  moveSequence,
  setAsideLoadConstraints,
  takeIds,
} from './bulk.repository.js';

/** Ids of the register tables a load numbers its rows from. */
export interface RegisterIds {
  person: number;
  household: number;
  member: number;
}

/**
 * Runs `work` in one transaction on one connection of `db`, with the loaded register tables locked
 * against other writers; a throw rolls everything back.
 */
export function inRegisterLoad<T>(db: Kysely<DB>, work: (s: BulkSession) => Promise<T>): Promise<T> {
  return withBulkSession(db, (s) =>
    inTransaction(s, async () => {
      await repo.lockForLoad(s.db);
      return { result: await work(s), commit: true };
    }),
  );
}

/** The next id of each sequence a load numbers from (each taken once). */
export async function firstIds(db: Kysely<DB>): Promise<RegisterIds> {
  const first = {} as RegisterIds;
  for (const [key, table] of Object.entries(repo.ID_SEQUENCES) as [keyof RegisterIds, 'person' | 'household' | 'household_member'][])
    [first[key]] = await repo.takeIds(db, table, 1);
  return first;
}

/** Moves each sequence past the last id a load used. */
export async function moveSequences(db: Kysely<DB>, last: RegisterIds): Promise<void> {
  for (const [key, table] of Object.entries(repo.ID_SEQUENCES) as [keyof RegisterIds, 'person' | 'household' | 'household_member'][])
    await repo.moveSequence(db, table, last[key]);
}

const SLICE = 500;

/**
 * Deletes every household and person the import `importId` created (and what hangs on them), a
 * short transaction per slice of households on the job handle, so that other users keep working.
 */
export async function undoImportRows(db: Kysely<DB>, importId: number): Promise<void> {
  const jobs = jobHandle(db);
  for (;;) {
    const households = await repo.householdsOfImport(jobs, importId, SLICE);
    if (!households.length) break;
    await jobs.transaction().execute((trx) => repo.deleteImportedHouseholds(trx, importId, households));
  }
  // Persons of the import left without a household of the import (none in practice).
  for (;;) {
    const persons = await repo.personsOfImport(jobs, importId, SLICE);
    if (!persons.length) break;
    await jobs.transaction().execute((trx) => repo.deleteImportedPersons(trx, importId, persons));
  }
}

/** Whether the synthetic register has been loaded. */
export function demoRegisterLoaded(db: Kysely<DB>): Promise<boolean> {
  return repo.demoPersonHeld(db);
}

/**
 * Removes the synthetic register before a new one is generated. With `truncate` every register
 * table is emptied, real rows too, with whatever refers to them (TRUNCATE … CASCADE). Otherwise
 * only synthetic rows go: when there is no real row the tables are emptied outright, which is
 * instant, provided no other table refers to them (else, and when real rows exist, demo rows are
 * deleted together with what refers to them).
 */
export async function clearDemoRegister(db: Kysely<DB>, truncate = false): Promise<'truncated' | 'deleted'> {
  if (truncate) {
    await repo.truncateRegister(db, true);
    return 'truncated';
  }
  if (!(await repo.realRowsHeld(db))) {
    // Refused (and rolled back) when a table outside the register refers to these.
    const done = await db
      .transaction()
      .execute((trx) => repo.truncateRegister(trx, false))
      .then(
        () => true,
        () => false,
      );
    if (done) return 'truncated';
  }
  await db.transaction().execute((trx) => repo.deleteDemoRows(trx));
  return 'deleted';
}
