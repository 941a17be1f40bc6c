import { execFileSync, execSync } from 'node:child_process';
import { inject } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.js';
import { boot } from '../src/server/boot.js';
import { ROOT, WEB_DIST } from '../src/server/paths.js';
import { copyOfTemplate } from '../src/test/global-setup.js';

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

/** Builds the web app when dist/web is missing or older than its sources; one build at a time. */
export function ensureWebBuild(): void {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'src/web')), newest(path.join(ROOT, 'index.html')), newest(path.join(ROOT, 'vite.config.ts')));
  const fresh = () => fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources;
  if (fresh()) return;
  // Test files run in parallel workers: a lock folder makes the others wait for the first build.
  const lock = path.join(os.tmpdir(), 'dantoc-e2e-vite-build.lock');
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      // A lock left by a killed run is stale after the longest build could take.
      if (held && Date.now() - held.mtimeMs > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another vite build');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    if (!fresh()) execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface TestServer {
  app: FastifyInstance;
  /** Base address, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** The database prepared once per test run by the global setup (a PGlite data folder as a tar), if any. */
function preparedTemplate(): string | null {
  try {
    const file = inject('pgliteTemplate');
    return file && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The PostgreSQL database prepared once per run by the global setup (TEST_DATABASE_URL), if any. */
function postgresTemplate(): string {
  try {
    return process.env.TEST_DATABASE_URL ? inject('postgresTemplate') : '';
  } catch {
    return '';
  }
}

/**
 * The real server with demo data on a fresh database, listening on a free port: with TEST_DATABASE_URL, a
 * new database on that PostgreSQL server copied from the run's prepared one; otherwise an embedded
 * database whose folder starts as a copy of the run's prepared one when there is one (boot then finds
 * reference and demo data in place, in seconds instead of loading them again).
 */
export async function startServer(): Promise<TestServer> {
  ensureWebBuild();
  const url = process.env.TEST_DATABASE_URL;
  const pgTemplate = postgresTemplate();
  // The data folder also holds uploaded files (imports) on PostgreSQL.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-e2e-db-'));
  let databaseUrlOfRun: string | undefined;
  let dropDatabase: () => Promise<void> = async () => {};
  if (url && pgTemplate) {
    const copy = await copyOfTemplate(url, pgTemplate, 'e2e');
    databaseUrlOfRun = copy.url;
    dropDatabase = copy.drop;
  } else {
    const template = preparedTemplate();
    if (template) execFileSync('tar', ['-xf', template, '-C', dataDir]);
  }
  const config = { ...loadConfig({}), dataDir, databaseUrl: databaseUrlOfRun, loadDemo: true, port: 0, host: '127.0.0.1' };
  const { app } = await boot(config, { webDir: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase();
    },
  };
}
