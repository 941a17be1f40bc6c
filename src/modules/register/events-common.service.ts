import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household, LifeEventType, Person, Relationship } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import type { ChangeContext } from './history.repository.js';
import { changeRelationship } from './members.repository.js';
import { checkRelationshipAge, fieldError, Problems, type Birth } from './register.service.js';
import type { RegisterWriter } from './units.service.js';
import { completeLifeEvent, insertLifeEvent, type Member } from './events.repository.js';
import { setHead, updateHousehold } from './households.repository.js';

export { currentMemberRows, type Member } from './events.repository.js';

/** What an event did, for the answer. */
export interface EventOutcome {
  relatedHouseholdId: number | null;
  personId: number | null;
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
  const id = await insertLifeEvent(run.trx, {
    type,
    eventDate: run.date,
    householdId: run.h.id,
    personId: fields.personId ?? null,
    relatedHouseholdId: fields.relatedHouseholdId ?? null,
    fromCommuneId: fields.fromCommuneId ?? null,
    toCommuneId: fields.toCommuneId ?? null,
    details: { ...(fields.details ?? {}), ...(run.note ? { note: run.note } : {}) },
    createdBy: run.w.actor.userId,
  });
  run.ctx = { ...run.ctx, eventId: id };
  return id;
}

/** Fills in what became known after the event row was written (the person born, the household formed). */
export async function completeEvent(run: EventRun, fields: { personId?: number; relatedHouseholdId?: number }) {
  await completeLifeEvent(run.trx, run.ctx.eventId!, fields);
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
