/**
 * A stamp that changes with every write to the report forms' metadata, in the writing transaction
 * (the same device as register_stamp, migration 0005). A loaded form is remembered under the stamp
 * it was read at (src/modules/data-entry/data-entry.form.ts), so each saved value does not read the
 * form's sections, elements, units and disaggregations again, and a change of the form is seen at once.
 */
const TABLES = ['data_set', 'data_set_section', 'data_set_element', 'data_set_unit', 'data_element', 'category_option_combo'];

export const statements: string[] = [
  `CREATE TABLE reporting_stamp (id boolean PRIMARY KEY DEFAULT true CHECK (id), n bigint NOT NULL DEFAULT 0)`,
  `INSERT INTO reporting_stamp DEFAULT VALUES`,
  `CREATE FUNCTION reporting_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE reporting_stamp SET n = n + 1;
     RETURN NULL;
   END $$`,
  ...TABLES.map(
    (t) => `CREATE TRIGGER ${t}_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION reporting_stamp_bump()`,
  ),
];
