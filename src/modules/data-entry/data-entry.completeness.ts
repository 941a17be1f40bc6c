import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { findUnitOn } from '../admin-units/admin-units.lookup.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { formPeriod } from './data-entry.access.js';
import { assignUnits, loadForm } from './data-entry.form.js';
import { dayInVN, todayVN } from '../../shared/dates.js';
import { officersByUnit } from '../accounts/users.service.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import { submissionsOf, unitsWithParent } from './submissions.repository.js';

export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_due';

const pct = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : null);

/**
 * Which units in the caller's area reported a form for a period: a report counts once submitted
 * (or approved), on time when its last submission fell on or before the deadline; a unit that has
 * not reported is missing after the deadline and not yet due before it.
 */
export async function completeness(db: Kysely<DB>, scope: Scope, form: Form, period: FormPeriod, today = todayVN()) {
  const unitIds = [...form.assignedUnitIds].filter((id) => inReach(scope, id));
  const units = await unitsWithParent(db, unitIds);
  const subs = await submissionsOf(db, form.id, period.id, unitIds);
  const byUnit = new Map(subs.map((s) => [s.unit_id, s]));
  const items = units.map((u) => {
    const s = byUnit.get(u.id);
    const status = s?.status ?? 'open';
    const reported = status === 'submitted' || status === 'approved';
    const submittedOn = reported && s?.submitted_at ? dayInVN(new Date(s.submitted_at)) : null;
    const timeliness: Timeliness = submittedOn ? (submittedOn <= period.deadline ? 'on_time' : 'late') : today > period.deadline ? 'missing' : 'not_due';
    return {
      unit: {
        id: u.id,
        code: u.code,
        name: `${u.type} ${u.name}`,
        level: u.level,
        parent: u.parentCode ? { code: u.parentCode, name: `${u.parentType} ${u.parentName}` } : null,
      },
      status,
      /** False while nobody has saved anything for this report (no report row yet). */
      started: s !== undefined,
      submittedAt: reported && s?.submitted_at ? new Date(s.submitted_at).toISOString() : null,
      decidedAt: s?.decided_at ? new Date(s.decided_at).toISOString() : null,
      comment: s?.comment ?? null,
      timeliness,
    };
  });
  const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
  // Returned reports first (the province waits on a correction), then the overdue ones.
  const chase = items
    .filter((i) => i.timeliness === 'missing' || i.status === 'returned')
    .sort((a, b) => Number(b.status === 'returned') - Number(a.status === 'returned'));
  const officers = await officersByUnit(
    db,
    chase.map((i) => i.unit.id),
  );
  const expected = items.length;
  const reported = count((i) => i.timeliness === 'on_time' || i.timeliness === 'late');
  const onTime = count((i) => i.timeliness === 'on_time');
  return {
    dataSet: { id: form.id, code: form.code, name: form.name },
    period,
    totals: {
      expected,
      reported,
      approved: count((i) => i.status === 'approved'),
      onTime,
      late: count((i) => i.timeliness === 'late'),
      missing: count((i) => i.timeliness === 'missing'),
      notDue: count((i) => i.timeliness === 'not_due'),
      returned: count((i) => i.status === 'returned'),
      completeness: pct(reported, expected),
      timeliness: pct(onTime, expected),
    },
    items,
    /** Units to chase: returned for correction, then not reported after the deadline; with whom to call. */
    chase: chase.map((i) => ({ ...i, officers: officers.get(i.unit.id) ?? [] })),
  };
}

/** Completeness of a form (by code) for a period, in the caller's area, under `parent` (a unit code) when given. */
export async function formCompleteness(db: Kysely<DB>, graph: UnitGraph, scope: Scope, dataSet: string, periodId: string, parent?: string) {
  const form = await loadForm(db, dataSet, scope);
  const period = formPeriod(form, periodId);
  assignUnits(graph, form, period);
  if (parent) {
    const p = await findUnitOn(db, parent, period.end);
    if (!p || !inReach(scope, p.id)) throw new AppError(404, 'not_found');
    const under = new Set([...graph.reach(p.id)].filter((id) => inReach(scope, id)));
    scope = { all: false, reach: under, visible: under };
  }
  return completeness(db, scope, form, period);
}
