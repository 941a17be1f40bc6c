import { z } from 'zod';
import { pagedResponse, pagingFields } from '../../shared/paging.js';

export const unitLevel = z.enum(['province', 'district', 'commune']);

/**
 * A `YYYY-MM-DD` date, default today. Left as a plain string here and checked by `asOf()`, so a bad
 * or out-of-range date gets its own translated message instead of a generic one.
 */
const dateField = z.string().max(20).optional().describe('YYYY-MM-DD, 1900-01-01 … 2100-12-31; default today');

/** GSO codes: province 2 digits, district 3, commune 5. */
export const unitCode = z.string().regex(/^(\d{2}|\d{3}|\d{5})$/);

export const listQuery = z.strictObject({
  /** Units valid on this day. */
  date: dateField,
  /** Only this level; with `parent`, every unit of this level below the parent. */
  level: unitLevel.optional(),
  /** Code of the parent unit valid on `date`; without `level`, its direct children. */
  parent: unitCode.optional(),
  /** Name or code, ignoring diacritics and case ("tan lac" finds "Xã Tân Lạc"); digits search codes. */
  q: z.string().trim().max(100).optional(),
  ...pagingFields,
});

export const dateQuery = z.strictObject({ date: dateField });
export const codeParams = z.strictObject({ code: unitCode });

export const unit = z.object({
  /** The identity: one code carried over one validity period. */
  id: z.number(),
  code: z.string(),
  name: z.string(),
  /** Tỉnh, Thành phố, Quận, Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu. */
  type: z.string(),
  level: unitLevel,
  /** Type and name, e.g. "Xã Tân Lạc". */
  fullName: z.string(),
  parentId: z.number().nullable(),
  parentCode: z.string().nullable(),
  /** null: valid since before the earliest list held. */
  validFrom: z.string().nullable(),
  /** Last day of validity (inclusive); null: still valid. */
  validTo: z.string().nullable(),
  /** Children valid on the date asked (clamped into the unit's validity) that the caller may see. */
  childCount: z.number(),
});

export const unitList = pagedResponse(unit);
export const unitDetail = unit.extend({ path: z.array(unit) });
export const unitItems = z.object({ items: z.array(unit) });

export const unitLinks = z.object({
  unit,
  items: z.array(
    z.object({
      unit,
      /** full: the whole old unit went into the new one; partial: only part of it did. */
      mergeType: z.enum(['full', 'partial']),
      /** true when computed from the units' communes rather than stated in a crosswalk. */
      derived: z.boolean(),
    }),
  ),
});
