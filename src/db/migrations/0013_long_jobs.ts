/**
 * Long jobs in short steps.
 * - `duplicate_scan_mark`: per scanned area, the time up to which its persons have been compared;
 *   a later scan of the same area looks only at persons changed since (indexed by `updated_at`).
 * - The rows an import created are found by its id, to undo an import that did not finish.
 */
export const statements = [
  `CREATE TABLE duplicate_scan_mark (
    area_key text PRIMARY KEY,
    scanned_at timestamptz NOT NULL,
    persons int NOT NULL DEFAULT 0
  )`,
  `CREATE INDEX person_updated_at ON person (updated_at)`,
  `CREATE INDEX person_import ON person (import_id) WHERE import_id IS NOT NULL`,
  `CREATE INDEX household_import ON household (import_id) WHERE import_id IS NOT NULL`,
];
