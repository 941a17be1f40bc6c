import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { can, inReach, reachIds, type Scope } from '../../server/scope.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import {
  answerGrievance,
  cycleTotals,
  deliveryEvidence,
  findCycle,
  findDelivery,
  findGrievance,
  insertCycle,
  insertDelivery,
  insertGrievance,
  listCycles,
  listDeliveries,
  listEntry,
  listGrievances,
  sameBenefitElsewhere,
  setCycleStatus,
  setEvidence,
  type CycleRow,
} from './beneficiaries.repository.js';
import { checkProgrammeLinks, requireDrafter } from './eligibility.service.js';
import { visibleList } from './lists.service.js';

export { cycleTotals, deliveryEvidence, listDeliveries, listGrievances };

/** Largest amount a bigint column holds; đồng are whole numbers. */
const MAX_DONG = 9_223_372_036_854_775_807n;

/** An amount in đồng as sent (a whole number, or its digits as text) → exact digits, or 400. */
export function wholeDong(v: number | string | null | undefined, field: string): string | null {
  if (v === null || v === undefined) return null;
  const text = typeof v === 'number' ? (Number.isSafeInteger(v) && v >= 0 ? String(v) : '') : v.trim();
  if (!/^\d{1,19}$/.test(text) || BigInt(text) > MAX_DONG)
    throw new AppError(400, 'benefit_cash_whole_dong', { max: MAX_DONG.toString() }, [
      { field, code: 'benefit_cash_whole_dong', params: { max: MAX_DONG.toString() } },
    ]);
  return BigInt(text).toString();
}

const STATUS_VI: Record<string, string> = { draft: 'Dự thảo', submitted: 'Đã gửi duyệt', approved: 'Đã duyệt', closed: 'Đã khóa' };
const STATUS_EN: Record<string, string> = { draft: 'draft', submitted: 'submitted', approved: 'approved', closed: 'closed' };
const ACTION: Record<string, [string, string]> = {
  submit: ['gửi duyệt', 'submitted'],
  approve: ['duyệt', 'approved'],
  close: ['khóa', 'closed'],
  return: ['trả lại', 'returned'],
  deliver: ['ghi nhận chi trả', 'given deliveries'],
};

function wrongStatus(c: CycleRow, action: keyof typeof ACTION) {
  return new AppError(409, 'benefit_wrong_status', {
    status: STATUS_VI[c.status],
    statusEn: STATUS_EN[c.status],
    action: ACTION[action][0],
    actionEn: ACTION[action][1],
  });
}

/** A cycle the caller may see (its area in the caller's reach), else 404. */
export async function visibleCycle(db: Kysely<DB>, scope: Scope, id: number, lock = false): Promise<CycleRow> {
  const c = await findCycle(db, id, lock);
  if (!c || (c.unit_id === null ? !scope.all : !inReach(scope, c.unit_id))) throw new AppError(404, 'not_found');
  return c;
}

export async function cyclesOf(db: Kysely<DB>, scope: Scope, listId?: number) {
  return listCycles(db, reachIds(scope), listId);
}

export interface CycleInput {
  name: string;
  listId: number;
  year: number;
  tranche?: number;
  benefitCode: string;
  kind: 'cash' | 'in_kind' | 'service';
  amountDong?: number | string | null;
  itemName?: string | null;
  quantity?: number | null;
  itemUnit?: string | null;
  programmeNodeId?: number | null;
  policyId?: number | null;
}

/** Drafts a cycle on a frozen list: the entitlement each person on it receives. */
export async function createCycle(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: CycleInput): Promise<number> {
  requireDrafter(user);
  const list = await visibleList(db, scope, input.listId);
  const amount = wholeDong(input.amountDong, 'amountDong');
  if (input.kind === 'cash' && amount === null)
    throw new AppError(400, 'benefit_cash_amount_required', {}, [{ field: 'amountDong', code: 'benefit_cash_amount_required' }]);
  if (input.kind === 'in_kind' && (!input.itemName?.trim() || !input.quantity))
    throw new AppError(400, 'benefit_item_required', {}, [{ field: 'itemName', code: 'benefit_item_required' }]);
  await checkProgrammeLinks(db, scope, input);
  return db.transaction().execute(async (trx) => {
    const id = await insertCycle(trx, {
      name: input.name,
      list_id: list.id,
      unit_id: list.unit_id,
      programme_node_id: input.programmeNodeId ?? null,
      policy_id: input.policyId ?? null,
      year: input.year,
      tranche: input.tranche ?? 1,
      benefit_code: input.benefitCode.trim(),
      kind: input.kind,
      // Exact digits: the driver hands them to the bigint column unchanged.
      amount_dong: (input.kind === 'cash' ? amount : null) as unknown as number | null,
      item_name: input.kind === 'in_kind' ? input.itemName!.trim() : (input.itemName?.trim() ?? null),
      quantity: input.kind === 'in_kind' ? input.quantity! : null,
      item_unit: input.itemUnit?.trim() || null,
      created_by: user.id,
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'benefit_cycle', entityId: id, unitId: list.unit_id, after: { ...input, amountDong: amount } });
    return id;
  });
}

/**
 * Moves a cycle along draft → submitted → approved → closed. Drafting and submitting need the right to
 * enter data (commune officers); approving, returning to draft and closing need the right to approve
 * (provincial officers, administrators).
 */
export async function moveCycle(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, action: 'submit' | 'approve' | 'close' | 'return') {
  if (action === 'submit') requireDrafter(user);
  else if (!can(user, 'approve_data')) throw new AppError(403, 'benefit_wrong_role_approve');
  await db.transaction().execute(async (trx) => {
    const c = await visibleCycle(trx, scope, id, true);
    const from: Record<typeof action, string> = { submit: 'draft', approve: 'submitted', close: 'approved', return: 'submitted' };
    if (c.status !== from[action]) throw wrongStatus(c, action);
    const to = ({ submit: 'submitted', approve: 'approved', close: 'closed', return: 'draft' } as const)[action];
    await setCycleStatus(trx, id, to, user.id);
    await writeAudit(trx, actor, { action, entity: 'benefit_cycle', entityId: id, unitId: c.unit_id, before: { status: c.status }, after: { status: to } });
  });
}

export interface DeliveryInput {
  personId: number;
  deliveredOn: string;
  amountDong?: number | string | null;
  quantity?: number | null;
  receiverName: string;
  note?: string;
}

/**
 * Records what one person on the list received. Only to persons on the cycle's list and in the
 * caller's area, once per cycle, within the entitlement. Another delivery of the same benefit to
 * the same person in the same year (another cycle, any programme) is flagged in the answer.
 */
export async function recordDelivery(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, cycleId: number, input: DeliveryInput) {
  requireDrafter(user);
  const amount = wholeDong(input.amountDong, 'amountDong');
  return db.transaction().execute(async (trx) => {
    const c = await visibleCycle(trx, scope, cycleId, true);
    if (c.status !== 'approved') throw new AppError(409, 'benefit_not_approved');
    const entry = await listEntry(trx, c.list_id, input.personId);
    if (!entry || !inReach(scope, entry.commune_id))
      throw new AppError(400, 'benefit_not_on_list', {}, [{ field: 'personId', code: 'benefit_not_on_list', params: {} }]);
    const done = await findDelivery(trx, cycleId, input.personId);
    if (done) throw new AppError(409, 'benefit_already_delivered', { date: String(done.delivered_on).split('-').reverse().join('/') });
    let paid: string | null = null;
    if (c.kind === 'cash') {
      paid = amount ?? c.amount_dong;
      if (BigInt(paid!) > BigInt(c.amount_dong!))
        throw new AppError(400, 'benefit_amount_exceeds', { amount: paid, limit: c.amount_dong }, [
          { field: 'amountDong', code: 'benefit_amount_exceeds', params: { amount: paid, limit: c.amount_dong } },
        ]);
    }
    const quantity = c.kind === 'in_kind' ? (input.quantity ?? c.quantity) : null;
    const elsewhere = await sameBenefitElsewhere(trx, c, input.personId);
    const id = await insertDelivery(trx, {
      cycle_id: cycleId,
      person_id: input.personId,
      delivered_on: input.deliveredOn,
      amount_dong: paid as unknown as number | null,
      quantity,
      receiver_name: input.receiverName,
      note: input.note ?? '',
      created_by: user.id,
    });
    await writeAudit(trx, actor, {
      action: 'deliver',
      entity: 'benefit_delivery',
      entityId: id,
      unitId: entry.commune_id,
      after: { cycleId, ...input, amountDong: paid, quantity, duplicateOf: elsewhere.map((e) => e.id) },
    });
    return { id, duplicates: elsewhere.map((e) => ({ cycleId: e.id, cycleName: e.name })) };
  });
}

/** Attaches the receiver's signature or a photo (PNG or JPEG) to a delivery. */
export async function attachEvidence(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  deliveryId: number,
  file: { kind: 'signature' | 'photo'; type: string; bytes: Buffer },
) {
  requireDrafter(user);
  const isPng = file.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = file.bytes[0] === 0xff && file.bytes[1] === 0xd8 && file.bytes[2] === 0xff;
  if (!isPng && !isJpeg) throw new AppError(400, 'benefit_evidence_type', {}, [{ field: 'file', code: 'benefit_evidence_type' }]);
  const d = await deliveryEvidence(db, deliveryId);
  if (!d) throw new AppError(404, 'not_found');
  const c = await visibleCycle(db, scope, d.cycle_id);
  await db.transaction().execute(async (trx) => {
    await setEvidence(trx, deliveryId, { kind: file.kind, type: isPng ? 'image/png' : 'image/jpeg', bytes: file.bytes });
    await writeAudit(trx, actor, {
      action: 'attach',
      entity: 'benefit_delivery',
      entityId: deliveryId,
      unitId: c.unit_id,
      after: { kind: file.kind, bytes: file.bytes.length },
    });
  });
}

/** A delivery's evidence, for a caller who may see its cycle. */
export async function evidenceOf(db: Kysely<DB>, scope: Scope, deliveryId: number) {
  const d = await deliveryEvidence(db, deliveryId);
  if (!d || !d.evidence) throw new AppError(404, 'not_found');
  await visibleCycle(db, scope, d.cycle_id);
  return d;
}

export async function fileGrievance(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  cycleId: number,
  input: { personId?: number | null; complainant: string; content: string },
) {
  requireDrafter(user);
  const c = await visibleCycle(db, scope, cycleId);
  if (input.personId) {
    const entry = await listEntry(db, c.list_id, input.personId);
    if (!entry || !inReach(scope, entry.commune_id))
      throw new AppError(400, 'benefit_not_on_list', {}, [{ field: 'personId', code: 'benefit_not_on_list', params: {} }]);
  }
  return db.transaction().execute(async (trx) => {
    const g = await insertGrievance(trx, {
      cycle_id: cycleId,
      person_id: input.personId ?? null,
      complainant: input.complainant,
      content: input.content,
      created_by: user.id,
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'benefit_grievance', entityId: g.id, unitId: c.unit_id, after: input });
    return g;
  });
}

export async function answerGrievanceOf(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  id: number,
  input: { status: 'open' | 'in_progress' | 'resolved' | 'rejected'; answer?: string | null },
) {
  requireDrafter(user);
  const g = await findGrievance(db, id);
  if (!g) throw new AppError(404, 'not_found');
  const c = await visibleCycle(db, scope, g.cycle_id);
  return db.transaction().execute(async (trx) => {
    const after = await answerGrievance(trx, id, { status: input.status, answer: input.answer ?? null, answered_by: user.id });
    await writeAudit(trx, actor, {
      action: 'answer',
      entity: 'benefit_grievance',
      entityId: id,
      unitId: c.unit_id,
      before: { status: g.status, answer: g.answer },
      after: input,
    });
    return after;
  });
}
