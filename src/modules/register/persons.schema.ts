import { z } from 'zod';
import { isoDate } from '../../shared/dates.js';
import { pagedResponse, pagingFields } from '../../shared/paging.js';
import { SEX } from './register.codes.js';
import { ethnicCode, personFields, relationship, unitCode } from './register.fields.js';
import { bodyId, positiveInt32 } from '../../shared/ids.js';
import { change, lifeEvent } from './households.schema.js';

export const listQuery = z.strictObject({
  /** Name (diacritics and spacing ignored) or a 12-digit CCCD. */
  q: z.string().max(100).optional(),
  /** A unit code valid on `date` (default today): persons of its communes, including communes merged into it. */
  commune: unitCode.optional(),
  ethnic: ethnicCode.optional(),
  sex: z.enum(SEX.codes).optional(),
  /** all (default); current: in a household now; former: in none any more (moved away, died). */
  status: z.enum(['current', 'former', 'all']).optional(),
  /**
   * As of this day: persons who were members of a household that day, counted in the commune the
   * household lived in that day (with its household and commune of that day); `status` does not apply.
   */
  date: isoDate.optional(),
  ...pagingFields,
});

export { idParams } from '../../shared/ids.js';

export const detailQuery = z.strictObject({
  /** Why the record is opened; required, and logged with the read. */
  purpose: z.string().max(1000).optional(),
  date: isoDate.optional(),
});

export const createBody = z.strictObject({
  ...personFields,
  /** The household the person joins, from `from` (default today). */
  household: z.strictObject({ id: bodyId, relationship, from: isoDate.optional() }),
});
export type CreatePersonBody = z.infer<typeof createBody>;

const optionalFields = Object.fromEntries(Object.entries(personFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])) as {
  [K in keyof typeof personFields]: z.ZodOptional<(typeof personFields)[K]>;
};

export const patchBody = z.strictObject({
  /** The version read; another current version answers 409 `version_conflict`. */
  version: positiveInt32,
  /** Day the change holds from (default today). */
  effectiveDate: isoDate.optional(),
  ...optionalFields,
});
export type PatchPersonBody = z.infer<typeof patchBody>;

export { idResponse } from './households.schema.js';

export const deleteQuery = z.strictObject({ reason: z.string().max(500).optional() });

const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string(), fullName: z.string() });

export const personItem = z.object({
  id: z.number(),
  fullName: z.string(),
  sex: z.string(),
  birthYear: z.number(),
  birthDate: z.string().nullable(),
  ethnicCode: z.string(),
  ethnicName: z.string(),
  /** Only the last 3 digits; the full number is in the (logged) record. */
  cccdMasked: z.string().nullable(),
  commune: unitRef,
  household: z.object({ id: z.number(), code: z.string(), relationship: z.string() }).nullable(),
  deathDate: z.string().nullable(),
  isDemo: z.boolean(),
});
export const personList = pagedResponse(personItem);

// Answers.

/** The full record of a person as of `date`, with memberships, events and every change. */
export const personDetail = personItem.extend({
  date: z.string(),
  cccd: z.string().nullable(),
  religion: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  educationLevel: z.string().nullable(),
  literate: z.boolean().nullable(),
  speaksVietnamese: z.boolean().nullable(),
  schoolEnrolment: z.string().nullable(),
  occupation: z.string().nullable(),
  healthInsurance: z.boolean().nullable(),
  disability: z.string().nullable(),
  version: z.number(),
  deletedAt: z.string().nullable(),
  deletedReason: z.string().nullable(),
  memberships: z.array(
    z.object({ householdId: z.number(), householdCode: z.string(), relationship: z.string(), validFrom: z.string(), validTo: z.string().nullable() }),
  ),
  events: z.array(lifeEvent),
  timeline: z.array(change),
  canEdit: z.boolean(),
});
