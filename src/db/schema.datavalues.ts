import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type SubmissionStatus = 'open' | 'submitted' | 'approved' | 'returned';
export type SubmissionAction = 'submit' | 'approve' | 'return' | 'reopen';

export interface DataValueTable {
  id: Generated<number>;
  data_element_id: number;
  category_option_combo_id: number;
  unit_id: number;
  period_id: string;
  value: string | null;
  comment: string | null;
  derived: Generated<boolean>;
  override_reason: string | null;
  created_at: Timestamp;
  created_by: number | null;
  updated_at: Timestamp;
  updated_by: number | null;
  deleted_at: Timestamp | null;
}

export interface DataValueHistoryTable {
  id: Generated<number>;
  data_value_id: number;
  old_value: string | null;
  new_value: string | null;
  old_comment: string | null;
  new_comment: string | null;
  derived: Generated<boolean>;
  override_reason: string | null;
  client_id: string | null;
  changed_by: number | null;
  changed_at: Timestamp;
}

export interface ReportSubmissionTable {
  id: Generated<number>;
  data_set_id: number;
  unit_id: number;
  period_id: string;
  status: Generated<SubmissionStatus>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  decided_at: Timestamp | null;
  decided_by: number | null;
  comment: string | null;
  updated_at: Timestamp;
}

export interface ReportSubmissionEventTable {
  id: Generated<number>;
  submission_id: number;
  action: SubmissionAction;
  from_status: SubmissionStatus;
  to_status: SubmissionStatus;
  comment: string | null;
  by_user: number | null;
  at: Timestamp;
}

export interface DataValueClientSaveTable {
  client_id: string;
  user_id: number | null;
  saved_at: Timestamp;
}

export interface DataValuesDB {
  data_value_client_save: DataValueClientSaveTable;
  data_value: DataValueTable;
  data_value_history: DataValueHistoryTable;
  report_submission: ReportSubmissionTable;
  report_submission_event: ReportSubmissionEventTable;
}
