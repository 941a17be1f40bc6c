import { z } from 'zod';
import { isoDate } from '../../shared/paging.js';
import { bodyId, idParam } from '../../shared/ids.js';

export { idParams } from '../../shared/ids.js';

export const recogniseInput = z.strictObject({
  /** A person of the register (id). */
  personId: bodyId,
  villageId: bodyId,
  termFrom: isoDate,
  termTo: isoDate.nullable().optional(),
  /** Number of the recognition decision (e.g. 125/QĐ-UBND). */
  decisionNumber: z.string().trim().min(1).max(60),
  decisionDate: isoDate,
});

export const listQuery = z.strictObject({
  villageId: idParam.optional(),
  /** In office on this day (default: every term). */
  date: isoDate.optional(),
  q: z.string().max(100).optional(),
});

export const activityKind = z.enum(['dispute_mediated', 'meeting', 'information', 'other']);
export const activityInput = z.strictObject({
  kind: activityKind,
  activityDate: isoDate,
  description: z.string().trim().min(3).max(4000),
  participants: z.number().int().min(0).max(100000).nullable().optional(),
});
export const activity = z.object({
  id: z.number(),
  kind: activityKind,
  activityDate: z.string(),
  description: z.string(),
  participants: z.number().nullable(),
  createdAt: z.string(),
});

export const prestigiousPerson = z.object({
  id: z.number(),
  personId: z.number(),
  fullName: z.string(),
  village: z.object({ id: z.number(), name: z.string() }),
  commune: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  ethnic: z.object({ code: z.string(), name: z.string() }),
  termFrom: z.string(),
  termTo: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  activities: z.number(),
  /** active: in office (until termTo when set); ended: the term was ended early (endReason says why). */
  status: z.enum(['active', 'ended']),
  endReason: z.string().nullable(),
});
export const prestigiousList = z.object({ items: z.array(prestigiousPerson) });

const termSnapshot = z.object({
  termFrom: z.string(),
  termTo: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  status: z.enum(['active', 'ended']),
});
export const termChange = z.object({
  id: z.number(),
  action: z.enum(['edit', 'end']),
  reason: z.string(),
  before: termSnapshot,
  after: termSnapshot,
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export const prestigiousDetail = prestigiousPerson.extend({ log: z.array(activity), history: z.array(termChange) });

const reason = z.string().trim().min(3).max(1000);
export const termInput = z.strictObject({
  termFrom: isoDate,
  termTo: isoDate.nullable().optional(),
  decisionNumber: z.string().trim().min(1).max(60),
  decisionDate: isoDate,
  /** Why the term is changed (kept in the history). */
  reason,
});
export const endInput = z.strictObject({ endDate: isoDate, reason });

export const reportQuery = z.strictObject({ date: isoDate.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
const reportRow = z.object({
  key: z.string(),
  name: z.string(),
  persons: z.number(),
  activities: z.number(),
  disputes: z.number(),
  meetings: z.number(),
  information: z.number(),
});
export const report = z.object({ date: z.string(), year: z.number(), byCommune: z.array(reportRow), byEthnic: z.array(reportRow) });

export const supportInput = z.strictObject({ name: z.string().trim().min(1).max(200), date: isoDate.optional() });
export const supportOut = z.object({ listId: z.number(), persons: z.number() });
