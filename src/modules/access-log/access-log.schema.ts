import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

export const accessQuery = z.strictObject({
  /** Username (exact, case-insensitive). */
  user: z.string().max(64).optional(),
  /** view: reads of a person's record; export: list exports. */
  action: z.enum(['view', 'export']).optional(),
  /** person, household … */
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  /** First and last day, inclusive (Vietnam time). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pagingFields,
});

export const accessEntry = z.object({
  id: z.number(),
  at: z.string(),
  user: z.object({ id: z.number().nullable(), username: z.string().nullable(), fullName: z.string().nullable() }),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  purpose: z.string(),
  details: z.unknown(),
});

export const accessList = pagedResponse(accessEntry);
