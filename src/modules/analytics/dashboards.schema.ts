import { z } from 'zod';
import { headlineShape, valuesResponse } from '../boundaries/maps.schema.js';
import { completenessResponse } from '../data-entry/data-entry.schema.js';
import { budgetSummary } from '../programmes/programmes.schema.js';
import { analyticsAnswer, CHART_TYPES } from './analytics.schema.js';

const ROLES = ['admin', 'province_officer', 'commune_officer', 'viewer'] as const;
const sharedRoles = z.array(z.enum(ROLES)).max(4).default([]);
const sharedUserIds = z.array(z.number().int().positive()).max(200).default([]);
const unitCode = z.string().regex(/^\d{2,5}$/);

/** What a saved map shows: a register measure of `/api/maps/values` by unit, and how its legend is classed. */
export const mapSettings = z.strictObject({
  measure: z.enum(['persons', 'households', 'minorityPersons', 'poorHouseholds', 'povertyRate']),
  /** Units of this level (province or commune; district before 1 July 2025); with `parent`, the level below it. */
  level: z.enum(['province', 'district', 'commune']).optional(),
  parent: unitCode.optional(),
  /** Units and register as of this day (default: today, when the map is opened). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Poverty year (default: the year of the date). */
  year: z.number().int().min(2000).max(2100).optional(),
  method: z.enum(['equal', 'quantile', 'fixed']).default('quantile'),
  classes: z.number().int().min(3).max(7).default(5),
  /** Fixed class breaks, ascending (method `fixed`). */
  breaks: z.array(z.number().finite()).max(10).default([]),
});
export type MapSettings = z.infer<typeof mapSettings>;

export const mapBody = z.strictObject({ name: z.string().trim().min(1).max(200), settings: mapSettings, sharedRoles, sharedUserIds });
export const mapPatch = mapBody.partial().strict();
export const savedMap = z.object({
  id: z.number(),
  name: z.string(),
  settings: mapSettings,
  ownerId: z.number(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  sharedRoles: z.array(z.string()),
  sharedUserIds: z.array(z.number()),
  updatedAt: z.string(),
});
export const savedMapList = z.object({ items: z.array(savedMap) });

export const ITEM_KINDS = ['visualisation', 'map', 'text', 'headline', 'completeness', 'programme'] as const;
/** One item of a dashboard, in reading order; `width` in quarters of the row (a phone stacks them in one column), `height` in rows of 320 px. */
export const dashboardItem = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/),
  kind: z.enum(ITEM_KINDS),
  /** Shown above the item (default: the name of the visualisation or map). */
  title: z.string().trim().max(200).default(''),
  visualisationId: z.number().int().positive().optional(),
  mapId: z.number().int().positive().optional(),
  /** Text of a text item (plain, line breaks kept). */
  text: z.string().max(4000).optional(),
  /** Report form of a completeness item. */
  dataSet: z.string().max(100).optional(),
  width: z.number().int().min(1).max(4).default(2),
  height: z.number().int().min(1).max(3).default(1),
});
export type DashboardItem = z.infer<typeof dashboardItem>;

export const dashboardBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  /** The area the dashboard is about (a unit code in the caller's area; default the caller's own unit). */
  unit: unitCode.optional(),
  items: z.array(dashboardItem).max(40).default([]),
  sharedRoles,
  sharedUserIds,
});
export const dashboardPatch = dashboardBody.partial().strict();

const itemOut = dashboardItem.extend({
  /** Name and chart of the visualisation, or name and settings of the map (null when it was deleted). */
  visualisation: z
    .object({ id: z.number(), name: z.string(), chartType: z.enum(CHART_TYPES), query: z.record(z.string(), z.unknown()) })
    .nullable()
    .optional(),
  map: z.object({ id: z.number(), name: z.string(), settings: mapSettings }).nullable().optional(),
});
export const dashboard = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  items: z.array(itemOut),
  ownerId: z.number(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  isDefault: z.boolean(),
  sharedRoles: z.array(z.string()),
  sharedUserIds: z.array(z.number()),
  updatedAt: z.string(),
});
export const dashboardSummary = dashboard.omit({ items: true }).extend({ itemCount: z.number() });
export const dashboardList = z.object({ items: z.array(dashboardSummary) });

export const itemParams = z.object({ id: z.coerce.number().int().positive(), itemId: z.string().max(20) });
/** The dashboard's filter: replaces each item's own periods (and map date) and unit. */
export const dashboardFilter = z.strictObject({
  periods: z.array(z.string().min(4).max(20)).min(1).max(60).optional(),
  unit: unitCode.optional(),
});
export const itemData = z.object({
  kind: z.enum(ITEM_KINDS),
  /** For a visualisation: the query run (its own, with the filter applied) and its answer. */
  query: z.record(z.string(), z.unknown()).nullable(),
  answer: analyticsAnswer.nullable(),
  /** For a map: its settings with the filter applied. */
  map: mapSettings.nullable(),
  /** For headline figures: those of the filter's unit (else the dashboard's, else the caller's area), in the caller's area. */
  headline: headlineShape.extend({ unit: z.object({ code: z.string(), name: z.string() }).nullable() }).nullable(),
  /** For a map: its values on its date, for its year (the latest classified by then when it names none). */
  values: valuesResponse.nullable(),
  /** For reporting completeness: the year counted (last year's unless the filter names one) and its totals. */
  completeness: z.object({ period: z.number(), totals: completenessResponse.shape.totals }).nullable(),
  /** For programme progress: the national target programme's disbursement in the filter's year (default this year). */
  programme: budgetSummary.pick({ nodeName: true, year: true, total: true }).nullable(),
});

/** `GET /dashboards/open`: the dashboard (default the first listed) and the filter, periods comma-separated. */
export const openQuery = z.strictObject({
  id: z.coerce.number().int().positive().optional(),
  periods: z
    .string()
    .max(1300)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(dashboardFilter.shape.periods.unwrap())
    .optional(),
  unit: dashboardFilter.shape.unit,
});
export const openedDashboard = z.object({ dashboard: dashboard.nullable(), items: z.record(z.string(), itemData) });
