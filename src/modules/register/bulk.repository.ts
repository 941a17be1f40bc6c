/**
 * Bulk writes to the register tables: COPY of prepared rows (the demo loader, the import), taking
 * and moving id sequences, setting indexes and keys aside while empty tables are loaded, undoing an
 * import and removing the synthetic register.
 */
import { sql, type Kysely } from 'kysely';
import { type BulkSession, nextIds, setAsideConstraints, setSequence } from '../../db/bulk-load.js';
import type { DB } from '../../db/schema.js';
import { IMPORT_COPY_COLUMNS } from './bulk.columns.js';
import { rebuildIndexes } from './order.repository.js';

/** The tables a bulk load fills, in load order (persons before the households naming their head). */
export const LOADED_TABLES = ['person', 'household', 'household_member', 'household_poverty'] as const;
/** Tables COPY may write: the loaded ones and the history. */
const COPY_TABLES = new Set<string>([...LOADED_TABLES, 'record_change']);
/** Register tables with a serial id, by the name the loaders use for their ids. */
export const ID_SEQUENCES = { person: 'person', household: 'household', member: 'household_member' } as const;

/** A table the import writes by COPY. */
export type ImportCopyTable = keyof typeof IMPORT_COPY_COLUMNS;
/** The order the import's COPY runs in (persons before the households naming their head). */
export const IMPORT_COPY_ORDER: ImportCopyTable[] = ['person', 'household', 'household_member', 'household_poverty', 'record_change'];

/** COPYs the import's rows of `table` (COPY text of IMPORT_COPY_COLUMNS[table]). */
export async function copyImportRows(s: BulkSession, table: ImportCopyTable, data: Uint8Array): Promise<void> {
  await s.copy(table, IMPORT_COPY_COLUMNS[table], data);
}

/** COPYs `data` (COPY text of `columns`) into the register table `table`. */
export async function copyRows(s: BulkSession, table: string, columns: readonly string[], data: Uint8Array): Promise<void> {
  if (!COPY_TABLES.has(table)) throw new Error(`not a register table for COPY: ${table}`);
  await s.copy(table, columns, data);
}

/** Takes `n` ids of the register table `table`. */
export function takeIds(db: Kysely<DB>, table: 'person' | 'household' | 'household_member', n: number): Promise<number[]> {
  return nextIds(db, table, n);
}

/** Moves the id sequence of `table` past `last`. */
export function moveSequence(db: Kysely<DB>, table: 'person' | 'household' | 'household_member', last: number): Promise<void> {
  return setSequence(db, table, last);
}

/** Locks the loaded tables against other writers for the transaction, with more memory for index builds. */
export async function lockForLoad(db: Kysely<DB>): Promise<void> {
  await sql`LOCK TABLE person, household, household_member, household_poverty IN SHARE ROW EXCLUSIVE MODE`.execute(db);
  // Index builds (the trigram ones above all) run faster with more sort memory.
  await sql`SET LOCAL maintenance_work_mem = '128MB'`.execute(db);
}

/** Sets the secondary indexes and foreign keys of the loaded tables aside when they are empty; returns the step restoring them. */
export function setAsideLoadConstraints(db: Kysely<DB>): Promise<() => Promise<void>> {
  return setAsideConstraints(db, LOADED_TABLES, rebuildIndexes);
}

/**
 * Planner statistics for new rows (the embedded engine has no autovacuum to gather them). A smaller
 * sample than the default keeps this short: 6,000 rows (15,000 for big loads) describe these columns well enough.
 */
export async function analyzeLoaded(db: Kysely<DB>, persons: number): Promise<void> {
  await sql.raw(`SET LOCAL default_statistics_target = ${persons < 100_000 ? 20 : 50}`).execute(db);
  await sql`ANALYZE person, household, household_member, household_poverty`.execute(db);
}

/**
 * After a load has committed: marks the new rows visible to all (the visibility map, which lets counts read the
 * indexes alone, and the rows' hint bits, which every first read would otherwise write) and gathers statistics.
 * PostgreSQL's autovacuum would do this some time later; the embedded engine has no autovacuum at all.
 */
export async function vacuumLoaded(db: Kysely<DB>): Promise<void> {
  await sql`VACUUM (ANALYZE) person, household, household_member, household_poverty`.execute(db);
}

/** Up to `limit` households the import `importId` created. */
export async function householdsOfImport(db: Kysely<DB>, importId: number, limit: number): Promise<number[]> {
  return (await db.selectFrom('household').select('id').where('import_id', '=', importId).limit(limit).execute()).map((r) => r.id);
}

/** Up to `limit` persons the import `importId` created. */
export async function personsOfImport(db: Kysely<DB>, importId: number, limit: number): Promise<number[]> {
  return (await db.selectFrom('person').select('id').where('import_id', '=', importId).limit(limit).execute()).map((r) => r.id);
}

/** Deletes households of the import `importId` with their poverty years, history, memberships, events and the import's persons in them. */
export async function deleteImportedHouseholds(trx: Kysely<DB>, importId: number, households: number[]): Promise<void> {
  const persons = (await trx.selectFrom('household_member').select('person_id').where('household_id', 'in', households).execute()).map((r) => r.person_id);
  await removeEvents(trx, households, persons);
  await trx.deleteFrom('household_poverty').where('household_id', 'in', households).execute();
  await trx.deleteFrom('record_change').where('entity', 'in', ['household', 'poverty']).where('entity_id', 'in', households).execute();
  await trx.deleteFrom('household_member').where('household_id', 'in', households).execute();
  await trx.deleteFrom('household').where('id', 'in', households).execute();
  await removePersons(trx, importId, persons);
}

/** Deletes persons of the import `importId` left without a household of the import, with their memberships and events. */
export async function deleteImportedPersons(trx: Kysely<DB>, importId: number, persons: number[]): Promise<void> {
  await removeEvents(trx, [], persons);
  await trx.deleteFrom('household_member').where('person_id', 'in', persons).execute();
  await removePersons(trx, importId, persons);
}

async function removeEvents(trx: Kysely<DB>, households: number[], persons: number[]) {
  if (households.length)
    await trx
      .deleteFrom('life_event')
      .where((eb) => eb.or([eb('household_id', 'in', households), eb('related_household_id', 'in', households)]))
      .execute();
  if (persons.length) await trx.deleteFrom('life_event').where('person_id', 'in', persons).execute();
}

async function removePersons(trx: Kysely<DB>, importId: number, candidates: number[]) {
  if (!candidates.length) return;
  const ids = (await trx.selectFrom('person').select('id').where('id', 'in', candidates).where('import_id', '=', importId).execute()).map((r) => r.id);
  if (!ids.length) return;
  await trx
    .deleteFrom('duplicate_candidate')
    .where((eb) => eb.or([eb('person_a_id', 'in', ids), eb('person_b_id', 'in', ids)]))
    .execute();
  await trx.deleteFrom('record_change').where('entity', '=', 'person').where('entity_id', 'in', ids).execute();
  await sql`DELETE FROM person WHERE id = ANY(${ids}::int[])`.execute(trx);
}

/** Whether any synthetic (demo) person is held. */
export async function demoPersonHeld(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('person').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst());
}

/** Whether any real (not synthetic) person or household is held. */
export async function realRowsHeld(db: Kysely<DB>): Promise<boolean> {
  const real = await db.selectFrom('person').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
  const realHousehold = await db.selectFrom('household').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
  return !!real || !!realHousehold;
}

const REGISTER_TABLES = 'duplicate_candidate, record_change, life_event, household_poverty, household_member, household, person';

/** Empties every register table and restarts their ids; `cascade` also empties what refers to them. */
export async function truncateRegister(db: Kysely<DB>, cascade: boolean): Promise<void> {
  await sql.raw(`TRUNCATE ${REGISTER_TABLES} RESTART IDENTITY${cascade ? ' CASCADE' : ''}`).execute(db);
}

/** Deletes synthetic persons and households with whatever refers to them in the register. */
export async function deleteDemoRows(trx: Kysely<DB>): Promise<void> {
  const demoPersons = trx.selectFrom('person').select('id').where('is_demo', '=', true);
  const demoHouseholds = trx.selectFrom('household').select('id').where('is_demo', '=', true);
  await trx
    .deleteFrom('duplicate_candidate')
    .where((eb) => eb.or([eb('person_a_id', 'in', demoPersons), eb('person_b_id', 'in', demoPersons)]))
    .execute();
  await trx
    .deleteFrom('life_event')
    .where((eb) => eb.or([eb('person_id', 'in', demoPersons), eb('household_id', 'in', demoHouseholds), eb('related_household_id', 'in', demoHouseholds)]))
    .execute();
  const demoMembers = trx.selectFrom('household_member').select('id').where('household_id', 'in', demoHouseholds);
  await trx
    .deleteFrom('record_change')
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'person'), eb('entity_id', 'in', demoPersons)]),
        eb.and([eb('entity', 'in', ['household', 'poverty']), eb('entity_id', 'in', demoHouseholds)]),
        eb.and([eb('entity', '=', 'membership'), eb('entity_id', 'in', demoMembers)]),
      ]),
    )
    .execute();
  await trx.deleteFrom('household_poverty').where('household_id', 'in', demoHouseholds).execute();
  await trx
    .deleteFrom('household_member')
    .where((eb) => eb.or([eb('household_id', 'in', demoHouseholds), eb('person_id', 'in', demoPersons)]))
    .execute();
  await trx.deleteFrom('household').where('is_demo', '=', true).execute();
  await trx.deleteFrom('person').where('is_demo', '=', true).execute();
}
