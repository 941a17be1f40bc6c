import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Actor } from '../audit/audit.service.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import { runValidation } from './data-entry.validation.js';
import { lockSubmission, transition } from './data-entry.workflow.js';

interface Report {
  form: Form;
  period: FormPeriod;
  unit: { id: number };
}

/** Submits a report unless a rule of high importance is broken; warnings travel with the answer. */
export async function submitReport(db: Kysely<DB>, actor: Actor, r: Report, comment: string | null, lang: 'vi' | 'en') {
  const key = { dataSetId: r.form.id, unitId: r.unit.id, periodId: r.period.id };
  // Checked under the report's lock, so no save can slip in between the check and the submission.
  return db.transaction().execute(async (trx) => {
    const row = await lockSubmission(trx, key);
    if (row.status !== 'open' && row.status !== 'returned') throw new AppError(409, 'report_wrong_status', { action: 'submit', status: row.status });
    const check = await runValidation(trx, r.form, r.unit.id, r.period.id, lang);
    const errors = check.violations.filter((v) => v.blocking);
    if (errors.length) {
      throw new AppError(
        409,
        'report_has_errors',
        { count: errors.length },
        errors.map((v) => ({ field: `rule.${v.code}`, code: 'validation_rule', message: v.message })),
      );
    }
    const step = await transition(trx, actor, key, 'submit', comment?.trim() || null);
    return { status: step.to, warnings: check.violations };
  });
}

/** Approves, returns (with a comment) or reopens (with a reason) a report. */
export async function decideReport(db: Kysely<DB>, actor: Actor, r: Report, action: 'approve' | 'return' | 'reopen', comment: string | null, role: Role) {
  // A form approved by the administrator is not decided by provincial officers.
  if (r.form.approvalRole === 'admin' && role !== 'admin') throw new AppError(403, 'forbidden');
  const text = comment?.trim() || null;
  if (action !== 'approve' && !text) throw new AppError(400, 'comment_required', {}, [{ field: 'comment', code: 'comment_required' }]);
  const key = { dataSetId: r.form.id, unitId: r.unit.id, periodId: r.period.id };
  const step = await db.transaction().execute((trx) => transition(trx, actor, key, action, text));
  return { status: step.to };
}
