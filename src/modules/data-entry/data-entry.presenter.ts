import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { derivableElements } from './data-entry.derived.js';
import { valuesOf } from './data-entry.store.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import { submissionOf } from './data-entry.workflow.js';

interface Report {
  form: Form;
  period: FormPeriod;
  unit: { id: number; code: string; name: string; type: string; level: string };
}

/** The grid for one report: layout, current values and comments, status and what the caller may do. */
export async function presentForm(db: Kysely<DB>, r: Report, mayEnter: boolean, mayApprove: boolean) {
  const sub = await submissionOf(db, { dataSetId: r.form.id, unitId: r.unit.id, periodId: r.period.id });
  const status = sub?.status ?? 'open';
  const elementIds = r.form.sections.flatMap((s) => s.elements.map((e) => e.id));
  const values = await valuesOf(db, r.unit.id, r.period.id, elementIds);
  return {
    dataSet: { id: r.form.id, code: r.form.code, name: r.form.name, nameEn: r.form.nameEn, periodType: r.form.periodType, calendar: r.form.calendar },
    unit: { id: r.unit.id, code: r.unit.code, name: `${r.unit.type} ${r.unit.name}`, level: r.unit.level },
    period: r.period,
    status,
    comment: sub?.comment ?? null,
    submittedAt: sub?.submitted_at ? new Date(sub.submitted_at).toISOString() : null,
    canEdit: mayEnter && (status === 'open' || status === 'returned'),
    canApprove: mayApprove && status === 'submitted',
    canReopen: mayApprove && (status === 'approved' || status === 'submitted'),
    sections: r.form.sections,
    /** Elements the register can fill (POST …/derived). */
    derivable: derivableElements(r.form).map((e) => e.id),
    values: values.map((v) => ({
      dataElementId: v.data_element_id,
      categoryOptionComboId: v.category_option_combo_id,
      value: v.value,
      comment: v.comment,
      derived: v.derived,
      overrideReason: v.override_reason,
      updatedAt: new Date(v.updated_at).toISOString(),
    })),
  };
}

/** Workflow steps of a report, oldest first, with who took them. */
export async function reportHistory(db: Kysely<DB>, dataSetId: number, unitId: number, periodId: string) {
  const rows = await db
    .selectFrom('report_submission_event as e')
    .innerJoin('report_submission as s', 's.id', 'e.submission_id')
    .leftJoin('app_user as u', 'u.id', 'e.by_user')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.comment', 'e.at', 'u.username', 'u.full_name'])
    .where('s.data_set_id', '=', dataSetId)
    .where('s.unit_id', '=', unitId)
    .where('s.period_id', '=', periodId)
    .orderBy('e.id')
    .execute();
  return {
    items: rows.map((r) => ({
      action: r.action,
      from: r.from_status,
      to: r.to_status,
      comment: r.comment,
      at: new Date(r.at).toISOString(),
      by: r.username,
      byName: r.full_name,
    })),
  };
}
