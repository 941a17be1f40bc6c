import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type Numeric = ColumnType<number, number | string | undefined, number | string>;

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface RegisterImportTable {
  id: Generated<number>;
  user_id: number | null;
  file_name: string;
  file_path: string | null;
  status: Generated<ImportStatus>;
  dry_run: boolean;
  only_valid: boolean;
  applied: Generated<boolean>;
  bytes_total: Numeric;
  bytes_read: Numeric;
  rows_read: Generated<number>;
  encoding: string | null;
  converted: Generated<boolean>;
  counts: Generated<Json>;
  error_count: Generated<number>;
  failure: Json | null;
  labels: Generated<Json>;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface RegisterImportErrorTable {
  import_id: number;
  seq: number;
  row_number: number;
  column_name: string;
  value: string;
  code: string;
  params: Json;
  row_values: Json | null;
}

/** Import tables, merged into DB in schema.ts. */
export interface ImportDB {
  register_import: RegisterImportTable;
  register_import_error: RegisterImportErrorTable;
}

export type RegisterImport = Selectable<RegisterImportTable>;
