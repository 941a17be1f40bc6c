import type { Insertable, Selectable, Updateable } from 'kysely';
import type * as G from './schema.generated.js';

// The database's types: tables come from schema.generated.ts (npm run db:types, never edited by hand),
// value sets from schema.columns.ts. Dates travel as 'YYYY-MM-DD' strings, timestamps as Date,
// bigint and numeric as numbers (the type parsers in connection.ts).

/** Every table, as Kysely sees it. */
export type { DB } from './schema.generated.js';
export type {
  UnitLevel,
  VillageType,
  ClassificationKind,
  Role,
  JsonText,
  Sex,
  Housing,
  Relationship,
  PovertyStatus,
  LifeEventType,
  ChangeEntity,
  ImportStatus,
  ValueType,
  Aggregation,
  RulePriority,
  RuleOperator,
  MappingKind,
  SubmissionStatus,
  SubmissionAction,
  DocumentType,
  ProgrammeNodeKind,
  MoneySource,
  MoneyKind,
} from './schema.columns.js';

export type AppSettingTable = G.AppSetting;
export type EthnicGroupTable = G.EthnicGroup;
export type AdminReorganisationTable = G.AdminReorganisation;
export type AdminUnitTable = G.AdminUnit;
export type AdminUnitSuccessionTable = G.AdminUnitSuccession;
export type VillageTable = G.Village;
export type ClassificationListTable = G.ClassificationList;
export type ClassificationEntryTable = G.ClassificationEntry;
export type BoundaryTable = G.Boundary;
export type AppUserTable = G.AppUser;
export type UserSessionTable = G.UserSession;
export type LoginThrottleTable = G.LoginThrottle;
export type UserDeviceTable = G.UserDevice;
export type LoginChallengeTable = G.LoginChallenge;
export type UserRecoveryCodeTable = G.UserRecoveryCode;
export type AuditLogTable = G.AuditLog;
export type PersonTable = G.Person;
export type HouseholdTable = G.Household;
export type HouseholdPovertyTable = G.HouseholdPoverty;
export type HouseholdMemberTable = G.HouseholdMember;
export type LifeEventTable = G.LifeEvent;
export type RecordChangeTable = G.RecordChange;
export type AccessLogTable = G.AccessLog;
export type DuplicateCandidateTable = G.DuplicateCandidate;
export type RegisterImportTable = G.RegisterImport;
export type RegisterImportErrorTable = G.RegisterImportError;
export type CategoryTable = G.Category;
export type CategoryOptionTable = G.CategoryOption;
export type CategoryComboTable = G.CategoryCombo;
export type CategoryComboCategoryTable = G.CategoryComboCategory;
export type CategoryOptionComboTable = G.CategoryOptionCombo;
export type CategoryOptionComboOptionTable = G.CategoryOptionComboOption;
export type DataElementTable = G.DataElement;
export type DataSetTable = G.DataSet;
export type DataSetSectionTable = G.DataSetSection;
export type DataSetElementTable = G.DataSetElement;
export type DataSetUnitTable = G.DataSetUnit;
export type ValidationRuleTable = G.ValidationRule;
export type ValidationRuleDataSetTable = G.ValidationRuleDataSet;
export type Dhis2MappingTable = G.Dhis2Mapping;
export type DataValueTable = G.DataValue;
export type DataValueHistoryTable = G.DataValueHistory;
export type ReportSubmissionTable = G.ReportSubmission;
export type ReportSubmissionEventTable = G.ReportSubmissionEvent;
export type DataValueClientSaveTable = G.DataValueClientSave;
export type DuplicateScanMarkTable = G.DuplicateScanMark;

export type AdminUnit = Selectable<G.AdminUnit>;
export type NewAdminUnit = Insertable<G.AdminUnit>;
export type Village = Selectable<G.Village>;
export type AppUser = Selectable<G.AppUser>;
export type AppUserUpdate = Updateable<G.AppUser>;
export type Person = Selectable<G.Person>;
export type Household = Selectable<G.Household>;
export type HouseholdMember = Selectable<G.HouseholdMember>;
export type LifeEvent = Selectable<G.LifeEvent>;
export type RegisterImport = Selectable<G.RegisterImport>;
