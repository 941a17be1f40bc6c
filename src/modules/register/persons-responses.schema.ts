import { z } from 'zod';
import { change, lifeEvent } from './households-responses.schema.js';
import { personItem } from './persons.schema.js';

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
