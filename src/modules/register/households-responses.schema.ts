import { z } from 'zod';
import { pagedResponse } from '../../shared/paging.js';

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
