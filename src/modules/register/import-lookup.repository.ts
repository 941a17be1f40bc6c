/**
 * Reads of the register an import's check needs, one query per batch: households held by commune
 * and code, persons held by CCCD within an area, the current members and poverty years of households.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import type { Household, HouseholdMember, HouseholdPovertyTable, Person } from '../../db/schema.register.js';

type HouseholdPoverty = Selectable<HouseholdPovertyTable>;

/** Whether the register holds no household and no person. */
export async function registerEmpty(db: Kysely<DB>): Promise<boolean> {
  const r = await sql<{ filled: boolean }>`SELECT EXISTS (SELECT 1 FROM household) OR EXISTS (SELECT 1 FROM person) AS filled`.execute(db);
  return !r.rows[0].filled;
}

/** Households with one of `codes` in one of `communeIds`. */
export function householdsByCode(db: Kysely<DB>, codes: string[], communeIds: number[]): Promise<Household[]> {
  return db.selectFrom('household').selectAll().where('code', 'in', codes).where('commune_id', 'in', communeIds).execute() as Promise<Household[]>;
}

/** Persons not deleted with one of `cccds` (in the communes `reach`, or anywhere when null), with their current household. */
export async function personsByCccd(
  db: Kysely<DB>,
  cccds: string[],
  reach: number[] | null,
): Promise<{ person: Person; householdId: number | null; householdCode: string | null }[]> {
  let q = db
    .selectFrom('person as p')
    .leftJoin('household_member as m', (j) => j.onRef('m.person_id', '=', 'p.id').on('m.valid_to', 'is', null))
    .leftJoin('household as h', 'h.id', 'm.household_id')
    .selectAll('p')
    .select(['m.household_id', 'h.code as household_code'])
    .where('p.cccd', 'in', cccds)
    .where('p.deleted_at', 'is', null);
  if (reach) q = q.where(sql<boolean>`p.commune_id = ANY(${reach}::int[])`);
  return (await q.execute()).map((f) => ({ person: f as unknown as Person, householdId: f.household_id, householdCode: f.household_code }));
}

/** Current members of households, with their person. */
export async function currentMembers(
  db: Kysely<DB>,
  householdIds: number[],
): Promise<{ householdId: number; person: Person; memberId: number; relationship: HouseholdMember['relationship']; validFrom: string }[]> {
  const rows = await db
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .selectAll('p')
    .select(['m.id as member_id', 'm.household_id', 'm.relationship', 'm.valid_from as member_from'])
    .where('m.household_id', 'in', householdIds)
    .where('m.valid_to', 'is', null)
    .execute();
  return rows.map((r) => ({
    householdId: r.household_id,
    person: r as unknown as Person,
    memberId: r.member_id,
    relationship: r.relationship,
    validFrom: r.member_from as string,
  }));
}

/** Poverty years of households. */
export function povertyOf(db: Kysely<DB>, householdIds: number[]): Promise<HouseholdPoverty[]> {
  return db.selectFrom('household_poverty').selectAll().where('household_id', 'in', householdIds).execute() as Promise<HouseholdPoverty[]>;
}

/** One person as held now. */
export async function personById(db: Kysely<DB>, id: number): Promise<Person> {
  return (await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Person;
}

/** One membership as held now. */
export async function memberById(db: Kysely<DB>, id: number): Promise<HouseholdMember> {
  return (await db.selectFrom('household_member').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as HouseholdMember;
}
