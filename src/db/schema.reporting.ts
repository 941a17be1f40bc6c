import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type ValueType = 'integer' | 'number' | 'percentage' | 'boolean' | 'text' | 'date';
export type Aggregation = 'sum' | 'average' | 'last';
export type RulePriority = 'high' | 'medium' | 'low';
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type MappingKind = 'data_element' | 'category_option' | 'category_option_combo' | 'org_unit' | 'data_set';

interface Named {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: Generated<string>;
  dhis2_uid: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Shared configuration with an owning unit; null = national (changed by system administrators only). */
interface Owned extends Named {
  owner_unit_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export type CategoryTable = Owned;
export interface CategoryOptionTable extends Named {
  category_id: number;
  sort_order: Generated<number>;
}
export type CategoryComboTable = Owned;
export interface CategoryComboCategoryTable {
  category_combo_id: number;
  category_id: number;
  position: number;
}
export interface CategoryOptionComboTable extends Named {
  category_combo_id: number;
  option_key: string;
}
export interface CategoryOptionComboOptionTable {
  category_option_combo_id: number;
  category_option_id: number;
}
export interface DataElementTable extends Owned {
  short_name: Generated<string>;
  value_type: ValueType;
  unit: Generated<string>;
  aggregation: Generated<Aggregation>;
  min_value: number | null;
  max_value: number | null;
  category_combo_id: number;
  description: Generated<string>;
}
export interface DataSetTable extends Owned {
  description: Generated<string>;
  period_type: 'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly';
  cutoff: Generated<'calendar' | 'nd09'>;
  deadline_days: Generated<number>;
  approval_role: Generated<'admin' | 'province_officer'>;
  assign_level: 'province' | 'district' | 'commune' | null;
  assign_within: string | null;
}
export interface DataSetSectionTable {
  id: Generated<number>;
  data_set_id: number;
  code: string;
  name_vi: string;
  name_en: Generated<string>;
  position: number;
}
export interface DataSetElementTable {
  data_set_id: number;
  section_id: number;
  data_element_id: number;
  position: number;
}
export interface DataSetUnitTable {
  data_set_id: number;
  unit_code: string;
}
export interface ValidationRuleTable extends Owned {
  left_expr: string;
  operator: RuleOperator;
  right_expr: string;
  importance: Generated<RulePriority>;
  message_vi: Generated<string>;
  message_en: Generated<string>;
}
export interface ValidationRuleDataSetTable {
  validation_rule_id: number;
  data_set_id: number;
}
export interface Dhis2MappingTable {
  id: Generated<number>;
  kind: MappingKind;
  local_code: string;
  dhis2_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportingDB {
  category: CategoryTable;
  category_option: CategoryOptionTable;
  category_combo: CategoryComboTable;
  category_combo_category: CategoryComboCategoryTable;
  category_option_combo: CategoryOptionComboTable;
  category_option_combo_option: CategoryOptionComboOptionTable;
  data_element: DataElementTable;
  data_set: DataSetTable;
  data_set_section: DataSetSectionTable;
  data_set_element: DataSetElementTable;
  data_set_unit: DataSetUnitTable;
  validation_rule: ValidationRuleTable;
  validation_rule_data_set: ValidationRuleDataSetTable;
  dhis2_mapping: Dhis2MappingTable;
}
