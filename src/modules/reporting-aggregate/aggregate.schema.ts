import { z } from 'zod';

export const aggregateQuery = z.strictObject({
  /** Data element codes, comma-separated (up to 50). */
  dataElements: z.string().min(1).max(2000),
  /** Period id of any type: 2025M03, 2025Q1, 2025S1, 2025N9, 2025. */
  period: z.string().min(4).max(7),
  /** Province, district or commune code. */
  unit: z.string().regex(/^\d{2,5}$/),
  /** Break totals down by a category: ethnic, sex, area, age or a category code. */
  by: z.string().max(50).optional(),
  /** asof: the unit carrying the code during the period (default); today: the unit carrying it today. */
  onUnits: z.enum(['asof', 'today']).default('asof'),
  /** What to do with old units split between several new ones. */
  splitRule: z.enum(['flag', 'proportional', 'exclude']).default('flag'),
  /** The form whose cut-off calendar dates the period (default: the first form holding the first element). */
  dataSet: z.string().max(100).optional(),
  /** Also the totals of each unit directly below the unit (children) or of each commune below it (communes), in one answer. */
  below: z.enum(['children', 'communes']).optional(),
});
export type AggregateQuery = z.infer<typeof aggregateQuery>;
export type SplitRule = AggregateQuery['splitRule'];

/** Short names accepted for `by`. */
export const BY_ALIASES: Record<string, string> = { ethnic: 'DAN_TOC', sex: 'GIOI_TINH', area: 'KHU_VUC', age: 'NHOM_TUOI' };
