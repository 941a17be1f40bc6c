import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { withUserNames } from '../accounts/user-names.service.js';
import type { ValueChange } from '../../shared/value-history.js';
import { cellProblem } from './data-entry.save.js';
import { cellChanges } from './data-values.repository.js';
import type { Form } from './data-entry.types.js';

const LIMIT = 200;

/**
 * Every change of one cell of a report (element × disaggregation), newest first: what the cell was,
 * what it became, its comment, who and when. Only cells of the form can be asked for.
 */
export async function valueHistory(db: Kysely<DB>, form: Form, unitId: number, periodId: string, dataElementId: number, categoryOptionComboId: number) {
  const el = form.sections.flatMap((s) => s.elements).find((e) => e.id === dataElementId);
  const problem = cellProblem(el, { dataElementId, categoryOptionComboId });
  if (problem || !el) throw new AppError(400, problem!.code, problem!.params, [problem!]);
  const rows = await withUserNames(db, await cellChanges(db, unitId, periodId, dataElementId, categoryOptionComboId, LIMIT), 'changed_by');
  const items: ValueChange[] = rows.map((r) => ({
    at: new Date(r.changed_at).toISOString(),
    by: r.username,
    byName: r.full_name,
    oldValue: r.old_value,
    newValue: r.new_value,
    oldComment: r.old_comment,
    newComment: r.new_comment,
    derived: r.derived,
    overrideReason: r.override_reason,
  }));
  return { dataElement: { id: el.id, code: el.code, name: el.name }, items };
}
