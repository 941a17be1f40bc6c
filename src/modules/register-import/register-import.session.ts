/**
 * One connection for a whole import: the Kysely handle the checks and updates run on, and COPY
 * for the new rows, inside one transaction. On the embedded engine the connection is held for the
 * duration (other requests wait); on PostgreSQL a pool client is taken for it.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf } from '../../db/connection.js';
import { rebuildIndexes } from '../register/register.order.js';
import type { DB } from '../../db/schema.js';

export interface ImportSession {
  db: Kysely<DB>;
  copy(table: string, columns: readonly string[], data: Uint8Array): Promise<void>;
}

const statement = (table: string, columns: readonly string[], source: string) => `COPY ${table} (${columns.join(', ')}) FROM ${source}`;

export async function withSession<T>(db: Kysely<DB>, work: (s: ImportSession) => Promise<T>): Promise<T> {
  const driver = driverOf(db);
  if (!driver) throw new Error('import needs the database handle returned by openDatabase');
  if (driver.pglite) {
    const pgl = driver.pglite;
    return db.connection().execute((conn) =>
      work({
        db: conn,
        copy: async (table, columns, data) => {
          await pgl.query(statement(table, columns, `'/dev/blob'`), [], { blob: new Blob([data as Uint8Array<ArrayBuffer>]) });
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
      copy: (table, columns, data) => pipeline(Readable.from([data]), client.query(copyFrom(statement(table, columns, 'STDIN')))),
    });
  } finally {
    await single.destroy();
    client.release();
  }
}

/** Runs `work` in a transaction on the session; `commit` false rolls it back (dry run, refused file). */
export async function inTransaction<T>(s: ImportSession, work: () => Promise<{ result: T; commit: boolean }>): Promise<T> {
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

const TABLES = ['person', 'household', 'household_member', 'household_poverty'];
const TABLE_LIST = TABLES.map((t) => `'${t}'::regclass`).join(', ');

/**
 * The first import into an empty register: like the bulk loader (and pg_restore), secondary
 * indexes and foreign keys of the four register tables are set aside and rebuilt in one pass each
 * before commit, which also re-checks every key and unique CCCD. Returns null when the tables hold
 * rows; else the step that restores them (in the same transaction, so a failed check undoes all).
 */
export async function setAsideWhenEmpty(s: ImportSession): Promise<(() => Promise<void>) | null> {
  const q = async (text: string) => (await sql.raw<Record<string, unknown>>(text).execute(s.db)).rows;
  const [{ filled }] = await q(`SELECT ${TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join(' OR ')} AS filled`);
  if (filled) return null;
  await q(`LOCK TABLE ${TABLES.join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
  await q(`SET LOCAL maintenance_work_mem = '128MB'`);
  const foreignKeys = await q(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND conrelid IN (${TABLE_LIST}) ORDER BY conrelid, conname`,
  );
  const indexes = await q(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
     WHERE i.indrelid IN (${TABLE_LIST}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
  );
  for (const fk of foreignKeys) await q(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
  for (const ix of indexes) await q(`DROP INDEX ${ix.name}`);
  return async () => {
    await rebuildIndexes(q, indexes as { name: string; def: string }[]);
    for (const fk of foreignKeys) await q(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.conname} ${fk.def}`);
    await q(`ANALYZE ${TABLES.join(', ')}`);
  };
}
