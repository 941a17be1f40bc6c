import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { demoRegisterLoaded } from '../register/bulk.service.js';
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
  if (await demoRegisterLoaded(db)) return;
  await generateAndLoad(db, DEMO_PERSONS, DEMO_SEED);
}
