/**
 * Which import created a person or household. A file of a million rows would otherwise need a
 * "created" history row per person and per membership; the import's own record (who, when, which
 * file) stands for them, and the timeline shows it as the record's creation. No foreign key: the
 * rows of an import are written by COPY and import records are never deleted.
 */
export const statements = [`ALTER TABLE person ADD COLUMN import_id int`, `ALTER TABLE household ADD COLUMN import_id int`];
