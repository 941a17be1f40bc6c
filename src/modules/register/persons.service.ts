import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Person } from '../../db/schema.register.js';
import { personBatch, type PersonFilter, type PersonRow, findPerson, insertPerson, lockPerson, softDeletePerson, updatePerson } from './persons.repository.js';
import { AppError } from '../../server/errors.js';
import { inReach } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { writeAudit } from '../audit/audit.service.js';
import { assertCurrent, birthOf, currentMemberRows } from './events-common.service.js';
import { requireReason } from './households-lifecycle.service.js';
import { headsCurrentHousehold, householdHeadId, lockHousehold, setHead, writableHousehold } from './households.repository.js';
import { DELETED, recordMark, RESTORED } from './history.repository.js';
import { addMember } from './members.repository.js';
import { checkPersons, checkRelationshipAge, claimCccds, fieldError, notFuture, Problems, type Birth } from './register.service.js';
import type { RegisterWriter } from './units.service.js';
import type { PersonInput } from './register.fields.js';
import type { CreatePersonBody, PatchPersonBody } from './persons.schema.js';
import { currentMembership } from './members.repository.js';
import { newPersonRow, personSearchText, personSnapshot } from './persons.columns.js';
import { sortKey } from '../../shared/text.js';
import { detectForPersons } from './duplicates-detect.service.js';

/** Adds a new person to a household the writer may change. */
export async function createPerson(w: RegisterWriter, body: CreatePersonBody): Promise<number> {
  const { household: join, ...input } = body;
  const from = join.from ?? todayVN();
  notFuture(from, 'household.from');
  await writableHousehold(w, join.id);
  const id = await w.db.transaction().execute(async (trx) => {
    let h = (await lockHousehold(trx, join.id))!;
    assertCurrent(h);
    if (from < h.valid_from) throw fieldError(400, 'household.from', 'event_before_household', { date: h.valid_from });
    const p = new Problems();
    if (join.relationship === 'head' && h.head_person_id) p.add('household.relationship', 'household_has_head');
    p.throwIfAny();
    const [checked] = await checkPersons(trx, w.scope, p, [{ prefix: '', input }]);
    const members = await currentMemberRows(trx, h.id);
    const head = members.find((m) => m.p.id === h.head_person_id);
    if (join.relationship === 'head') {
      for (const m of members) checkRelationshipAge(p, 'household.relationship', { ...birthOf(m.p), relationship: m.m.relationship }, checked.birth);
    } else {
      checkRelationshipAge(p, 'household.relationship', { ...checked.birth, relationship: join.relationship }, head ? birthOf(head.p) : null);
    }
    p.throwIfAny();
    const ctx = { actor: w.actor, effectiveDate: from };
    const person = await insertPerson(trx, ctx, newPersonRow(input, checked.birth, checked.cccd, h.commune_id));
    const born = checked.birth.birthDate ?? `${checked.birth.birthYear}-01-01`;
    await addMember(trx, ctx, { householdId: h.id, personId: person.id, relationship: join.relationship, from: born > from ? born : from });
    if (join.relationship === 'head') h = await setHead(trx, ctx, h, person);
    await writeAudit(trx, w.actor, {
      action: 'create',
      entity: 'person',
      entityId: person.id,
      unitId: h.commune_id,
      after: { ...personSnapshot(person), householdId: h.id, relationship: join.relationship },
    });
    return person.id;
  });
  await detectForPersons(w.db, [id]);
  return id;
}

/** A person the writer may change: 404 when unknown or outside their area (the same answer). */
async function writablePerson(w: RegisterWriter, id: number): Promise<Person> {
  const p = await findPerson(w.db, id);
  if (!p || !inReach(w.scope, p.commune_id)) throw new AppError(404, 'not_found');
  return p;
}

/** The person input after applying a patch to the stored values. */
function merged(p: Person, body: PatchPersonBody): PersonInput {
  const birthDate = body.birthDate !== undefined ? body.birthDate : p.birth_date;
  const s = personSnapshot(p);
  const pick = <K extends keyof PatchPersonBody & keyof typeof s>(k: K) => (body[k] !== undefined ? body[k] : s[k]);
  return {
    fullName: body.fullName ?? p.full_name,
    sex: body.sex ?? p.sex,
    birthDate,
    birthYear: body.birthYear ?? (birthDate ? undefined : p.birth_year),
    ethnicCode: body.ethnicCode ?? p.ethnic_code,
    religion: pick('religion') as PersonInput['religion'],
    cccd: pick('cccd') || null,
    maritalStatus: pick('maritalStatus') as PersonInput['maritalStatus'],
    educationLevel: pick('educationLevel') as PersonInput['educationLevel'],
    literate: pick('literate') as boolean | null,
    speaksVietnamese: pick('speaksVietnamese') as boolean | null,
    schoolEnrolment: pick('schoolEnrolment') as PersonInput['schoolEnrolment'],
    occupation: pick('occupation') as string | null,
    healthInsurance: pick('healthInsurance') as boolean | null,
    disability: pick('disability') as PersonInput['disability'],
  };
}

/** Changes a person's fields with the same rules as on creation; `version` must be current. */
export async function patchPerson(w: RegisterWriter, id: number, body: PatchPersonBody): Promise<void> {
  const before = await writablePerson(w, id);
  if (before.deleted_at) throw new AppError(409, 'person_deleted');
  const eff = body.effectiveDate ?? todayVN();
  notFuture(eff, 'effectiveDate');
  const input = merged(before, body);
  const p = new Problems();
  const [checked] = await checkPersons(w.db, w.scope, p, [{ prefix: '', input, exceptId: id }]);
  await checkAgesInHousehold(w, before, checked.birth, p);
  p.throwIfAny();
  await w.db.transaction().execute(async (trx) => {
    const current = (await lockPerson(trx, id))!;
    if (current.version !== body.version)
      throw new AppError(409, 'version_conflict', { version: current.version }, [
        { field: 'version', code: 'version_conflict', params: { version: current.version } },
      ]);
    if (checked.cccd && checked.cccd !== current.cccd) await claimCccds(trx, w.scope, [{ cccd: checked.cccd, field: 'cccd', exceptId: id }]);
    const row = newPersonRow(input, checked.birth, checked.cccd, current.commune_id);
    const { search_text: _search, sort_key: _sort, death_date: _death, ...cols } = row;
    const probe = { ...current, ...cols } as Person;
    if (JSON.stringify(personSnapshot(probe)) === JSON.stringify(personSnapshot(current))) return;
    const after = await updatePerson(trx, { actor: w.actor, effectiveDate: eff }, current, {
      ...cols,
      search_text: personSearchText(cols.full_name, cols.cccd),
      sort_key: sortKey(cols.full_name),
    });
    await writeAudit(trx, w.actor, {
      action: 'update',
      entity: 'person',
      entityId: id,
      unitId: current.commune_id,
      before: personSnapshot(current),
      after: personSnapshot(after),
    });
  });
  await detectForPersons(w.db, [id]);
}

/** A changed birth must still fit the person's place in their household (child younger than head, …). */
async function checkAgesInHousehold(w: RegisterWriter, person: Person, birth: Birth, p: Problems) {
  const m = await currentMembership(w.db, person.id);
  if (!m) return;
  const members = await currentMemberRows(w.db, m.household_id);
  const headId = await householdHeadId(w.db, m.household_id);
  if (headId === person.id) {
    for (const o of members) if (o.p.id !== person.id) checkRelationshipAge(p, 'birthYear', { ...birthOf(o.p), relationship: o.m.relationship }, birth);
  } else {
    const head = members.find((o) => o.p.id === headId);
    checkRelationshipAge(p, 'birthYear', { ...birth, relationship: m.relationship }, head ? birthOf(head.p) : null);
  }
}

/** Soft-deletes a person entered by mistake; a current head must be replaced first. */
export async function deletePerson(w: RegisterWriter, id: number, reasonInput: string | undefined): Promise<void> {
  const reason = requireReason(reasonInput);
  const p = await writablePerson(w, id);
  if (p.deleted_at) throw new AppError(409, 'person_deleted');
  if (await headsCurrentHousehold(w.db, id)) throw new AppError(409, 'person_is_head');
  await w.db.transaction().execute(async (trx) => {
    await softDeletePerson(trx, p, reason, w.actor.userId);
    await recordMark(trx, { actor: w.actor, effectiveDate: todayVN() }, 'person', id, DELETED, { reason });
    await writeAudit(trx, w.actor, { action: 'delete', entity: 'person', entityId: id, unitId: p.commune_id, after: { reason } });
  });
}

/** Restores a deleted person (administrators). */
export async function restorePerson(w: RegisterWriter, id: number): Promise<void> {
  if (!w.isAdmin) throw new AppError(403, 'forbidden');
  const p = await writablePerson(w, id);
  if (!p.deleted_at) throw new AppError(409, 'not_deleted');
  await w.db.transaction().execute(async (trx) => {
    if (p.cccd) await claimCccds(trx, w.scope, [{ cccd: p.cccd, field: 'cccd', exceptId: id }]);
    await updatePerson(trx, { actor: w.actor, effectiveDate: todayVN() }, p, { deleted_at: null, deleted_reason: null, deleted_by: null });
    await recordMark(trx, { actor: w.actor, effectiveDate: todayVN() }, 'person', id, RESTORED, { reason: p.deleted_reason });
    await writeAudit(trx, w.actor, { action: 'restore', entity: 'person', entityId: id, unitId: p.commune_id, before: { deletedReason: p.deleted_reason } });
  });
}

export { ethnicNameMap, listPersons, type PersonFilter, type PersonRow } from './persons.repository.js';

/** Persons in Vietnamese name order, read batch by batch (bounded memory whatever the size): for exports. */
export async function* personBatches(db: Kysely<DB>, f: PersonFilter, batch = 2000): AsyncGenerator<PersonRow[]> {
  let last: { sort_key: string; id: number } | null = null;
  for (;;) {
    const rows = await personBatch(db, f, last, batch);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    last = rows[rows.length - 1];
  }
}

/** Keeping the person table in name order (bulk loads, `register:optimize`). */
export { NAME_ORDER_INDEX, orderPersonsByName, rebuildIndexes } from './order.repository.js';
