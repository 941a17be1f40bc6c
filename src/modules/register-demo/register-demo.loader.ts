import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf } from '../../db/connection.js';
import { SYSTEM } from '../audit/audit.service.js';
import { rebuildIndexes } from '../register/persons.service.js';
import type { DB } from '../../db/schema.js';
import type { ChunkSource, Ids, LoadCount } from './register-demo.chunks.js';
import { COPY_ORDER, copyStatement, type CopyTable } from './register-demo.rows.js';

export type { Chunk, ChunkSource, Ids, LoadCount } from './register-demo.chunks.js';

export interface LoadOptions {
  onProgress?: (count: LoadCount) => void;
  /** What the audit log says was loaded (e.g. the generator's seed). */
  note?: Record<string, unknown>;
}

const SEQUENCES: [keyof Ids, string][] = [
  ['person', 'person'],
  ['household', 'household'],
  ['member', 'household_member'],
];
const LOCK = 'LOCK TABLE person, household, household_member, household_poverty IN SHARE ROW EXCLUSIVE MODE';
// Index builds (the trigram ones above all) run faster with more sort memory.
const SETTINGS = [`SET LOCAL maintenance_work_mem = '128MB'`];
const ANALYZE = 'ANALYZE person, household, household_member, household_poverty';

/** One transaction on the raw driver: plain statements and COPY of prepared text. */
interface BulkSession {
  query(sqlText: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  copy(table: CopyTable, data: Uint8Array): Promise<void>;
}

function pgliteSession(pgl: PGlite): BulkSession {
  return {
    query: async (text, params) => (await pgl.query<Record<string, unknown>>(text, params)).rows,
    copy: async (table, data) => {
      await pgl.query(copyStatement(table, `'/dev/blob'`), [], { blob: new Blob([data as Uint8Array<ArrayBuffer>]) });
    },
  };
}

function postgresSession(client: pg.PoolClient): BulkSession {
  return {
    query: async (text, params) => (await client.query(text, params)).rows,
    copy: (table, data) => pipeline(Readable.from([data]), client.query(copyFrom(copyStatement(table, 'STDIN')))),
  };
}

/**
 * Runs `work` in one transaction on the driver under `db`, with the register tables locked against
 * other writers. On the embedded engine the Kysely connection is held meanwhile, so no other
 * statement can slip into the transaction.
 */
async function inBulkTransaction<T>(db: Kysely<DB>, work: (s: BulkSession) => Promise<T>): Promise<T> {
  const driver = driverOf(db);
  if (!driver) throw new Error('bulk load needs the database handle returned by openDatabase');
  const run = async (s: BulkSession) => {
    await s.query('BEGIN');
    try {
      await s.query(LOCK);
      for (const setting of SETTINGS) await s.query(setting);
      const out = await work(s);
      await s.query('COMMIT');
      return out;
    } catch (e) {
      await s.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  };
  if (driver.pglite) {
    const pgl = driver.pglite;
    return db.connection().execute(() => run(pgliteSession(pgl)));
  }
  const client = await driver.pool!.connect();
  try {
    return await run(postgresSession(client));
  } finally {
    client.release();
  }
}

const TABLES = ['person', 'household', 'household_member', 'household_poverty'];
const TABLE_LIST = TABLES.map((t) => `'${t}'::regclass`).join(', ');

/**
 * Into empty tables, loading is much faster without secondary indexes and foreign keys, which are
 * then rebuilt in one pass each (a foreign key is re-checked for all rows with one join), as
 * pg_restore does. The definitions are read from the catalogue and restored verbatim in the same
 * transaction, so a failed check undoes the whole load. Returns the step that restores them.
 */
async function setAsideConstraints(s: BulkSession): Promise<() => Promise<void>> {
  const [{ filled }] = await s.query(`SELECT ${TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join(' OR ')} AS filled`);
  if (filled) return async () => undefined;
  const foreignKeys = await s.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND conrelid IN (${TABLE_LIST}) ORDER BY conrelid, conname`,
  );
  const indexes = await s.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
     WHERE i.indrelid IN (${TABLE_LIST}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
  );
  for (const fk of foreignKeys) await s.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
  for (const ix of indexes) await s.query(`DROP INDEX ${ix.name}`);
  return async () => {
    await rebuildIndexes((q) => s.query(q), indexes as { name: string; def: string }[]);
    for (const fk of foreignKeys) await s.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.conname} ${fk.def}`);
  };
}

async function flush(s: BulkSession, data: Record<CopyTable, Uint8Array>): Promise<void> {
  for (const table of COPY_ORDER) if (data[table].length) await s.copy(table, data[table]);
}

/**
 * Loads the chunks of `source` with COPY, all in one transaction (all or nothing). Ids are taken
 * from the tables' sequences first (the source numbers its rows from them) and the sequences are
 * moved past the last id used afterwards. While one chunk is copied the next is produced.
 */
export async function loadRegister(db: Kysely<DB>, source: ChunkSource, options: LoadOptions = {}): Promise<LoadCount> {
  return inBulkTransaction(db, async (s) => {
    const first = {} as Ids;
    for (const [key, table] of SEQUENCES) {
      const [row] = await s.query(`SELECT nextval(pg_get_serial_sequence('${table}', 'id'))::int AS id`);
      first[key] = Number(row.id);
    }
    const restore = await setAsideConstraints(s);
    let done: LoadCount = { households: 0, persons: 0, rows: 0 };
    let last: Ids | null = null;
    let copying: Promise<void> = Promise.resolve();
    for await (const chunk of source(first)) {
      await copying;
      copying = flush(s, chunk.data).then(() => options.onProgress?.(chunk.count));
      // A failure surfaces at the next await; until then it must not count as unhandled.
      copying.catch(() => undefined);
      done = chunk.count;
      last = chunk.last;
    }
    await copying;
    await restore();
    // Planner statistics for the new rows (the embedded engine has no autovacuum to gather them).
    // A smaller sample than the default keeps this short: 6,000 rows (15,000 for big loads) describe
    // these columns well enough.
    await s.query(`SET LOCAL default_statistics_target = ${done.persons < 100_000 ? 20 : 50}`);
    await s.query(ANALYZE);
    if (last && done.households) {
      for (const [key, table] of SEQUENCES) await s.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), $1)`, [last[key]]);
    }
    // Written on the same transaction, like every other write (see writeAudit).
    await s.query(`INSERT INTO audit_log (username, action, entity, after) VALUES ($1, 'load_demo', 'register', $2)`, [
      SYSTEM.username,
      JSON.stringify({ ...options.note, ...done, firstIds: first }),
    ]);
    return done;
  });
}
