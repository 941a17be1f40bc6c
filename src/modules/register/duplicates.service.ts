import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Person } from '../../db/schema.register.js';
import { AppError } from '../../server/errors.js';
import { inReach } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { writeAudit } from '../audit/audit.service.js';
import { userNamesByIds } from '../accounts/user-names.service.js';
import { findPerson, lockPerson, markMergedInto, updatePerson, personsWithRefs } from './persons.repository.js';
import { headsCurrentHousehold } from './households.repository.js';
import { matchesOf, presentPair, presentPairPerson } from './duplicates.presenter.js';
import { personSearchText, personSnapshot } from './persons.columns.js';
import { DELETED, recordMark } from './history.repository.js';
import type { RegisterWriter } from './units.service.js';
import { decidePair, getPair, listPairs, lockPair, type PairRow } from './duplicates.repository.js';

export { getPair, listPairs };
import { scanArea } from './duplicates-scan.service.js';

/** Links written into both persons' histories. */
export const MERGED = '_merged';
export const MERGED_INTO = '_merged_into';

/**
 * Looks for duplicates among the persons of some communes changed since the area was last scanned,
 * in short steps (see duplicates.scan.ts); returns how many persons were compared and how many pairs are new.
 */
export async function scan(w: RegisterWriter, communeIds: number[] | null, communeCode: string | undefined) {
  const { checked, added } = await scanArea(w.db, communeIds);
  await writeAudit(w.db, w.actor, { action: 'scan', entity: 'duplicate', entityId: null, after: { communeCode: communeCode ?? null, checked, added } });
  return { checked, added };
}

/**
 * An open pair the writer may decide: 404 when unknown or when either person lies outside their area
 * (a pair half outside must not tell that a record elsewhere resembles one here), 409 decided.
 */
async function decidablePair(w: RegisterWriter, id: number): Promise<{ pair: PairRow; a: Person; b: Person }> {
  const pair = await getPair(w.db, id);
  if (!pair) throw new AppError(404, 'not_found');
  const [a, b] = await Promise.all([pair.person_a_id, pair.person_b_id].map(async (pid) => (await findPerson(w.db, pid))!));
  if (!inReach(w.scope, a.commune_id) || !inReach(w.scope, b.commune_id)) throw new AppError(404, 'not_found');
  if (pair.status !== 'open') throw new AppError(409, 'duplicate_decided', { status: pair.status });
  return { pair, a, b };
}

const FILLABLE = [
  'religion',
  'marital_status',
  'education_level',
  'literate',
  'speaks_vietnamese',
  'school_enrolment',
  'occupation',
  'health_insurance',
  'disability',
] as const;

/** Fields empty on the person kept that the other record holds (and that agree with the kept birth and sex). */
function fillFrom(kept: Person, other: Person): Record<string, unknown> {
  const cols: Record<string, unknown> = {};
  for (const f of FILLABLE) if (kept[f] === null && other[f] !== null) cols[f] = other[f];
  if (kept.birth_date === null && other.birth_date !== null && Number(other.birth_date.slice(0, 4)) === kept.birth_year) cols.birth_date = other.birth_date;
  if (kept.cccd === null && other.cccd !== null && other.sex === kept.sex && other.birth_year === kept.birth_year) {
    cols.cccd = other.cccd;
    cols.search_text = personSearchText(kept.full_name, other.cccd);
  }
  return cols;
}

/**
 * Merges a pair into the person kept: the other is soft-deleted as "merged into <id>" and linked to
 * it, keeping its memberships, events and history; fields empty on the kept person are filled from
 * it (each a recorded change); both histories carry a link to the other. One transaction, audited.
 */
export async function mergePair(w: RegisterWriter, id: number, keepPersonId: number) {
  const { a, b } = await decidablePair(w, id);
  if (keepPersonId !== a.id && keepPersonId !== b.id)
    throw new AppError(400, 'keep_person_not_in_pair', {}, [{ field: 'keepPersonId', code: 'keep_person_not_in_pair' }]);
  const [keptId, droppedId] = keepPersonId === a.id ? [a.id, b.id] : [b.id, a.id];
  return w.db.transaction().execute(async (trx) => {
    const pair = await lockPair(trx, id);
    if (!pair) throw new Error(`duplicate pair ${id} vanished`);
    if (pair.status !== 'open') throw new AppError(409, 'duplicate_decided', { status: pair.status });
    const lock = async (pid: number) => (await lockPerson(trx, pid))!;
    const kept = await lock(keptId);
    const dropped = await lock(droppedId);
    if (kept.deleted_at) throw new AppError(409, 'person_deleted');
    if (!dropped.deleted_at) {
      if (await headsCurrentHousehold(trx, dropped.id)) throw new AppError(409, 'merge_person_is_head', { name: dropped.full_name });
    }
    const ctx = { actor: w.actor, effectiveDate: todayVN() };
    const reason = `merged into ${kept.id}`;
    await markMergedInto(trx, dropped, kept.id, reason, w.actor.userId);
    if (!dropped.deleted_at) await recordMark(trx, ctx, 'person', dropped.id, DELETED, { reason });
    await recordMark(trx, ctx, 'person', dropped.id, MERGED_INTO, { personId: kept.id, duplicateId: id });
    const cols = fillFrom(kept, dropped);
    const after = Object.keys(cols).length ? await updatePerson(trx, ctx, kept, cols) : kept;
    await recordMark(trx, ctx, 'person', kept.id, MERGED, { personId: dropped.id, fullName: dropped.full_name, duplicateId: id });
    await decidePair(trx, id, { status: 'merged', keptPersonId: kept.id, userId: w.actor.userId });
    await writeAudit(trx, w.actor, {
      action: 'merge',
      entity: 'person',
      entityId: kept.id,
      unitId: kept.commune_id,
      before: { kept: personSnapshot(kept), merged: { id: dropped.id, ...personSnapshot(dropped) } },
      after: { kept: personSnapshot(after), mergedPersonId: dropped.id, duplicateId: id },
    });
    return { keptPersonId: kept.id, mergedPersonId: dropped.id };
  });
}

/** Marks a pair as two different persons; the pair stays stored, so no scan proposes it again. */
export async function markNotDuplicate(w: RegisterWriter, id: number, note: string | undefined) {
  const { pair } = await decidablePair(w, id);
  await w.db.transaction().execute(async (trx) => {
    const n = await decidePair(trx, id, { status: 'not_duplicate', note: note || null, userId: w.actor.userId }, true);
    if (n !== 1) throw new AppError(409, 'duplicate_decided', { status: 'not_duplicate' });
    await writeAudit(trx, w.actor, {
      action: 'not_duplicate',
      entity: 'duplicate',
      entityId: id,
      unitId: pair.commune_id,
      after: { personIds: [pair.person_a_id, pair.person_b_id], note: note || null },
    });
  });
}

/** Pairs as the review queue shows them, with both persons. */
export async function presentPairs(db: Kysely<DB>, rows: PairRow[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.person_a_id, r.person_b_id]))];
  const raw = new Map((await personsWithRefs(db, ids)).map((p) => [p.id, p]));
  const persons = new Map([...raw.values()].map((p) => [p.id, presentPairPerson(p)]));
  const deciders = await userNamesByIds(
    db,
    rows.map((r) => r.decided_by),
  );
  return rows.map((r) =>
    presentPair(
      r,
      persons,
      r.decided_by === null ? null : (deciders.get(r.decided_by)?.username ?? null),
      matchesOf(raw.get(r.person_a_id)!, raw.get(r.person_b_id)!),
    ),
  );
}
