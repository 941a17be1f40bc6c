import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

export const KINDS = ['ethnic_region', 'extremely_difficult_commune', 'extremely_difficult_village'] as const;
const kind = z.enum(KINDS);

export const listsQuery = z.strictObject({
  /** Only lists whose period covers this day; all lists without it. */
  date: isoDate.optional(),
  kind: kind.optional(),
  ...pagingFields,
});

export { idParams } from '../../shared/ids.js';

const unitShort = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.string(),
  fullName: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const classificationList = z.object({
  id: z.number(),
  kind,
  name: z.string(),
  /** Legal basis, e.g. "Quyết định 861/QĐ-TTg ngày 04/06/2021". */
  basis: z.string(),
  periodLabel: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** The area the list covers (null: national). */
  scopeUnit: unitShort.nullable(),
  /** Demo lists are synthetic and must be shown as such. */
  isDemo: z.boolean(),
  /** Entries inside the caller's area. */
  entryCount: z.number(),
});

export const listsResponse = pagedResponse(classificationList);

export const createListBody = z
  .strictObject({
    kind,
    name: z.string().trim().min(1).max(200),
    basis: z.string().trim().max(500).optional(),
    periodLabel: z.string().trim().max(50).optional(),
    validFrom: isoDate,
    validTo: isoDate.optional(),
    /** Code of the area covered, looked up on validFrom (default: the caller's own area). */
    scopeUnit: z
      .string()
      .trim()
      .regex(/^\d{2,5}$/)
      .optional(),
  })
  .refine((b) => !b.validTo || b.validTo >= b.validFrom, { message: 'validTo ≥ validFrom', path: ['validTo'] });

export const entriesQuery = z.strictObject({
  /** Unit or village name or code, ignoring diacritics and case. */
  q: z.string().max(100).optional(),
  ...pagingFields,
});

export const asOfQuery = z.strictObject({
  date: isoDate.optional(),
  kind: kind.optional(),
  q: z.string().max(100).optional(),
  /** A unit code (valid on `date`): that unit's classifications and those of its villages. */
  unit: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/)
    .optional(),
  ...pagingFields,
});

export const entry = z.object({
  id: z.number(),
  kind,
  /** I, II, III for ethnic_region; DBKK for the extremely difficult lists. */
  category: z.string(),
  list: z.object({ id: z.number(), name: z.string(), isDemo: z.boolean(), validFrom: z.string(), validTo: z.string().nullable() }),
  unit: unitShort.nullable(),
  village: z
    .object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      type: z.string(),
      commune: z.object({ id: z.number(), code: z.string(), name: z.string(), type: z.string(), fullName: z.string() }),
      communeName: z.string(),
    })
    .nullable(),
});

export const entriesResponse = pagedResponse(entry);

/** A spreadsheet download (.xlsx): the body is the file's bytes. */
export const xlsxFile = z.string().meta({ type: 'string', format: 'binary' }).describe('Excel workbook (.xlsx)');
