import type { Relationship } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import { updatePerson } from './persons.repository.js';
import { addMember, endMember } from './members.repository.js';
import { checkRelationshipAge, fieldError, Problems } from './register.service.js';
import { villageOnDate } from './units.service.js';
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
} from './events-common.service.js';
import type { EventOf } from './events.schema.js';
import { assertCodeFree, insertHousehold, lockHousehold, setHead, writableHousehold } from './households.repository.js';

/** Some members leave to form a new household in the same commune; the rest stay. */
export async function split(run: EventRun, body: EventOf<'split'>): Promise<EventOutcome> {
  const leaving = body.members.map((x, i) => ({ x: memberOf(run, x.personId, `members.${i}.personId`), relationship: x.relationship }));
  if (new Set(leaving.map((l) => l.x.p.id)).size !== leaving.length) throw fieldError(400, 'members', 'person_repeated');
  const staying = run.members.filter((m) => !leaving.some((l) => l.x === m));
  if (staying.length === 0) throw fieldError(400, 'members', 'split_needs_remaining');
  const heads = leaving.filter((l) => l.relationship === 'head');
  if (heads.length !== 1) throw fieldError(400, 'members', 'one_head_required', { count: heads.length });
  const newHeadOfNew = heads[0].x;
  const p = new Problems();
  for (const [i, l] of leaving.entries()) {
    if (l.x !== newHeadOfNew)
      checkRelationshipAge(p, `members.${i}.relationship`, { ...birthOf(l.x.p), relationship: l.relationship }, birthOf(newHeadOfNew.p));
  }
  p.throwIfAny();
  const headLeaves = leaving.some((l) => l.x.p.id === run.h.head_person_id);
  const stayingHead = headLeaves ? requireNewHead(run, staying, body.newHeadPersonId) : null;
  const nh = body.newHousehold;
  const villageId = nh.villageId === undefined ? run.h.village_id : nh.villageId;
  if (villageId) await villageOnDate(run.trx, villageId, run.h.commune_id, run.date, 'newHousehold.villageId');
  await assertCodeFree(run.trx, run.h.commune_id, nh.code, 'newHousehold.code');

  await beginEvent(run, 'split', { details: { personIds: leaving.map((l) => l.x.p.id), code: nh.code } });
  for (const l of leaving) await endMember(run.trx, run.ctx, l.x.m, run.eve);
  const created = await insertHousehold(
    run.trx,
    run.ctx,
    {
      code: nh.code,
      commune_id: run.h.commune_id,
      village_id: villageId,
      address: nh.address ?? run.h.address,
      head_person_id: newHeadOfNew.p.id,
      head_ethnic_code: newHeadOfNew.p.ethnic_code,
      valid_from: run.date,
    },
    newHeadOfNew.p.full_name,
  );
  for (const l of leaving) await addMember(run.trx, run.ctx, { householdId: created.id, personId: l.x.p.id, relationship: l.relationship, from: run.date });
  await completeEvent(run, { relatedHouseholdId: created.id });
  if (stayingHead) await makeHead(run, stayingHead);
  await relate(
    run,
    body.relationships,
    stayingHead ? birthOf(stayingHead.p) : birthOf(staying.find((m) => m.p.id === run.h.head_person_id)?.p ?? staying[0].p),
    staying.filter((m) => m !== stayingHead),
  );
  return { relatedHouseholdId: created.id, personId: null };
}

/** Every current member joins another household; this one ends. */
export async function merge(run: EventRun, body: EventOf<'merge'>): Promise<EventOutcome> {
  if (body.intoHouseholdId === run.h.id) throw fieldError(400, 'intoHouseholdId', 'merge_into_itself');
  await writableHousehold(run.w, body.intoHouseholdId, run.trx);
  let target = (await lockHousehold(run.trx, body.intoHouseholdId))!;
  assertCurrent(target);
  if (body.date < target.valid_from) throw fieldError(400, 'date', 'event_before_household', { date: target.valid_from });
  const targetMembers = await currentMemberRows(run.trx, target.id);
  const targetHead = targetMembers.find((m) => m.p.id === target.head_person_id);
  const p = new Problems();
  const moves = run.members.map((x) => {
    const stated = body.relationships?.find((r) => r.personId === x.p.id)?.relationship;
    const takesHead = !targetHead && x.p.id === run.h.head_person_id;
    const rel: Relationship = takesHead ? 'head' : (stated ?? 'other');
    if (!takesHead && rel === 'head') p.add('relationships', 'head_via_event');
    if (!takesHead) checkRelationshipAge(p, 'relationships', { ...birthOf(x.p), relationship: rel }, targetHead ? birthOf(targetHead.p) : null);
    return { x, rel };
  });
  for (const r of body.relationships ?? []) if (!run.members.some((x) => x.p.id === r.personId)) p.add('relationships', 'not_a_member', { id: r.personId });
  p.throwIfAny();
  if (run.members.length === 0) throw new AppError(400, 'nothing_to_add', {}, [{ field: 'intoHouseholdId', code: 'nothing_to_add' }]);

  await beginEvent(run, 'merge', { relatedHouseholdId: target.id, details: { personIds: run.members.map((x) => x.p.id) } });
  for (const { x, rel } of moves) {
    await endMember(run.trx, run.ctx, x.m, run.eve);
    await addMember(run.trx, run.ctx, { householdId: target.id, personId: x.p.id, relationship: rel, from: run.date });
    if (x.p.commune_id !== target.commune_id) await updatePerson(run.trx, run.ctx, x.p, { commune_id: target.commune_id });
    if (rel === 'head') target = await setHead(run.trx, run.ctx, target, x.p);
  }
  await endHousehold(run, 'merge');
  return { relatedHouseholdId: target.id, personId: null };
}
