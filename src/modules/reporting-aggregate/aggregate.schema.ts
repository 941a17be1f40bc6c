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

const named = z.object({ code: z.string(), name: z.string() });
/** Totals of the elements for one unit, with the old units that went into them. */
const unitTotals = {
  items: z.array(
    z.object({
      dataElement: z.object({
        code: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        aggregation: z.enum(['sum', 'average', 'last']),
        valueType: z.enum(['integer', 'number', 'percentage', 'boolean', 'text', 'date']),
        unit: z.string(),
      }),
      total: z.number().nullable(),
      /** By the categories of `by`, when asked. */
      groups: z.array(z.object({ code: z.string(), name: z.string(), value: z.number().nullable() })).optional(),
      units: z.number(),
      periods: z.array(z.string()),
    }),
  ),
  mergedUnits: z.array(z.string()),
  splitUnits: z.array(
    z.object({ code: z.string(), name: z.string(), successors: z.array(named), rule: z.enum(['flag', 'proportional', 'exclude']), weight: z.number() }),
  ),
  unit: z.object({ code: z.string(), name: z.string(), level: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() }),
};
const answer = z.object({
  ...unitTotals,
  period: z.object({
    id: z.string(),
    type: z.enum(['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly']),
    name: z.string(),
    start: z.string(),
    end: z.string(),
    calendar: z.enum(['calendar', 'nd09']),
  }),
  onUnits: z.enum(['asof', 'today']),
  splitRule: z.enum(['flag', 'proportional', 'exclude']),
  by: z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }).nullable(),
});
/** The totals of a unit; with `below`, also one row of totals per unit below it (tried first so its rows are kept). */
export const aggregateResponse = z.union([answer.extend({ below: z.enum(['children', 'communes']), rows: z.array(z.object(unitTotals)) }), answer]);
