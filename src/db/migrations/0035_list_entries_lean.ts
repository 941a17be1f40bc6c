/**
 * Freezing a beneficiary list writes its entries in one statement (100,000 and more rows); what each row
 * costs beyond its own write goes:
 *  - the index of entries by person alone: no query reads entries but by list (the primary key list, person);
 *  - the foreign key from an entry's commune to `admin_unit`: an entry is a snapshot of the register on the
 *    day, and its commune is copied from the household, whose own foreign key already holds it (units are
 *    versioned, never deleted);
 *  - the per-row foreign key from an entry to its list (one lookup per row): replaced by a check per
 *    statement over all the rows it wrote (each list named once, locked FOR KEY SHARE as the foreign key
 *    does), and deleting a list deletes its entries by a statement trigger as ON DELETE CASCADE did.
 *    An entry naming no list is still refused (SQLSTATE 23503, constraint `beneficiary_list_entry_list_id_fkey`).
 */
export const statements: string[] = [
  `DROP INDEX IF EXISTS beneficiary_list_entry_person`,
  `ALTER TABLE beneficiary_list_entry DROP CONSTRAINT IF EXISTS beneficiary_list_entry_commune_id_fkey`,
  `ALTER TABLE beneficiary_list_entry DROP CONSTRAINT IF EXISTS beneficiary_list_entry_list_id_fkey`,
  `CREATE FUNCTION beneficiary_list_entry_check_lists() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE lid int;
  BEGIN
    FOR lid IN SELECT DISTINCT n.list_id FROM written_entries n LOOP
      PERFORM 1 FROM beneficiary_list l WHERE l.id = lid FOR KEY SHARE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'insert or update on table "beneficiary_list_entry" violates foreign key constraint "beneficiary_list_entry_list_id_fkey"'
          USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'beneficiary_list_entry_list_id_fkey', TABLE = 'beneficiary_list_entry',
            DETAIL = format('Key (list_id)=(%s) is not present in table "beneficiary_list".', lid);
      END IF;
    END LOOP;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER beneficiary_list_entry_list_insert AFTER INSERT ON beneficiary_list_entry
    REFERENCING NEW TABLE AS written_entries FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_list_entry_check_lists()`,
  `CREATE TRIGGER beneficiary_list_entry_list_update AFTER UPDATE ON beneficiary_list_entry
    REFERENCING NEW TABLE AS written_entries FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_list_entry_check_lists()`,
  `CREATE FUNCTION beneficiary_list_delete_entries() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM beneficiary_list_entry e WHERE e.list_id IN (SELECT o.id FROM deleted_lists o);
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER beneficiary_list_delete_entries AFTER DELETE ON beneficiary_list
    REFERENCING OLD TABLE AS deleted_lists FOR EACH STATEMENT EXECUTE FUNCTION beneficiary_list_delete_entries()`,
  `CREATE FUNCTION beneficiary_list_keep_id() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'the id of a beneficiary list does not change' USING ERRCODE = 'foreign_key_violation';
  END $$`,
  `CREATE TRIGGER beneficiary_list_keep_id BEFORE UPDATE OF id ON beneficiary_list FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION beneficiary_list_keep_id()`,
];
