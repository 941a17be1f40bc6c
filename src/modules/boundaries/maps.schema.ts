import { z } from 'zod';
import { unitCode, unitLevel } from '../admin-units/admin-units.schema.js';

/** Register measures a map can show, each of the chosen date (and, for poverty, year). */
export const MEASURES = ['persons', 'households', 'minorityPersons', 'poorHouseholds', 'povertyRate'] as const;
export const measure = z.enum(MEASURES);

export const valuesQuery = z.strictObject({
  measure,
  /** Units of this level (default: provinces; with `parent`, the level below it). */
  level: unitLevel.optional(),
  /** Only units below this one (its code on `date`). */
  parent: unitCode.optional(),
  /** Units and the register as of this day (YYYY-MM-DD, default today). */
  date: z.string().max(20).optional(),
  /** Poverty year (default the year of `date`). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const unitRef = z.object({ code: z.string(), name: z.string(), type: z.string(), level: unitLevel });

export const valuesResponse = z.object({
  measure,
  /** `count` or `percent` (one decimal). */
  unit: z.enum(['count', 'percent']),
  level: unitLevel,
  date: z.string(),
  year: z.number(),
  parent: unitRef.nullable(),
  /** Levels that exist on `date`, top first (before 01/07/2025 three, after it two). */
  levels: z.array(unitLevel),
  items: z.array(
    unitRef.extend({
      /** The measure; null for a rate whose denominator is 0. */
      value: z.number().nullable(),
      /** For a rate: poor households and households. */
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      /** [longitude, latitude] to draw a bubble at, from the shipped commune points; null when unknown. */
      point: z.tuple([z.number(), z.number()]).nullable(),
      /** Whether the unit has units below it on the date (click to drill down). */
      hasChildren: z.boolean(),
    }),
  ),
});

/** The headline figures of an area (home page). */
export const headlineShape = z.object({
  year: z.number(),
  persons: z.number(),
  households: z.number(),
  minorityPersons: z.number(),
  /** Percent of persons, one decimal; null without persons. */
  minorityShare: z.number().nullable(),
  poorHouseholds: z.number(),
  /** Percent of households poor in `year`, one decimal; null without households. */
  povertyRate: z.number().nullable(),
});
