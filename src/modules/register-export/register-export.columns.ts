import type { HouseholdListRow } from '../register/households.service.js';
import type { PersonRow } from '../register/persons.service.js';
import * as C from '../register/register.codes.js';

/** What a cell may hold; coded values are already turned into their Vietnamese labels. */
export type Cell = string | number | boolean | null;

/** Lookups a column may need beyond its row. */
export interface ExportContext {
  ethnicName(code: string | null): string | null;
}

export interface ExportColumn<R> {
  key: string;
  vi: string;
  en: string;
  /** Personal data only some roles may export. */
  sensitive?: boolean;
  value(row: R, ctx: ExportContext): Cell;
}

type Labels = { labels: Record<string, { vi: string; en: string }> };
const label =
  (list: Labels) =>
  (code: string | null | undefined): string | null =>
    code == null ? null : (list.labels[code]?.vi ?? code);
const yesNo = (v: boolean | null | undefined) => (v == null ? null : v ? 'Có' : 'Không');
const num = (v: unknown) => (v == null ? null : Number(v));

export const HOUSEHOLD_COLUMNS: ExportColumn<HouseholdListRow>[] = [
  { key: 'code', vi: 'Mã hộ', en: 'Household code', value: (h) => h.code },
  { key: 'communeCode', vi: 'Mã xã', en: 'Commune code', value: (h) => h.commune_code },
  { key: 'commune', vi: 'Xã', en: 'Commune', value: (h) => `${h.commune_type} ${h.commune_name}` },
  { key: 'village', vi: 'Thôn, bản', en: 'Village', value: (h) => h.village_name },
  { key: 'headName', vi: 'Họ tên chủ hộ', en: 'Head of household', value: (h) => h.head_full_name },
  { key: 'headSex', vi: 'Giới tính chủ hộ', en: 'Head sex', value: (h) => label(C.SEX)(h.head_sex) },
  { key: 'headBirthYear', vi: 'Năm sinh chủ hộ', en: 'Head birth year', value: (h) => h.head_birth_year },
  { key: 'headEthnic', vi: 'Dân tộc chủ hộ', en: 'Head ethnic group', value: (h, ctx) => ctx.ethnicName(h.head_ethnic_code) },
  { key: 'address', vi: 'Địa chỉ', en: 'Address', value: (h) => h.address || null },
  { key: 'phone', vi: 'Điện thoại', en: 'Phone', value: (h) => h.phone },
  { key: 'memberCount', vi: 'Số nhân khẩu', en: 'Members', value: (h) => Number(h.member_count) },
  { key: 'poverty', vi: 'Phân loại nghèo', en: 'Poverty status', value: (h) => label(C.POVERTY_STATUS)(h.poverty_status) },
  { key: 'housing', vi: 'Nhà ở', en: 'Housing', value: (h) => label(C.HOUSING)(h.housing) },
  { key: 'residentialLandM2', vi: 'Đất ở (m²)', en: 'Residential land (m²)', value: (h) => num(h.residential_land_m2) },
  { key: 'productionLandM2', vi: 'Đất sản xuất (m²)', en: 'Production land (m²)', value: (h) => num(h.production_land_m2) },
  { key: 'waterSource', vi: 'Nguồn nước', en: 'Water source', value: (h) => label(C.WATER_SOURCE)(h.water_source) },
  { key: 'electricity', vi: 'Điện', en: 'Electricity', value: (h) => label(C.ELECTRICITY)(h.electricity) },
  { key: 'toiletType', vi: 'Nhà tiêu', en: 'Toilet', value: (h) => label(C.TOILET)(h.toilet_type) },
  { key: 'mainLivelihood', vi: 'Sinh kế chính', en: 'Main livelihood', value: (h) => label(C.LIVELIHOOD)(h.main_livelihood) },
  { key: 'incomeBand', vi: 'Mức thu nhập', en: 'Income band', value: (h) => label(C.INCOME_BAND)(h.income_band) },
  { key: 'internetAccess', vi: 'Internet', en: 'Internet access', value: (h) => label(C.INTERNET)(h.internet_access) },
  { key: 'smartphones', vi: 'Số điện thoại thông minh', en: 'Smartphones', value: (h) => h.smartphones },
  { key: 'computers', vi: 'Số máy tính', en: 'Computers', value: (h) => h.computers },
  { key: 'validFrom', vi: 'Ngày lập hộ', en: 'Formed on', value: (h) => h.valid_from },
  { key: 'validTo', vi: 'Ngày kết thúc', en: 'Ended on', value: (h) => h.valid_to },
];

export const PERSON_COLUMNS: ExportColumn<PersonRow>[] = [
  { key: 'fullName', vi: 'Họ và tên', en: 'Full name', value: (p) => p.full_name },
  { key: 'sex', vi: 'Giới tính', en: 'Sex', value: (p) => label(C.SEX)(p.sex) },
  { key: 'birthDate', vi: 'Ngày sinh', en: 'Date of birth', value: (p) => p.birth_date },
  { key: 'birthYear', vi: 'Năm sinh', en: 'Birth year', value: (p) => p.birth_year },
  { key: 'ethnic', vi: 'Dân tộc', en: 'Ethnic group', value: (p) => p.ethnic_name },
  { key: 'cccd', vi: 'Số CCCD', en: 'Citizen ID (CCCD)', sensitive: true, value: (p) => p.cccd },
  { key: 'religion', vi: 'Tôn giáo', en: 'Religion', value: (p) => label(C.RELIGION)(p.religion) },
  { key: 'maritalStatus', vi: 'Tình trạng hôn nhân', en: 'Marital status', value: (p) => label(C.MARITAL)(p.marital_status) },
  { key: 'educationLevel', vi: 'Trình độ học vấn', en: 'Education', value: (p) => label(C.EDUCATION)(p.education_level) },
  { key: 'literate', vi: 'Biết chữ', en: 'Literate', value: (p) => yesNo(p.literate) },
  { key: 'speaksVietnamese', vi: 'Biết tiếng Việt', en: 'Speaks Vietnamese', value: (p) => yesNo(p.speaks_vietnamese) },
  { key: 'schoolEnrolment', vi: 'Tình trạng đi học', en: 'School enrolment', value: (p) => label(C.SCHOOL_ENROLMENT)(p.school_enrolment) },
  { key: 'occupation', vi: 'Nghề nghiệp', en: 'Occupation', value: (p) => p.occupation },
  { key: 'healthInsurance', vi: 'Bảo hiểm y tế', en: 'Health insurance', value: (p) => yesNo(p.health_insurance) },
  { key: 'disability', vi: 'Khuyết tật', en: 'Disability', value: (p) => label(C.DISABILITY)(p.disability) },
  { key: 'communeCode', vi: 'Mã xã', en: 'Commune code', value: (p) => p.commune_code },
  { key: 'commune', vi: 'Xã', en: 'Commune', value: (p) => `${p.commune_type} ${p.commune_name}` },
  { key: 'householdCode', vi: 'Mã hộ', en: 'Household code', value: (p) => p.household_code },
  { key: 'relationship', vi: 'Quan hệ với chủ hộ', en: 'Relationship to head', value: (p) => label(C.RELATIONSHIP)(p.relationship) },
  { key: 'deathDate', vi: 'Ngày mất', en: 'Date of death', value: (p) => p.death_date },
];

/** Roles that may export citizen ID numbers. */
export const CCCD_ROLES = new Set(['admin', 'province_officer', 'commune_officer']);

/** The columns a role may choose, as the column list endpoint shows them. */
export function columnChoices<R>(columns: ExportColumn<R>[], role: string) {
  return columns.filter((c) => !c.sensitive || CCCD_ROLES.has(role)).map(({ key, vi, en }) => ({ key, vi, en }));
}
