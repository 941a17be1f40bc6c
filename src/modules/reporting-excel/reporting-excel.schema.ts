import { z } from 'zod';

export const templateQuery = z.strictObject({
  /** The form: its id or code. */
  dataSet: z.string().min(1).max(100),
  /** Period id of the form's type. */
  period: z.string().min(4).max(7),
  /** Unit codes, comma-separated (up to 200). */
  units: z.string().min(2).max(1400),
});

export const reportQuery = z.strictObject({
  dataSet: z.string().min(1).max(100),
  period: z.string().min(4).max(7),
  unit: z.string().regex(/^\d{2,5}$/),
});
