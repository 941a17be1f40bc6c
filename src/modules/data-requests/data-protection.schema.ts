import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';
import { accessEntry } from '../access-log/access-log.schema.js';

export const reportQuery = z.strictObject({
  user: z.string().max(64).optional(),
  /** view: reads of a person's record; export: list exports and data-use downloads. */
  action: z.enum(['view', 'export']).optional(),
  /** Only the uses of one data-use request. */
  requestId: z.coerce.number().int().min(1).max(2147483647).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pagingFields,
});

const requestRef = z.object({ id: z.number(), title: z.string(), organisation: z.string() }).nullable();

export const reportEntry = accessEntry.extend({ request: requestRef });

export const reportList = pagedResponse(reportEntry);

export const personParams = z.strictObject({ id: z.coerce.number().int().min(1).max(2147483647) });

export const personHistory = z.object({
  person: z.object({ id: z.number(), fullName: z.string(), birthYear: z.number().nullable(), commune: z.string() }),
  /** Every read of the person's record, and every data-use download whose area held them, newest first. */
  items: z.array(reportEntry.extend({ kind: z.enum(['record', 'data_use']) })),
});

export const retentionKind = z.enum(['deceased_person', 'deleted_person', 'access_log', 'data_use_copy']);

export const retentionReview = z.object({
  items: z.array(
    z.object({
      kind: retentionKind,
      vi: z.string(),
      en: z.string(),
      /** Days kept; null when each record carries its own (a data-use request's declared retention). */
      days: z.number().nullable(),
      defaultDays: z.number().nullable(),
      /** Records past their retention (in the caller's area for persons and requests). */
      total: z.number(),
      oldest: z.string().nullable(),
      /** Up to 100 of them, oldest first. */
      records: z.array(z.object({ id: z.number(), label: z.string(), since: z.string(), place: z.string().nullable() })),
    }),
  ),
});

export const retentionParams = z.strictObject({ kind: retentionKind });
export const retentionBody = z.strictObject({ days: z.number().int().min(1).max(36600) });
