/**
 * Bulk loading with COPY, the same on both engines: on the embedded engine `COPY … FROM '/dev/blob'`
 * with the data passed as the `blob` option; on PostgreSQL `COPY … FROM STDIN` streamed through
 * pg-copy-streams. A session holds one connection for its whole life (the embedded engine's single
 * connection, or a client of the pool), so statements and COPY run in the same transaction.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf } from './connection.js';
import { copyStatement } from './copy-text.js';
import type { DB } from './schema.js';

export { CopySink, copyLine, copyStatement, copyValue } from './copy-text.js';

/** One connection: the Kysely handle for plain statements and COPY of prepared text on the same connection. */
export interface BulkSession {
  db: Kysely<DB>;
  /** Loads `data` (COPY text format: tab-separated, `\N` for NULL, one line per row) into `table`'s `columns`. */
  copy(table: string, columns: readonly string[], data: Uint8Array): Promise<void>;
}

/** Whether `db` can open a bulk session (it is a handle returned by openDatabase, not a transaction). */
export const canBulkLoad = (db: Kysely<DB>) => driverOf(db) !== undefined;

/**
 * Runs `work` on one connection of `db` (the handle returned by openDatabase, or its job handle).
 * On the embedded engine the Kysely connection is held meanwhile, so no other statement can slip in.
 */
export async function withBulkSession<T>(db: Kysely<DB>, work: (s: BulkSession) => Promise<T>): Promise<T> {
  const driver = driverOf(db);
  if (!driver) throw new Error('bulk load needs the database handle returned by openDatabase');
  if (driver.pglite) {
    const pgl = driver.pglite;
    return db.connection().execute((conn) =>
      work({
        db: conn,
        copy: async (table, columns, data) => {
          await pgl.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([data as Uint8Array<ArrayBuffer>]) });
        },
      }),
    );
  }
  const client = await driver.pool!.connect();
  const single = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: { connect: async () => ({ query: client.query.bind(client), release() {} }), end: async () => undefined } as never,
    }),
  });
  try {
    return await work({
      db: single,
      copy: (table, columns, data) => pipeline(Readable.from([data]), client.query(copyFrom(copyStatement(table, columns, 'STDIN')))),
    });
  } finally {
    await single.destroy();
    client.release();
  }
}

/** Runs `work` in a transaction on the session; `commit` false rolls it back (dry run, refused file). */
export async function inTransaction<T>(s: BulkSession, work: () => Promise<{ result: T; commit: boolean }>): Promise<T> {
  await sql`BEGIN`.execute(s.db);
  try {
    const { result, commit } = await work();
    await sql.raw(commit ? 'COMMIT' : 'ROLLBACK').execute(s.db);
    return result;
  } catch (e) {
    await sql`ROLLBACK`.execute(s.db).catch(() => undefined);
    throw e;
  }
}

/**
 * Runs `work` inside a savepoint of the session's open transaction: `keep` false (or a throw) rolls
 * back to it, leaving the rest of the transaction as it was.
 */
export async function inSavepoint<T>(s: BulkSession, work: () => Promise<{ result: T; keep: boolean }>): Promise<T> {
  await sql`SAVEPOINT bulk_step`.execute(s.db);
  try {
    const { result, keep } = await work();
    await sql.raw(keep ? 'RELEASE SAVEPOINT bulk_step' : 'ROLLBACK TO SAVEPOINT bulk_step').execute(s.db);
    return result;
  } catch (e) {
    await sql`ROLLBACK TO SAVEPOINT bulk_step`.execute(s.db).catch(() => undefined);
    throw e;
  }
}

/**
 * Takes `n` ids from the serial sequence of `table`'s id column. The sequence is looked up once
 * (a materialised CTE): named per row, its catalogue lookup cost ten times the `nextval` calls.
 */
export async function nextIds(db: Kysely<DB>, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const r = await sql<{ id: number }>`WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(${table}, 'id')::regclass AS seq)
    SELECT nextval(s.seq)::int AS id FROM s, generate_series(1, ${n})`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** Moves the serial sequence of `table`'s id column to `last` (the next id is `last + 1`). */
export async function setSequence(db: Kysely<DB>, table: string, last: number): Promise<void> {
  await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${last})`.execute(db);
}

/**
 * Into empty tables, loading is much faster without secondary indexes and foreign keys, which are
 * then rebuilt in one pass each (a foreign key is re-checked for all rows with one join), as
 * pg_restore does. The definitions are read from the catalogue and restored verbatim in the same
 * transaction, so a failed check undoes the whole load. Returns the step that restores them, which
 * rebuilds the indexes with `rebuild` (given the index definitions) before adding the keys back.
 * When any of the tables holds a row nothing is set aside.
 */
export async function setAsideConstraints(
  db: Kysely<DB>,
  tables: readonly string[],
  rebuild: (run: (q: string) => Promise<unknown>, indexes: { name: string; def: string }[]) => Promise<void>,
): Promise<() => Promise<void>> {
  const run = (q: string) => sql.raw(q).execute(db);
  const list = tables.map((t) => `'${t}'::regclass`).join(', ');
  const filled = await sql.raw<{ filled: boolean }>(`SELECT ${tables.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join(' OR ')} AS filled`).execute(db);
  if (filled.rows[0].filled) return async () => undefined;
  const foreignKeys = (
    await sql
      .raw<{ tbl: string; conname: string; def: string }>(
        `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND conrelid IN (${list}) ORDER BY conrelid, conname`,
      )
      .execute(db)
  ).rows;
  const indexes = (
    await sql
      .raw<{ name: string; def: string }>(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
     WHERE i.indrelid IN (${list}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
      )
      .execute(db)
  ).rows;
  for (const fk of foreignKeys) await run(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
  for (const ix of indexes) await run(`DROP INDEX ${ix.name}`);
  return async () => {
    await rebuild(run, indexes);
    for (const fk of foreignKeys) await run(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.conname} ${fk.def}`);
  };
}
