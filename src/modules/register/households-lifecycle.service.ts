import { AppError } from '../../server/errors.js';
import { inReach } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { writeAudit } from '../audit/audit.service.js';
import { publishEvent } from '../../server/events.js';
import { DELETED, recordMark, RESTORED } from './history.repository.js';
import type { RegisterWriter } from './units.service.js';
import { deletedWithHousehold, findHousehold, softDeleteHousehold, undeleteHousehold, writableHousehold } from './households.repository.js';
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
    const ctx = { actor: w.actor, effectiveDate: todayVN() };
    const personIds = await softDeleteHousehold(trx, h, reason, w.actor.userId);
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
    await publishEvent(trx, { type: 'household.changed', unitId: h.commune_id, data: { householdId: id, change: 'deleted', communeId: h.commune_id } });
  });
}

/** Restores a deleted household and the persons deleted with it (administrators). */
export async function restoreHousehold(w: RegisterWriter, id: number): Promise<void> {
  if (!w.isAdmin) throw new AppError(403, 'forbidden');
  const h = await findHousehold(w.db, id);
  if (!h || !inReach(w.scope, h.commune_id)) throw new AppError(404, 'not_found');
  if (!h.deleted_at) throw new AppError(409, 'not_deleted');
  await w.db.transaction().execute(async (trx) => {
    const ctx = { actor: w.actor, effectiveDate: todayVN() };
    const withIt = await deletedWithHousehold(trx, h);
    const personIds = withIt.map((m) => m.id);
    await claimCccds(
      trx,
      w.scope,
      withIt.flatMap((m) => (m.cccd ? [{ cccd: m.cccd, field: 'cccd', exceptId: m.id }] : [])),
    );
    await undeleteHousehold(trx, h, personIds);
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
    await publishEvent(trx, { type: 'household.changed', unitId: h.commune_id, data: { householdId: id, change: 'restored', communeId: h.commune_id } });
  });
}
