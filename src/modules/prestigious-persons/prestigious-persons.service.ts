import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { inReach, reachIds, type Scope } from '../../server/scope.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { requireDrafter } from '../beneficiaries/eligibility.service.js';
import { freezePersons } from '../beneficiaries/lists.service.js';
import { eligibleRows } from '../register/eligibility.service.js';
import {
  activitiesOf,
  findPrestigious,
  findVillage,
  insertActivity,
  insertPrestigious,
  insertTermChange,
  listPrestigious,
  lockPrestigious,
  overlappingTerms,
  prestigiousReport,
  termChangesOf,
  updateTerm,
  type PrestigiousRow,
  type TermFields,
} from './prestigious-persons.repository.js';
import { withUserNames } from '../accounts/user-names.service.js';

export { activitiesOf, listPrestigious, prestigiousReport };

const vnDate = (d: string) => d.split('-').reverse().join('/');

export interface RecogniseInput {
  personId: number;
  villageId: number;
  termFrom: string;
  termTo?: string | null;
  decisionNumber: string;
  decisionDate: string;
}

/**
 * Records a person of the register as the prestigious person of their village for a term
 * (Decision 28/2023/QĐ-TTg): the person must live in that village, in the caller's area, on the
 * first day of the term; their ethnic group is the register's.
 */
export async function recognise(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: RecogniseInput): Promise<number> {
  requireDrafter(user);
  if (input.termTo && input.termTo < input.termFrom)
    throw new AppError(400, 'prestigious_term_invalid', {}, [{ field: 'termTo', code: 'prestigious_term_invalid' }]);
  if (input.termTo && input.decisionDate > input.termTo)
    throw new AppError(400, 'prestigious_decision_after_term', {}, [{ field: 'decisionDate', code: 'prestigious_decision_after_term' }]);
  const [person] = await eligibleRows(db, { date: input.termFrom, communeIds: reachIds(scope), filter: null, facts: [], personIds: [input.personId] }, null);
  if (!person)
    throw new AppError(404, 'prestigious_person_not_found', { id: input.personId, date: vnDate(input.termFrom) }, [
      { field: 'personId', code: 'prestigious_person_not_found', params: { id: input.personId, date: vnDate(input.termFrom) } },
    ]);
  const village = await findVillage(db, input.villageId);
  const sameVillage = person.village_id === null ? village?.commune_id === person.commune_id : Number(person.village_id) === input.villageId;
  if (!village || !inReach(scope, village.commune_id) || !sameVillage)
    throw new AppError(400, 'prestigious_village_mismatch', { date: vnDate(input.termFrom) }, [
      { field: 'villageId', code: 'prestigious_village_mismatch', params: { date: vnDate(input.termFrom) } },
    ]);
  return db.transaction().execute(async (trx) => {
    const overlap = await overlappingTerms(trx, input.personId, input.termFrom, input.termTo ?? null);
    if (overlap.length) throw new AppError(409, 'prestigious_term_overlap', { from: vnDate(String(overlap[0].term_from).slice(0, 10)) });
    const row = await insertPrestigious(trx, {
      person_id: input.personId,
      full_name: person.full_name,
      sort_key: sortKey(person.full_name),
      search_text: searchKey(person.full_name),
      village_id: input.villageId,
      commune_id: village.commune_id,
      ethnic_code: person.ethnic_code,
      term_from: input.termFrom,
      term_to: input.termTo ?? null,
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      created_by: user.id,
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'prestigious_person', entityId: row.id, unitId: village.commune_id, after: input });
    return row.id;
  });
}

/** A prestigious person of the caller's area, else 404. */
export async function visiblePrestigious(db: Kysely<DB>, scope: Scope, id: number): Promise<PrestigiousRow> {
  const p = await findPrestigious(db, id);
  if (!p || !inReach(scope, p.commune_id)) throw new AppError(404, 'not_found');
  return p;
}

export async function logActivity(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  id: number,
  input: { kind: 'dispute_mediated' | 'meeting' | 'information' | 'other'; activityDate: string; description: string; participants?: number | null },
) {
  requireDrafter(user);
  const p = await visiblePrestigious(db, scope, id);
  return db.transaction().execute(async (trx) => {
    const a = await insertActivity(trx, {
      prestigious_person_id: id,
      kind: input.kind,
      activity_date: input.activityDate,
      description: input.description,
      participants: input.participants ?? null,
      created_by: user.id,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'prestigious_activity',
      entityId: a.id,
      unitId: p.commune_id,
      after: { prestigiousPersonId: id, ...input },
    });
    return a;
  });
}

/**
 * The prestigious persons in office on a day in the caller's area, frozen as a beneficiary list: the
 * support of Decision 28/2023/QĐ-TTg (allowances, newspapers, visits, training, Tết gifts) is then
 * given as cycles on that list.
 */
export async function supportList(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: { name: string; date: string }) {
  requireDrafter(user);
  const rows = await listPrestigious(db, { communeIds: reachIds(scope), date: input.date });
  if (!rows.length) throw new AppError(400, 'prestigious_none_in_area', { date: vnDate(input.date) });
  return db
    .transaction()
    .execute((trx) => freezePersons(trx, user, reachIds(scope), actor, { name: input.name, date: input.date, personIds: rows.map((r) => r.person_id) }));
}

const isoDay = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

function termOf(p: PrestigiousRow): TermFields {
  return {
    term_from: isoDay(p.term_from)!,
    term_to: isoDay(p.term_to),
    decision_number: p.decision_number,
    decision_date: isoDay(p.decision_date)!,
    status: p.status as 'active' | 'ended',
    end_reason: p.end_reason ?? null,
  };
}

/** Writes a new term, keeps the change (before, after, reason) in the history and in the audit log. */
async function changeTerm(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  id: number,
  action: 'edit' | 'end',
  reason: string,
  next: (p: PrestigiousRow) => TermFields,
) {
  requireDrafter(user);
  await visiblePrestigious(db, scope, id);
  await db.transaction().execute(async (trx) => {
    await lockPrestigious(trx, id);
    const p = await visiblePrestigious(trx, scope, id);
    if (p.status === 'ended') throw new AppError(409, 'prestigious_term_ended', { date: vnDate(isoDay(p.term_to) ?? '') });
    const before = termOf(p);
    const after = next(p);
    if (after.term_to && after.term_to < after.term_from)
      throw new AppError(400, 'prestigious_term_invalid', {}, [{ field: action === 'end' ? 'endDate' : 'termTo', code: 'prestigious_term_invalid' }]);
    if (after.term_to && after.decision_date > after.term_to)
      throw new AppError(400, 'prestigious_decision_after_term', {}, [{ field: 'decisionDate', code: 'prestigious_decision_after_term' }]);
    const overlap = await overlappingTerms(trx, p.person_id, after.term_from, after.term_to, id);
    if (overlap.length) throw new AppError(409, 'prestigious_term_overlap', { from: vnDate(String(isoDay(overlap[0].term_from))) });
    await updateTerm(trx, id, after);
    await insertTermChange(trx, {
      prestigious_person_id: id,
      action,
      reason,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      changed_by: user.id,
    });
    await writeAudit(trx, actor, {
      action: action === 'end' ? 'end_term' : 'update',
      entity: 'prestigious_person',
      entityId: id,
      unitId: p.commune_id,
      before,
      after: { ...after, reason },
    });
  });
}

export interface TermInput {
  termFrom: string;
  termTo?: string | null;
  decisionNumber: string;
  decisionDate: string;
  reason: string;
}

/** Corrects or extends a term in office (dates, recognition decision), with the reason; the earlier term stays in the history. */
export function editTerm(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, input: TermInput) {
  return changeTerm(db, user, scope, actor, id, 'edit', input.reason, (p) => ({
    term_from: input.termFrom,
    term_to: input.termTo ?? null,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    status: 'active',
    end_reason: p.end_reason ?? null,
  }));
}

/** Ends a term on a day (resignation, death, moving away, dismissal…): the person leaves office and the support lists after that day. */
export function endTerm(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, input: { endDate: string; reason: string }) {
  return changeTerm(db, user, scope, actor, id, 'end', input.reason, (p) => {
    const was = termOf(p);
    if (was.term_to && input.endDate > was.term_to)
      throw new AppError(400, 'prestigious_end_after_term', { date: vnDate(was.term_to) }, [
        { field: 'endDate', code: 'prestigious_end_after_term', params: { date: vnDate(was.term_to) } },
      ]);
    return { ...was, term_to: input.endDate, status: 'ended', end_reason: input.reason };
  });
}

/** The history of a term: each change with who made it. */
export async function termHistory(db: Kysely<DB>, id: number) {
  return withUserNames(db, await termChangesOf(db, id), 'changed_by');
}
