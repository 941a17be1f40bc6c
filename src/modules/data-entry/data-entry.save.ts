import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, writeAudits, type Actor, type AuditEntry } from '../audit/audit.service.js';
import { saveBatch, saveReports, storedCells, type Change, type CheckedInput, type SaveOutcome } from './data-values.repository.js';
import type { Phases } from '../../shared/phases.js';
import type { BulkSession } from '../../db/bulk-load.js';
import type { Form, FormElement, ValueInput } from './data-entry.types.js';
import { checkValue } from './data-entry.values.js';
import { assertEditable, lockSubmission, lockSubmissions } from './data-entry.workflow.js';

type Detail = AppError['details'][number];

/** Why a cell (element × disaggregation) is not one of the form's, as a detail at `at`; undefined when it is. */
export function cellProblem(el: FormElement | undefined, cell: { dataElementId: number; categoryOptionComboId: number }, at = ''): Detail | undefined {
  if (!el) return { field: `${at}dataElementId`, code: 'element_not_in_form', params: { code: cell.dataElementId }, value: cell.dataElementId };
  if (!el.optionCombos.some((c) => c.id === cell.categoryOptionComboId))
    return {
      field: `${at}categoryOptionComboId`,
      code: 'option_combo_not_allowed',
      params: { code: cell.categoryOptionComboId },
      value: cell.categoryOptionComboId,
    };
  return undefined;
}

/** Checks every value against the form; 400 listing each bad value (nothing written) if any fails. */
export async function checkAll(
  db: Kysely<DB>,
  form: Form,
  unitId: number,
  periodId: string,
  inputs: (ValueInput & { derived?: boolean })[],
  prefix: (i: number) => string,
): Promise<CheckedInput[]> {
  const elements = new Map(form.sections.flatMap((s) => s.elements).map((e) => [e.id, e]));
  const details: Detail[] = [];
  const checked: CheckedInput[] = [];
  const derivedNow = await derivedKeys(db, unitId, periodId, inputs);
  for (const [i, input] of inputs.entries()) {
    const el = elements.get(input.dataElementId);
    const at = prefix(i);
    const offForm = cellProblem(el, input, at);
    if (offForm || !el) {
      if (offForm) details.push(offForm);
      continue;
    }
    if (input.value === undefined) {
      checked.push({ ...input, value: null, keepValue: true });
      continue;
    }
    const c = checkValue(input.value, el);
    if (!c.ok) {
      details.push({ field: `${at}value`, code: c.code, params: c.params, value: input.value });
      continue;
    }
    const derived = derivedNow.get(`${input.dataElementId}:${input.categoryOptionComboId}`);
    if (!input.derived && derived !== undefined && derived !== c.value && !input.overrideReason?.trim()) {
      details.push({ field: `${at}overrideReason`, code: 'override_reason_required', value: input.value });
      continue;
    }
    checked.push({ ...input, value: c.value });
  }
  if (details.length) throw new AppError(400, 'values_rejected', { count: details.length }, details);
  return checked;
}

/** Stored derived values among the inputs' cells, keyed `element:optionCombo`. */
async function derivedKeys(db: Kysely<DB>, unitId: number, periodId: string, inputs: ValueInput[]) {
  const ids = [...new Set(inputs.map((i) => i.dataElementId))];
  if (!ids.length) return new Map<string, string | null>();
  const rows = await storedCells(db, unitId, periodId, ids, true);
  return new Map(rows.map((r) => [`${r.data_element_id}:${r.category_option_combo_id}`, r.value]));
}

export interface SaveResult {
  saved: number;
  unchanged: number;
  duplicates: number;
  items: { clientId: string | null; dataElementId: number; categoryOptionComboId: number; outcome: SaveOutcome }[];
}

/**
 * Saves values of one report in one transaction: all or nothing, refused while the report is
 * submitted (409 report_submitted) or approved (409 report_locked), audited as one entry.
 */
export async function saveValues(
  db: Kysely<DB>,
  actor: Actor,
  form: Form,
  unitId: number,
  periodId: string,
  inputs: (ValueInput & { derived?: boolean })[],
  prefix: (i: number) => string,
): Promise<SaveResult> {
  const checked = await checkAll(db, form, unitId, periodId, inputs, prefix);
  return db.transaction().execute((trx) => writeChecked(trx, actor, form, unitId, periodId, checked));
}

/**
 * Writes values already checked by checkAll inside the caller's transaction: takes the report's
 * lock, refuses a submitted or approved report, saves and audits. Lets one transaction span reports.
 */
export async function writeChecked(trx: Kysely<DB>, actor: Actor, form: Form, unitId: number, periodId: string, checked: CheckedInput[]): Promise<SaveResult> {
  const sub = await lockSubmission(trx, { dataSetId: form.id, unitId, periodId });
  assertEditable(sub.status);
  const { outcomes, changes } = await saveBatch(trx, actor, unitId, periodId, checked);
  const result: SaveResult = { saved: 0, unchanged: 0, duplicates: 0, items: [] };
  checked.forEach((input, i) => {
    const outcome = outcomes[i];
    if (outcome === 'saved') result.saved++;
    else if (outcome === 'unchanged') result.unchanged++;
    else result.duplicates++;
    result.items.push({ clientId: input.clientId ?? null, dataElementId: input.dataElementId, categoryOptionComboId: input.categoryOptionComboId, outcome });
  });
  if (changes.length) await writeAudit(trx, actor, saveAudit(sub.id, form.id, unitId, periodId, changes));
  return result;
}

/** The audit entry of one report's saved values; `source` names where they came from (an import). */
function saveAudit(submissionId: number, dataSetId: number, unitId: number, periodId: string, changes: Change[], source?: string): AuditEntry {
  return {
    action: 'data_values_save',
    entity: 'report_submission',
    entityId: submissionId,
    unitId,
    before: changes.map((c) => ({ e: c.dataElementId, c: c.categoryOptionComboId, v: c.old })),
    after: {
      ...(source ? { source } : {}),
      dataSetId,
      periodId,
      values: changes.map((c) => ({ e: c.dataElementId, c: c.categoryOptionComboId, v: c.new, ...(c.comment !== undefined ? { comment: c.comment } : {}) })),
    },
  };
}

/** One report's checked values, for writeCheckedReports. */
export interface ReportWrite {
  dataSetId: number;
  unitId: number;
  periodId: string;
  inputs: CheckedInput[];
}

/**
 * writeChecked for many reports at once, inside the caller's transaction, set-based: locks every
 * report (refusing the write with 409 if one is submitted or approved), saves all values in a few
 * statements, and audits one entry per report that changed, in one insert. Imports use it; a
 * report's values are saved and audited exactly as writeChecked saves them. Returns how many
 * values changed in each report, in the order given. With `copy` (a bulk session's, whose handle `trx` is), new
 * values, their history and the audit entries are loaded with COPY.
 */
export async function writeCheckedReports(
  trx: Kysely<DB>,
  actor: Actor,
  reports: ReportWrite[],
  opts: { source?: string; phases?: Phases; copy?: BulkSession['copy'] } = {},
): Promise<number[]> {
  const { source, phases } = opts;
  const subs = await lockSubmissions(trx, reports);
  phases?.mark('write: lock reports');
  const subOf = new Map(subs.map((s) => [`${s.data_set_id}|${s.unit_id}|${s.period_id}`, s]));
  const keyed = reports.map((r) => subOf.get(`${r.dataSetId}|${r.unitId}|${r.periodId}`)!);
  for (const sub of keyed) assertEditable(sub.status);
  const saved = await saveReports(trx, actor, reports, phases, opts.copy);
  await writeAudits(
    trx,
    actor,
    reports.flatMap((r, i) => (saved[i].changes.length ? [saveAudit(keyed[i].id, r.dataSetId, r.unitId, r.periodId, saved[i].changes, source)] : [])),
    opts.copy,
  );
  phases?.mark('write: audit');
  return saved.map((s) => s.changes.length);
}
