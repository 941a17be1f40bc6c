import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

export const auditQuery = z.strictObject({
  /** Username (exact, case-insensitive). */
  user: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  /** First and last day, inclusive (Vietnam time). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pagingFields,
});

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  /** How the call came in when not through a browser session: `token: <name>` or `basic`. */
  via: z.string().nullable(),
  /** What the entry's object is called: a household's code and head, a person's or user's name, a unit's name. */
  label: z.string().nullable(),
  /** Names of the records the before/after values point to, by `field:id` (e.g. `communeId:57`, `e:1` for a data element). */
  refs: z.record(z.string(), z.string()),
});

export const auditList = pagedResponse(auditEntry);
