/**
 * Reads the cells of one row into typed person and household values, collecting a row error
 * (row, column, value, reason) for each cell that does not fit. Rule checks that need more than
 * one cell of the row (CCCD against sex and birth year, birth not in future) happen here too.
 */
import type { Relationship, Sex } from '../../db/schema.register.js';
import { todayVN } from '../../shared/paging.js';
import type { RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import { cccdProblem } from '../../shared/cccd.js';
import { isHouseholdCode } from '../../shared/fields.js';
import {
  CODED,
  DEPRIVATION_LABELS,
  HOUSEHOLD_KEYS,
  parseBirth,
  parseCoded,
  parseDate,
  parseFlag,
  type CodedColumn,
  type ImportColumn,
} from './register-import.columns.js';
import type { Refs } from './register-import.refs.js';

export interface PersonValues {
  fullName: string;
  sex: Sex;
  birthDate: string | null;
  birthYear: number;
  ethnicCode: string;
  religion: string | null;
  cccd: string | null;
  maritalStatus: string | null;
  educationLevel: string | null;
  literate: boolean | null;
  speaksVietnamese: boolean | null;
  schoolEnrolment: string | null;
  occupation: string | null;
  healthInsurance: boolean | null;
  disability: string | null;
}

/** Household fields under their API names (only those given in the file). */
export type HouseholdValues = Partial<{
  villageCell: string;
  address: string;
  phone: string | null;
  housing: string | null;
  waterSource: string | null;
  electricity: string | null;
  toiletType: string | null;
  mainLivelihood: string | null;
  incomeBand: string | null;
  internetAccess: string | null;
  smartphones: number | null;
  computers: number | null;
  residentialLandM2: number | null;
  productionLandM2: number | null;
}>;

export interface PovertyValues {
  year: number;
  status: string;
  deprivations: string[];
}

export interface ParsedRow {
  row: number;
  communeCode: string;
  householdCode: string;
  relationship: Relationship;
  person: PersonValues;
  household: HouseholdValues;
  poverty: PovertyValues | null;
  effectiveDate: string | null;
  /** Whether any household cell is filled on this row. */
  hasHouseholdCells: boolean;
}

export type Labels = Record<ImportColumn, string>;
/** Today, read once a minute: a million rows would otherwise make a million dates. */
let today = { at: 0, value: '' };
function todayNow(): string {
  const now = Date.now();
  if (now - today.at > 60_000) today = { at: now, value: todayVN() };
  return today.value;
}
const PHONE = /^\+?[0-9 .-]{6,20}$/;

/** Parses one row; returns null when a cell the row cannot do without is wrong (its errors are pushed). */
export function parseRow(r: SheetRow<ImportColumn>, labels: Labels, refs: Refs, errors: RowError[]): ParsedRow | null {
  const v = r.values;
  const before = errors.length;
  const fail = (col: ImportColumn, code: string, params: Record<string, unknown> = {}) =>
    errors.push({ row: r.row, column: labels[col], value: v[col] ?? '', code, params: { column: labels[col], ...params } });
  const required = (col: ImportColumn) => {
    if (!v[col]) fail(col, 'row_required');
    return v[col];
  };
  const coded = (col: ImportColumn & CodedColumn) => {
    if (!v[col]) return null;
    const code = parseCoded(CODED[col], v[col]);
    if (code === undefined) fail(col, 'import_invalid_code');
    return code ?? null;
  };
  const flag = (col: ImportColumn) => {
    if (!v[col]) return null;
    const b = parseFlag(v[col]);
    if (b === undefined) fail(col, 'import_invalid_flag');
    return b ?? null;
  };
  const number = (col: ImportColumn, max: number, integer: boolean) => {
    if (!v[col]) return null;
    const n = Number(v[col].replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
      fail(col, 'import_invalid_number');
      return null;
    }
    return n;
  };

  const communeCode = required('communeCode');
  const householdCode = required('householdCode');
  if (householdCode && !isHouseholdCode(householdCode)) fail('householdCode', 'import_invalid_text');
  if (!v.relationship) required('relationship');
  const relationship = v.relationship ? (coded('relationship') as Relationship | null) : null;
  const fullName = (required('fullName') ?? '').replace(/\s+/g, ' ');
  if (fullName.length > 100) fail('fullName', 'row_too_long', { max: 100 });
  if (!v.sex) required('sex');
  const sex = v.sex ? (coded('sex') as Sex | null) : null;
  let birth: { birthDate: string | null; birthYear: number } | null = null;
  if (required('birth')) {
    birth = parseBirth(v.birth);
    if (!birth || birth.birthYear < 1900) fail('birth', 'import_invalid_birth');
    else if (birth.birthDate && birth.birthDate > todayNow()) fail('birth', 'birth_date_future', { date: v.birth });
    else if (birth.birthYear > Number(todayNow().slice(0, 4))) fail('birth', 'birth_date_future', { date: v.birth });
  }
  let ethnicCode: string | undefined;
  if (required('ethnic')) {
    ethnicCode = refs.ethnicCode(v.ethnic);
    if (!ethnicCode) fail('ethnic', 'unknown_ethnic_group', { code: v.ethnic });
  }
  let cccd: string | null = v.cccd ? v.cccd.replace(/[\s.]/g, '') : null;
  // Spreadsheets drop the leading zero of a number: every CCCD starts with 0.
  if (cccd && /^\d{11}$/.test(cccd)) cccd = `0${cccd}`;
  if (cccd && sex && birth) {
    const problem = cccdProblem(cccd, { sex, birthYear: birth.birthYear });
    if (problem) fail('cccd', problem.code, problem.params);
  }
  const occupation = v.occupation || null;
  if (occupation && occupation.length > 100) fail('occupation', 'row_too_long', { max: 100 });

  const household: HouseholdValues = {};
  if (v.village) household.villageCell = v.village;
  if (v.address) {
    if (v.address.length > 300) fail('address', 'row_too_long', { max: 300 });
    household.address = v.address;
  }
  if (v.phone) {
    if (!PHONE.test(v.phone)) fail('phone', 'import_invalid_text');
    household.phone = v.phone;
  }
  for (const col of ['housing', 'waterSource', 'electricity', 'toiletType', 'mainLivelihood', 'incomeBand', 'internetAccess'] as const) {
    if (v[col]) household[col] = coded(col);
  }
  if (v.smartphones) household.smartphones = number('smartphones', 100, true);
  if (v.computers) household.computers = number('computers', 100, true);
  if (v.residentialLandM2) household.residentialLandM2 = number('residentialLandM2', 100_000_000, false);
  if (v.productionLandM2) household.productionLandM2 = number('productionLandM2', 100_000_000, false);

  let poverty: PovertyValues | null = null;
  if (v.povertyYear || v.povertyStatus) {
    const year = number('povertyYear', 2100, true);
    const status = coded('povertyStatus');
    if (!v.povertyYear || !v.povertyStatus) fail(v.povertyYear ? 'povertyStatus' : 'povertyYear', 'import_poverty_incomplete');
    else if (year !== null && (year < 2000 || year > Number(todayNow().slice(0, 4)))) fail('povertyYear', 'import_invalid_number');
    const deprivations: string[] = [];
    for (const d of (v.deprivations ?? '')
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const code = parseCoded(DEPRIVATION_LABELS, d);
      if (code) deprivations.push(code);
      else fail('deprivations', 'import_unknown_deprivation', { value: d });
    }
    if (year !== null && status) poverty = { year, status, deprivations: [...new Set(deprivations)].sort() };
  }
  let effectiveDate: string | null = null;
  if (v.effectiveDate) {
    effectiveDate = parseDate(v.effectiveDate);
    if (!effectiveDate) fail('effectiveDate', 'import_invalid_date');
    else if (effectiveDate > todayNow()) fail('effectiveDate', 'date_future', { date: v.effectiveDate });
  }

  const more = {
    religion: coded('religion'),
    maritalStatus: coded('maritalStatus'),
    educationLevel: coded('educationLevel'),
    literate: flag('literate'),
    speaksVietnamese: flag('speaksVietnamese'),
    schoolEnrolment: coded('schoolEnrolment'),
    healthInsurance: flag('healthInsurance'),
    disability: coded('disability'),
  };
  if (errors.length > before || !relationship || !sex || !birth || !ethnicCode) return null;
  return {
    row: r.row,
    communeCode,
    householdCode,
    relationship,
    person: {
      fullName,
      sex,
      birthDate: birth.birthDate,
      birthYear: birth.birthYear,
      ethnicCode,
      cccd,
      occupation,
      ...more,
    },
    household,
    poverty,
    effectiveDate,
    hasHouseholdCells: HOUSEHOLD_KEYS.some((k) => v[k] !== ''),
  };
}
