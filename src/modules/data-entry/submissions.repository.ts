import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SubmissionAction, SubmissionStatus } from '../../db/schema.datavalues.js';

/** A report: form, unit and period. */
export interface ReportKey {
  dataSetId: number;
  unitId: number;
  periodId: string;
}

/** The submission row of a report, if any. */
export async function submissionOf(db: Kysely<DB>, key: ReportKey) {
  return db
    .selectFrom('report_submission')
    .selectAll()
    .where('data_set_id', '=', key.dataSetId)
    .where('unit_id', '=', key.unitId)
    .where('period_id', '=', key.periodId)
    .executeTakeFirst();
}

/** Locks the report row for the rest of the transaction, creating it (open) on first use. */
export async function lockSubmission(trx: Kysely<DB>, key: ReportKey) {
  await trx
    .insertInto('report_submission')
    .values({ data_set_id: key.dataSetId, unit_id: key.unitId, period_id: key.periodId })
    .onConflict((oc) => oc.columns(['data_set_id', 'unit_id', 'period_id']).doNothing())
    .execute();
  return trx
    .selectFrom('report_submission')
    .selectAll()
    .where('data_set_id', '=', key.dataSetId)
    .where('unit_id', '=', key.unitId)
    .where('period_id', '=', key.periodId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Sets a submission's status and stamps, and records the step. */
export async function recordStep(
  trx: Kysely<DB>,
  id: number,
  set: Updateable<DB['report_submission']>,
  event: { action: SubmissionAction; from_status: SubmissionStatus; to_status: SubmissionStatus; comment: string | null; by_user: number | null },
) {
  await trx.updateTable('report_submission').set(set).where('id', '=', id).execute();
  await trx
    .insertInto('report_submission_event')
    .values({ submission_id: id, ...event })
    .execute();
}

/** Submissions of a form and period for units. */
export async function submissionsOf(db: Kysely<DB>, dataSetId: number, periodId: string, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db
    .selectFrom('report_submission')
    .select(['unit_id', 'status', 'submitted_at', 'decided_at', 'comment'])
    .where('data_set_id', '=', dataSetId)
    .where('period_id', '=', periodId)
    .where('unit_id', 'in', unitIds)
    .execute();
}

/** Workflow steps of a report, oldest first, with the id of who took them. */
export async function submissionEvents(db: Kysely<DB>, key: ReportKey) {
  return db
    .selectFrom('report_submission_event as e')
    .innerJoin('report_submission as s', 's.id', 'e.submission_id')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.comment', 'e.at', 'e.by_user'])
    .where('s.data_set_id', '=', key.dataSetId)
    .where('s.unit_id', '=', key.unitId)
    .where('s.period_id', '=', key.periodId)
    .orderBy('e.id')
    .execute();
}

/** Units with their parent, in the usual order (admin units are a shared read). */
export async function unitsWithParent(db: Kysely<DB>, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db
    .selectFrom('admin_unit as u')
    .leftJoin('admin_unit as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.type', 'u.level', 'p.code as parentCode', 'p.type as parentType', 'p.name as parentName'])
    .where('u.id', 'in', unitIds)
    .orderBy('u.sort_key')
    .orderBy('u.code')
    .execute();
}
