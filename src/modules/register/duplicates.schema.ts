import { z } from 'zod';
import { pagedResponse, pagingFields } from '../../shared/paging.js';
import { unitCode } from './register.fields.js';
import { bodyId } from '../../shared/ids.js';

export const listQuery = z.strictObject({
  /** open (default), merged or not_duplicate. */
  status: z.enum(['open', 'merged', 'not_duplicate']).optional(),
  /** A unit code valid today: pairs of its communes (and communes merged into it). */
  commune: unitCode.optional(),
  ...pagingFields,
});

export { idParams } from '../../shared/ids.js';
export const scanBody = z.strictObject({ communeCode: unitCode.optional() });
export const mergeBody = z.strictObject({ keepPersonId: bodyId });
export const notDuplicateBody = z.strictObject({ note: z.string().trim().max(500).optional() });

/** What two persons of a pair may have in common, in the order the review queue lists it. */
export const MATCHES = ['cccd', 'name', 'birthDate', 'birthYear', 'sex', 'ethnic', 'household', 'village', 'commune'] as const;
export type Match = (typeof MATCHES)[number];

const person = z.object({
  id: z.number(),
  fullName: z.string(),
  sex: z.string(),
  birthYear: z.number(),
  birthDate: z.string().nullable(),
  ethnicName: z.string(),
  cccdMasked: z.string().nullable(),
  commune: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  household: z.object({ id: z.number(), code: z.string() }).nullable(),
  deletedAt: z.string().nullable(),
});

export const duplicateItem = z.object({
  id: z.number(),
  reason: z.enum(['same_cccd', 'similar_name_birth_year_commune']),
  /** What the two persons have in common: why the pair was proposed. */
  matched: z.array(z.enum(MATCHES)),
  status: z.enum(['open', 'merged', 'not_duplicate']),
  a: person,
  b: person,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Username of who decided. */
  decidedBy: z.string().nullable(),
  keptPersonId: z.number().nullable(),
  note: z.string().nullable(),
});
export const duplicateList = pagedResponse(duplicateItem);
export const scanResponse = z.object({ checked: z.number(), added: z.number() });
export const mergeResponse = z.object({ keptPersonId: z.number(), mergedPersonId: z.number() });
