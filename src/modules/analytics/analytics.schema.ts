import { z } from 'zod';
import { isoDate } from '../../shared/paging.js';

/** Dimensions a pivot can lay out or filter on; `cat:<CODE>` is any category of a data element. */
export const DIMENSIONS = ['data', 'period', 'unit', 'ethnic', 'sex', 'age', 'minority', 'poverty'] as const;
export const dimension = z.union([z.enum(DIMENSIONS), z.string().regex(/^cat:[A-Za-z0-9_]{1,50}$/)]);
export type Dimension = z.infer<typeof dimension>;

export const CHART_TYPES = ['table', 'bar', 'stacked_bar', 'line', 'pie', 'single_value'] as const;
export const REGISTER_MEASURES = ['persons', 'households', 'poor_households', 'near_poor_households'] as const;
export const RELATIVE_PERIODS = [
  'THIS_YEAR',
  'LAST_YEAR',
  'LAST_5_YEARS',
  'THIS_QUARTER',
  'LAST_QUARTER',
  'LAST_4_QUARTERS',
  'THIS_MONTH',
  'LAST_MONTH',
  'LAST_6_MONTHS',
  'LAST_12_MONTHS',
] as const;

/** One data item: `de:<element>`, `de:<element>.<option or combination>`, `ind:<indicator>` or `reg:<measure>[.<filter>…]`. */
const dataItem = z.string().regex(/^(de|ind|reg):[A-Za-z0-9_]{1,50}(\.[A-Za-z0-9_]{1,50}){0,4}$/);

export const analyticsQuery = z.strictObject({
  data: z.array(dataItem).min(1).max(20),
  /** Period ids (2025, 2025Q1, 2025M03) or relative periods (THIS_YEAR, LAST_5_YEARS, LAST_4_QUARTERS, LAST_12_MONTHS …). */
  periods: z.array(z.string().min(4).max(20)).min(1).max(60),
  /** Province, district or commune code; defaults to the caller's own unit (all provinces for a national user). */
  unit: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional(),
  /** The unit itself, the units directly below it, or every commune below it. */
  unitLevel: z.enum(['self', 'children', 'communes']).default('children'),
  /** Units are those valid on this day (default today); values of older units come through the crosswalk. */
  asOf: isoDate.optional(),
  rows: z.array(dimension).max(3).default(['unit']),
  columns: z.array(dimension).max(3).default(['period']),
  /** Only these values of a dimension: `{ "ethnic": ["01"], "sex": ["female"], "cat:KHU_VUC": ["NONG_THON"] }`. */
  filters: z.record(z.string().max(60), z.array(z.string().max(60)).max(100)).default({}),
  splitRule: z.enum(['flag', 'proportional', 'exclude']).default('flag'),
  /** Row and column totals, and subtotals of the first row dimension. */
  totals: z.boolean().default(true),
  /** Rows by the value of their last column (or total). */
  sort: z.enum(['none', 'asc', 'desc']).default('none'),
  /** `outside`: for publishing outside the agency; small counts are suppressed (always so for aggregates-only users). */
  audience: z.enum(['inside', 'outside']).default('inside'),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;

const header = z.object({
  /** One key per dimension of the axis; '' marks a (sub)total. */
  keys: z.array(z.string()),
  labels: z.array(z.string()),
  total: z.boolean(),
});
export const analyticsAnswer = z.object({
  rowDimensions: z.array(z.string()),
  columnDimensions: z.array(z.string()),
  rows: z.array(header),
  columns: z.array(header),
  /** rows × columns; null: no value (nothing stored, division by zero) or suppressed. */
  values: z.array(z.array(z.number().nullable())),
  /** Same shape: true where a small count was hidden (or hidden so that totals cannot reveal one). */
  suppressed: z.array(z.array(z.boolean())),
  /**
   * Same shape: true where the cell holds values of an old unit split between new ones (under `flag`
   * counted in full in each of them, and once in totals over units).
   */
  flagged: z.array(z.array(z.boolean())),
  periods: z.array(z.object({ id: z.string(), name: z.string() })),
  asOf: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  suppression: z.object({ applied: z.boolean(), threshold: z.number(), cells: z.number() }),
  /** Old units split between several new ones whose values were counted with the split rule. */
  splitUnits: z.array(z.string()),
});
export type AnalyticsAnswer = z.infer<typeof analyticsAnswer>;

export const indicatorBody = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_]{1,50}$/),
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).default(''),
  descriptionVi: z.string().trim().max(2000).default(''),
  descriptionEn: z.string().trim().max(2000).default(''),
  numerator: z.string().trim().min(1).max(2000),
  denominator: z.string().trim().min(1).max(2000).default('1'),
  factor: z.number().finite().default(1),
  decimals: z.number().int().min(0).max(6).default(1),
});
export type IndicatorBody = z.infer<typeof indicatorBody>;
export const indicator = z.object({
  id: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  descriptionVi: z.string(),
  descriptionEn: z.string(),
  numerator: z.string(),
  denominator: z.string(),
  factor: z.number(),
  decimals: z.number(),
  dhis2Uid: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export const indicatorList = z.object({ items: z.array(indicator) });
export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const checkBody = z.strictObject({ expression: z.string().max(2000) });
export const checkAnswer = z.object({ ok: z.boolean(), operands: z.array(z.string()) });

export const visualisationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  query: analyticsQuery,
  chartType: z.enum(CHART_TYPES),
  sharedRoles: z
    .array(z.enum(['admin', 'province_officer', 'commune_officer', 'viewer']))
    .max(4)
    .default([]),
  sharedUserIds: z.array(z.number().int().positive()).max(200).default([]),
});
export const visualisationPatch = visualisationBody.partial().strict();
export const visualisation = z.object({
  id: z.number(),
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  chartType: z.enum(CHART_TYPES),
  ownerId: z.number(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  sharedRoles: z.array(z.string()),
  sharedUserIds: z.array(z.number()),
  updatedAt: z.string(),
});
export const visualisationList = z.object({ items: z.array(visualisation) });

export const catalogueAnswer = z.object({
  elements: z.array(z.object({ code: z.string(), name: z.string(), categories: z.array(z.string()) })),
  indicators: z.array(z.object({ code: z.string(), name: z.string() })),
  measures: z.array(z.object({ code: z.string(), name: z.string() })),
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
  relativePeriods: z.array(z.object({ code: z.string(), name: z.string() })),
  threshold: z.number(),
  aggregatesOnly: z.boolean(),
});
export const settingsBody = z.strictObject({ threshold: z.number().int().min(1).max(1000) });
