import { z } from 'zod';
import { isoDate } from '../../shared/dates.js';
import { householdCode, memberInput, personInput, relationship, unitCode } from './register.fields.js';
import { bodyId } from '../../shared/ids.js';

const personId = bodyId;
const note = z.string().trim().max(500).optional();
/** New relationships to the head for members who stay, from the event's date on. */
const relationships = z.array(z.strictObject({ personId, relationship })).max(60).optional();
/** A household formed by the event. */
const newHousehold = z.strictObject({
  code: householdCode,
  villageId: bodyId.nullable().optional(),
  address: z.string().trim().max(300).optional(),
});

/**
 * A life event of a household. `date` is the day it happens: memberships it ends last until the day
 * before, memberships it starts begin on the day.
 */
export const eventBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('birth'),
    date: isoDate,
    /** The newborn; birthDate, when given, must be `date`. */
    person: personInput.omit({ birthYear: true }),
    relationship: relationship.default('child'),
    /** Record it even though a member has the same name, sex and day of birth (twins of one name, after a warning). */
    confirmDuplicate: z.boolean().optional(),
    note,
  }),
  z.strictObject({ type: z.literal('death'), date: isoDate, personId, newHeadPersonId: personId.optional(), relationships, note }),
  z.strictObject({
    type: z.literal('move_out'),
    date: isoDate,
    /** Who leaves (default everyone: the household itself moves away and ends here). */
    personIds: z.array(personId).min(1).max(60).optional(),
    /** Destination commune (code on `date`) when it is a commune of the system. */
    toCommuneCode: unitCode.optional(),
    /** Destination in words (another province, abroad). */
    toPlace: z.string().trim().max(300).optional(),
    /** Form a household at the destination (needs toCommuneCode and the right to write there). */
    newHousehold: newHousehold.extend({ headPersonId: personId.optional() }).optional(),
    /** Join an existing household at the destination instead (needs the right to write there); relationships to its head. */
    toHouseholdId: personId.optional(),
    newHeadPersonId: personId.optional(),
    relationships,
    note,
  }),
  z.strictObject({
    type: z.literal('move_in'),
    date: isoDate,
    /** New persons arriving. */
    members: z.array(memberInput).max(60).optional(),
    /** Persons already held who are in no household (e.g. moved out of another commune towards this one). */
    persons: z.array(z.strictObject({ personId, relationship })).max(60).optional(),
    fromCommuneCode: unitCode.optional(),
    fromPlace: z.string().trim().max(300).optional(),
    note,
  }),
  z.strictObject({
    type: z.literal('split'),
    date: isoDate,
    /** Members forming the new household, with their relationship to its head (one `head`). */
    members: z.array(z.strictObject({ personId, relationship })).min(1).max(60),
    newHousehold,
    /** Required when the current head leaves. */
    newHeadPersonId: personId.optional(),
    relationships,
    note,
  }),
  z.strictObject({
    type: z.literal('merge'),
    date: isoDate,
    /** The household that takes in every current member; this one ends. */
    intoHouseholdId: personId,
    /** Relationships to the receiving head (default `other`). */
    relationships,
    note,
  }),
  z.strictObject({ type: z.literal('change_head'), date: isoDate, personId, relationships, note }),
]);
export type EventBody = z.infer<typeof eventBody>;
export type EventOf<T extends EventBody['type']> = Extract<EventBody, { type: T }>;

export const eventResponse = z.object({
  eventId: z.number(),
  householdId: z.number(),
  /** The household formed (split, move with a destination household) or joined (merge). */
  relatedHouseholdId: z.number().nullable(),
  personId: z.number().nullable(),
});
