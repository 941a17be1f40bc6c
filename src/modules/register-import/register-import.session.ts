/**
 * One connection for one step of an import: the Kysely handle the writes run on, and COPY for the
 * new rows, inside one transaction. Give it the job handle (jobHandle): on the embedded engine the
 * connection is held at low priority for the step only; on PostgreSQL a client of the job pool is taken.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf } from '../../db/connection.js';
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
