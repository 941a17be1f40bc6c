/**
 * Undoing an import that did not finish: what its written chunks put in the register (every row
 * carries the import's id) is deleted, a short transaction per slice of households, so that the
 * import stays all-or-nothing without holding the embedded engine's connection for long.
 */
import { sql, type Kysely } from 'kysely';
import { jobHandle } from '../../db/connection.js';
import type { DB } from '../../db/schema.js';

const SLICE = 500;

/** Deletes every household and person the import `importId` created (and what hangs on them). */
export async function undoImport(db: Kysely<DB>, importId: number): Promise<void> {
  const jobs = jobHandle(db);
  for (;;) {
    const households = (await jobs.selectFrom('household').select('id').where('import_id', '=', importId).limit(SLICE).execute()).map((r) => r.id);
    if (!households.length) break;
    await jobs.transaction().execute(async (trx) => {
      const persons = (await trx.selectFrom('household_member').select('person_id').where('household_id', 'in', households).execute()).map((r) => r.person_id);
      await removeEvents(trx, households, persons);
      await trx.deleteFrom('household_poverty').where('household_id', 'in', households).execute();
      await trx.deleteFrom('record_change').where('entity', 'in', ['household', 'poverty']).where('entity_id', 'in', households).execute();
      await trx.deleteFrom('household_member').where('household_id', 'in', households).execute();
      await trx.deleteFrom('household').where('id', 'in', households).execute();
      await removePersons(trx, importId, persons);
    });
  }
  // Persons of the import left without a household of the import (none in practice).
  for (;;) {
    const persons = (await jobs.selectFrom('person').select('id').where('import_id', '=', importId).limit(SLICE).execute()).map((r) => r.id);
    if (!persons.length) break;
    await jobs.transaction().execute(async (trx) => {
      await removeEvents(trx, [], persons);
      await trx.deleteFrom('household_member').where('person_id', 'in', persons).execute();
      await removePersons(trx, importId, persons);
    });
  }
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

/**
 * At start: imports left queued or running by a process that stopped. One that had not been marked
 * applied is undone and marked failed ("interrupted"); one marked applied had finished its writing.
 */
export async function recoverImports(db: Kysely<DB>): Promise<number[]> {
  const cut = await db.selectFrom('register_import').select(['id', 'applied']).where('status', 'in', ['queued', 'running']).execute();
  for (const c of cut) {
    if (!c.applied) await undoImport(db, c.id);
    await db
      .updateTable('register_import')
      .set(
        c.applied
          ? { status: 'done', finished_at: new Date() }
          : { status: 'failed', failure: JSON.stringify({ code: 'import_interrupted' }), finished_at: new Date() },
      )
      .where('id', '=', c.id)
      .execute();
  }
  return cut.filter((c) => !c.applied).map((c) => c.id);
}
