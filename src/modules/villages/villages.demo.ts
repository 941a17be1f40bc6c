import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Loads the demo villages for Hòa Bình into an empty database. */
export async function seedDemoVillages(_db: Kysely<DB>): Promise<void> {}
