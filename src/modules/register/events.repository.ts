import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { HouseholdMember, LifeEventType, Person } from '../../db/schema.register.js';

/** A current member with their person row. */
export interface Member {
  m: HouseholdMember;
  p: Person;
}

/** The current members of a household (open memberships of persons not deleted), in membership order. */
export async function currentMemberRows(trx: Kysely<DB>, householdId: number): Promise<Member[]> {
  const ms = await trx.selectFrom('household_member').selectAll().where('household_id', '=', householdId).where('valid_to', 'is', null).orderBy('id').execute();
  if (ms.length === 0) return [];
  const ps = await trx
    .selectFrom('person')
    .selectAll()
    .where(
      'id',
      'in',
      ms.map((m) => m.person_id),
    )
    .where('deleted_at', 'is', null)
    .execute();
  const byId = new Map(ps.map((p) => [p.id, p]));
  return ms.filter((m) => byId.has(m.person_id)).map((m) => ({ m, p: byId.get(m.person_id)! }));
}

/** The columns of a new life event. */
export interface LifeEventValues {
  type: LifeEventType;
  eventDate: string;
  householdId: number;
  personId: number | null;
  relatedHouseholdId: number | null;
  fromCommuneId: number | null;
  toCommuneId: number | null;
  details: Record<string, unknown>;
  createdBy: number | null;
}

/** Stores a life event; returns its id. */
export async function insertLifeEvent(trx: Kysely<DB>, v: LifeEventValues): Promise<number> {
  const row = await trx
    .insertInto('life_event')
    .values({
      type: v.type,
      event_date: v.eventDate,
      household_id: v.householdId,
      person_id: v.personId,
      related_household_id: v.relatedHouseholdId,
      from_commune_id: v.fromCommuneId,
      to_commune_id: v.toCommuneId,
      details: JSON.stringify(v.details),
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Fills in what became known after the event row was written: the person, the related household, or the details. */
export async function completeLifeEvent(
  trx: Kysely<DB>,
  id: number,
  fields: { personId?: number; relatedHouseholdId?: number; details?: Record<string, unknown> },
): Promise<void> {
  const set = {
    ...(fields.personId ? { person_id: fields.personId } : {}),
    ...(fields.relatedHouseholdId ? { related_household_id: fields.relatedHouseholdId } : {}),
    ...(fields.details ? { details: JSON.stringify(fields.details) } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await trx.updateTable('life_event').set(set).where('id', '=', id).execute();
}

/** Life events of a household (its own, and those naming it as the related household), oldest first. */
export function householdEvents(db: Kysely<DB>, householdId: number) {
  return db
    .selectFrom('life_event')
    .selectAll()
    .where((eb) => eb.or([eb('household_id', '=', householdId), eb('related_household_id', '=', householdId)]))
    .orderBy('event_date')
    .orderBy('id')
    .execute();
}

/** Life events that concern a person (as its person or among the persons it moved), oldest first. */
export function personEvents(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('life_event')
    .selectAll()
    .where((eb) => eb.or([eb('person_id', '=', personId), sql<boolean>`details->'personIds' @> to_jsonb(${personId}::int)`]))
    .orderBy('event_date')
    .orderBy('id')
    .execute();
}
