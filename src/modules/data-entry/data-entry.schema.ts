import { z } from 'zod';
import { idParam } from '../../shared/ids.js';

const id = idParam;

export const reportParams = z.strictObject({
  /** The form: its id or code. */
  dataSet: z.string().min(1).max(100),
  /** Unit code, read on the period's last day. */
  unit: z.string().regex(/^\d{2,5}$/),
  /** Period id of the form's type, e.g. 2025M03, 2025Q1, 2025S1, 2025N9, 2025. */
  period: z.string().min(4).max(7),
});

export const valueInput = z.strictObject({
  dataElementId: id,
  categoryOptionComboId: id,
  /** Empty or null clears the value (kept as deleted so exports can remove it elsewhere). */
  value: z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]).optional(),
  comment: z.string().max(2000).nullable().optional(),
  /** Needed when replacing a value computed from the register. */
  overrideReason: z.string().max(500).nullable().optional(),
  clientId: z.string().min(8).max(100).optional(),
});

/** One cell of a report: an element of the form and one of its disaggregations. */
export const valueHistoryQuery = z.strictObject({ dataElementId: id, categoryOptionComboId: id });

export const batchBody = z.strictObject({ values: z.array(valueInput).min(1).max(5000) });

export const actionBody = z.strictObject({ comment: z.string().max(2000).optional() });

export const completenessQuery = z.strictObject({
  dataSet: z.string().min(1).max(100),
  period: z.string().min(4).max(7),
  /** Restrict to units under this unit code (read on the period's last day). */
  parent: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional(),
});

const submissionStatus = z.enum(['open', 'submitted', 'approved', 'returned']);
const optionCombo = z.object({ id: z.number(), code: z.string().nullable(), name: z.string() });
const formElement = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  valueType: z.enum(['integer', 'number', 'percentage', 'boolean', 'text', 'date']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Unit of measure (triệu đồng, hộ, người…), shown beside the element; null when it has none. */
  unit: z.string().nullable(),
  optionCombos: z.array(optionCombo),
});
const formPeriod = z.object({ id: z.string(), start: z.string(), end: z.string(), deadline: z.string() });

/** The entry grid of one report: layout, values, status and what the caller may do. */
export const formResponse = z.object({
  dataSet: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    periodType: z.enum(['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly']),
    calendar: z.enum(['calendar', 'nd09']),
  }),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() }),
  period: formPeriod,
  status: submissionStatus,
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  canEdit: z.boolean(),
  canApprove: z.boolean(),
  canReopen: z.boolean(),
  sections: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), nameEn: z.string().nullable(), elements: z.array(formElement) })),
  /** Elements the register can fill (POST …/derived). */
  derivable: z.array(z.number()),
  values: z.array(
    z.object({
      dataElementId: z.number(),
      categoryOptionComboId: z.number(),
      value: z.string().nullable(),
      comment: z.string().nullable(),
      derived: z.boolean(),
      overrideReason: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
});

/** Outcome of a save, per value sent. */
export const saveResponse = z.object({
  saved: z.number(),
  unchanged: z.number(),
  duplicates: z.number(),
  items: z.array(
    z.object({
      clientId: z.string().nullable(),
      dataElementId: z.number(),
      categoryOptionComboId: z.number(),
      outcome: z.enum(['saved', 'unchanged', 'duplicate']),
    }),
  ),
});

const violation = z.object({
  ruleId: z.number(),
  code: z.string(),
  name: z.string(),
  importance: z.enum(['high', 'medium', 'low']),
  /** High-importance rules are errors and block submission; the others are warnings. */
  blocking: z.boolean(),
  message: z.string(),
  operator: z.string(),
  left: z.number(),
  right: z.number(),
  /** Each side as people read it: element names in the caller's language, constants in its number style. */
  leftText: z.string(),
  rightText: z.string(),
  /** The form's cells the rule reads, to jump to; categoryOptionComboId null = the element as a whole. */
  cells: z.array(z.object({ dataElementId: z.number(), categoryOptionComboId: z.number().nullable(), name: z.string() })),
});

/** Validation rules broken by a report. */
export const validationResponse = z.object({ violations: z.array(violation), errors: z.number(), warnings: z.number() });

/** How many earlier periods to read (1–12, default 4). */
export const previousQuery = z.strictObject({ count: z.coerce.number().int().min(1).max(12).optional() });

/** The report's values in earlier periods of the same unit and form, to compare with. */
export const previousResponse = z.object({
  /** The earlier periods, newest first, named in the caller's language. */
  periods: z.array(z.object({ id: z.string(), name: z.string(), start: z.string(), end: z.string() })),
  /** Non-empty values of those periods. */
  values: z.array(z.object({ dataElementId: z.number(), categoryOptionComboId: z.number(), periodId: z.string(), value: z.string() })),
});

/** Changes of one cell, newest first. */
export const valueHistoryResponse = z.object({
  dataElement: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  items: z.array(
    z.object({
      at: z.string(),
      by: z.string().nullable(),
      byName: z.string().nullable(),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      oldComment: z.string().nullable(),
      newComment: z.string().nullable(),
      derived: z.boolean(),
      overrideReason: z.string().nullable(),
    }),
  ),
});

/** Workflow steps of a report, oldest first. */
export const reportHistoryResponse = z.object({
  items: z.array(
    z.object({
      action: z.enum(['submit', 'approve', 'return', 'reopen']),
      from: submissionStatus,
      to: submissionStatus,
      comment: z.string().nullable(),
      at: z.string(),
      by: z.string().nullable(),
      byName: z.string().nullable(),
    }),
  ),
});

/** A submission: the new status and the warnings it went through with. */
export const submitResponse = z.object({ status: submissionStatus, warnings: z.array(violation) });
/** A decision: the new status. */
export const decideResponse = z.object({ status: submissionStatus });

const completenessItem = z.object({
  unit: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    level: z.enum(['province', 'district', 'commune']),
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
  }),
  status: submissionStatus,
  /** False while nobody has saved anything for this report: shown as "Chưa nhập". */
  started: z.boolean(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
  timeliness: z.enum(['on_time', 'late', 'missing', 'not_due']),
});

/** Who reported a form for a period, on time or not, and whom to chase. */
export const completenessResponse = z.object({
  dataSet: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  period: formPeriod,
  totals: z.object({
    expected: z.number(),
    reported: z.number(),
    approved: z.number(),
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    notDue: z.number(),
    returned: z.number(),
    completeness: z.number().nullable(),
    timeliness: z.number().nullable(),
  }),
  items: z.array(completenessItem),
  /** Units to chase: returned for correction, then not reported after the deadline; with whom to call. */
  chase: z.array(completenessItem.extend({ officers: z.array(z.object({ name: z.string(), username: z.string() })) })),
});

/** How the entry grid lays out the report's breakdowns (GET …/layout). */
export const layoutResponse = z.object({
  /** Each option combination of the form: the option naming its row in the rows layout, the other options, its ethnic group. */
  combos: z.array(
    z.object({
      id: z.number(),
      /** Code of the ethnic group its option stands for (option DT<code>), or null. */
      ethnicCode: z.string().nullable(),
      row: z.string(),
      rowEn: z.string(),
      rest: z.string().nullable(),
      restEn: z.string().nullable(),
    }),
  ),
  /** Ethnic groups the form's breakdowns use, in code order, with the persons of each in the unit's register on the period's last day. */
  groups: z.array(z.object({ code: z.string(), name: z.string(), persons: z.number() })),
});
