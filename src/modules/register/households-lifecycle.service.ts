import { AppError } from '../../server/errors.js';
import { inReach } from '../../server/scope.js';
import { todayVN } from '../../shared/paging.js';
import { writeAudit } from '../audit/audit.service.js';
import { DELETED, recordMark, RESTORED } from './history.repository.js';
import type { RegisterWriter } from './units.service.js';
import { writableHousehold } from './households-store.repository.js';
import { claimCccds } from './register.service.js';

/** A deletion reason is required: 3–500 characters. */
export function requireReason(reason: string | undefined): string {
  const r = (reason ?? '').trim();
  if (r.length < 3) throw new AppError(400, 'reason_required', {}, [{ field: 'reason', code: 'reason_required' }]);
  return r;
}

/**
 * Soft-deletes a household and the persons who are currently its members (they were entered with it);
 * everything stays in place so an administrator can restore it.
 */
export async function deleteHousehold(w: RegisterWriter, id: number, reasonInput: string | undefined): Promise<void> {
  const reason = requireReason(reasonInput);
  const h = await writableHousehold(w, id);
  await w.db.transaction().execute(async (trx) => {
    const now = new Date();
    const ctx = { actor: w.actor, effectiveDate: todayVN() };
    const deleted = { deleted_at: now, deleted_reason: reason, deleted_by: w.actor.userId };
    await trx
      .updateTable('household')
      .set({ ...deleted, version: h.version + 1 })
      .where('id', '=', id)
      .execute();
    const members = await trx
      .selectFrom('household_member as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select('p.id')
      .where('m.household_id', '=', id)
      .where('m.valid_to', 'is', null)
      .where('p.deleted_at', 'is', null)
      .execute();
    const personIds = members.map((m) => m.id);
    if (personIds.length) await trx.updateTable('person').set(deleted).where('id', 'in', personIds).execute();
    await recordMark(trx, ctx, 'household', id, DELETED, { reason, personIds });
    for (const pid of personIds) await recordMark(trx, ctx, 'person', pid, DELETED, { reason, householdId: id });
    await writeAudit(trx, w.actor, {
      action: 'delete',
      entity: 'household',
      entityId: id,
      unitId: h.commune_id,
      before: { deletedAt: null },
      after: { reason, personIds },
    });
  });
}

/** Restores a deleted household and the persons deleted with it (administrators). */
export async function restoreHousehold(w: RegisterWriter, id: number): Promise<void> {
  if (!w.isAdmin) throw new AppError(403, 'forbidden');
  const h = await w.db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirst();
  if (!h || !inReach(w.scope, h.commune_id)) throw new AppError(404, 'not_found');
  if (!h.deleted_at) throw new AppError(409, 'not_deleted');
  await w.db.transaction().execute(async (trx) => {
    const ctx = { actor: w.actor, effectiveDate: todayVN() };
    const cleared = { deleted_at: null, deleted_reason: null, deleted_by: null };
    await trx
      .updateTable('household')
      .set({ ...cleared, version: h.version + 1 })
      .where('id', '=', id)
      .execute();
    const withIt = await trx
      .selectFrom('household_member as m')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.cccd'])
      .where('m.household_id', '=', id)
      .where('m.valid_to', 'is', null)
      .where('p.deleted_at', '=', h.deleted_at!)
      .execute();
    const personIds = withIt.map((m) => m.id);
    await claimCccds(
      trx,
      w.scope,
      withIt.flatMap((m) => (m.cccd ? [{ cccd: m.cccd, field: 'cccd', exceptId: m.id }] : [])),
    );
    if (personIds.length) await trx.updateTable('person').set(cleared).where('id', 'in', personIds).execute();
    await recordMark(trx, ctx, 'household', id, RESTORED, { reason: h.deleted_reason, personIds });
    for (const pid of personIds) await recordMark(trx, ctx, 'person', pid, RESTORED, { householdId: id });
    await writeAudit(trx, w.actor, {
      action: 'restore',
      entity: 'household',
      entityId: id,
      unitId: h.commune_id,
      before: { deletedReason: h.deleted_reason },
      after: { personIds },
    });
  });
}
