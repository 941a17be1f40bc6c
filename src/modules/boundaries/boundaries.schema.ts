import { z } from 'zod';
import { unitCode, unitLevel } from '../admin-units/admin-units.schema.js';

export const shapesQuery = z.strictObject({
  /** Units valid on this day (YYYY-MM-DD, default today). Shapes are held for the units of 01/03/2025. */
  date: z.string().max(20).optional(),
  /** Only this level; with `parent`, every unit of this level below it. No filter: provinces. */
  level: unitLevel.optional(),
  /** Code of the parent unit valid on `date`; without `level`, its direct children. */
  parent: unitCode.optional(),
  /** Only this unit (its code valid on `date`): the outline drawn behind a map of its children. */
  code: unitCode.optional(),
});

/** Text fields of the upload form; the file is `file`. */
export const uploadForm = z.strictObject({
  /** Level of the units the features' `code` properties name. */
  level: unitLevel,
  /** The features are matched to units valid on this day (default today). */
  date: z.string().max(20).optional(),
  /** Where the shapes come from; default the file name. */
  source: z.string().trim().min(1).max(300).optional(),
  /** Licence of the shapes, e.g. "CC-BY-4.0"; default "unspecified". */
  licence: z.string().trim().min(1).max(100).optional(),
  /** Credit line to show with maps. */
  attribution: z.string().trim().max(1000).optional(),
});

/** How the upload appears in OpenAPI (multipart is read by the handler, not by the body validator). */
export const uploadDoc = z
  .strictObject({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('GeoJSON FeatureCollection of Polygon/MultiPolygon features with a `code` property'),
    level: unitLevel,
    date: z.string().optional(),
    source: z.string().optional(),
    licence: z.string().optional(),
    attribution: z.string().optional(),
  })
  // Fastify hands a multipart request's (empty) body to the validator as null.
  .nullish();

export const uploadResult = z.object({
  /** Shapes stored. */
  count: z.number(),
  created: z.number(),
  /** Units whose earlier shape was replaced. */
  replaced: z.number(),
  /** `simplified`: the shape had more than 5,000 positions and is stored simplified for maps. */
  items: z.array(z.object({ unitId: z.number(), code: z.string(), name: z.string(), replaced: z.boolean(), simplified: z.boolean() })),
});

export const sourcesResponse = z.object({
  items: z.array(
    z.object({
      source: z.string(),
      licence: z.string(),
      attribution: z.string(),
      /** Units with a shape from this source. */
      units: z.number(),
      levels: z.array(z.string()),
      loadedAt: z.string(),
      /** What the source covers and lacks, in the caller's language. */
      notes: z.string(),
    }),
  ),
});

/** GeoJSON FeatureCollection of unit shapes (sent as stored text, so this documents the shape only). */
export const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      /** The unit's code. */
      id: z.string(),
      bbox: z.array(z.number()),
      properties: z.object({ code: z.string(), name: z.string(), type: z.string(), level: z.string(), unitId: z.number() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
