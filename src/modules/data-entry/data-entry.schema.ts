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
