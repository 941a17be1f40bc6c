/**
 * Columns of the register import sheet (one row per person; household columns repeated on each
 * row of a household or given on the head's row only) and the reading of coded cells, which take
 * the code, the Vietnamese label or the label without diacritics.
 */
import type { ColumnSpec } from '../spreadsheets/sheet.parse.js';
import { searchKey } from '../../shared/text.js';
import { DEPRIVATION, POVERTY_STATUS } from '../register/register.codes.js';
import { CODE_LISTS } from '../register/register-fields.columns.js';

type Labels = Record<string, { vi: string; en: string }>;

/** Coded columns and their code lists: the register's coded fields, and the poverty status of the year. */
export const CODED = { ...CODE_LISTS, povertyStatus: POVERTY_STATUS.labels } satisfies Record<string, Labels>;
export type CodedColumn = keyof typeof CODED;

const col = <K extends string>(key: K, headers: string[], required = false): ColumnSpec<K> => ({ key, headers, required });

/**
 * Every column, in template order; the first header is the one printed, in the words the register
 * screens use for the same field (register.i18n.ts `fields`). The other headers are accepted too, so
 * files made from an older template ("Thôn/bản", "Tình trạng nghèo", "Nhà vệ sinh"…) still import.
 */
export const IMPORT_COLUMNS = [
  col('communeCode', ['Mã xã', 'Mã xã/phường', 'Commune code', 'commune_code', 'communeCode'], true),
  col('householdCode', ['Mã hộ', 'Mã hộ gia đình', 'Household code', 'household_code', 'householdCode'], true),
  col('village', ['Thôn, bản', 'Thôn/bản', 'Thôn', 'Thôn bản', 'Village', 'village_id', 'villageId']),
  col('relationship', ['Quan hệ với chủ hộ', 'Quan hệ', 'Relationship', 'relationship'], true),
  col('fullName', ['Họ và tên', 'Họ tên', 'Full name', 'full_name', 'fullName'], true),
  col('sex', ['Giới tính', 'Sex', 'sex'], true),
  col('birth', ['Ngày sinh', 'Ngày/năm sinh', 'Năm sinh', 'Birth date', 'Date of birth', 'birth_date', 'birthDate'], true),
  col('ethnic', ['Dân tộc', 'Ethnic group', 'ethnic_code', 'ethnicCode'], true),
  col('religion', ['Tôn giáo', 'Religion', 'religion']),
  col('cccd', ['Số CCCD', 'CCCD', 'Số căn cước', 'Citizen ID', 'cccd']),
  col('maritalStatus', ['Tình trạng hôn nhân', 'Marital status', 'marital_status', 'maritalStatus']),
  col('educationLevel', ['Trình độ học vấn', 'Education level', 'education_level', 'educationLevel']),
  col('literate', ['Biết đọc, biết viết', 'Biết đọc biết viết', 'Literate', 'literate']),
  col('speaksVietnamese', ['Biết tiếng Việt', 'Speaks Vietnamese', 'speaks_vietnamese', 'speaksVietnamese']),
  col('schoolEnrolment', ['Tình trạng đi học', 'School enrolment', 'school_enrolment', 'schoolEnrolment']),
  col('occupation', ['Nghề nghiệp', 'Occupation', 'occupation']),
  col('healthInsurance', ['Bảo hiểm y tế', 'Health insurance', 'health_insurance', 'healthInsurance']),
  col('disability', ['Khuyết tật', 'Disability', 'disability']),
  col('address', ['Địa chỉ', 'Address', 'address']),
  col('phone', ['Điện thoại', 'Số điện thoại', 'Phone', 'phone']),
  col('housing', ['Nhà ở', 'Housing', 'housing']),
  col('waterSource', ['Nguồn nước sinh hoạt', 'Nguồn nước', 'Water source', 'water_source', 'waterSource']),
  col('electricity', ['Điện', 'Electricity', 'electricity']),
  col('toiletType', ['Nhà tiêu', 'Nhà vệ sinh', 'Toilet', 'toilet_type', 'toiletType']),
  col('mainLivelihood', ['Sinh kế chính', 'Main livelihood', 'main_livelihood', 'mainLivelihood']),
  col('incomeBand', ['Mức thu nhập', 'Thu nhập', 'Income band', 'income_band', 'incomeBand']),
  col('internetAccess', ['Internet', 'Internet access', 'internet_access', 'internetAccess']),
  col('smartphones', ['Điện thoại thông minh', 'Số điện thoại thông minh', 'Smartphones', 'smartphones']),
  col('computers', ['Máy tính', 'Số máy tính', 'Computers', 'computers']),
  col('residentialLandM2', ['Đất ở (m²)', 'Diện tích đất ở (m2)', 'Diện tích đất ở', 'Residential land m2', 'residential_land_m2', 'residentialLandM2']),
  col('productionLandM2', [
    'Đất sản xuất (m²)',
    'Diện tích đất sản xuất (m2)',
    'Diện tích đất sản xuất',
    'Production land m2',
    'production_land_m2',
    'productionLandM2',
  ]),
  col('povertyYear', ['Năm xác định nghèo', 'Năm nghèo', 'Poverty year', 'poverty_year', 'povertyYear']),
  col('povertyStatus', ['Phân loại nghèo', 'Tình trạng nghèo', 'Poverty status', 'poverty_status', 'povertyStatus']),
  col('deprivations', ['Chỉ số thiếu hụt', 'Deprivations', 'deprivations']),
  col('effectiveDate', ['Ngày hiệu lực', 'Effective date', 'effective_date', 'effectiveDate']),
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

/** Columns that describe the household (taken from the head's row; blank on others means "same"). */
export const HOUSEHOLD_KEYS = [
  'village',
  'address',
  'phone',
  'housing',
  'waterSource',
  'electricity',
  'toiletType',
  'mainLivelihood',
  'incomeBand',
  'internetAccess',
  'smartphones',
  'computers',
  'residentialLandM2',
  'productionLandM2',
  'povertyYear',
  'povertyStatus',
  'deprivations',
  'effectiveDate',
] as const satisfies readonly ImportColumn[];

/** Folded lookup of each code list: code, Vietnamese and English label, each without diacritics. */
const lookups = new Map<Labels, Map<string, string>>();
function lookupOf(labels: Labels): Map<string, string> {
  let m = lookups.get(labels);
  if (!m) {
    m = new Map();
    for (const [code, l] of Object.entries(labels)) {
      for (const k of [code, l.vi, l.en, code.replace(/_/g, ' ')]) m.set(searchKey(k), code);
      // "Con dâu, con rể" and "Ông, bà" list alternatives: each one names the code too.
      for (const part of l.vi.split(/[,/]/)) if (part.trim()) m.set(searchKey(part), m.get(searchKey(part)) ?? code);
    }
    lookups.set(labels, m);
  }
  return m;
}

/**
 * A cell folded for lookup. Coded cells repeat across a file (a few dozen distinct values in a
 * million rows), so the folded form is remembered rather than normalised again on every row.
 */
const foldedCells = new Map<string, string>();
export function cellKey(value: string): string {
  let k = foldedCells.get(value);
  if (k === undefined) {
    if (foldedCells.size >= 50_000) foldedCells.clear();
    k = searchKey(value);
    foldedCells.set(value, k);
  }
  return k;
}

/** The code a cell names (code, label or label without diacritics), or undefined when none. */
export function parseCoded(labels: Labels, value: string): string | undefined {
  return lookupOf(labels).get(cellKey(value));
}

export const DEPRIVATION_LABELS: Labels = DEPRIVATION.labels;

/** Yes/no cells: Có/Không, x, 1/0, true/false, yes/no. */
export function parseFlag(value: string): boolean | undefined {
  const k = cellKey(value);
  if (['co', 'x', '1', 'true', 'yes', 'y', 'c'].includes(k)) return true;
  if (['khong', '0', 'false', 'no', 'n', 'k'].includes(k)) return false;
  return undefined;
}

/** A birth cell: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd or a year alone. */
export function parseBirth(value: string): { birthDate: string | null; birthYear: number } | null {
  const v = value.trim();
  let m = /^(\d{4})$/.exec(v);
  if (m) return { birthDate: null, birthYear: Number(m[1]) };
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const parts = m ? [m[3], m[2], m[1]] : /^(\d{4})-(\d{2})-(\d{2})/.exec(v)?.slice(1, 4);
  if (!parts) return null;
  const [y, mo, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return { birthDate: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, birthYear: y };
}

/** A date cell (effective date): the same forms as a birth date, a full date only. */
export function parseDate(value: string): string | null {
  const b = parseBirth(value);
  return b?.birthDate ?? null;
}
