/**
 * Imports of the register from XLSX/CSV files: one row per upload with its options, progress,
 * counts and outcome, and every row error it found (for the on-screen list and the XLSX report).
 * Changes to this file after it first shipped are additive only.
 */
export const statements = [
  `CREATE TABLE register_import (
    id serial PRIMARY KEY,
    user_id int REFERENCES app_user(id),
    file_name text NOT NULL,
    file_path text,
    status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    dry_run boolean NOT NULL,
    only_valid boolean NOT NULL,
    applied boolean NOT NULL DEFAULT false,
    bytes_total bigint NOT NULL DEFAULT 0,
    bytes_read bigint NOT NULL DEFAULT 0,
    rows_read int NOT NULL DEFAULT 0,
    encoding text,
    converted boolean NOT NULL DEFAULT false,
    counts jsonb NOT NULL DEFAULT '{}',
    error_count int NOT NULL DEFAULT 0,
    failure jsonb,
    labels jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  )`,
  `CREATE INDEX register_import_user ON register_import (user_id, id DESC)`,
  `CREATE TABLE register_import_error (
    import_id int NOT NULL REFERENCES register_import(id) ON DELETE CASCADE,
    seq int NOT NULL,
    row_number int NOT NULL,
    column_name text NOT NULL,
    value text NOT NULL,
    code text NOT NULL,
    params jsonb NOT NULL DEFAULT '{}',
    row_values jsonb,
    PRIMARY KEY (import_id, seq)
  )`,
];
