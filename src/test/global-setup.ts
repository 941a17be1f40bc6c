import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedReference } from '../modules/reference/reference.seed.js';
import { seedDemo } from '../modules/reference/demo.seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of the prepared embedded database (a PGlite data folder as a tar); '' on PostgreSQL. */
    pgliteTemplate: string;
    /** The prepared PostgreSQL database each test file copies (CREATE DATABASE … TEMPLATE); '' when there is none. */
    postgresTemplate: string;
  }
}

/** Migrations, reference data and demo data: what every test file starts from. */
async function prepare(db: Kysely<DB>): Promise<void> {
  await migrate(db);
  await seedReference(db);
  await seedDemo(db);
}

/** The address of another database on the same PostgreSQL server. */
export function databaseUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database name on the server of `url`: the name of its database, a tag and random letters. */
export function databaseName(url: string, tag: string): string {
  const base = decodeURIComponent(new URL(url).pathname.slice(1) || 'postgres')
    .replace(/[^a-z0-9_]/gi, '_')
    .slice(0, 30);
  return `${base}_${tag}_${crypto.randomBytes(5).toString('hex')}`.toLowerCase();
}

/** Runs statements on the server as the test URL's user (CREATE and DROP DATABASE cannot run in a pool's transaction). */
export async function onServer(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/** A new database on the server of `url` copied from the run's prepared one, and how to drop it. */
export async function copyOfTemplate(url: string, template: string, tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = databaseName(url, tag);
  await onServer(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return { url: databaseUrl(url, name), drop: () => onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * Prepares the database once per run; each test file then starts from its own copy in about a second
 * instead of migrating and loading the data again (see src/test/harness.ts).
 * - PGlite: one in-memory database, dumped to a tar. `npm test` names the file in DANTOC_TEST_TEMPLATE so
 *   that its browser run reuses the dump of its API run; the file is then left for scripts/test.mjs to remove.
 * - PostgreSQL (TEST_DATABASE_URL): a database of its own on that server, dropped at the end. When the
 *   user may not create databases, nothing is prepared and each file migrates a schema of its own.
 */
export default async function setup({ provide }: { provide: (key: 'pgliteTemplate' | 'postgresTemplate', value: string) => void }) {
  provide('pgliteTemplate', '');
  provide('postgresTemplate', '');
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = databaseName(url, 'tpl');
    try {
      await onServer(url, `CREATE DATABASE "${name}"`);
    } catch (e) {
      console.warn(`Test databases are migrated one by one: cannot create a database on ${new URL(url).host} (${(e as Error).message})`);
      return;
    }
    try {
      const database = await openDatabase({ databaseUrl: databaseUrl(url, name) });
      try {
        await prepare(database.db);
      } finally {
        await database.close();
      }
    } catch (e) {
      await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      throw e;
    }
    provide('postgresTemplate', name);
    return () => onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  const shared = process.env.DANTOC_TEST_TEMPLATE;
  if (shared && fs.existsSync(shared)) {
    provide('pgliteTemplate', shared);
    return;
  }
  const file = shared || path.join(os.tmpdir(), `dantoc-template-${process.pid}.tar`);
  const database = await openDatabase({ dataDir: 'memory://' });
  await prepare(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  // Written under another name first: a run that stops half-way never leaves a partial dump behind.
  fs.writeFileSync(`${file}.part`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${file}.part`, file);
  await database.close();
  provide('pgliteTemplate', file);
  if (!shared) return () => fs.rmSync(file, { force: true });
}
