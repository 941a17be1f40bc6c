import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household, HouseholdMember, LifeEventType, Person, Relationship } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import type { ChangeContext } from './history.repository.js';
import { changeRelationship } from './members.repository.js';
import { checkRelationshipAge, fieldError, Problems, type Birth } from './register.service.js';
import type { RegisterWriter } from './units.service.js';
import { setHead, updateHousehold } from './households-store.repository.js';

/** A current member with their person row. */
export interface Member {
  m: HouseholdMember;
  p: Person;
}

/** The state an event handler works on, inside the event's transaction. */
export interface EventRun {
  trx: Kysely<DB>;
  w: RegisterWriter;
  /** The household, refreshed after each change. */
  h: Household;
  date: string;
  /** The day before `date`: last day of what the event ends. */
  eve: string;
  members: Member[];
  ctx: ChangeContext;
  note?: string;
}

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

export const birthOf = (p: Pick<Person, 'birth_date' | 'birth_year'>): Birth => ({ birthDate: p.birth_date, birthYear: p.birth_year });

/** A current member by person id, or a 400 naming the field. */
export function memberOf(run: EventRun, personId: number, field: string): Member {
  const found = run.members.find((x) => x.p.id === personId);
  if (!found) throw fieldError(400, field, 'not_a_member', { id: personId });
  return found;
}

/** Records the life event and makes later changes point at it. */
export async function beginEvent(
  run: EventRun,
  type: LifeEventType,
  fields: {
    personId?: number | null;
    relatedHouseholdId?: number | null;
    fromCommuneId?: number | null;
    toCommuneId?: number | null;
    details?: Record<string, unknown>;
  },
): Promise<number> {
  const row = await run.trx
    .insertInto('life_event')
    .values({
      type,
      event_date: run.date,
      household_id: run.h.id,
      person_id: fields.personId ?? null,
      related_household_id: fields.relatedHouseholdId ?? null,
      from_commune_id: fields.fromCommuneId ?? null,
      to_commune_id: fields.toCommuneId ?? null,
      details: JSON.stringify({ ...(fields.details ?? {}), ...(run.note ? { note: run.note } : {}) }),
      created_by: run.w.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  run.ctx = { ...run.ctx, eventId: Number(row.id) };
  return Number(row.id);
}

/** Fills in what became known after the event row was written (the person born, the household formed). */
export async function completeEvent(run: EventRun, fields: { personId?: number; relatedHouseholdId?: number }) {
  await run.trx
    .updateTable('life_event')
    .set({
      ...(fields.personId ? { person_id: fields.personId } : {}),
      ...(fields.relatedHouseholdId ? { related_household_id: fields.relatedHouseholdId } : {}),
    })
    .where('id', '=', run.ctx.eventId!)
    .execute();
}

/** Makes a current member the head from the event's date on. */
export async function makeHead(run: EventRun, member: Member) {
  await changeRelationship(run.trx, run.ctx, member.m, 'head', run.date, run.eve);
  run.h = await setHead(run.trx, run.ctx, run.h, member.p);
}

/** The head the household will have after the event, picked among those who stay. */
export function requireNewHead(run: EventRun, staying: Member[], personId: number | undefined, field = 'newHeadPersonId'): Member {
  if (personId === undefined) throw fieldError(400, field, 'new_head_required');
  const m = staying.find((x) => x.p.id === personId);
  if (!m) throw fieldError(400, field, 'not_a_member', { id: personId });
  return m;
}

/**
 * Sets new relationships of members who stay, checked against the head's age. `head` is not accepted
 * here: a new head is named by the event itself.
 */
export async function relate(
  run: EventRun,
  list: { personId: number; relationship: Relationship }[] | undefined,
  head: Birth | null,
  among: Member[],
  /** The entries of `list` this step handles; errors keep each entry's place in the request's list. */
  only: (r: { personId: number }) => boolean = () => true,
) {
  if (!list?.length) return;
  const p = new Problems();
  const picked = list.flatMap((r, i) => {
    if (!only(r)) return [];
    const m = among.find((x) => x.p.id === r.personId);
    if (!m) p.add(`relationships.${i}.personId`, 'not_a_member', { id: r.personId });
    else if (r.relationship === 'head') p.add(`relationships.${i}.relationship`, 'head_via_event');
    else checkRelationshipAge(p, `relationships.${i}.relationship`, { ...birthOf(m.p), relationship: r.relationship }, head);
    return [{ m, r }];
  });
  p.throwIfAny();
  for (const { m, r } of picked) await changeRelationship(run.trx, run.ctx, m!.m, r.relationship, run.date, run.eve);
}

/** Ends the household the day before the event. */
export async function endHousehold(run: EventRun, reason: 'split' | 'merge' | 'move_out' | 'dissolved') {
  if (run.eve < run.h.valid_from) throw fieldError(400, 'date', 'event_before_household', { date: run.h.valid_from });
  run.h = await updateHousehold(run.trx, run.ctx, run.h, { valid_to: run.eve, end_reason: reason });
}

/** Refuses an event on a household that has ended or been deleted. */
export function assertCurrent(h: Household) {
  if (h.deleted_at) throw new AppError(409, 'household_deleted');
  if (h.valid_to !== null) throw new AppError(409, 'household_ended', { date: h.valid_to });
}
