import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import type { RowAction } from '../spreadsheets/spreadsheet.service.js';
import type { RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import type { Actor } from '../audit/audit.service.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { formPeriod, reportUnit } from '../data-entry/data-entry.access.js';
import { loadForm } from '../data-entry/data-entry.form.js';
import { checkAll, writeChecked } from '../data-entry/data-entry.save.js';
import type { CheckedInput } from '../data-entry/data-entry.service.js';
import { valuesOf } from '../data-entry/data-entry.service.js';
import type { Form, FormPeriod, ValueInput } from '../data-entry/data-entry.types.js';
import { checkValue } from '../data-entry/data-entry.values.js';
import { submissionOf } from '../data-entry/data-entry.service.js';
import type { ExcelKey } from './excel.columns.js';

type Row = SheetRow<ExcelKey>;
interface UnitBatch {
  unitId: number;
  inputs: ValueInput[];
  rows: Row[];
  checked?: CheckedInput[];
}

/**
 * Reads a filled template back: every value goes through the same checks as on screen (the
 * data-entry save path), problems come back per row and column, and nothing is written unless the
 * whole file is good (and it is not a dry run); a good file is written in one transaction.
 * Values equal to those held are left alone.
 */
export async function uploadValues(
  db: Kysely<DB>,
  graph: UnitGraph,
  scope: Scope,
  actor: Actor,
  all: Row[],
  labels: Record<ExcelKey, string>,
  dryRun: boolean,
) {
  const errors: RowError[] = [];
  const actions = new Map<number, RowAction>();
  const fail = (r: Row, key: ExcelKey, code: string, params: Record<string, unknown> = {}) =>
    errors.push({ row: r.row, column: labels[key], value: r.values[key] ?? '', code, params });
  const rows = all.filter((r) => r.values.element);
  if (!rows.length) throw new AppError(400, 'sheet_no_rows');
  const first = rows[0];

  let form: Form;
  let period: FormPeriod;
  try {
    form = await loadForm(db, first.values.dataSet, scope);
    period = formPeriod(form, first.values.period);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    fail(first, e.code === 'unknown_period' ? 'period' : 'dataSet', e.code, { ...e.params, ...e.details[0]?.params });
    return { errors, actions, applied: false };
  }
  const byUnit = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.values.dataSet !== form.code) fail(r, 'dataSet', 'excel_mixed_form', { code: form.code });
    else if (r.values.period !== period.id) fail(r, 'period', 'excel_mixed_form', { code: period.id });
    else (byUnit.get(r.values.unit) ?? byUnit.set(r.values.unit, []).get(r.values.unit)!).push(r);
  }

  const elements = new Map(form.sections.flatMap((s) => s.elements).map((e) => [e.code, e]));
  const batches: UnitBatch[] = [];
  for (const [code, unitRows] of byUnit) {
    let unitId: number;
    try {
      unitId = (await reportUnit(db, graph, scope, form, period, code, 'write')).id;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const r of unitRows) fail(r, 'unit', e.code === 'not_found' ? 'out_of_scope' : e.code, { code, ...e.params });
      continue;
    }
    const status = (await submissionOf(db, { dataSetId: form.id, unitId, periodId: period.id }))?.status ?? 'open';
    const blocked = status === 'approved' ? 'report_locked' : status === 'submitted' ? 'report_submitted' : null;
    const stored = new Map(
      (
        await valuesOf(
          db,
          unitId,
          period.id,
          [...elements.values()].map((e) => e.id),
        )
      ).map((v) => [`${v.data_element_id}:${v.category_option_combo_id}`, v]),
    );
    const batch: UnitBatch = { unitId, inputs: [], rows: [] };
    const seen = new Set<string>();
    for (const r of unitRows) {
      const el = elements.get(r.values.element);
      if (!el) {
        fail(r, 'element', 'element_not_in_form', { code: r.values.element });
        continue;
      }
      const coc = el.optionCombos.find((c) => (c.code ?? 'none') === r.values.combo);
      if (!coc) {
        fail(r, 'combo', 'option_combo_not_allowed', { code: r.values.combo });
        continue;
      }
      const key = `${el.id}:${coc.id}`;
      if (seen.has(key)) {
        fail(r, 'combo', 'excel_duplicate_cell', { code: `${el.code}.${r.values.combo}` });
        continue;
      }
      seen.add(key);
      const held = stored.get(key);
      const comment = r.values.comment?.trim() || null;
      const checked = checkValue(r.values.value, el);
      if (checked.ok && checked.value === (held?.value ?? null) && comment === (held?.comment ?? null)) {
        actions.set(r.row, 'unchanged');
        continue;
      }
      if (blocked) {
        fail(r, 'value', blocked);
        continue;
      }
      actions.set(r.row, held ? 'update' : 'create');
      // A value computed from the register is replaced with the comment as the reason.
      batch.inputs.push({
        dataElementId: el.id,
        categoryOptionComboId: coc.id,
        value: r.values.value,
        comment,
        ...(held?.derived && comment ? { overrideReason: comment } : {}),
      });
      batch.rows.push(r);
    }
    if (!batch.inputs.length) continue;
    batches.push(batch);
    try {
      batch.checked = await checkAll(db, form, unitId, period.id, batch.inputs, (i) => `${i}.`);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const d of e.details) {
        const [i, field] = d.field.split('.');
        const r = batch.rows[Number(i)];
        fail(r, field === 'value' || field === 'overrideReason' ? 'value' : field === 'dataElementId' ? 'element' : 'combo', d.code, d.params ?? {});
      }
    }
  }
  if (errors.length || dryRun) return { errors, actions, applied: false };
  // One transaction for the whole file: a report locked meanwhile leaves every report unwritten.
  await db.transaction().execute(async (trx) => {
    for (const b of batches) await writeChecked(trx, actor, form, b.unitId, period.id, b.checked!);
  });
  return { errors, actions, applied: batches.length > 0 };
}
