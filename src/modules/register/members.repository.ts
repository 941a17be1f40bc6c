import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { HouseholdMember, Relationship } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import { CREATED, recordChanges, recordMark, type ChangeContext } from './history.repository.js';

/** Refuses persons who already belong to a household (a person is in one household at a time). */
export async function assertNotMembers(db: Kysely<DB>, personIds: number[], field = 'personId') {
  if (personIds.length === 0) return;
  const current = await db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['m.person_id', 'h.code', 'p.full_name'])
    .where('m.person_id', 'in', personIds)
    .where('m.valid_to', 'is', null)
    .execute();
  if (current.length) {
    const c = current[0];
    throw new AppError(
      409,
      'person_in_other_household',
      { name: c.full_name, code: c.code },
      current.map((r) => ({ field, code: 'person_in_other_household', value: r.person_id, params: { name: r.full_name, code: r.code } })),
    );
  }
}

/** Starts a membership; a racing second membership is refused by the unique index and reported the same way. */
export async function addMember(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  m: { householdId: number; personId: number; relationship: Relationship; from: string },
): Promise<HouseholdMember> {
  let row: HouseholdMember;
  try {
    row = await trx
      .insertInto('household_member')
      .values({ household_id: m.householdId, person_id: m.personId, relationship: m.relationship, valid_from: m.from, valid_to: null })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw new AppError(409, 'person_in_other_household', { name: '', code: '' }, [
        { field: 'personId', code: 'person_in_other_household', value: m.personId, params: { name: '', code: '' } },
      ]);
    throw e;
  }
  await recordMark(trx, ctx, 'membership', row.id, CREATED, {
    householdId: m.householdId,
    personId: m.personId,
    relationship: m.relationship,
    validFrom: m.from,
  });
  return row;
}

/** Ends a membership on `lastDay` (inclusive). */
export async function endMember(trx: Kysely<DB>, ctx: ChangeContext, m: HouseholdMember, lastDay: string) {
  if (lastDay < m.valid_from)
    throw new AppError(400, 'event_before_membership', { date: m.valid_from }, [
      { field: 'date', code: 'event_before_membership', params: { date: m.valid_from } },
    ]);
  await trx.updateTable('household_member').set({ valid_to: lastDay }).where('id', '=', m.id).execute();
  await recordChanges(
    trx,
    ctx,
    'membership',
    m.id,
    { validTo: null, householdId: m.household_id, personId: m.person_id },
    { validTo: lastDay, householdId: m.household_id, personId: m.person_id },
  );
}

/** Current memberships of a household (open-ended). */
export function currentMembers(db: Kysely<DB>, householdId: number) {
  return db.selectFrom('household_member').selectAll().where('household_id', '=', householdId).where('valid_to', 'is', null).orderBy('id').execute();
}

/** Changes a member's relationship from `from` on: the old membership row ends the day before, a new one starts. */
export async function changeRelationship(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  m: HouseholdMember,
  relationship: Relationship,
  from: string,
  dayBeforeFrom: string,
) {
  if (m.relationship === relationship) return m;
  if (m.valid_from >= from) {
    // A membership that starts on the day is corrected in place rather than split.
    await trx.updateTable('household_member').set({ relationship }).where('id', '=', m.id).execute();
    await recordChanges(trx, ctx, 'membership', m.id, { relationship: m.relationship }, { relationship });
    return { ...m, relationship };
  }
  await endMember(trx, ctx, m, dayBeforeFrom);
  return addMember(trx, ctx, { householdId: m.household_id, personId: m.person_id, relationship, from });
}

/** The open membership of a person, if any. */
export function currentMembership(db: Kysely<DB>, personId: number): Promise<HouseholdMember | undefined> {
  return db.selectFrom('household_member').selectAll().where('person_id', '=', personId).where('valid_to', 'is', null).executeTakeFirst();
}

/** Ids of the persons currently in a household. */
export async function currentMemberIds(db: Kysely<DB>, householdId: number): Promise<number[]> {
  const rows = await db.selectFrom('household_member').select('person_id').where('household_id', '=', householdId).where('valid_to', 'is', null).execute();
  return rows.map((r) => r.person_id);
}

/** Every membership of a person with the household's code, oldest first. */
export function membershipsOfPerson(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .select(['m.household_id', 'h.code', 'm.relationship', 'm.valid_from', 'm.valid_to'])
    .where('m.person_id', '=', personId)
    .orderBy('m.valid_from')
    .orderBy('m.id')
    .execute();
}

/** Every membership of a household, in the order they were written. */
export function membershipsOfHousehold(db: Kysely<DB>, householdId: number) {
  return db
    .selectFrom('household_member')
    .select(['id', 'person_id', 'relationship', 'valid_from'])
    .where('household_id', '=', householdId)
    .orderBy('id')
    .execute();
}
