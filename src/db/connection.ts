import fs from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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

/** The driver under each open Kysely instance, for bulk COPY (which Kysely does not speak). */
const drivers = new WeakMap<Kysely<DB>, { pglite?: PGlite; pool?: pg.Pool }>();

/** The embedded engine or the node-postgres pool under `db` (the instance openDatabase returned). */
export function driverOf(db: Kysely<DB>): { pglite?: PGlite; pool?: pg.Pool } | undefined {
  return drivers.get(db);
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
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const pgl = await PGlite.create(dataDir, {
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
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pglitePool(pgl) as never }) });
  drivers.set(db, { pglite: pgl });
  return { db, engine: 'pglite', close: () => db.destroy(), pglite: pgl };
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  const types = {
    getTypeParser(oid: number, format?: string) {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    types: types as never,
    options: schema ? `-c search_path=${schema},public` : undefined,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  drivers.set(db, { pool });
  return { db, engine: 'postgres', close: () => db.destroy() };
}
