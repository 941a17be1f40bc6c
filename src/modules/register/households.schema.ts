import { z } from 'zod';
import { isoDate } from '../../shared/dates.js';
import { pagedResponse, pagingFields } from '../../shared/paging.js';
import { DEPRIVATION, HOUSING, INTERNET, POVERTY_STATUS, WATER_SOURCE } from './register.codes.js';
import { ethnicCode, householdCode, householdFields, memberInput, unitCode } from './register.fields.js';
import { bodyId, idParam, positiveInt32 } from '../../shared/ids.js';

const year = z.coerce.number().int().min(1990).max(2100);

export const listQuery = z.strictObject({
  /** Household code, head's name (diacritics ignored) or a member's 12-digit CCCD. */
  q: z.string().max(100).optional(),
  /** A unit code valid on `date`: households of its communes, including communes merged into it. */
  commune: unitCode.optional(),
  /** Village id. */
  village: idParam.optional(),
  /** Ethnic group of the household head. */
  ethnic: ethnicCode.optional(),
  /** Poverty status in `year` (default the year of `date`). */
  poverty: z.enum(POVERTY_STATUS.codes).optional(),
  year: year.optional(),
  housing: z.enum(HOUSING.codes).optional(),
  water: z.enum(WATER_SOURCE.codes).optional(),
  internet: z.enum(INTERNET.codes).optional(),
  /** Households in existence on this day (default today). */
  date: isoDate.optional(),
  /** `true`: only deleted households (administrators). */
  deleted: z.enum(['true', 'false']).optional(),
  ...pagingFields,
});

export { idParams } from '../../shared/ids.js';

export const detailQuery = z.strictObject({ date: isoDate.optional() });

export const povertyInput = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  status: z.enum(POVERTY_STATUS.codes),
  /** The standard in force, e.g. ND07/2021 (multidimensional, 2022–2025). */
  standard: z.string().trim().min(1).max(30).optional(),
  /** Indicators the household is deprived in. */
  deprivations: z.array(z.enum(DEPRIVATION.codes)).max(12).optional(),
  /** Monthly income per person, đồng. */
  incomePerCapita: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
});
export type PovertyInput = z.infer<typeof povertyInput>;

export const createBody = z
  .strictObject({
    /** The commune as a code looked up on `validFrom`, or as a unit id. */
    communeCode: unitCode.optional(),
    communeId: bodyId.optional(),
    /** Unique within the commune. */
    code: householdCode,
    /** First day of the household (default today); the commune must be in force on it. */
    validFrom: isoDate.optional(),
    ...householdFields,
    /** New persons with their relationship; exactly one `head` when any are given. */
    members: z.array(memberInput).max(60).optional(),
    poverty: z.array(povertyInput).max(20).optional(),
  })
  .refine((b) => (b.communeCode === undefined) !== (b.communeId === undefined), { message: 'communeCode | communeId', path: ['communeCode'] });
export type CreateHouseholdBody = z.infer<typeof createBody>;

export const patchBody = z.strictObject({
  /** The version read; a different current version answers 409 `version_conflict`. */
  version: positiveInt32,
  /** Day the change holds from (default today). */
  effectiveDate: isoDate.optional(),
  code: householdCode.optional(),
  ...householdFields,
});
export type PatchHouseholdBody = z.infer<typeof patchBody>;

/** The id of the record written. */
export const idResponse = z.object({ id: z.number() });

export const deleteQuery = z.strictObject({ reason: z.string().max(500).optional() });

export const povertyParams = z.strictObject({ id: idParam, year });
export const povertyBody = povertyInput.omit({ year: true }).extend({
  /** Day the classification holds from (default today). */
  effectiveDate: isoDate.optional(),
});

// Answers.

const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string(), fullName: z.string() });
const villageRef = z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable();
const personRef = z.object({ id: z.number(), fullName: z.string(), sex: z.string(), birthYear: z.number(), ethnicCode: z.string() });

export const householdItem = z.object({
  id: z.number(),
  code: z.string(),
  commune: unitRef,
  village: villageRef,
  head: personRef.nullable(),
  address: z.string(),
  housing: z.string().nullable(),
  waterSource: z.string().nullable(),
  internetAccess: z.string().nullable(),
  memberCount: z.number(),
  /** Poverty status of the year asked (or of the year of `date`). */
  poverty: z.object({ year: z.number(), status: z.string() }).nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  deletedAt: z.string().nullable(),
  isDemo: z.boolean(),
});
export const householdList = pagedResponse(householdItem);

export const member = personRef.extend({
  birthDate: z.string().nullable(),
  relationship: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  deathDate: z.string().nullable(),
});

export const povertyYear = z.object({
  year: z.number(),
  status: z.string(),
  standard: z.string(),
  deprivations: z.array(z.string()),
  incomePerCapita: z.number().nullable(),
});

export const lifeEvent = z.object({
  id: z.number(),
  type: z.string(),
  date: z.string(),
  householdId: z.number().nullable(),
  personId: z.number().nullable(),
  relatedHouseholdId: z.number().nullable(),
  fromCommuneId: z.number().nullable(),
  toCommuneId: z.number().nullable(),
  details: z.unknown(),
  createdAt: z.string(),
});

export const change = z.object({
  id: z.number(),
  entity: z.string(),
  entityId: z.number(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  effectiveDate: z.string(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  eventId: z.number().nullable(),
});

/** A household as it stood on `date`, with its history. */
export const householdDetail = householdItem.extend({
  date: z.string(),
  /** Whether the household existed on `date`. */
  existsOnDate: z.boolean(),
  phone: z.string().nullable(),
  residentialLandM2: z.number().nullable(),
  productionLandM2: z.number().nullable(),
  electricity: z.string().nullable(),
  toiletType: z.string().nullable(),
  mainLivelihood: z.string().nullable(),
  incomeBand: z.string().nullable(),
  smartphones: z.number().nullable(),
  computers: z.number().nullable(),
  endReason: z.string().nullable(),
  deletedReason: z.string().nullable(),
  version: z.number(),
  members: z.array(member),
  povertyHistory: z.array(povertyYear),
  events: z.array(lifeEvent),
  /** Communes named by the history (where the household lived before a move, such as the 2025 reform). */
  communes: z.array(z.object({ id: z.number(), code: z.string(), fullName: z.string() })),
  /** Villages named by the history (old and new village of a move). */
  villages: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  /** Every recorded change of the household, its memberships and poverty, oldest first. */
  timeline: z.array(change),
  canEdit: z.boolean(),
});
