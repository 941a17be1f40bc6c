import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import { deadlineOf, parsePeriod, periodRange } from '../reporting-periods/periods.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { isAssigned } from './data-entry.form.js';
import type { Form, FormPeriod } from './data-entry.types.js';

/** The form's period for an id, or 400 when the id is not a period of the form's type. */
export function formPeriod(form: Form, periodId: string): FormPeriod {
  const p = parsePeriod(periodId);
  if (!p || p.type !== form.periodType)
    throw new AppError(400, 'unknown_period', { period: periodId }, [{ field: 'period', code: 'unknown_period', params: { period: periodId } }]);
  const r = periodRange(p, form.calendar);
  return { id: p.id, start: r.start, end: r.end, deadline: deadlineOf(p, form.calendar, form.deadlineDays) };
}

/**
 * The unit a report is for: the one carrying the code at the period's end (or, for a unit that
 * ended during the period, at its start). Outside the caller's area a read sees nothing (404) and a
 * write is refused (403); a unit in the area that does not report on the form is a 404.
 */
export async function reportUnit(db: Kysely<DB>, graph: UnitGraph, scope: Scope, form: Form, period: FormPeriod, code: string, mode: 'read' | 'write') {
  const unit = (await findUnitOn(db, code, period.end)) ?? (await findUnitOn(db, code, period.start));
  if (!unit)
    throw new AppError(404, 'unknown_unit', { code, date: formatDateVi(period.end) }, [
      { field: 'unit', code: 'unknown_unit', params: { code, date: formatDateVi(period.end) } },
    ]);
  if (!inReach(scope, unit.id)) throw mode === 'read' ? new AppError(404, 'not_found') : new AppError(403, 'out_of_scope');
  if (!isAssigned(graph, form, period, unit.id))
    throw new AppError(404, 'unit_not_assigned', { code }, [{ field: 'unit', code: 'unit_not_assigned', params: { code } }]);
  return unit;
}
