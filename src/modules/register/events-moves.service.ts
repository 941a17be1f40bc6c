import type { Household, Relationship } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, inReach } from '../../server/scope.js';
import { insertPerson, personsByIds, updatePerson } from './persons.repository.js';
import { newPersonRow } from './persons.columns.js';
import { addMember, assertNotMembers, endMember } from './members.repository.js';
import { checkPersons, checkRelationshipAge, fieldError, Problems, type Birth } from './register.service.js';
import { communeOnDate, villageOnDate } from './units.service.js';
import {
  assertCurrent,
  beginEvent,
  birthOf,
  completeEvent,
  currentMemberRows,
  endHousehold,
  makeHead,
  memberOf,
  relate,
  requireNewHead,
  type EventOutcome,
  type EventRun,
  type Member,
} from './events-common.service.js';
import { completeLifeEvent } from './events.repository.js';
import type { EventOf } from './events.schema.js';
import { assertCodeFree, insertHousehold, lockHousehold, setHead, writableHousehold } from './households.repository.js';

/**
 * Members leave for another commune or province. Everyone leaving ends the household here; with
 * `newHousehold` they form one at the destination (a commune the writer may also write in).
 * Persons going to a commune of the system are handed over to it (their commune changes).
 */
export async function moveOut(run: EventRun, body: EventOf<'move_out'>): Promise<EventOutcome> {
  const leaving = (body.personIds ?? run.members.map((x) => x.p.id)).map((id, i) => memberOf(run, id, `personIds.${i}`));
  const staying = run.members.filter((x) => !leaving.includes(x));
  const dest = body.toCommuneCode ? await communeOnDate(run.trx, { code: body.toCommuneCode }, run.date, 'toCommuneCode') : null;
  if (body.newHousehold && body.toHouseholdId !== undefined) throw fieldError(400, 'toHouseholdId', 'destination_household_or_new');
  if (body.newHousehold && !dest) throw fieldError(400, 'toCommuneCode', 'destination_required');
  // An existing household at the destination: the movers join it (its commune is the destination).
  let target: Household | null = null;
  if (body.toHouseholdId !== undefined) {
    if (body.toHouseholdId === run.h.id) throw fieldError(400, 'toHouseholdId', 'merge_into_itself');
    await writableHousehold(run.w, body.toHouseholdId, run.trx);
    target = (await lockHousehold(run.trx, body.toHouseholdId))!;
    assertCurrent(target);
    if (run.date < target.valid_from) throw fieldError(400, 'date', 'event_before_household', { date: target.valid_from });
    if (dest && dest.id !== target.commune_id) throw fieldError(400, 'toHouseholdId', 'destination_household_elsewhere');
  }
  /** The commune the movers are handed over to. */
  const destId = target ? target.commune_id : (dest?.id ?? null);
  const headLeaves = leaving.some((x) => x.p.id === run.h.head_person_id);
  const newHead = staying.length && headLeaves ? requireNewHead(run, staying, body.newHeadPersonId) : null;
  let destHead: Member | undefined;
  let formedId: number | null = null;
  if (body.newHousehold && dest) {
    assertWritable(run.w.scope, dest.id);
    if (body.newHousehold.villageId) await villageOnDate(run.trx, body.newHousehold.villageId, dest.id, run.date, 'newHousehold.villageId');
    await assertCodeFree(run.trx, dest.id, body.newHousehold.code, 'newHousehold.code');
    const headId = body.newHousehold.headPersonId ?? (headLeaves ? run.h.head_person_id : undefined);
    destHead = leaving.find((x) => x.p.id === headId);
    if (!destHead) throw fieldError(400, 'newHousehold.headPersonId', headId === undefined ? 'new_head_required' : 'not_a_member', { id: headId ?? '' });
  }
  await beginEvent(run, 'move_out', {
    fromCommuneId: run.h.commune_id,
    toCommuneId: destId,
    details: { personIds: leaving.map((x) => x.p.id), ...(body.toPlace ? { toPlace: body.toPlace } : {}) },
  });
  for (const x of leaving) await endMember(run.trx, run.ctx, x.m, run.eve);
  if (body.newHousehold && dest && destHead) {
    const nh = body.newHousehold;
    const created = await insertHousehold(
      run.trx,
      run.ctx,
      {
        code: nh.code,
        commune_id: dest.id,
        village_id: nh.villageId ?? null,
        address: nh.address ?? '',
        head_person_id: destHead.p.id,
        head_ethnic_code: destHead.p.ethnic_code,
        valid_from: run.date,
      },
      destHead.p.full_name,
    );
    const sameHead = destHead.p.id === run.h.head_person_id;
    for (const x of leaving) {
      const stated = body.relationships?.find((r) => r.personId === x.p.id)?.relationship;
      const rel: Relationship = x === destHead ? 'head' : (stated ?? (sameHead ? x.m.relationship : 'other'));
      const p = new Problems();
      if (x !== destHead && rel === 'head') p.add('relationships', 'head_via_event');
      if (x !== destHead) checkRelationshipAge(p, 'relationships', { ...birthOf(x.p), relationship: rel }, birthOf(destHead.p));
      p.throwIfAny();
      await addMember(run.trx, run.ctx, { householdId: created.id, personId: x.p.id, relationship: rel, from: run.date });
    }
    await completeEvent(run, { relatedHouseholdId: created.id });
    formedId = created.id;
  }
  if (target) {
    const targetMembers = await currentMemberRows(run.trx, target.id);
    const targetHead = targetMembers.find((m) => m.p.id === target!.head_person_id);
    const p = new Problems();
    const joins = leaving.map((x) => {
      const stated = body.relationships?.find((r) => r.personId === x.p.id)?.relationship;
      // A household without a head takes the moving head as its head, as a merge does.
      const takesHead = !targetHead && x.p.id === run.h.head_person_id;
      const rel: Relationship = takesHead ? 'head' : (stated ?? 'other');
      if (!takesHead && rel === 'head') p.add('relationships', 'head_via_event');
      if (!takesHead) checkRelationshipAge(p, 'relationships', { ...birthOf(x.p), relationship: rel }, targetHead ? birthOf(targetHead.p) : null);
      return { x, rel };
    });
    p.throwIfAny();
    for (const { x, rel } of joins) {
      await addMember(run.trx, run.ctx, { householdId: target.id, personId: x.p.id, relationship: rel, from: run.date });
      if (rel === 'head') target = await setHead(run.trx, run.ctx, target, x.p);
    }
    await completeEvent(run, { relatedHouseholdId: target.id });
    formedId = target.id;
  }
  if (destId) for (const x of leaving) if (x.p.commune_id !== destId) await updatePerson(run.trx, run.ctx, x.p, { commune_id: destId });
  if (newHead) await makeHead(run, newHead);
  if (staying.length) {
    await relate(
      run,
      body.relationships,
      newHead ? birthOf(newHead.p) : null,
      staying.filter((x) => x !== newHead),
      (r) => staying.some((x) => x.p.id === r.personId),
    );
  } else {
    await endHousehold(run, 'move_out');
  }
  return { relatedHouseholdId: formedId, personId: null };
}

/** Persons arrive: new persons, or persons already held who are in no household and within the writer's reach. */
export async function moveIn(run: EventRun, body: EventOf<'move_in'>): Promise<EventOutcome> {
  const fresh = body.members ?? [];
  const known = body.persons ?? [];
  if (fresh.length + known.length === 0) throw fieldError(400, 'members', 'nothing_to_add');
  const p = new Problems();
  const heads = [...fresh, ...known].filter((x) => x.relationship === 'head').length;
  if (heads > 1 || (heads === 1 && run.h.head_person_id)) p.add('members', 'household_has_head');
  p.throwIfAny();
  const from = body.fromCommuneCode ? await communeOnDate(run.trx, { code: body.fromCommuneCode }, run.date, 'fromCommuneCode') : null;
  const checked = await checkPersons(
    run.trx,
    run.w.scope,
    p,
    fresh.map((input, i) => ({ prefix: `members.${i}.`, input })),
  );
  const persons = await personsByIds(
    run.trx,
    known.map((k) => k.personId),
  );
  known.forEach((k, i) => {
    const person = persons.find((x) => x.id === k.personId);
    if (!person || person.deleted_at || !inReach(run.w.scope, person.commune_id))
      throw new AppError(404, 'not_found', {}, [{ field: `persons.${i}.personId`, code: 'not_found', value: k.personId }]);
    if (person.death_date) p.add(`persons.${i}.personId`, 'person_deceased', { name: person.full_name });
  });
  p.throwIfAny();
  await assertNotMembers(
    run.trx,
    known.map((k) => k.personId),
    'persons',
  );
  // Ages are checked against the head the household will have.
  const current = run.members.find((x) => x.p.id === run.h.head_person_id);
  const headFresh = fresh.findIndex((x) => x.relationship === 'head');
  const headKnown = known.find((x) => x.relationship === 'head');
  const head: Birth | null = current
    ? birthOf(current.p)
    : headFresh >= 0
      ? checked[headFresh].birth
      : headKnown
        ? birthOf(persons.find((x) => x.id === headKnown.personId)!)
        : null;
  for (const [i, m] of fresh.entries()) {
    if (m.relationship !== 'head') checkRelationshipAge(p, `members.${i}.relationship`, { ...checked[i].birth, relationship: m.relationship }, head);
  }
  for (const [i, k] of known.entries()) {
    if (k.relationship === 'head') continue;
    const person = persons.find((x) => x.id === k.personId)!;
    checkRelationshipAge(p, `persons.${i}.relationship`, { ...birthOf(person), relationship: k.relationship }, head);
  }
  p.throwIfAny();

  await beginEvent(run, 'move_in', {
    fromCommuneId: from?.id ?? null,
    toCommuneId: run.h.commune_id,
    details: body.fromPlace ? { fromPlace: body.fromPlace } : {},
  });
  const arrived: number[] = [];
  for (const [i, m] of fresh.entries()) {
    const person = await insertPerson(run.trx, run.ctx, newPersonRow(m, checked[i].birth, checked[i].cccd, run.h.commune_id));
    await addMember(run.trx, run.ctx, { householdId: run.h.id, personId: person.id, relationship: m.relationship, from: run.date });
    if (m.relationship === 'head') run.h = await setHead(run.trx, run.ctx, run.h, person);
    arrived.push(person.id);
  }
  for (const k of known) {
    let person = persons.find((x) => x.id === k.personId)!;
    await addMember(run.trx, run.ctx, { householdId: run.h.id, personId: person.id, relationship: k.relationship, from: run.date });
    if (person.commune_id !== run.h.commune_id) person = await updatePerson(run.trx, run.ctx, person, { commune_id: run.h.commune_id });
    if (k.relationship === 'head') run.h = await setHead(run.trx, run.ctx, run.h, person);
    arrived.push(person.id);
  }
  await completeLifeEvent(run.trx, run.ctx.eventId!, {
    details: { personIds: arrived, ...(body.fromPlace ? { fromPlace: body.fromPlace } : {}), ...(run.note ? { note: run.note } : {}) },
  });
  return { relatedHouseholdId: null, personId: arrived.length === 1 ? arrived[0] : null };
}
