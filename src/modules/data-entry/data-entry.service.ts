import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { withUserNames } from '../accounts/user-names.service.js';
import { presentForm, presentHistory, type Report } from './data-entry.presenter.js';
import { exportValueRows, valuesOf } from './data-values.repository.js';
import { submissionEvents, submissionOf } from './submissions.repository.js';

/** The grid for one report: layout, current values and comments, status and what the caller may do. */
export async function formReport(db: Kysely<DB>, r: Report, mayEnter: boolean, mayApprove: boolean) {
  const sub = await submissionOf(db, { dataSetId: r.form.id, unitId: r.unit.id, periodId: r.period.id });
  const elementIds = r.form.sections.flatMap((s) => s.elements.map((e) => e.id));
  const values = await valuesOf(db, r.unit.id, r.period.id, elementIds);
  return presentForm(r, sub, values, mayEnter, mayApprove);
}

/** Workflow steps of a report, oldest first, with who took them. */
export async function reportHistory(db: Kysely<DB>, dataSetId: number, unitId: number, periodId: string) {
  return presentHistory(await withUserNames(db, await submissionEvents(db, { dataSetId, unitId, periodId }), 'by_user'));
}

/** Values for a DHIS2 export, with the unit code and the login name of who changed them last, in export order. */
export async function exportRows(db: Kysely<DB>, f: Parameters<typeof exportValueRows>[1]) {
  return withUserNames(db, await exportValueRows(db, f), 'updated_by');
}

/*
 * What other modules (Excel, DHIS2, aggregates) use of data values and submissions: they call these,
 * never data entry's SQL.
 */
export {
  cellStates,
  elementHasValues,
  saveBatch,
  valueCells,
  valuesOf,
  type CheckedInput,
  type SaveOutcome,
} from './data-values.repository.js';
export { assertEditable, lockSubmission, submissionOf } from './data-entry.workflow.js';
