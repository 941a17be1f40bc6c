import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../test/harness.js';
import { copyLine, inTransaction, withBulkSession, type ForeignKeyValues } from './bulk-load.js';

const s = useTestApp();
beforeAll(async () => {
  const { db } = s.t.database;
  await sql`CREATE TABLE probe_parent (id int PRIMARY KEY)`.execute(db);
  await sql`INSERT INTO probe_parent (id) SELECT generate_series(1, 5)`.execute(db);
  await sql`CREATE TABLE probe_child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES probe_parent(id), other_id int REFERENCES probe_parent(id))`.execute(
    db,
  );
  // The same shape with a trigger of its own, which replica mode would skip.
  await sql`CREATE TABLE probe_watched (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES probe_parent(id), other_id int REFERENCES probe_parent(id))`.execute(
    db,
  );
  await sql`CREATE FUNCTION probe_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`.execute(db);
  await sql`CREATE TRIGGER probe_watched_noop AFTER INSERT ON probe_watched FOR EACH STATEMENT EXECUTE FUNCTION probe_noop()`.execute(db);
});

const COLUMNS = ['id', 'parent_id', 'other_id'];
const text = (rows: (number | null)[][]) => Buffer.from(rows.map(copyLine).join(''));

/** Loads rows into `table` in one transaction of a bulk session; returns the replication role seen inside it after the load. */
async function load(table: string, rows: (number | null)[][], keys?: ForeignKeyValues) {
  return withBulkSession(s.t.database.db, (b) =>
    inTransaction(b, async () => {
      await b.copy(table, COLUMNS, text(rows), keys);
      const r = await sql<{ role: string }>`SELECT current_setting('session_replication_role') AS role`.execute(b.db);
      return { result: r.rows[0].role, commit: true };
    }),
  );
}
const ids = async (table: string) => (await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} ORDER BY id`.execute(s.t.database.db)).rows.map((r) => r.id);

describe('COPY with foreign keys checked per distinct value', () => {
  it('loads the rows, checks each distinct key once and turns the row triggers back on', async () => {
    const role = await load(
      'probe_child',
      [
        [1, 1, null],
        [2, 2, 3],
        [3, 1, 3],
      ],
      { parent_id: [1, 2], other_id: [3, null] },
    );
    expect(role).toBe('origin');
    expect(await ids('probe_child')).toEqual([1, 2, 3]);
    const after = await sql<{ role: string }>`SELECT current_setting('session_replication_role') AS role`.execute(s.t.database.db);
    expect(after.rows[0].role).toBe('origin');
  });

  it('refuses a key that names no row as PostgreSQL does (23503) and loads nothing', async () => {
    const err = await load('probe_child', [[10, 9, null]], { parent_id: [9], other_id: [] }).catch((e) => e);
    expect(err).toMatchObject({ code: '23503' });
    expect(String(err.message)).toContain('probe_child');
    expect(await ids('probe_child')).not.toContain(10);
  });

  it('trusts the keys it is given: the per-row checks are off during the load (values of rows the transaction inserted itself may be left out)', async () => {
    // 4 is a real parent; leaving it out shows that no per-row check ran (it would pass anyway).
    await load('probe_child', [[20, 4, null]], { parent_id: [], other_id: [] });
    expect(await ids('probe_child')).toContain(20);
  });

  it('keeps the per-row checks when a key column is not given, or the table has a trigger of its own', async () => {
    // other_id not described: a missing parent is found by PostgreSQL's own check.
    const partial = await load('probe_child', [[30, 1, 99]], { parent_id: [1] }).catch((e) => e);
    expect(partial).toMatchObject({ code: '23503' });
    // A trigger of the table's own: the keys given (which leave out 99) are not trusted, every row is checked.
    const watched = await load('probe_watched', [[31, 99, null]], { parent_id: [], other_id: [] }).catch((e) => e);
    expect(watched).toMatchObject({ code: '23503' });
    expect(await ids('probe_child')).not.toContain(30);
    expect(await ids('probe_watched')).toEqual([]);
    // Without keys: the plain COPY, checked row by row.
    await load('probe_watched', [[32, 5, 5]]);
    expect(await ids('probe_watched')).toEqual([32]);
  });
});
