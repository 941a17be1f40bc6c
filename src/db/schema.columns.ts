import type { ColumnType } from 'kysely';

// Column types the database cannot tell kysely-codegen: text columns that a CHECK constraint limits
// to a fixed set of values, and JSON that the code writes as text. scripts/generate-db-types.ts
// maps the columns to these types; keep each union equal to its CHECK constraint in the migrations.

/** JSON columns: written as text (JSON.stringify), read back parsed. */
export type JsonText = ColumnType<unknown, string, string>;

export type UnitLevel = 'province' | 'district' | 'commune';
export type VillageType = 'thon' | 'ban' | 'xom' | 'to_dan_pho' | 'khac';
export type ClassificationKind = 'ethnic_region' | 'extremely_difficult_commune' | 'extremely_difficult_village';
export type Role = 'admin' | 'province_officer' | 'commune_officer' | 'viewer';

export type Sex = 'male' | 'female';
export type Housing = 'solid' | 'semi_solid' | 'makeshift';
export type Relationship = 'head' | 'wife' | 'husband' | 'child' | 'child_in_law' | 'grandchild' | 'father' | 'mother' | 'grandparent' | 'sibling' | 'other';
export type PovertyStatus = 'poor' | 'near_poor' | 'not_poor';
export type LifeEventType = 'birth' | 'death' | 'move_in' | 'move_out' | 'split' | 'merge' | 'change_head';
export type ChangeEntity = 'household' | 'person' | 'membership' | 'poverty';
export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export type ValueType = 'integer' | 'number' | 'percentage' | 'boolean' | 'text' | 'date';
export type Aggregation = 'sum' | 'average' | 'last';
export type RulePriority = 'high' | 'medium' | 'low';
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type MappingKind = 'data_element' | 'category_option' | 'category_option_combo' | 'org_unit' | 'data_set';
export type SubmissionStatus = 'open' | 'submitted' | 'approved' | 'returned';
export type SubmissionAction = 'submit' | 'approve' | 'return' | 'reopen';

export type DocumentType = 'luat' | 'nghi_dinh' | 'quyet_dinh' | 'thong_tu' | 'nghi_quyet' | 'cong_van' | 'khac';
export type ProgrammeNodeKind = 'programme' | 'project' | 'sub_project' | 'activity';
export type MoneySource = 'central' | 'local' | 'loan' | 'other';
export type MoneyKind = 'allocation' | 'commitment' | 'disbursement';
export type ChartType = 'table' | 'bar' | 'stacked_bar' | 'line' | 'pie' | 'single_value';
