import type { ColumnType, Generated, Selectable } from 'kysely';

/** Dates travel as 'YYYY-MM-DD' strings; timestamps as Date. */
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
/** numeric columns (and bigserial ids): both connections parse them to numbers. */
type Numeric = ColumnType<number, number | string | null, number | string | null>;

export type Sex = 'male' | 'female';
export type Housing = 'solid' | 'semi_solid' | 'makeshift';
export type Relationship = 'head' | 'wife' | 'husband' | 'child' | 'child_in_law' | 'grandchild' | 'father' | 'mother' | 'grandparent' | 'sibling' | 'other';
export type PovertyStatus = 'poor' | 'near_poor' | 'not_poor';
export type LifeEventType = 'birth' | 'death' | 'move_in' | 'move_out' | 'split' | 'merge' | 'change_head';
export type ChangeEntity = 'household' | 'person' | 'membership' | 'poverty';

export interface PersonTable {
  id: Generated<number>;
  full_name: string;
  sex: Sex;
  birth_date: DateString | null;
  birth_year: number;
  ethnic_code: string;
  religion: string | null;
  cccd: string | null;
  marital_status: string | null;
  education_level: string | null;
  literate: boolean | null;
  speaks_vietnamese: boolean | null;
  school_enrolment: string | null;
  occupation: string | null;
  health_insurance: boolean | null;
  disability: string | null;
  death_date: DateString | null;
  commune_id: number;
  deleted_at: Timestamp | null;
  deleted_reason: string | null;
  deleted_by: number | null;
  is_demo: Generated<boolean>;
  /** The register import that created the record, if any. */
  import_id: number | null;
  search_text: string;
  sort_key: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HouseholdTable {
  id: Generated<number>;
  code: string;
  commune_id: number;
  village_id: number | null;
  head_person_id: number | null;
  head_ethnic_code: string | null;
  address: Generated<string>;
  phone: string | null;
  housing: Housing | null;
  residential_land_m2: Numeric | null;
  production_land_m2: Numeric | null;
  water_source: string | null;
  electricity: string | null;
  toilet_type: string | null;
  main_livelihood: string | null;
  income_band: string | null;
  internet_access: string | null;
  smartphones: number | null;
  computers: number | null;
  valid_from: DateString;
  valid_to: DateString | null;
  end_reason: 'split' | 'merge' | 'move_out' | 'dissolved' | null;
  deleted_at: Timestamp | null;
  deleted_reason: string | null;
  deleted_by: number | null;
  is_demo: Generated<boolean>;
  /** The register import that created the record, if any. */
  import_id: number | null;
  search_text: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HouseholdPovertyTable {
  household_id: number;
  year: number;
  status: PovertyStatus;
  standard: Generated<string>;
  income_per_capita: number | null;
  /** JSON array of deprivation indicator codes. */
  deprivations: Json;
  deprivation_count: Generated<number>;
  updated_at: Timestamp;
}

export interface HouseholdMemberTable {
  id: Generated<number>;
  household_id: number;
  person_id: number;
  relationship: Relationship;
  valid_from: DateString;
  valid_to: DateString | null;
}

export interface LifeEventTable {
  id: Generated<number>;
  type: LifeEventType;
  event_date: DateString;
  household_id: number | null;
  person_id: number | null;
  related_household_id: number | null;
  from_commune_id: number | null;
  to_commune_id: number | null;
  details: Json;
  created_by: number | null;
  created_at: Timestamp;
}

export interface RecordChangeTable {
  id: Generated<number>;
  entity: ChangeEntity;
  entity_id: number;
  field: string;
  old_value: Json | null;
  new_value: Json | null;
  effective_date: DateString;
  changed_at: Timestamp;
  changed_by: number | null;
  event_id: number | null;
}

export interface AccessLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  purpose: string;
  details: Json;
  ip: string | null;
}

export interface DuplicateCandidateTable {
  id: Generated<number>;
  person_a_id: number;
  person_b_id: number;
  reason: 'same_cccd' | 'similar_name_birth_year_commune';
  score: number | null;
  status: Generated<'open' | 'merged' | 'not_duplicate'>;
  commune_id: number | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

/** Register tables, merged into DB in schema.ts. */
export interface RegisterDB {
  person: PersonTable;
  household: HouseholdTable;
  household_poverty: HouseholdPovertyTable;
  household_member: HouseholdMemberTable;
  life_event: LifeEventTable;
  record_change: RecordChangeTable;
  access_log: AccessLogTable;
  duplicate_candidate: DuplicateCandidateTable;
}

export type Person = Selectable<PersonTable>;
export type Household = Selectable<HouseholdTable>;
export type HouseholdMember = Selectable<HouseholdMemberTable>;
export type LifeEvent = Selectable<LifeEventTable>;
