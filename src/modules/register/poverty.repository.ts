import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The stored columns of one poverty year, less its keys. */
export interface PovertyColumns {
  status: never;
  standard: string;
  deprivations: string;
  deprivation_count: number;
  income_per_capita: number | null;
  updated_at: Date;
}

/** A household's classification for one year, if any. */
export function povertyYear(db: Kysely<DB>, householdId: number, year: number) {
  return db.selectFrom('household_poverty').selectAll().where('household_id', '=', householdId).where('year', '=', year).executeTakeFirst();
}

/** Every classified year of a household, oldest first. */
export function povertyYears(db: Kysely<DB>, householdId: number) {
  return db.selectFrom('household_poverty').selectAll().where('household_id', '=', householdId).orderBy('year').execute();
}

export async function insertPovertyYear(trx: Kysely<DB>, householdId: number, year: number, cols: PovertyColumns): Promise<void> {
  await trx
    .insertInto('household_poverty')
    .values({ household_id: householdId, year, ...cols })
    .execute();
}

export async function updatePovertyYear(trx: Kysely<DB>, householdId: number, year: number, cols: PovertyColumns): Promise<void> {
  await trx.updateTable('household_poverty').set(cols).where('household_id', '=', householdId).where('year', '=', year).execute();
}

/** The years with any poverty classification, newest first. */
export async function classifiedYears(db: Kysely<DB>): Promise<number[]> {
  // Walks the (year, …) index from the top, one probe per distinct year, instead of reading every row.
  const rows = await sql<{ year: number }>`
    WITH RECURSIVE y AS (
      SELECT max(year) AS year FROM household_poverty
      UNION ALL
      SELECT (SELECT max(year) FROM household_poverty WHERE year < y.year) FROM y WHERE y.year IS NOT NULL
    )
    SELECT year FROM y WHERE year IS NOT NULL`.execute(db);
  return rows.rows.map((r) => Number(r.year));
}
