import {
  DISABILITY,
  EDUCATION,
  ELECTRICITY,
  HOUSING,
  INCOME_BAND,
  INTERNET,
  LIVELIHOOD,
  MARITAL,
  POVERTY_STATUS,
  RELATIONSHIP,
  RELIGION,
  SCHOOL_ENROLMENT,
  SEX,
  TOILET,
  WATER_SOURCE,
} from '../register/register.codes.js';
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

const code = (key: string, column: RegisterColumn, vi: string, en: string, codes: Record<string, { vi: string; en: string }>): FieldDef => ({
  key,
  type: 'code',
  column,
  label: { vi, en },
  codes,
});
const bool = (key: string, column: RegisterColumn, vi: string, en: string): FieldDef => ({ key, type: 'boolean', column, label: { vi, en } });

/** Every field a rule may test, in the order the rule builder offers them. */
export const FIELDS: FieldDef[] = [
  { key: 'poverty', type: 'poverty', label: { vi: 'Tình trạng nghèo của năm', en: 'Poverty status of a year' }, codes: POVERTY_STATUS.labels },
  bool('minority', 'minority', 'Người dân tộc thiểu số', 'Ethnic minority'),
  { key: 'ethnic', type: 'ethnic', column: 'ethnic_code', label: { vi: 'Dân tộc', en: 'Ethnic group' } },
  code('sex', 'sex', 'Giới tính', 'Sex', SEX.labels),
  { key: 'age', type: 'number', column: 'age', label: { vi: 'Tuổi (tròn năm, vào ngày xét)', en: 'Age (full years on the day)' }, min: 0, max: 150 },
  { key: 'birth_year', type: 'number', column: 'birth_year', label: { vi: 'Năm sinh', en: 'Birth year' }, min: 1900, max: 2100 },
  code('relationship', 'relationship', 'Quan hệ với chủ hộ', 'Relationship to the head', RELATIONSHIP.labels),
  { key: 'commune', type: 'commune', label: { vi: 'Xã cư trú (mã xã)', en: 'Commune of residence (code)' } },
  { key: 'village', type: 'village', label: { vi: 'Thôn cư trú', en: 'Village of residence' } },
  { key: 'village_class', type: 'village_class', label: { vi: 'Phân loại thôn', en: 'Village classification' }, codes: VILLAGE_CLASSES },
  { key: 'commune_class', type: 'commune_class', label: { vi: 'Phân loại xã', en: 'Commune classification' }, codes: COMMUNE_CLASSES },
  code('housing', 'housing', 'Nhà ở', 'Housing', HOUSING.labels),
  code('water_source', 'water_source', 'Nguồn nước sinh hoạt', 'Drinking water', WATER_SOURCE.labels),
  code('electricity', 'electricity', 'Điện sinh hoạt', 'Electricity', ELECTRICITY.labels),
  code('toilet_type', 'toilet_type', 'Nhà vệ sinh', 'Toilet', TOILET.labels),
  code('main_livelihood', 'main_livelihood', 'Sinh kế chính', 'Main livelihood', LIVELIHOOD.labels),
  code('income_band', 'income_band', 'Mức thu nhập', 'Income band', INCOME_BAND.labels),
  code('internet_access', 'internet_access', 'Truy cập Internet', 'Internet access', INTERNET.labels),
  code('religion', 'religion', 'Tôn giáo', 'Religion', RELIGION.labels),
  code('marital_status', 'marital_status', 'Tình trạng hôn nhân', 'Marital status', MARITAL.labels),
  code('education_level', 'education_level', 'Trình độ học vấn', 'Education', EDUCATION.labels),
  code('school_enrolment', 'school_enrolment', 'Tình trạng đi học', 'School enrolment', SCHOOL_ENROLMENT.labels),
  code('disability', 'disability', 'Khuyết tật', 'Disability', DISABILITY.labels),
  bool('literate', 'literate', 'Biết đọc, biết viết', 'Literate'),
  bool('speaks_vietnamese', 'speaks_vietnamese', 'Biết tiếng Việt', 'Speaks Vietnamese'),
  bool('health_insurance', 'health_insurance', 'Có bảo hiểm y tế', 'Health insurance'),
];

export const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
