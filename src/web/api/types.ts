/** Shapes of the API responses the web app reads (see docs/api-contract.md). */

export type Permission =
  | 'manage_users'
  | 'manage_reference'
  | 'edit_villages'
  | 'edit_classifications'
  | 'read_audit'
  | 'manage_reporting'
  | 'enter_data'
  | 'approve_data';
export type Role = 'admin' | 'province_officer' | 'commune_officer' | 'viewer';
export type Lang = 'vi' | 'en';

export interface ScopeUnit {
  id: number;
  code: string;
  name: string;
  type: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface Me {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  language: Lang;
  csrfToken: string;
  permissions: Permission[];
  scope: ScopeUnit | null;
  /** Two-step verification: on or not, required for the role, recovery codes left. */
  twoFactor: { enabled: boolean; required: boolean; recoveryCodesLeft: number };
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EthnicGroup {
  code: string;
  name: string;
  otherNames: string[];
  languageGroup: string;
  isMinority: boolean;
}

export type UnitLevel = 'province' | 'district' | 'commune';

export interface Unit {
  id: number;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  fullName: string;
  parentId: number | null;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  childCount: number;
  /** Present on GET /admin-units/{code}: province first. */
  path?: Unit[];
}

export interface UnitLink {
  unit: Unit;
  mergeType: 'full' | 'partial';
  derived?: boolean;
}

export interface UnitLinks {
  unit: Unit;
  items: UnitLink[];
}

export type VillageType = 'thon' | 'ban' | 'xom' | 'to_dan_pho' | 'khac';
export type VillageStatus = 'active' | 'inactive' | 'merged';

export interface VillageRef {
  id: number;
  code: string;
  name: string;
  type: VillageType;
  communeName: string;
}

export interface Village {
  id: number;
  code: string;
  name: string;
  type: VillageType;
  commune: { id: number; code: string; name: string; type: string; fullName: string };
  validFrom: string | null;
  validTo: string | null;
  status: VillageStatus;
  mergedIntoId: number | null;
  predecessorId: number | null;
  isDemo: boolean;
}

export type VillageEvent = 'predecessor' | 'merged_from' | 'created' | 'update' | 'deactivate' | 'merge' | 'import' | 'merged_into' | 'successor';

export interface VillageDetail extends Village {
  predecessor: VillageRef | null;
  mergedInto: VillageRef | null;
  predecessors: Village[];
  successors: Village[];
  mergedFrom: Village[];
  history: {
    date: string | null;
    event: VillageEvent;
    name: string;
    code?: string;
    villageId?: number;
    username?: string | null;
    before?: unknown;
    after?: unknown;
  }[];
  canEdit: boolean;
}

export type ClassificationKind = 'ethnic_region' | 'extremely_difficult_commune' | 'extremely_difficult_village';

export interface ClassificationList {
  id: number;
  kind: ClassificationKind;
  name: string;
  basis: string;
  periodLabel: string;
  validFrom: string;
  validTo: string | null;
  isDemo?: boolean;
  entryCount?: number;
  scopeUnit?: Partial<Unit> | null;
}

export interface ClassificationEntry {
  id?: number;
  category: string;
  unit?: Partial<Unit> | null;
  village?: (VillageRef & { communeName?: string }) | null;
  list?: Partial<ClassificationList> | null;
  kind?: ClassificationKind;
  listId?: number;
  isDemo?: boolean;
}

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  language: Lang;
  active: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  twoFactorEnabled: boolean;
  createdAt: string;
  scope: ScopeUnit | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: number | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface Health {
  status: string;
  engine: string;
  units: number;
}

export interface BoundarySource {
  source: string;
  licence: string;
  attribution: string;
  /** Units with a shape from this source. */
  units: number;
  levels: string[];
  loadedAt: string;
  /** What the source covers and lacks, in the user's language. */
  notes: string;
}

/** A row problem in an import (dry run or refused). */
export interface ImportRowError {
  row?: number;
  column?: string;
  field?: string;
  value?: unknown;
  message?: string;
  reason?: string;
  code?: string;
}
