import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { withUserNames } from '../accounts/user-names.service.js';
import { presentForm, presentHistory, type Report } from './data-entry.presenter.js';
import { parsePeriod, periodName, periodRange, previousPeriod, type Period } from '../reporting-periods/periods.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import { exportValueRows, valuesInPeriods, valuesOf } from './data-values.repository.js';
import { submissionEvents, submissionOf } from './submissions.repository.js';

/** The grid for one report: layout, current values and comments, status and what the caller may do. */
export async function formReport(db: Kysely<DB>, r: Report, mayEnter: boolean, mayApprove: boolean) {
  const sub = await submissionOf(db, { dataSetId: r.form.id, unitId: r.unit.id, periodId: r.period.id });
  const elementIds = r.form.sections.flatMap((s) => s.elements.map((e) => e.id));
  const values = await valuesOf(db, r.unit.id, r.period.id, elementIds);
  return presentForm(r, sub, values, mayEnter, mayApprove);
}

/**
 * The values the same unit gave on the same form in the `count` periods before this one (newest
 * first), for the grid to show last period's value and flag a value far from the earlier ones. The
 * caller has already checked the unit against its area (the report's read).
 */
export async function previousValues(db: Kysely<DB>, form: Form, unitId: number, period: FormPeriod, count: number, lang: 'vi' | 'en') {
  const periods: Period[] = [];
  let p = parsePeriod(period.id);
  while (p && periods.length < count) {
    p = previousPeriod(p);
    if (p) periods.push(p);
  }
  const elementIds = form.sections.flatMap((s) => s.elements.map((e) => e.id));
  const rows = await valuesInPeriods(
    db,
    unitId,
    periods.map((x) => x.id),
    elementIds,
  );
  return {
    periods: periods.map((x) => ({ id: x.id, name: periodName(x, lang), ...periodRange(x, form.calendar) })),
    values: rows.map((r) => ({ dataElementId: r.data_element_id, categoryOptionComboId: r.category_option_combo_id, periodId: r.period_id, value: r.value! })),
  };
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
  cellStatesOfReports,
  elementHasValues,
  saveBatch,
  valueCells,
  valueCellsByTarget,
  type UnitToTarget,
  valuesOf,
  type CheckedInput,
  type SaveOutcome,
} from './data-values.repository.js';
export { assertEditable, lockSubmission, submissionOf, submissionsOfReports } from './data-entry.workflow.js';
export { writeCheckedReports, type ReportWrite } from './data-entry.save.js';
