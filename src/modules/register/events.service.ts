import { addDays, todayVN } from '../../shared/dates.js';
import { searchKey } from '../../shared/text.js';
import { AppError } from '../../server/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { formatDateVi } from '../admin-units/admin-units.lookup.js';
import { insertPerson, updatePerson } from './persons.repository.js';
import { newPersonRow } from './persons.columns.js';
import { addMember, changeRelationship, endMember } from './members.repository.js';
import { checkPersons, checkRelationshipAge, fieldError, Problems } from './register.service.js';
import type { RegisterWriter } from './units.service.js';
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
import { moveIn, moveOut } from './events-moves.service.js';
import type { EventBody, EventOf } from './events.schema.js';
import { merge, split } from './events-split.service.js';
import { lockHousehold, setHead, writableHousehold } from './households.repository.js';
import { detectForHousehold } from './duplicates-detect.service.js';

async function birth(run: EventRun, body: EventOf<'birth'>): Promise<EventOutcome> {
  const p = new Problems();
  if (body.person.birthDate && body.person.birthDate !== run.date) p.add('person.birthDate', 'birth_date_mismatch', { date: run.date });
  if (body.relationship === 'head' && run.h.head_person_id) p.add('relationship', 'household_has_head');
  p.throwIfAny();
  // The same child entered twice (same name, sex and day of birth as a member) is refused until the user confirms it is another child.
  if (!body.confirmDuplicate) {
    const key = searchKey(body.person.fullName);
    const twin = run.members.find((x) => x.p.sex === body.person.sex && x.p.birth_date === run.date && searchKey(x.p.full_name) === key);
    if (twin) {
      const params = { name: twin.p.full_name, date: formatDateVi(run.date) };
      throw new AppError(409, 'possible_duplicate_birth', params, [{ field: 'person.fullName', code: 'possible_duplicate_birth', params }]);
    }
  }
  const [checked] = await checkPersons(run.trx, run.w.scope, p, [{ prefix: 'person.', input: { ...body.person, birthDate: run.date } }]);
  const head = run.members.find((x) => x.p.id === run.h.head_person_id);
  checkRelationshipAge(p, 'relationship', { ...checked.birth, relationship: body.relationship }, head ? birthOf(head.p) : null);
  p.throwIfAny();
  await beginEvent(run, 'birth', { details: { relationship: body.relationship } });
  const person = await insertPerson(run.trx, run.ctx, newPersonRow({ ...body.person, birthDate: run.date }, checked.birth, checked.cccd, run.h.commune_id));
  await addMember(run.trx, run.ctx, { householdId: run.h.id, personId: person.id, relationship: body.relationship, from: run.date });
  if (body.relationship === 'head') run.h = await setHead(run.trx, run.ctx, run.h, person);
  await completeEvent(run, { personId: person.id });
  return { relatedHouseholdId: null, personId: person.id };
}

async function death(run: EventRun, body: EventOf<'death'>): Promise<EventOutcome> {
  const dead = memberOf(run, body.personId, 'personId');
  const born = dead.p.birth_date ?? `${dead.p.birth_year}-01-01`;
  if (run.date < born) throw fieldError(400, 'date', 'death_before_birth', { date: formatDateVi(born) });
  const staying = run.members.filter((x) => x !== dead);
  const wasHead = dead.p.id === run.h.head_person_id;
  const newHead = wasHead && staying.length ? requireNewHead(run, staying, body.newHeadPersonId) : null;
  await beginEvent(run, 'death', { personId: dead.p.id });
  await updatePerson(run.trx, run.ctx, dead.p, { death_date: run.date });
  await endMember(run.trx, run.ctx, dead.m, run.eve);
  if (newHead) await makeHead(run, newHead);
  else if (wasHead) run.h = await setHead(run.trx, run.ctx, run.h, null);
  await relate(
    run,
    body.relationships,
    newHead ? birthOf(newHead.p) : null,
    staying.filter((x) => x !== newHead),
  );
  if (staying.length === 0) await endHousehold(run, 'dissolved');
  return { relatedHouseholdId: null, personId: dead.p.id };
}

async function changeHead(run: EventRun, body: EventOf<'change_head'>): Promise<EventOutcome> {
  const next = memberOf(run, body.personId, 'personId');
  if (next.p.id === run.h.head_person_id) throw fieldError(400, 'personId', 'already_head');
  const old = run.members.find((x) => x.p.id === run.h.head_person_id);
  const others = run.members.filter((x) => x !== next);
  // Without a stated relationship the former head is recorded as `other`.
  const oldRel = old ? (body.relationships?.find((r) => r.personId === old.p.id)?.relationship ?? 'other') : null;
  const oldAt = old ? (body.relationships ?? []).findIndex((r) => r.personId === old.p.id) : -1;
  const oldField = oldAt >= 0 ? `relationships.${oldAt}.relationship` : 'relationships';
  const p = new Problems();
  if (old && oldRel === 'head') p.add(oldField, 'head_via_event');
  if (old && oldRel) checkRelationshipAge(p, oldField, { ...birthOf(old.p), relationship: oldRel }, birthOf(next.p));
  p.throwIfAny();
  await beginEvent(run, 'change_head', { personId: next.p.id, details: { previousHeadId: old?.p.id ?? null } });
  if (old && oldRel) old.m = await changeRelationship(run.trx, run.ctx, old.m, oldRel, run.date, run.eve);
  await makeHead(run, next);
  await relate(
    run,
    body.relationships,
    birthOf(next.p),
    others.filter((x) => x !== old),
    (r) => r.personId !== old?.p.id,
  );
  return { relatedHouseholdId: null, personId: next.p.id };
}

const handlers: { [T in EventBody['type']]: (run: EventRun, body: EventOf<T>) => Promise<EventOutcome> } = {
  birth,
  death,
  change_head: changeHead,
  move_in: moveIn,
  move_out: moveOut,
  split,
  merge,
};

/** Records a life event of a household: one transaction, every change linked to the event, audited. */
export async function recordEvent(w: RegisterWriter, householdId: number, body: EventBody) {
  if (body.date > todayVN()) throw fieldError(400, 'date', body.type === 'birth' ? 'birth_date_future' : 'date_future', { date: body.date });
  await writableHousehold(w, householdId);
  const outcome = await w.db.transaction().execute(async (trx) => {
    const h = (await lockHousehold(trx, householdId))!;
    assertCurrent(h);
    if (body.date < h.valid_from) throw fieldError(400, 'date', 'event_before_household', { date: h.valid_from });
    const run: EventRun = {
      trx,
      w,
      h,
      date: body.date,
      eve: addDays(body.date, -1),
      members: await currentMemberRows(trx, h.id),
      ctx: { actor: w.actor, effectiveDate: body.date },
      note: body.note,
    };
    const out = await (handlers[body.type] as (run: EventRun, body: EventBody) => Promise<EventOutcome>)(run, body);
    const eventId = run.ctx.eventId!;
    await writeAudit(trx, w.actor, {
      action: `event.${body.type}`,
      entity: 'household',
      entityId: householdId,
      unitId: h.commune_id,
      after: { eventId, ...body },
    });
    return { eventId, householdId, ...out };
  });
  // New persons (a birth, arrivals) are checked against the register once they are in.
  if (body.type === 'birth' || body.type === 'move_in') await detectForHousehold(w.db, householdId);
  return outcome;
}
