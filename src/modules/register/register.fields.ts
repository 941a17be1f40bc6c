import { z } from 'zod';
import { cccdField, ethnicCode, householdCode, isoDate, phone, unitCode } from '../../shared/fields.js';

export { cccdField, ethnicCode, householdCode, unitCode };
import { bodyId } from '../../shared/ids.js';
import {
  DISABILITY,
  EDUCATION,
  ELECTRICITY,
  HOUSING,
  INCOME_BAND,
  INTERNET,
  LIVELIHOOD,
  MARITAL,
  RELATIONSHIP,
  RELIGION,
  SCHOOL_ENROLMENT,
  SEX,
  TOILET,
  WATER_SOURCE,
} from './register.codes.js';

/** Names: trimmed, single-spaced. */
export const personName = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(100));
export const relationship = z.enum(RELATIONSHIP.codes);

/** Fields of a person that can be set on creation and changed later. */
export const personFields = {
  fullName: personName,
  sex: z.enum(SEX.codes),
  /** Full date of birth when known. */
  birthDate: isoDate.nullable().optional(),
  /** Required when birthDate is absent; must agree with it when both are given. */
  birthYear: z.number().int().min(1900).max(2100).optional(),
  ethnicCode,
  religion: z.enum(RELIGION.codes).nullable().optional(),
  cccd: cccdField.nullable().optional(),
  maritalStatus: z.enum(MARITAL.codes).nullable().optional(),
  educationLevel: z.enum(EDUCATION.codes).nullable().optional(),
  literate: z.boolean().nullable().optional(),
  speaksVietnamese: z.boolean().nullable().optional(),
  schoolEnrolment: z.enum(SCHOOL_ENROLMENT.codes).nullable().optional(),
  occupation: z.string().trim().max(100).nullable().optional(),
  healthInsurance: z.boolean().nullable().optional(),
  disability: z.enum(DISABILITY.codes).nullable().optional(),
};

export const personInput = z.strictObject(personFields);
export type PersonInput = z.infer<typeof personInput>;

/** A new person together with their place in the household. */
export const memberInput = z.strictObject({ ...personFields, relationship });
export type MemberInput = z.infer<typeof memberInput>;

const area = z.number().min(0).max(100_000_000);
const count = z.number().int().min(0).max(100);

/** Household fields that can be set on creation and changed later. */
export const householdFields = {
  villageId: bodyId.nullable().optional(),
  address: z.string().trim().max(300).optional(),
  phone: phone.nullable().optional(),
  housing: z.enum(HOUSING.codes).nullable().optional(),
  residentialLandM2: area.nullable().optional(),
  productionLandM2: area.nullable().optional(),
  waterSource: z.enum(WATER_SOURCE.codes).nullable().optional(),
  electricity: z.enum(ELECTRICITY.codes).nullable().optional(),
  toiletType: z.enum(TOILET.codes).nullable().optional(),
  mainLivelihood: z.enum(LIVELIHOOD.codes).nullable().optional(),
  incomeBand: z.enum(INCOME_BAND.codes).nullable().optional(),
  internetAccess: z.enum(INTERNET.codes).nullable().optional(),
  smartphones: count.nullable().optional(),
  computers: count.nullable().optional(),
};
export type HouseholdFieldsInput = { [K in keyof typeof householdFields]?: z.infer<(typeof householdFields)[K]> };

/** API field name → column, for household fields. */
export const HOUSEHOLD_COLUMNS = {
  villageId: 'village_id',
  address: 'address',
  phone: 'phone',
  housing: 'housing',
  residentialLandM2: 'residential_land_m2',
  productionLandM2: 'production_land_m2',
  waterSource: 'water_source',
  electricity: 'electricity',
  toiletType: 'toilet_type',
  mainLivelihood: 'main_livelihood',
  incomeBand: 'income_band',
  internetAccess: 'internet_access',
  smartphones: 'smartphones',
  computers: 'computers',
} as const;

/** API field name → column, for person fields (birthDate/birthYear handled together). */
export const PERSON_COLUMNS = {
  fullName: 'full_name',
  sex: 'sex',
  birthDate: 'birth_date',
  birthYear: 'birth_year',
  ethnicCode: 'ethnic_code',
  religion: 'religion',
  cccd: 'cccd',
  maritalStatus: 'marital_status',
  educationLevel: 'education_level',
  literate: 'literate',
  speaksVietnamese: 'speaks_vietnamese',
  schoolEnrolment: 'school_enrolment',
  occupation: 'occupation',
  healthInsurance: 'health_insurance',
  disability: 'disability',
} as const;
