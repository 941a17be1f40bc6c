/**
 * The register's descriptive fields, once: for each, its name in the API and the change history, its
 * column, whether it belongs to the person, the household or the membership, how its value is typed, and
 * its code list. The import sheet reads its coded cells with these code lists, the eligibility rules
 * test these columns (as of a day) and offer these fields, so a field added here reaches both.
 */
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

type Labels = Record<string, { vi: string; en: string }>;

export interface RegisterField {
  /** Name in the API, the import sheet and the change history (`record_change.field`). */
  key: string;
  /** Column of the person, household or membership table. */
  column: string;
  entity: 'person' | 'household' | 'membership';
  type: 'code' | 'boolean' | 'number' | 'text' | 'ethnic';
  codes?: Labels;
}

const code = <K extends string, C extends string, E extends RegisterField['entity']>(key: K, column: C, entity: E, codes: Labels) =>
  ({ key, column, entity, type: 'code', codes }) as const;
const plain = <K extends string, C extends string, E extends RegisterField['entity'], T extends RegisterField['type']>(key: K, column: C, entity: E, type: T) =>
  ({ key, column, entity, type }) as const;

export const REGISTER_FIELDS = [
  code('relationship', 'relationship', 'membership', RELATIONSHIP.labels),
  code('sex', 'sex', 'person', SEX.labels),
  plain('ethnicCode', 'ethnic_code', 'person', 'ethnic'),
  plain('birthYear', 'birth_year', 'person', 'number'),
  code('religion', 'religion', 'person', RELIGION.labels),
  code('maritalStatus', 'marital_status', 'person', MARITAL.labels),
  code('educationLevel', 'education_level', 'person', EDUCATION.labels),
  plain('literate', 'literate', 'person', 'boolean'),
  plain('speaksVietnamese', 'speaks_vietnamese', 'person', 'boolean'),
  code('schoolEnrolment', 'school_enrolment', 'person', SCHOOL_ENROLMENT.labels),
  plain('occupation', 'occupation', 'person', 'text'),
  plain('healthInsurance', 'health_insurance', 'person', 'boolean'),
  code('disability', 'disability', 'person', DISABILITY.labels),
  code('housing', 'housing', 'household', HOUSING.labels),
  code('waterSource', 'water_source', 'household', WATER_SOURCE.labels),
  code('electricity', 'electricity', 'household', ELECTRICITY.labels),
  code('toiletType', 'toilet_type', 'household', TOILET.labels),
  code('mainLivelihood', 'main_livelihood', 'household', LIVELIHOOD.labels),
  code('incomeBand', 'income_band', 'household', INCOME_BAND.labels),
  code('internetAccess', 'internet_access', 'household', INTERNET.labels),
] as const satisfies readonly RegisterField[];

type Field = (typeof REGISTER_FIELDS)[number];
type Of<E extends RegisterField['entity']> = Extract<Field, { entity: E }>;

/** Column → field name of the fields of one table. */
function columnsOf<E extends 'person' | 'household'>(entity: E): { [F in Of<E> as F['column']]: F['key'] } {
  return Object.fromEntries(REGISTER_FIELDS.filter((f) => f.entity === entity).map((f) => [f.column, f.key])) as never;
}

/** Columns of a person a condition may test (column → field name in the change history). */
export const PERSON_FIELD_COLUMNS = columnsOf('person');
/** Columns of a household a condition may test (column → field name in the change history). */
export const HOUSEHOLD_FIELD_COLUMNS = columnsOf('household');

/** The code list of every coded field, by field name. */
export const CODE_LISTS = Object.fromEntries(REGISTER_FIELDS.filter((f) => f.type === 'code').map((f) => [f.key, f.codes])) as {
  [F in Extract<Field, { type: 'code' }> as F['key']]: Labels;
};

/** A field by its column. */
export const FIELD_BY_COLUMN: ReadonlyMap<string, RegisterField> = new Map(REGISTER_FIELDS.map((f) => [f.column, f]));
