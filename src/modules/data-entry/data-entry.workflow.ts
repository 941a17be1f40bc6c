import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SubmissionAction, SubmissionStatus } from '../../db/schema.datavalues.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { publishEvent } from '../../server/events.js';
import { lockSubmission, recordStep, type ReportKey } from './submissions.repository.js';

/** Which status each action may start from and where it leads. */
const TRANSITIONS: Record<SubmissionAction, { from: SubmissionStatus[]; to: SubmissionStatus }> = {
  submit: { from: ['open', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  reopen: { from: ['approved', 'submitted'], to: 'open' },
};

/** The event each workflow step publishes (webhooks). */
const EVENT_OF = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'reopened' } as const;

export type { ReportKey } from './submissions.repository.js';
export { lockSubmission, lockSubmissions, submissionOf, submissionsOfReports } from './submissions.repository.js';

/** Values may change only while the report is open or returned for correction. */
export function assertEditable(status: SubmissionStatus) {
  if (status === 'approved') throw new AppError(409, 'report_locked');
  if (status === 'submitted') throw new AppError(409, 'report_submitted');
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
  await recordStep(
    trx,
    row.id,
    { status: t.to, comment, updated_at: now, ...stamp },
    { action, from_status: row.status, to_status: t.to, comment, by_user: actor.userId },
  );
  await writeAudit(trx, actor, {
    action: `report_${action}`,
    entity: 'report_submission',
    entityId: row.id,
    unitId: key.unitId,
    before: { status: row.status },
    after: { status: t.to, dataSetId: key.dataSetId, periodId: key.periodId, comment },
  });
  await publishEvent(trx, {
    type: `report.${EVENT_OF[action]}`,
    unitId: key.unitId,
    data: {
      submissionId: row.id,
      dataSetId: key.dataSetId,
      unitId: key.unitId,
      periodId: key.periodId,
      from: row.status,
      to: t.to,
      comment,
      by: actor.username,
    },
  });
  return { id: row.id, from: row.status, to: t.to };
}
