import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { chunksInThread, chunksInWorker, workerAvailable } from './register-demo.chunks.js';
import { loadRegister, type LoadCount, type LoadOptions } from './register-demo.loader.js';
import { registerCommunes } from './register-demo.units.js';

/** Seed of the demo register loaded at start: the same people on every installation. */
export const DEMO_SEED = 2019;
/** Size of the demo register: about 8,000 households across the 46 communes from old Hòa Bình. */
export const DEMO_PERSONS = 30_000;

/** How a register is generated for loading. */
export interface GenerateLoadOptions extends LoadOptions {
  /** Persons per COPY round (default 50,000); bounds memory. */
  chunkPersons?: number;
  /** Generate on a worker thread (default: for 100,000 persons or more, when the worker's files are at hand). */
  worker?: boolean;
}

/**
 * Generates and bulk-loads a synthetic register of about `persons` people into the communes
 * formed from old Hòa Bình. Returns null when those communes or their villages are not loaded.
 */
export async function generateAndLoad(db: Kysely<DB>, persons: number, seed: number | string, options: GenerateLoadOptions = {}): Promise<LoadCount | null> {
  const communes = await registerCommunes(db);
  if (!communes.some((c) => c.villages.length)) return null;
  const params = { communes, persons, seed, chunkPersons: options.chunkPersons ?? 50_000 };
  const source = (options.worker ?? persons >= 100_000) && workerAvailable() ? chunksInWorker(params) : chunksInThread(params);
  return loadRegister(db, source, options);
}

/** Demo loader run at first start: the small synthetic register, once. */
export async function seedDemoRegister(db: Kysely<DB>): Promise<void> {
  if (await db.selectFrom('person').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst()) return;
  await generateAndLoad(db, DEMO_PERSONS, DEMO_SEED);
}

const REGISTER_TABLES = 'duplicate_candidate, record_change, life_event, household_poverty, household_member, household, person';

/**
 * Removes the synthetic register before a new one is generated. With `truncate` every register
 * table is emptied, real rows too, with whatever refers to them (TRUNCATE … CASCADE). Otherwise
 * only synthetic rows go: when there is no real row the tables are emptied outright, which is
 * instant, provided no other table refers to them (else, and when real rows exist, demo rows are
 * deleted together with what refers to them).
 */
export async function clearDemoRegister(db: Kysely<DB>, truncate = false): Promise<'truncated' | 'deleted'> {
  if (truncate) {
    await sql.raw(`TRUNCATE ${REGISTER_TABLES} RESTART IDENTITY CASCADE`).execute(db);
    return 'truncated';
  }
  const real = await db.selectFrom('person').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
  const realHousehold = await db.selectFrom('household').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
  if (!real && !realHousehold) {
    // Refused (and rolled back) when a table outside the register refers to these.
    const done = await db
      .transaction()
      .execute(async (trx) => sql.raw(`TRUNCATE ${REGISTER_TABLES} RESTART IDENTITY`).execute(trx))
      .then(
        () => true,
        () => false,
      );
    if (done) return 'truncated';
  }
  await db.transaction().execute(async (trx) => {
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
  });
  return 'deleted';
}
