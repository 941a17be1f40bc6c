import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Loads the demo boundaries for Hòa Bình into an empty database. */
export async function seedDemoBoundaries(_db: Kysely<DB>): Promise<void> {}
