import { z } from 'zod';
import { pagedResponse, pagingFields } from '../../shared/paging.js';
import { formBoolean } from './upload.js';

export const reorganisationQuery = z.strictObject({ ...pagingFields });

/** Text fields of the upload form; the files are `units` and `crosswalk`. */
export const reorganisationForm = z.strictObject({
  /** First day of the new units, YYYY-MM-DD; the old ones end the day before. */
  effectiveDate: z.string().max(20),
  /** E.g. "Sắp xếp đơn vị hành chính cấp xã tỉnh Phú Thọ 2027". */
  name: z.string().trim().min(1).max(300),
  /** The legal basis: resolution numbers. */
  basis: z.string().trim().max(1000).optional(),
  /** 'true': check everything and report the counts without keeping any change. */
  dryRun: formBoolean,
});

/** How the upload appears in OpenAPI (multipart is read by the handler, not by the body validator). */
export const reorganisationUploadDoc = z
  .strictObject({
    units: z.any().meta({ type: 'string', format: 'binary' }).describe('CSV: code,name,level,type,parent_code (UTF-8)'),
    crosswalk: z.any().meta({ type: 'string', format: 'binary' }).describe('CSV: old_code,new_code,merge_type[,old_level] (UTF-8)'),
    effectiveDate: z.string(),
    name: z.string(),
    basis: z.string().optional(),
    dryRun: z.enum(['true', 'false']).optional(),
  })
  // Fastify hands a multipart request's (empty) body to the validator as null.
  .nullish();

export const reorganisation = z.object({
  id: z.number(),
  name: z.string(),
  effectiveDate: z.string(),
  basis: z.string(),
  /** New units created by it. */
  unitCount: z.number(),
  /** Old → new links in its crosswalk. */
  linkCount: z.number(),
  loadedAt: z.string(),
});

export const reorganisationList = pagedResponse(reorganisation);

export const reorganisationResult = z.object({
  /** null on a dry run. */
  id: z.number().nullable(),
  /** The same files were loaded before: nothing changed. */
  alreadyLoaded: z.boolean(),
  dryRun: z.boolean(),
  unitsCreated: z.number(),
  unitsEnded: z.number(),
  links: z.number(),
});

/** One row of a unit list file: `code,name,level,type,parent_code`. */
export interface UnitRow {
  code: string;
  name: string;
  level: string;
  type: string;
  parent_code: string;
}
