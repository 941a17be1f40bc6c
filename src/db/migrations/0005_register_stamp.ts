/**
 * A stamp that changes with every write to the register's core tables, in the writing transaction.
 * List totals over large areas are remembered under the stamp they were counted at (see
 * src/modules/register/register.totals.ts); a reader in any snapshot sees the stamp that matches the
 * rows it sees, so a remembered total is never served for data it was not counted on.
 * Statement-level triggers fire once per statement, COPY included, so bulk loads stay fast.
 */
const TABLES = ['household', 'person', 'household_member', 'household_poverty'];

export const statements: string[] = [
  `CREATE TABLE register_stamp (id boolean PRIMARY KEY DEFAULT true CHECK (id), n bigint NOT NULL DEFAULT 0)`,
  `INSERT INTO register_stamp DEFAULT VALUES`,
  `CREATE FUNCTION register_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE register_stamp SET n = n + 1;
     RETURN NULL;
   END $$`,
  ...TABLES.map(
    (t) => `CREATE TRIGGER ${t}_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION register_stamp_bump()`,
  ),
];
