/** SQL of supply duties, their reminders and register-area confirmations (names of units from admin_unit, a shared read). */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type PeriodTypeName = 'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly';

export function unitById(db: Kysely<DB>, id: number) {
  return db.selectFrom('admin_unit').select(['id', 'name', 'level', 'parent_id as parentId']).where('id', '=', id).executeTakeFirst();
}

/** The province a unit lies in (the unit itself when it is one). */
export async function provinceOf(db: Kysely<DB>, unitId: number): Promise<{ id: number; name: string } | undefined> {
  const r = await sql<{ id: number; name: string }>`
    WITH RECURSIVE up(id, name, level, parent_id, depth) AS (
      SELECT id, type || ' ' || name, level, parent_id, 0 FROM admin_unit WHERE id = ${unitId}
      UNION ALL
      SELECT a.id, a.type || ' ' || a.name, a.level, a.parent_id, up.depth + 1 FROM admin_unit a JOIN up ON a.id = up.parent_id WHERE up.depth < 10
    )
    SELECT id, name FROM up WHERE level = 'province' LIMIT 1`.execute(db);
  return r.rows[0];
}

export async function insertDuty(
  db: Kysely<DB>,
  d: {
    unitId: number;
    dataSetId: number | null;
    registerArea: string | null;
    periodType: PeriodTypeName;
    deadlineDays: number;
    escalateAfterDays: number;
    email: string | null;
    escalationEmail: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('supply_duty')
    .values({
      unit_id: d.unitId,
      data_set_id: d.dataSetId,
      register_area: d.registerArea,
      period_type: d.periodType,
      deadline_days: d.deadlineDays,
      escalate_after_days: d.escalateAfterDays,
      email: d.email,
      escalation_email: d.escalationEmail,
      created_by: d.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function dutyExists(db: Kysely<DB>, unitId: number, dataSetId: number | null, registerArea: string | null): Promise<boolean> {
  let q = db.selectFrom('supply_duty').select('id').where('unit_id', '=', unitId).where('active', '=', true);
  q = dataSetId !== null ? q.where('data_set_id', '=', dataSetId) : q.where('register_area', '=', registerArea);
  return (await q.executeTakeFirst()) !== undefined;
}

const dutyColumns = [
  'd.id',
  'd.unit_id as unitId',
  sql<string>`u.type || ' ' || u.name`.as('unitName'),
  'd.data_set_id as dataSetId',
  'd.register_area as registerArea',
  'd.period_type as periodType',
  'd.deadline_days as deadlineDays',
  'd.escalate_after_days as escalateAfterDays',
  'd.email',
  'd.escalation_email as escalationEmail',
  'd.created_at as createdAt',
] as const;

/** Active duties of units in `reach` (null: all). */
export function listDuties(db: Kysely<DB>, reach: number[] | null) {
  let q = db.selectFrom('supply_duty as d').innerJoin('admin_unit as u', 'u.id', 'd.unit_id').select(dutyColumns).where('d.active', '=', true);
  if (reach) q = q.where('d.unit_id', '=', sql<number>`ANY(${reach}::int[])`);
  return q.orderBy('u.sort_key').orderBy('d.id').limit(2000).execute();
}
export type DutyRow = Awaited<ReturnType<typeof listDuties>>[number];

export function findDuty(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('supply_duty as d')
    .innerJoin('admin_unit as u', 'u.id', 'd.unit_id')
    .select(dutyColumns)
    .where('d.id', '=', id)
    .where('d.active', '=', true)
    .executeTakeFirst();
}

export async function deactivateDuty(db: Kysely<DB>, id: number): Promise<void> {
  await db.updateTable('supply_duty').set({ active: false }).where('id', '=', id).execute();
}

/** Register-area periods declared supplied, of some duties. */
export function confirmationsOf(db: Kysely<DB>, dutyIds: number[]) {
  if (!dutyIds.length) return Promise.resolve([]);
  return db
    .selectFrom('supply_confirmation')
    .select(['duty_id as dutyId', 'period_id as periodId', 'confirmed_at as confirmedAt'])
    .where('duty_id', 'in', dutyIds)
    .execute();
}

export async function insertConfirmation(db: Kysely<DB>, dutyId: number, periodId: string, by: number | null): Promise<void> {
  await db
    .insertInto('supply_confirmation')
    .values({ duty_id: dutyId, period_id: periodId, confirmed_by: by })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Claims the one reminder of a kind for a duty and period: true when this call claimed it (never sent before). */
export async function claimReminder(db: Kysely<DB>, dutyId: number, periodId: string, kind: 'reminder' | 'escalation', recipients: string[]): Promise<boolean> {
  const r = await db
    .insertInto('supply_reminder')
    .values({ duty_id: dutyId, period_id: periodId, kind, recipients: JSON.stringify(recipients) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

export async function releaseReminder(db: Kysely<DB>, dutyId: number, periodId: string, kind: 'reminder' | 'escalation'): Promise<void> {
  await db.deleteFrom('supply_reminder').where('duty_id', '=', dutyId).where('period_id', '=', periodId).where('kind', '=', kind).execute();
}

export async function markMailed(db: Kysely<DB>, dutyId: number, periodId: string, kind: 'reminder' | 'escalation'): Promise<void> {
  await db
    .updateTable('supply_reminder')
    .set({ mailed: true })
    .where('duty_id', '=', dutyId)
    .where('period_id', '=', periodId)
    .where('kind', '=', kind)
    .execute();
}

/** Changes a duty's timing and addresses. */
export async function updateDutyRow(
  db: Kysely<DB>,
  id: number,
  v: { periodType: PeriodTypeName; deadlineDays: number; escalateAfterDays: number; email: string | null; escalationEmail: string | null },
): Promise<void> {
  await db
    .updateTable('supply_duty')
    .set({
      period_type: v.periodType,
      deadline_days: v.deadlineDays,
      escalate_after_days: v.escalateAfterDays,
      email: v.email,
      escalation_email: v.escalationEmail,
    })
    .where('id', '=', id)
    .execute();
}

/** Reminders and escalations sent for duties of units in `reach` (null: all), newest first. */
export function sentReminders(db: Kysely<DB>, reach: number[] | null, limit: number) {
  let q = db
    .selectFrom('supply_reminder as r')
    .innerJoin('supply_duty as d', 'd.id', 'r.duty_id')
    .innerJoin('admin_unit as u', 'u.id', 'd.unit_id')
    .select([
      'r.id',
      'r.duty_id as dutyId',
      'd.unit_id as unitId',
      sql<string>`u.type || ' ' || u.name`.as('unitName'),
      'd.data_set_id as dataSetId',
      'd.register_area as registerArea',
      'r.period_id as periodId',
      'r.kind',
      'r.recipients',
      'r.mailed',
      'r.sent_at as sentAt',
    ]);
  if (reach) q = q.where('d.unit_id', '=', sql<number>`ANY(${reach}::int[])`);
  return q.orderBy('r.sent_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}
