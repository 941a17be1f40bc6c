import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { RegisterDB } from './schema.register.js';
import type { DuplicateScanMarkTable } from './schema.tools.js';
import type { ImportDB } from './schema.import.js';
import type { ReportingDB } from './schema.reporting.js';
import type { DataValuesDB } from './schema.datavalues.js';

/** Dates travel as 'YYYY-MM-DD' strings; timestamps as Date. */
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface AppSettingTable {
  key: string;
  value: Json;
}

export interface EthnicGroupTable {
  code: string;
  name: string;
  other_names: string;
  language_group: string;
  is_minority: boolean;
  search_text: string;
  sort_key: string;
}

export interface AdminReorganisationTable {
  id: Generated<number>;
  name: string;
  effective_date: DateString;
  basis: Generated<string>;
  checksum: string;
  unit_count: Generated<number>;
  link_count: Generated<number>;
  loaded_at: Timestamp;
}

export type UnitLevel = 'province' | 'district' | 'commune';

export interface AdminUnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parent_id: number | null;
  valid_from: DateString | null;
  valid_to: DateString | null;
  source: string;
  search_text: string;
  sort_key: string;
}

export interface AdminUnitSuccessionTable {
  old_unit_id: number;
  new_unit_id: number;
  merge_type: 'full' | 'partial';
  effective_date: DateString;
  reorganisation_id: number | null;
}

export type VillageType = 'thon' | 'ban' | 'xom' | 'to_dan_pho' | 'khac';

export interface VillageTable {
  id: Generated<number>;
  commune_id: number;
  code: string;
  name: string;
  type: VillageType;
  valid_from: DateString | null;
  valid_to: DateString | null;
  status: Generated<'active' | 'inactive' | 'merged'>;
  merged_into_id: number | null;
  predecessor_id: number | null;
  is_demo: Generated<boolean>;
  search_text: string;
  sort_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ClassificationKind = 'ethnic_region' | 'extremely_difficult_commune' | 'extremely_difficult_village';

export interface ClassificationListTable {
  id: Generated<number>;
  kind: ClassificationKind;
  name: string;
  basis: Generated<string>;
  period_label: Generated<string>;
  valid_from: DateString;
  valid_to: DateString | null;
  scope_unit_id: number | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
}

export interface ClassificationEntryTable {
  id: Generated<number>;
  list_id: number;
  unit_id: number | null;
  village_id: number | null;
  category: string;
}

export interface BoundaryTable {
  id: Generated<number>;
  unit_id: number;
  geometry: Json;
  bbox: Json;
  source: string;
  licence: string;
  attribution: Generated<string>;
  loaded_at: Timestamp;
}

export type Role = 'admin' | 'province_officer' | 'commune_officer' | 'viewer';

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  full_name: Generated<string>;
  password_hash: string;
  role: Role;
  scope_unit_id: number | null;
  language: Generated<'vi' | 'en'>;
  active: Generated<boolean>;
  /** TOTP secret (base32) once two-factor is on; the pending one while enrolling. */
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Timestamp | null;
  /** Last 30-second step a code was accepted for: a code is never accepted twice. */
  totp_last_step: string | number | null;
  password_changed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserSessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

/** Failure counter that leaks one unit per configured interval (see auth.throttle.ts). */
export interface LoginThrottleTable {
  key: string;
  score: number;
  updated_at: Timestamp;
}

/** A browser that signed in before: sha256 of its random cookie. */
export interface UserDeviceTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_used_at: Timestamp;
}

/** Password accepted, second step (TOTP or recovery code) awaited: sha256 of the token. */
export interface LoginChallengeTable {
  id: string;
  user_id: number;
  expires_at: Timestamp;
  attempts: Generated<number>;
}

export interface UserRecoveryCodeTable {
  user_id: number;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: number | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
}

export interface DB extends RegisterDB, ImportDB, ReportingDB, DataValuesDB {
  duplicate_scan_mark: DuplicateScanMarkTable;
  app_setting: AppSettingTable;
  ethnic_group: EthnicGroupTable;
  admin_reorganisation: AdminReorganisationTable;
  admin_unit: AdminUnitTable;
  admin_unit_succession: AdminUnitSuccessionTable;
  village: VillageTable;
  classification_list: ClassificationListTable;
  classification_entry: ClassificationEntryTable;
  boundary: BoundaryTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_throttle: LoginThrottleTable;
  user_device: UserDeviceTable;
  login_challenge: LoginChallengeTable;
  user_recovery_code: UserRecoveryCodeTable;
  audit_log: AuditLogTable;
}

export type AdminUnit = Selectable<AdminUnitTable>;
export type NewAdminUnit = Insertable<AdminUnitTable>;
export type Village = Selectable<VillageTable>;
export type AppUser = Selectable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
