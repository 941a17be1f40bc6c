/** Columns added by migration 0004_register_tools to register tables. */
declare module './schema.register.js' {
  interface PersonTable {
    /** Set when the person was merged into another as a duplicate (and soft-deleted). */
    merged_into_id: import('kysely').ColumnType<number | null, number | null | undefined, number | null>;
  }
  interface DuplicateCandidateTable {
    kept_person_id: import('kysely').ColumnType<number | null, number | null | undefined, number | null>;
    note: import('kysely').ColumnType<string | null, string | null | undefined, string | null>;
  }
}

/** Table of migration 0013_long_jobs: how far each scanned area has been compared for duplicates. */
export interface DuplicateScanMarkTable {
  area_key: string;
  scanned_at: import('kysely').ColumnType<Date, Date | string, Date | string>;
  persons: import('kysely').ColumnType<number, number | undefined, number>;
}
