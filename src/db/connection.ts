import fs from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockDataDir } from './data-dir-lock.js';
import { pglitePool } from './pglite-pool.js';
import type { DB } from './schema.js';

/** Which engine a database runs on. */
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  close(): Promise<void>;
  /** The embedded engine itself, for dumps and bulk COPY. */
  pglite?: PGlite;
}

interface Driver {
  pglite?: PGlite;
  pool?: pg.Pool;
  /** The handle background jobs use (see jobHandle). */
  jobs?: Kysely<DB>;
  /** Told when the server starts and ends answering a request (the embedded engine holds jobs back meanwhile). */
  requests?: { begin(): void; end(): void };
}

/** The driver under each open Kysely instance, for bulk COPY (which Kysely does not speak). */
const drivers = new WeakMap<Kysely<DB>, Driver>();

/** The embedded engine or the node-postgres pool under `db` (the instance openDatabase returned, or its job handle). */
export function driverOf(db: Kysely<DB>): Driver | undefined {
  return drivers.get(db);
}

/**
 * The handle for background jobs on the same database. On the embedded engine it shares the one
 * connection at low priority (a waiting request goes first); on PostgreSQL it has a pool of its own,
 * so requests never queue behind a job. Any other handle (a transaction) is returned as it is.
 */
export function jobHandle(db: Kysely<DB>): Kysely<DB> {
  return drivers.get(db)?.jobs ?? db;
}

/** What the server calls around each request it answers; a no-op on PostgreSQL (jobs have their own connections). */
export function requestTracker(db: Kysely<DB>): { begin(): void; end(): void } {
  return drivers.get(db)?.requests ?? { begin() {}, end() {} };
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Options for opening a database: a PGlite folder (or memory) or a PostgreSQL URL. */
export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  schema?: string;
  /** A PGlite data folder dump to start from (tests clone a prepared database this way). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema);
  return openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  let unlock = () => undefined as void;
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let pgl: PGlite;
  try {
    pgl = await openEngine(dataDir, loadDataDir);
  } catch (e) {
    unlock();
    throw e;
  }
  const pools = pglitePool(pgl);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pools.interactive as never }) });
  const jobs = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pools.job as never }) });
  drivers.set(db, { pglite: pgl, jobs, requests: pools.requests });
  drivers.set(jobs, { pglite: pgl, jobs, requests: pools.requests });
  const close = async () => {
    try {
      await jobs.destroy();
      await db.destroy();
    } finally {
      unlock();
    }
  };
  return { db, engine: 'pglite', close, pglite: pgl };
}

function openEngine(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir, {
    extensions: { pg_trgm },
    // The embedded server's page cache lives in this process's memory (see README, PGLITE_SHARED_BUFFERS).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${process.env.PGLITE_SHARED_BUFFERS ?? '80MB'}`],
    loadDataDir,
    // Dates stay 'YYYY-MM-DD' strings and big integers stay exact, as with node-postgres below.
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  const types = {
    getTypeParser(oid: number, format?: string) {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const poolOf = (max: number) =>
    new pg.Pool({ connectionString: url, max, types: types as never, options: schema ? `-c search_path=${schema},public` : undefined });
  const pool = poolOf(Number(process.env.DATABASE_POOL_SIZE ?? 10));
  // Jobs (imports, scans) get connections of their own: requests never wait for a job's connection.
  const jobPool = poolOf(2);
  // An idle connection the server ends (a restart, an administrator, a test dropping its database) leaves the
  // pool and is replaced on next use; without a listener node-postgres would end the whole process.
  for (const p of [pool, jobPool])
    p.on('error', (e: Error & { code?: string }) => {
      if (e.code !== '57P01') console.warn(`database connection lost: ${e.message}`);
    });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const jobs = new Kysely<DB>({ dialect: new PostgresDialect({ pool: jobPool }) });
  drivers.set(db, { pool, jobs });
  drivers.set(jobs, { pool: jobPool, jobs });
  return {
    db,
    engine: 'postgres',
    close: async () => {
      await jobs.destroy();
      await db.destroy();
    },
  };
}
