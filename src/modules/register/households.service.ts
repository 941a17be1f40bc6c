import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household } from '../../db/schema.register.js';
import {
  householdBatch,
  type HouseholdFilter,
  type HouseholdListRow,
  assertCodeFree,
  insertHousehold,
  lockHousehold,
  updateHousehold,
  writableHousehold,
} from './households.repository.js';
import { AppError } from '../../server/errors.js';
import { assertWritable } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { writeAudit } from '../audit/audit.service.js';
import { publishEvent } from '../../server/events.js';
import { insertPerson, personName } from './persons.repository.js';
import { newPersonRow } from './persons.columns.js';
import { addMember } from './members.repository.js';
import { checkPersons, checkRelationshipAge, claimCccds, fieldError, notFuture, Problems } from './register.service.js';
import { communeOnDate, villageOnDate, type RegisterWriter } from './units.service.js';
import type { CreateHouseholdBody, PatchHouseholdBody } from './households.schema.js';
import { householdColumns, householdSearchText, householdSnapshot } from './households.columns.js';
import { setPoverty } from './poverty.service.js';
import { detectForHousehold } from './duplicates-detect.service.js';

/** Creates a household with its new members and poverty years, in one transaction. */
export async function createHousehold(w: RegisterWriter, body: CreateHouseholdBody): Promise<number> {
  const date = body.validFrom ?? todayVN();
  notFuture(date, 'validFrom');
  const commune = await communeOnDate(w.db, { code: body.communeCode, id: body.communeId }, date, body.communeCode ? 'communeCode' : 'communeId');
  assertWritable(w.scope, commune.id);
  if (body.villageId) await villageOnDate(w.db, body.villageId, commune.id, date);
  const members = body.members ?? [];
  const p = new Problems();
  const headIdx = members.findIndex((m) => m.relationship === 'head');
  const heads = members.filter((m) => m.relationship === 'head').length;
  if (members.length && heads !== 1) p.add('members', 'one_head_required', { count: heads });
  const years = (body.poverty ?? []).map((x) => x.year);
  if (new Set(years).size !== years.length) p.add('poverty', 'poverty_year_repeated');
  p.throwIfAny();
  const checked = await checkPersons(
    w.db,
    w.scope,
    p,
    members.map((input, i) => ({ prefix: `members.${i}.`, input })),
  );
  members.forEach((m, i) => {
    if (i !== headIdx)
      checkRelationshipAge(p, `members.${i}.relationship`, { ...checked[i].birth, relationship: m.relationship }, checked[headIdx]?.birth ?? null);
  });
  p.throwIfAny();
  await assertCodeFree(w.db, commune.id, body.code);

  const id = await w.db.transaction().execute(async (trx) => {
    await claimCccds(
      trx,
      w.scope,
      checked.flatMap((c, i) => (c.cccd ? [{ cccd: c.cccd, field: `members.${i}.cccd` }] : [])),
    );
    const ctx = { actor: w.actor, effectiveDate: date };
    const persons = [];
    for (const [i, m] of members.entries()) persons.push(await insertPerson(trx, ctx, newPersonRow(m, checked[i].birth, checked[i].cccd, commune.id)));
    const head = headIdx >= 0 ? persons[headIdx] : null;
    const h = await insertHousehold(
      trx,
      ctx,
      {
        code: body.code,
        commune_id: commune.id,
        head_person_id: head?.id ?? null,
        head_ethnic_code: head?.ethnic_code ?? null,
        valid_from: date,
        ...householdColumns(body),
      },
      head?.full_name ?? null,
    );
    for (const [i, m] of members.entries()) {
      // Someone born after the household was formed joins it at birth.
      const born = checked[i].birth.birthDate ?? `${checked[i].birth.birthYear}-01-01`;
      await addMember(trx, ctx, { householdId: h.id, personId: persons[i].id, relationship: m.relationship, from: born > date ? born : date });
    }
    for (const pov of body.poverty ?? []) await setPoverty(trx, ctx, h.id, pov);
    await writeAudit(trx, w.actor, {
      action: 'create',
      entity: 'household',
      entityId: h.id,
      unitId: commune.id,
      after: { ...householdSnapshot(h), memberIds: persons.map((x) => x.id), poverty: body.poverty ?? [] },
    });
    await publishEvent(trx, { type: 'household.changed', unitId: commune.id, data: { householdId: h.id, change: 'created', communeId: commune.id } });
    return h.id;
  });
  await detectForHousehold(w.db, id);
  return id;
}

/** Changes household fields; `version` must be the current one. Nothing changed → nothing written. */
export async function patchHousehold(w: RegisterWriter, id: number, body: PatchHouseholdBody): Promise<void> {
  const h = await writableHousehold(w, id);
  const eff = body.effectiveDate ?? todayVN();
  notFuture(eff, 'effectiveDate');
  if (eff < h.valid_from) throw fieldError(400, 'effectiveDate', 'effective_before_start', { date: h.valid_from });
  if (body.villageId) await villageOnDate(w.db, body.villageId, h.commune_id, eff);
  const cols = householdColumns(body);
  if (body.code !== undefined && body.code !== h.code) {
    await assertCodeFree(w.db, h.commune_id, body.code);
    const headName = h.head_person_id ? await personName(w.db, h.head_person_id) : undefined;
    Object.assign(cols, { code: body.code, search_text: householdSearchText(body.code, headName) });
  }
  await w.db.transaction().execute(async (trx) => {
    const current = (await lockHousehold(trx, id))!;
    if (current.version !== body.version)
      throw new AppError(409, 'version_conflict', { version: current.version }, [
        { field: 'version', code: 'version_conflict', params: { version: current.version } },
      ]);
    const before = householdSnapshot(current);
    const probe = { ...current, ...cols } as Household;
    if (JSON.stringify(householdSnapshot(probe)) === JSON.stringify(before)) return;
    const after = await updateHousehold(trx, { actor: w.actor, effectiveDate: eff }, current, cols);
    await writeAudit(trx, w.actor, { action: 'update', entity: 'household', entityId: id, unitId: h.commune_id, before, after: householdSnapshot(after) });
    await publishEvent(trx, { type: 'household.changed', unitId: h.commune_id, data: { householdId: id, change: 'updated', communeId: h.commune_id } });
  });
}

export { listHouseholds, type HouseholdFilter, type HouseholdListRow } from './households.repository.js';

/** Households in list order, read batch by batch (bounded memory whatever the size): for exports. */
export async function* householdBatches(db: Kysely<DB>, f: HouseholdFilter, batch = 2000): AsyncGenerator<HouseholdListRow[]> {
  let last: { code: string; id: number } | null = null;
  for (;;) {
    const rows = await householdBatch(db, f, last, batch);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    last = rows[rows.length - 1];
  }
}
