import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connection.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts a command and measures milliseconds until `url` first answers 200. */
export async function timeToFirst200(cmd: string, args: string[], env: Record<string, string>, url: string, timeoutMs = 120_000) {
  const started = performance.now();
  const child: ChildProcess = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr.slice(-2000)}`);
      try {
        const res = await fetch(url);
        if (res.status === 200) return performance.now() - started;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

/** Writes a result file under bench/results and returns its path. */
export function writeResult(name: string, data: unknown): string {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'results', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs `work` on a PostgreSQL database in a schema of its own (pg_trgm in `public`), dropped afterwards
 * whatever happens, so benchmarks never touch existing data.
 */
export async function inScratchSchema<T>(url: string, prefix: string, work: (database: Database) => Promise<T>): Promise<T> {
  const schema = `${prefix}_${process.pid}`;
  const admin = await openDatabase({ databaseUrl: url });
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(admin.db).catch(() => undefined);
    await sql.raw(`CREATE SCHEMA ${schema}`).execute(admin.db);
    const database = await openDatabase({ databaseUrl: url, schema });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(admin.db);
    await admin.close();
  }
}
