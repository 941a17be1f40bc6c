/**
 * Columns of the register rows a bulk load writes by COPY, in the order of its COPY text: one
 * definition for the demo loader and the import. They differ only in the column that marks where
 * rows came from (`is_demo` for the synthetic register, `import_id` for an import), which comes
 * last in the person and household rows, and in the import's poverty standard, which comes last in
 * its poverty rows (the demo loader leaves the standard to the column's default).
 */
const BASE = {
  person: [
    'id',
    'full_name',
    'sex',
    'birth_date',
    'birth_year',
    'ethnic_code',
    'religion',
    'cccd',
    'marital_status',
    'education_level',
    'literate',
    'speaks_vietnamese',
    'school_enrolment',
    'occupation',
    'health_insurance',
    'disability',
    'commune_id',
    'search_text',
    'sort_key',
  ],
  household: [
    'id',
    'code',
    'commune_id',
    'village_id',
    'head_person_id',
    'head_ethnic_code',
    'address',
    'phone',
    'housing',
    'residential_land_m2',
    'production_land_m2',
    'water_source',
    'electricity',
    'toilet_type',
    'main_livelihood',
    'income_band',
    'internet_access',
    'smartphones',
    'computers',
    'valid_from',
    'search_text',
  ],
  household_member: ['id', 'household_id', 'person_id', 'relationship', 'valid_from'],
  household_poverty: ['household_id', 'year', 'status', 'income_per_capita', 'deprivations', 'deprivation_count'],
} as const;

/** Columns of the demo loader's COPY rows: persons and households end with `is_demo`. */
export const DEMO_COPY_COLUMNS = {
  ...BASE,
  person: [...BASE.person, 'is_demo'],
  household: [...BASE.household, 'is_demo'],
} as const;

/** Columns of the import's COPY rows: persons and households end with `import_id`, poverty years with `standard`; and the history. */
export const IMPORT_COPY_COLUMNS = {
  ...BASE,
  person: [...BASE.person, 'import_id'],
  household: [...BASE.household, 'import_id'],
  household_poverty: [...BASE.household_poverty, 'standard'],
  record_change: ['entity', 'entity_id', 'field', 'new_value', 'effective_date', 'changed_by'],
} as const;
