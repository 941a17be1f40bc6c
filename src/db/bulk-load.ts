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
  /**
   * Loads `data` (COPY text format: tab-separated, `\N` for NULL, one line per row) into `table`'s `columns`.
   * With `keys` (every distinct value of each foreign-key column in `data`), the foreign keys are checked
   * once per distinct value instead of once per row when that is possible: see copyCheckingKeys.
   */
  copy(table: string, columns: readonly string[], data: Uint8Array, keys?: ForeignKeyValues): Promise<void>;
}

/**
 * The distinct values found in `data` of each of a table's foreign-key columns, by column name. Values
 * naming rows that the same transaction inserted may be left out: no other transaction sees those rows
 * before the commit, so they can be neither missing nor deleted meanwhile.
 */
export type ForeignKeyValues = Record<string, Iterable<number | string | null>>;

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
        copy: (table, columns, data, keys) =>
          copyCheckingKeys(conn, table, keys, async () => {
            await pgl.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([data as Uint8Array<ArrayBuffer>]) });
          }),
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
      copy: (table, columns, data, keys) =>
        copyCheckingKeys(single, table, keys, () => pipeline(Readable.from([data]), client.query(copyFrom(copyStatement(table, columns, 'STDIN'))))),
    });
  } finally {
    await single.destroy();
    client.release();
  }
}

/**
 * Runs `load` (a COPY into `table`, inside the session's open transaction) with the foreign keys of
 * `table` checked set-based: PostgreSQL checks a foreign key with one look-up and one row lock per
 * inserted row (an internal trigger), which for 40,000 rows and five keys costs more than writing the
 * rows. Instead, for each key, the distinct values given in `keys` are looked up in one statement that
 * locks them as the per-row check does (`FOR KEY SHARE`, so they cannot be deleted or their key changed
 * before the transaction ends), a missing one fails as PostgreSQL's check does (23503, nothing loaded),
 * and the row triggers are off for the COPY alone (`SET LOCAL session_replication_role = replica`,
 * then back). Done only when it is exactly equivalent and allowed: every foreign key of `table` is a
 * single column named in `keys`, `table` has no trigger of its own (only the internal ones of its
 * foreign keys, which replica mode would skip), and the role may set the parameter (a superuser, or
 * PostgreSQL 15's `GRANT SET ON PARAMETER`); otherwise the COPY runs with the per-row checks.
 * `SET LOCAL` ends with the transaction whatever happens, so the mode never leaks to the connection.
 */
export async function copyCheckingKeys(db: Kysely<DB>, table: string, keys: ForeignKeyValues | undefined, load: () => Promise<unknown>): Promise<void> {
  const checks = keys ? await keyChecks(db, table, keys) : null;
  if (!checks) {
    await load();
    return;
  }
  for (const c of checks) {
    const values = [...new Set([...keys![c.col]].filter((v) => v !== null))];
    if (!values.length) continue;
    const type = sql.raw(`${c.type}[]`);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n
      FROM (SELECT 1 FROM ${sql.raw(c.ref)} WHERE ${sql.ref(c.refCol)} = ANY(${values}::${type}) FOR KEY SHARE) AS k`.execute(db);
    if (Number(rows[0].n) !== values.length)
      throw Object.assign(new Error(`insert or update on table "${table}" violates foreign key constraint "${c.name}"`), { code: '23503', constraint: c.name });
  }
  await sql`SET LOCAL session_replication_role = replica`.execute(db);
  await load();
  await sql`SET LOCAL session_replication_role TO DEFAULT`.execute(db);
}

/** The foreign keys of `table` to check set-based, or null when the per-row checks must run (see copyCheckingKeys). */
async function keyChecks(db: Kysely<DB>, table: string, keys: ForeignKeyValues) {
  const { rows } = await sql<{ name: string; cols: number; col: string; ref: string; ref_col: string; type: string; triggers: number; may: boolean }>`
    SELECT c.conname AS name, cardinality(c.conkey) AS cols, a.attname AS col, c.confrelid::regclass::text AS ref, ra.attname AS ref_col,
      format_type(ra.atttypid, ra.atttypmod) AS type,
      (SELECT count(*)::int FROM pg_trigger t WHERE t.tgrelid = ${table}::regclass AND NOT t.tgisinternal) AS triggers,
      current_setting('is_superuser') = 'on' AS may
    FROM (SELECT 1) AS one
    LEFT JOIN pg_constraint c ON c.contype = 'f' AND c.conrelid = ${table}::regclass
    LEFT JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    LEFT JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]`.execute(db);
  if (!rows.length || Number(rows[0].triggers) > 0) return null;
  if (!rows[0].may && !(await maySetReplicationRole(db))) return null;
  const fks = rows.filter((r) => r.name !== null);
  if (fks.some((r) => Number(r.cols) !== 1 || !(r.col in keys))) return null;
  return fks.map((r) => ({ name: r.name, col: r.col, ref: r.ref, refCol: r.ref_col, type: r.type }));
}

/** Whether a role that is not a superuser was granted SET on session_replication_role (PostgreSQL 15 and later). */
async function maySetReplicationRole(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ has: boolean }>`SELECT to_regprocedure('pg_catalog.has_parameter_privilege(text, text)') IS NOT NULL AS has`.execute(db);
  if (!rows[0].has) return false;
  const r = await sql<{ ok: boolean }>`SELECT has_parameter_privilege('session_replication_role', 'SET') AS ok`.execute(db);
  return r.rows[0].ok;
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
 * The ids come back as one comma-separated text.
 */
export async function nextIds(db: Kysely<DB>, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  // One text row rather than n rows: reading 40,000 one-column rows cost more than taking the ids.
  const r = await sql<{ ids: string }>`WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(${table}, 'id')::regclass AS seq)
    SELECT string_agg(nextval(s.seq)::text, ',') AS ids FROM s, generate_series(1, ${n})`.execute(db);
  return r.rows[0].ids.split(',').map(Number);
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
