import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';
import { VILLAGE_TYPE_CODES } from './villages.types.js';
import { bodyId } from '../../shared/ids.js';

const villageType = z.enum(VILLAGE_TYPE_CODES);
const unitCode = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/);
const villageName = z.string().trim().min(1).max(100);
const villageCode = z.string().trim().min(1).max(20);

export const listQuery = z.strictObject({
  /** Code of a commune (or district/province) valid on `date`: only villages under it. */
  commune: unitCode.optional(),
  /** Villages valid on this day (default today). */
  date: isoDate.optional(),
  /** Name or code, ignoring diacritics and case. */
  q: z.string().max(100).optional(),
  /** active (default): valid on `date`; inactive / merged: ended that way before `date`; all: every village held. */
  status: z.enum(['all', 'active', 'inactive', 'merged']).optional(),
  ...pagingFields,
});

export { idParams } from '../../shared/ids.js';

export const commune = z.object({ id: z.number(), code: z.string(), name: z.string(), type: z.string(), fullName: z.string() });

export const village = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  type: villageType,
  commune,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** active; inactive (deactivated, or ended with its commune and continued by a successor); merged. */
  status: z.enum(['active', 'inactive', 'merged']),
  mergedIntoId: z.number().nullable(),
  predecessorId: z.number().nullable(),
  isDemo: z.boolean(),
});

export const villageList = pagedResponse(village);

const villageRef = z.object({ id: z.number(), code: z.string(), name: z.string(), type: villageType, communeName: z.string() });

/** One dated event of a village's life, oldest first. */
export const historyEvent = z.object({
  /** YYYY-MM-DD, or an ISO timestamp for audited changes; null when unknown. */
  date: z.string().nullable(),
  event: z.enum(['predecessor', 'merged_from', 'created', 'update', 'deactivate', 'merge', 'import', 'merged_into', 'successor']),
  name: z.string(),
  code: z.string().optional(),
  villageId: z.number().optional(),
  username: z.string().nullable().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const villageDetail = village.extend({
  predecessor: villageRef.nullable(),
  mergedInto: villageRef.nullable(),
  /** Predecessor chain, nearest first (what it continues after reorganisations). */
  predecessors: z.array(village),
  /** Villages continuing this one after a reorganisation (inside the caller's area). */
  successors: z.array(village),
  mergedFrom: z.array(village),
  history: z.array(historyEvent),
  /** Whether the caller may rename, deactivate or merge it. */
  canEdit: z.boolean(),
});

export const createBody = z.strictObject({
  communeCode: unitCode,
  /** Day on which the commune code is looked up (default today). */
  date: isoDate.optional(),
  /** Unique within the commune; the next 3-digit number when absent. */
  code: villageCode.optional(),
  name: villageName,
  type: villageType,
  validFrom: isoDate.optional(),
});

export const patchBody = z
  .strictObject({ name: villageName.optional(), type: villageType.optional() })
  .refine((b) => b.name !== undefined || b.type !== undefined, { message: 'name | type' });

export const deactivateBody = z.strictObject({
  /** Last day the village exists. */
  date: isoDate,
  reason: z.string().trim().min(1).max(500),
});

export const mergeBody = z
  .strictObject({
    sourceIds: z.array(bodyId).min(1).max(100),
    targetId: bodyId.optional(),
    target: z.strictObject({ name: villageName, type: villageType, code: villageCode.optional() }).optional(),
    /** First day of the merged village; the sources end the day before. */
    date: isoDate,
  })
  .refine((b) => (b.targetId === undefined) !== (b.target === undefined), { message: 'targetId | target', path: ['target'] });

export const mergeResponse = z.object({ target: village, sources: z.array(village) });

/** A spreadsheet download (.xlsx): the body is the file's bytes. */
export const xlsxFile = z.string().meta({ type: 'string', format: 'binary' }).describe('Excel workbook (.xlsx)');
