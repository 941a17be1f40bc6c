/**
 * Field rules defined once, for the API schemas, the import parsers and the web forms: the
 * patterns are plain regular expressions (usable as Ant Design form rules), the schemas Zod.
 */
import { z } from 'zod';

/** Household code: letters, digits and . _ - /, 1 to 30 characters. */
export const HOUSEHOLD_CODE = /^[\p{L}\p{N}._\-/]+$/u;
export const HOUSEHOLD_CODE_MAX = 30;
/** Telephone: digits with optional +, spaces, dots or dashes, 6 to 20 characters. */
export const PHONE = /^\+?[0-9 .-]{6,20}$/;
/** Citizen ID (CCCD): twelve digits; its meaning is checked by shared/cccd.ts. */
export const CCCD = /^\d{12}$/;
export const CCCD_MAX_INPUT = 20;
/** Ethnic group code of Decision 121-TCTK/PPCĐ: two digits. */
export const ETHNIC_CODE = /^\d{2}$/;
/** Administrative unit code: 2 (province), 3 (district) or 5 (commune) digits. */
export const UNIT_CODE = /^\d{2,5}$/;

export const isHouseholdCode = (s: string) => s.length >= 1 && s.length <= HOUSEHOLD_CODE_MAX && HOUSEHOLD_CODE.test(s);
export const isPhone = (s: string) => PHONE.test(s);

export const householdCode = z.string().trim().min(1).max(HOUSEHOLD_CODE_MAX).regex(HOUSEHOLD_CODE);
export const phone = z.string().trim().regex(PHONE);
/** Checked for format and consistency by the service, so a bad number gets its own translated message. */
export const cccdField = z.string().trim().max(CCCD_MAX_INPUT);
export const ethnicCode = z.string().trim().regex(ETHNIC_CODE);
export const unitCode = z.string().trim().regex(UNIT_CODE);
export { isoDate } from './dates.js';
/** Commune code: five digits. */
export const COMMUNE_CODE = /^\d{5}$/;
/** Village code: letters, digits and . _ -, 1 to 20 characters. */
export const VILLAGE_CODE = /^[0-9A-Za-z._-]{1,20}$/;
/** Username: lower-case letters, digits and . _ -, 3 to 64 characters. */
export const USERNAME = /^[a-z0-9._-]{3,64}$/;
/** Reporting metadata code (data element, category, form, rule): letters, digits and _, 1 to 50 characters. */
export const METADATA_CODE = /^[A-Za-z0-9_]{1,50}$/;
/** Code in a DHIS2 mapping: a metadata code, or two joined by a dot (category combination option). */
export const MAPPING_CODE = /^[A-Za-z0-9_]{1,50}(\.[A-Za-z0-9_]{1,50})?$/;
