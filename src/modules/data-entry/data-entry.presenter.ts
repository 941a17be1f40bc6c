import type { UserNames } from '../accounts/user-names.service.js';
import { derivableElements } from './data-entry.derived.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import type { submissionEvents, submissionOf } from './submissions.repository.js';
import type { valuesOf } from './data-values.repository.js';

type Submission = Awaited<ReturnType<typeof submissionOf>>;
type Value = Awaited<ReturnType<typeof valuesOf>>[number];
type Step = Awaited<ReturnType<typeof submissionEvents>>[number] & UserNames;

/** A report: its form, period and unit. */
export interface Report {
  form: Form;
  period: FormPeriod;
  unit: { id: number; code: string; name: string; type: string; level: string };
}

/** The grid for one report: layout, current values and comments, status and what the caller may do. */
export function presentForm(r: Report, sub: Submission, values: Value[], mayEnter: boolean, mayApprove: boolean) {
  const status = sub?.status ?? 'open';
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
export function presentHistory(rows: Step[]) {
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
