import { POVERTY_STATUS } from '../register/register.codes.js';
import { FIELD_BY_COLUMN } from '../register/register-fields.columns.js';
import type { RegisterColumn } from '../register/eligibility.service.js';

/** How a condition's value is typed, and so which operators it takes. */
export type FieldType = 'code' | 'number' | 'boolean' | 'ethnic' | 'commune' | 'village' | 'village_class' | 'commune_class' | 'poverty';

export interface FieldDef {
  key: string;
  type: FieldType;
  label: { vi: string; en: string };
  /** Allowed values with their labels (coded fields). */
  codes?: Record<string, { vi: string; en: string }>;
  /** Register column tested (plain value fields). */
  column?: RegisterColumn;
  min?: number;
  max?: number;
}

export const OPERATORS: Record<FieldType, readonly string[]> = {
  code: ['eq', 'ne', 'in', 'not_in', 'is_null', 'not_null'],
  ethnic: ['eq', 'ne', 'in', 'not_in'],
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between'],
  boolean: ['eq'],
  poverty: ['in', 'not_in'],
  commune: ['in', 'not_in'],
  village: ['in', 'not_in'],
  village_class: ['in', 'not_in'],
  commune_class: ['in', 'not_in'],
};

export const OPERATOR_LABELS: Record<string, { vi: string; en: string }> = {
  eq: { vi: 'bằng', en: 'equals' },
  ne: { vi: 'khác', en: 'is not' },
  in: { vi: 'thuộc', en: 'is one of' },
  not_in: { vi: 'không thuộc', en: 'is none of' },
  lt: { vi: 'nhỏ hơn', en: 'less than' },
  lte: { vi: 'không quá', en: 'at most' },
  gt: { vi: 'lớn hơn', en: 'greater than' },
  gte: { vi: 'từ', en: 'at least' },
  between: { vi: 'trong khoảng', en: 'between' },
  is_null: { vi: 'chưa ghi', en: 'not recorded' },
  not_null: { vi: 'đã ghi', en: 'recorded' },
};

/** Classifications a residence condition may name. */
export const VILLAGE_CLASSES: Record<string, { vi: string; en: string }> = {
  extremely_difficult_village: { vi: 'Thôn đặc biệt khó khăn', en: 'Extremely difficult village' },
};
export const COMMUNE_CLASSES: Record<string, { vi: string; en: string }> = {
  extremely_difficult_commune: { vi: 'Xã đặc biệt khó khăn', en: 'Extremely difficult commune' },
  region_I: { vi: 'Xã khu vực I', en: 'Region I commune' },
  region_II: { vi: 'Xã khu vực II', en: 'Region II commune' },
  region_III: { vi: 'Xã khu vực III', en: 'Region III commune' },
};

/**
 * A field of the register (register-fields.columns.ts: its column, type and code list, the same the
 * import sheet reads), offered under its column name with the rule builder's label.
 */
function register(column: RegisterColumn, vi: string, en: string): FieldDef {
  const f = FIELD_BY_COLUMN.get(column);
  if (!f || (f.type !== 'code' && f.type !== 'boolean')) throw new Error(`not a coded or yes/no register field: ${column}`);
  return { key: column, type: f.type, column, label: { vi, en }, ...(f.codes ? { codes: f.codes } : {}) };
}

/** Every field a rule may test, in the order the rule builder offers them. */
export const FIELDS: FieldDef[] = [
  { key: 'poverty', type: 'poverty', label: { vi: 'Tình trạng nghèo của năm', en: 'Poverty status of a year' }, codes: POVERTY_STATUS.labels },
  { key: 'minority', type: 'boolean', column: 'minority', label: { vi: 'Người dân tộc thiểu số', en: 'Ethnic minority' } },
  { key: 'ethnic', type: 'ethnic', column: 'ethnic_code', label: { vi: 'Dân tộc', en: 'Ethnic group' } },
  register('sex', 'Giới tính', 'Sex'),
  { key: 'age', type: 'number', column: 'age', label: { vi: 'Tuổi (tròn năm, vào ngày xét)', en: 'Age (full years on the day)' }, min: 0, max: 150 },
  { key: 'birth_year', type: 'number', column: 'birth_year', label: { vi: 'Năm sinh', en: 'Birth year' }, min: 1900, max: 2100 },
  register('relationship', 'Quan hệ với chủ hộ', 'Relationship to the head'),
  { key: 'commune', type: 'commune', label: { vi: 'Xã cư trú (mã xã)', en: 'Commune of residence (code)' } },
  { key: 'village', type: 'village', label: { vi: 'Thôn cư trú', en: 'Village of residence' } },
  { key: 'village_class', type: 'village_class', label: { vi: 'Phân loại thôn', en: 'Village classification' }, codes: VILLAGE_CLASSES },
  { key: 'commune_class', type: 'commune_class', label: { vi: 'Phân loại xã', en: 'Commune classification' }, codes: COMMUNE_CLASSES },
  register('housing', 'Nhà ở', 'Housing'),
  register('water_source', 'Nguồn nước sinh hoạt', 'Drinking water'),
  register('electricity', 'Điện sinh hoạt', 'Electricity'),
  register('toilet_type', 'Nhà vệ sinh', 'Toilet'),
  register('main_livelihood', 'Sinh kế chính', 'Main livelihood'),
  register('income_band', 'Mức thu nhập', 'Income band'),
  register('internet_access', 'Truy cập Internet', 'Internet access'),
  register('religion', 'Tôn giáo', 'Religion'),
  register('marital_status', 'Tình trạng hôn nhân', 'Marital status'),
  register('education_level', 'Trình độ học vấn', 'Education'),
  register('school_enrolment', 'Tình trạng đi học', 'School enrolment'),
  register('disability', 'Khuyết tật', 'Disability'),
  register('literate', 'Biết đọc, biết viết', 'Literate'),
  register('speaks_vietnamese', 'Biết tiếng Việt', 'Speaks Vietnamese'),
  register('health_insurance', 'Có bảo hiểm y tế', 'Health insurance'),
];

export const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
