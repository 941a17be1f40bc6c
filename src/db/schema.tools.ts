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
export {};
