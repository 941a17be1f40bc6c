import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import type { Actor } from '../audit/audit.service.js';
import { formPeriod, reportUnit } from '../data-entry/data-entry.access.js';
import { loadForm } from '../data-entry/data-entry.form.js';
import { saveValues } from '../data-entry/data-entry.save.js';
import { millions, unitFigures } from './budget.service.js';

/** The starter quarterly progress form of the national target programme. */
export const PROGRESS_FORM = 'TD_CHUONG_TRINH_QUY';

/**
 * Fills the budget section of the quarterly progress report of a unit from the recorded money: the
 * year's allocation and the disbursement since 1 January up to the quarter's last day, in million
 * đồng, over the unit and every unit under it (or merged into it). Saved through data entry as an
 * open report: the officer reviews it and submits as usual; a submitted report is refused there.
 */
export async function fillProgressReport(db: Kysely<DB>, graph: UnitGraph, scope: Scope, actor: Actor, q: { unitCode: string; period: string }) {
  const form = await loadForm(db, PROGRESS_FORM, scope).catch(() => {
    throw new AppError(404, 'programme_form_missing');
  });
  const period = formPeriod(form, q.period);
  const unit = await reportUnit(db, graph, scope, form, period, q.unitCode, 'write');
  const unitIds = [...graph.reach(unit.id)].filter((id) => scope.all || scope.reach.has(id));
  // From the period's id: under Decree 09's cut-off the first quarter starts in December of the year before.
  const year = Number(period.id.slice(0, 4));
  const figures = await unitFigures(db, { unitIds, year, until: period.end });
  const elements = new Map(form.sections.flatMap((s) => s.elements).map((e) => [e.code, e]));
  const values: { code: string; value: string }[] = [
    { code: 'CT_VON_GIAO', value: millions(figures.allocated) },
    { code: 'CT_VON_GIAI_NGAN', value: millions(figures.disbursed) },
  ];
  const inputs = values.flatMap((v) => {
    const el = elements.get(v.code);
    return el ? [{ dataElementId: el.id, categoryOptionComboId: el.optionCombos[0].id, value: v.value }] : [];
  });
  const saved = await saveValues(db, actor, form, unit.id, period.id, inputs, (i) => `values.${i}.`);
  return {
    dataSet: form.code,
    unit: { code: unit.code, name: unit.name },
    period: period.id,
    allocated: figures.allocated.toString(),
    disbursed: figures.disbursed.toString(),
    values,
    saved: saved.saved,
    unchanged: saved.unchanged,
  };
}
