import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SubmissionAction, SubmissionStatus } from '../../db/schema.datavalues.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';

/** Which status each action may start from and where it leads. */
const TRANSITIONS: Record<SubmissionAction, { from: SubmissionStatus[]; to: SubmissionStatus }> = {
  submit: { from: ['open', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  reopen: { from: ['approved', 'submitted'], to: 'open' },
};

export interface ReportKey {
  dataSetId: number;
  unitId: number;
  periodId: string;
}

export async function submissionOf(db: Kysely<DB>, key: ReportKey) {
  return db
    .selectFrom('report_submission')
    .selectAll()
    .where('data_set_id', '=', key.dataSetId)
    .where('unit_id', '=', key.unitId)
    .where('period_id', '=', key.periodId)
    .executeTakeFirst();
}

/** Values may change only while the report is open or returned for correction. */
export function assertEditable(status: SubmissionStatus) {
  if (status === 'approved') throw new AppError(409, 'report_locked');
  if (status === 'submitted') throw new AppError(409, 'report_submitted');
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

/** Moves a report along the workflow, recording the step and auditing it in the same transaction. */
export async function transition(trx: Kysely<DB>, actor: Actor, key: ReportKey, action: SubmissionAction, comment: string | null) {
  const row = await lockSubmission(trx, key);
  const t = TRANSITIONS[action];
  if (!t.from.includes(row.status)) throw new AppError(409, 'report_wrong_status', { action, status: row.status });
  const now = new Date();
  const stamp =
    action === 'submit'
      ? { submitted_at: now, submitted_by: actor.userId, decided_at: null, decided_by: null }
      : action === 'reopen'
        ? {}
        : { decided_at: now, decided_by: actor.userId };
  await trx
    .updateTable('report_submission')
    .set({ status: t.to, comment, updated_at: now, ...stamp })
    .where('id', '=', row.id)
    .execute();
  await trx
    .insertInto('report_submission_event')
    .values({ submission_id: row.id, action, from_status: row.status, to_status: t.to, comment, by_user: actor.userId })
    .execute();
  await writeAudit(trx, actor, {
    action: `report_${action}`,
    entity: 'report_submission',
    entityId: row.id,
    unitId: key.unitId,
    before: { status: row.status },
    after: { status: t.to, dataSetId: key.dataSetId, periodId: key.periodId, comment },
  });
  return { id: row.id, from: row.status, to: t.to };
}
