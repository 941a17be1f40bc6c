import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household, HouseholdTable, Person } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { CREATED, recordChanges, recordMark, type ChangeContext } from './history.repository.js';
import { householdSearchText, householdSnapshot } from './households.columns.js';

/** Turns the (commune, code) unique key into the conflict a user understands. */
export function codeTaken(code: string, field = 'code') {
  return new AppError(409, 'household_code_taken', { code }, [{ field, code: 'household_code_taken', value: code, params: { code } }]);
}

/** Refuses a code already used in the commune (by any household, ended or deleted: codes are never reused). */
export async function assertCodeFree(db: Kysely<DB>, communeId: number, code: string, field = 'code') {
  const clash = await db.selectFrom('household').select('id').where('commune_id', '=', communeId).where('code', '=', code).executeTakeFirst();
  if (clash) throw codeTaken(code, field);
}

/** Inserts a household and records its creation with a snapshot. */
export async function insertHousehold(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  values: Omit<Insertable<HouseholdTable>, 'search_text'>,
  headName: string | null,
): Promise<Household> {
  let row: Household;
  try {
    row = await trx
      .insertInto('household')
      .values({ ...values, search_text: householdSearchText(values.code, headName) })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw codeTaken(values.code);
    throw e;
  }
  await recordMark(trx, ctx, 'household', row.id, CREATED, householdSnapshot(row));
  return row;
}

/** Updates columns of a household, bumps its version and records every field that changed. */
export async function updateHousehold(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  before: Household,
  columns: Partial<Record<keyof HouseholdTable, unknown>>,
): Promise<Household> {
  let after: Household;
  try {
    after = await trx
      .updateTable('household')
      .set({ ...(columns as object), version: before.version + 1, updated_at: new Date() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw codeTaken(String(columns.code ?? before.code));
    throw e;
  }
  await recordChanges(trx, ctx, 'household', before.id, householdSnapshot(before), householdSnapshot(after));
  return after;
}

/** Makes a person the head (or leaves the household headless), keeping the denormalised columns in step. */
export function setHead(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  h: Household,
  head: Pick<Person, 'id' | 'full_name' | 'ethnic_code'> | null,
  extra: Partial<Record<keyof HouseholdTable, unknown>> = {},
) {
  return updateHousehold(trx, ctx, h, {
    head_person_id: head?.id ?? null,
    head_ethnic_code: head?.ethnic_code ?? null,
    search_text: householdSearchText(String(extra.code ?? h.code), head?.full_name ?? null),
    ...extra,
  });
}

/** Reads a household row for update inside a transaction (serialises concurrent writers of one household). */
export async function lockHousehold(trx: Kysely<DB>, id: number): Promise<Household | undefined> {
  return trx.selectFrom('household').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * A household the writer may change: 404 when unknown or outside their area (the same answer, so an
 * id tells nothing about households elsewhere), 409 deleted.
 */
export async function writableHousehold(w: { db: Kysely<DB>; scope: Scope }, id: number, db: Kysely<DB> = w.db): Promise<Household> {
  const h = await db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
  if (!h || !inReach(w.scope, h.commune_id)) throw new AppError(404, 'not_found');
  if (h.deleted_at) throw new AppError(409, 'household_deleted');
  return h;
}

/** Whether a person heads a household in existence that is not deleted. */
export async function headsCurrentHousehold(db: Kysely<DB>, personId: number): Promise<boolean> {
  const h = await db
    .selectFrom('household')
    .select('id')
    .where('head_person_id', '=', personId)
    .where('valid_to', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return !!h;
}

/** The head of a household. */
export async function householdHeadId(db: Kysely<DB>, householdId: number): Promise<number | null> {
  return (await db.selectFrom('household').select('head_person_id').where('id', '=', householdId).executeTakeFirstOrThrow()).head_person_id;
}

/** A household row, whatever its state. */
export function findHousehold(db: Kysely<DB>, id: number): Promise<Household | undefined> {
  return db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
}

const cleared = { deleted_at: null, deleted_reason: null, deleted_by: null };

/**
 * Soft-deletes a household and the persons currently its members (not already deleted); returns
 * their ids. The caller records the marks.
 */
export async function softDeleteHousehold(trx: Kysely<DB>, h: Household, reason: string, userId: number | null): Promise<number[]> {
  const deleted = { deleted_at: new Date(), deleted_reason: reason, deleted_by: userId };
  await trx
    .updateTable('household')
    .set({ ...deleted, version: h.version + 1 })
    .where('id', '=', h.id)
    .execute();
  const members = await trx
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select('p.id')
    .where('m.household_id', '=', h.id)
    .where('m.valid_to', 'is', null)
    .where('p.deleted_at', 'is', null)
    .execute();
  const personIds = members.map((m) => m.id);
  if (personIds.length) await trx.updateTable('person').set(deleted).where('id', 'in', personIds).execute();
  return personIds;
}

/** The current members deleted together with a household (same deletion time), with their CCCDs. */
export function deletedWithHousehold(trx: Kysely<DB>, h: Household) {
  return trx
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.cccd'])
    .where('m.household_id', '=', h.id)
    .where('m.valid_to', 'is', null)
    .where('p.deleted_at', '=', h.deleted_at!)
    .execute();
}

/** Clears the deletion of a household and of the persons given. */
export async function undeleteHousehold(trx: Kysely<DB>, h: Household, personIds: number[]): Promise<void> {
  await trx
    .updateTable('household')
    .set({ ...cleared, version: h.version + 1 })
    .where('id', '=', h.id)
    .execute();
  if (personIds.length) await trx.updateTable('person').set(cleared).where('id', 'in', personIds).execute();
}
