/**
 * Register bulk-load benchmark. Generates a synthetic Hòa Bình register (BENCH_PERSONS, default
 * 1,000,000 persons in about 263,000 households) to files in COPY text format (one per table), then:
 *  (a) embedded engine (PGlite, data folder on disk): our loader (generate → COPY, indexes and
 *      foreign keys rebuilt after) against a raw COPY of the same files into the same tables;
 *      rows/s and peak RSS of each, each in its own process. Goal: loader ≥ 20,000 rows/s.
 *  (b) PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, in a schema
 *      of its own dropped afterwards): the same two. Goal: loader ≥ 0.3 × raw COPY throughput.
 * Rows are counted across the four tables (persons, households, memberships, poverty years).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf, openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { seedDemoVillages } from '../src/modules/villages/villages.demo.js';
import { generateRegister } from '../src/modules/register-demo/register-demo.generator.js';
import { appendHousehold, COPY_ORDER, copyStatement, emptyBuffers, rowsOf } from '../src/modules/register-demo/register-demo.rows.js';
import { generateAndLoad } from '../src/modules/register-demo/register-demo.seed.js';
import { registerCommunes } from '../src/modules/register-demo/register-demo.units.js';
import { inScratchSchema, writeResult } from './lib.js';

/** What one measured load did. */
interface PhaseResult {
  ms: number;
  rows: number;
  persons: number;
  /** Peak resident memory of the process, kB (embedded phases only: each runs in its own process). */
  peakRssKb?: number;
}

async function countRows(database: Database): Promise<{ rows: number; persons: number }> {
  const r = await sql<{ p: number; o: number }>`SELECT (SELECT count(*) FROM person)::int AS p,
    ((SELECT count(*) FROM household) + (SELECT count(*) FROM household_member) + (SELECT count(*) FROM household_poverty))::int AS o`.execute(database.db);
  return { rows: r.rows[0].p + r.rows[0].o, persons: r.rows[0].p };
}

/** Our loader: generation, COPY, index and key rebuild, ANALYZE, all in one transaction. */
async function runLoader(database: Database, persons: number, seed: string): Promise<PhaseResult> {
  const t0 = performance.now();
  await generateAndLoad(database.db, persons, seed, { chunkPersons: 50_000 });
  const ms = performance.now() - t0;
  return { ms, ...(await countRows(database)) };
}

/** Pieces of a file of at most ~16 MB, cut at line ends. */
async function* fileChunks(file: string): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0);
  for await (const piece of fs.createReadStream(file, { highWaterMark: 16 << 20 })) {
    const data = Buffer.concat([rest, piece as Buffer]);
    const cut = data.lastIndexOf(10) + 1;
    if (cut > 0) yield data.subarray(0, cut);
    rest = data.subarray(cut);
  }
  if (rest.length) yield rest;
}

/** The baseline: a plain COPY of the files into the tables as they are (indexes and keys in place), one transaction. */
async function copyFiles(database: Database, dir: string): Promise<PhaseResult> {
  const driver = driverOf(database.db)!;
  const t0 = performance.now();
  if (driver.pglite) {
    const pgl = driver.pglite;
    await pgl.exec('BEGIN');
    for (const t of COPY_ORDER) {
      for await (const chunk of fileChunks(path.join(dir, `${t}.tsv`))) {
        await pgl.query(copyStatement(t, `'/dev/blob'`), [], { blob: new Blob([new Uint8Array(chunk)]) });
      }
    }
    await pgl.exec('COMMIT');
  } else {
    const client = await driver.pool!.connect();
    try {
      await client.query('BEGIN');
      for (const t of COPY_ORDER) await pipeline(fs.createReadStream(path.join(dir, `${t}.tsv`)), client.query(copyFrom(copyStatement(t, 'STDIN'))));
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
  const ms = performance.now() - t0;
  return { ms, ...(await countRows(database)) };
}

/** Child-process entry: `phases <loader|copy> <dataDir> <filesDir> <persons> <seed>`, prints one JSON line. */
async function runPhase(args: string[]): Promise<void> {
  const [name, dataDir, files, persons, seed] = args;
  const database = await openDatabase({ dataDir });
  try {
    const r = name === 'loader' ? await runLoader(database, Number(persons), seed) : await copyFiles(database, files);
    console.log(JSON.stringify({ ...r, peakRssKb: process.resourceUsage().maxRSS }));
  } finally {
    await database.close();
  }
}

if (process.argv[2] === 'phase') {
  await runPhase(process.argv.slice(3));
  process.exit(0);
}

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const SEED = 'bench';
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-register-bench-'));

async function prepare(database: Database) {
  await migrate(database.db);
  await seedReference(database.db);
  await seedDemoVillages(database.db);
}

/** Runs one embedded-engine phase in a fresh process (so its peak RSS is its own) on a copy of the prepared folder. */
function phase(name: 'loader' | 'copy', template: string, files: string): PhaseResult {
  const dir = path.join(work, `pglite-${name}`);
  fs.cpSync(template, dir, { recursive: true });
  const out = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench/register-load.bench.ts'), 'phase', name, dir, files, String(PERSONS), SEED],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  const last = out.stdout.trim().split('\n').at(-1) ?? '';
  if (out.status !== 0 || !last.startsWith('{')) throw new Error(`phase ${name} failed (${out.status}): ${out.stdout.slice(-2000)}`);
  return JSON.parse(last);
}

try {
  // 1. The embedded database the phases start from: schema, reference data and demo villages only.
  console.log(`Chuẩn bị / preparing (${PERSONS.toLocaleString('en')} persons)…`);
  const template = path.join(work, 'template');
  const prepared = await openDatabase({ dataDir: template });
  await prepare(prepared);
  const communes = await registerCommunes(prepared.db);
  await prepared.close();

  // 2. The rows, as files: exactly what the loader will produce into empty tables (ids from 1).
  const files = path.join(work, 'files');
  fs.mkdirSync(files);
  const started = performance.now();
  const streams = Object.fromEntries(COPY_ORDER.map((t) => [t, fs.createWriteStream(path.join(files, `${t}.tsv`))]));
  let rows = 0;
  let persons = 0;
  let households = 0;
  let buffers = emptyBuffers();
  const drain = async () => {
    for (const t of COPY_ORDER) {
      if (!streams[t].write(buffers[t].bytes())) await new Promise<void>((r) => streams[t].once('drain', () => r()));
    }
    buffers = emptyBuffers();
  };
  for (const h of generateRegister(communes, { seed: SEED, persons: PERSONS })) {
    appendHousehold(buffers, h);
    rows += rowsOf(h);
    persons += h.members.length;
    if (++households % 5_000 === 0) await drain();
  }
  await drain();
  await Promise.all(COPY_ORDER.map((t) => new Promise<void>((r) => streams[t].end(() => r()))));
  const generateMs = performance.now() - started;
  const bytes = COPY_ORDER.reduce((a, t) => a + fs.statSync(path.join(files, `${t}.tsv`)).size, 0);
  console.log(`  ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB written in ${(generateMs / 1000).toFixed(1)} s`);

  // 3. Embedded engine.
  console.log('PGlite: loader…');
  const pgliteLoader = phase('loader', template, files);
  console.log(' ', pgliteLoader);
  console.log('PGlite: raw COPY…');
  const pgliteCopy = phase('copy', template, files);
  console.log(' ', pgliteCopy);

  // 4. PostgreSQL, in a schema of its own.
  let pgCopy: PhaseResult;
  let pgLoader: PhaseResult;
  await inScratchSchema(PG_URL, 'bench_register', async (database) => {
    await prepare(database);
    await sql`VACUUM ANALYZE`.execute(database.db).catch(() => undefined);
    console.log('PostgreSQL: raw COPY…');
    pgCopy = await copyFiles(database, files);
    console.log(' ', pgCopy);
    await sql`TRUNCATE household_poverty, household_member, household, person RESTART IDENTITY CASCADE`.execute(database.db);
    console.log('PostgreSQL: loader…');
    pgLoader = await runLoader(database, PERSONS, SEED);
    console.log(' ', pgLoader);
  });

  const rate = (r: PhaseResult) => Math.round(r.rows / (r.ms / 1000));
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => +x.toFixed(2)) },
    persons,
    households,
    rows,
    filesMB: Math.round(bytes / 1e6),
    generateToFilesMs: Math.round(generateMs),
    pglite: {
      loader: { ...pgliteLoader, rowsPerSecond: rate(pgliteLoader) },
      rawCopy: { ...pgliteCopy, rowsPerSecond: rate(pgliteCopy) },
      ratioToRawCopy: +(rate(pgliteLoader) / rate(pgliteCopy)).toFixed(2),
    },
    postgres: {
      loader: { ...pgLoader!, rowsPerSecond: rate(pgLoader!) },
      rawCopy: { ...pgCopy!, rowsPerSecond: rate(pgCopy!) },
      ratioToRawCopy: +(rate(pgLoader!) / rate(pgCopy!)).toFixed(2),
    },
    goals: { pgliteRowsPerSecond: 20_000, postgresRatioToRawCopy: 0.3 },
  };
  const mb = (kb?: number) => (kb ? Math.round(kb / 1024) : undefined);
  console.table({
    'PGlite, our loader': {
      seconds: +(pgliteLoader.ms / 1000).toFixed(1),
      rows_per_s: rate(pgliteLoader),
      peak_rss_mb: mb(pgliteLoader.peakRssKb),
      goal: '≥ 20,000 rows/s',
    },
    'PGlite, raw COPY (baseline)': { seconds: +(pgliteCopy.ms / 1000).toFixed(1), rows_per_s: rate(pgliteCopy), peak_rss_mb: mb(pgliteCopy.peakRssKb) },
    'PostgreSQL, our loader': {
      seconds: +(pgLoader!.ms / 1000).toFixed(1),
      rows_per_s: rate(pgLoader!),
      ratio_to_raw: result.postgres.ratioToRawCopy,
      goal: '≥ 0.3 × raw COPY',
    },
    'PostgreSQL, raw COPY (baseline)': { seconds: +(pgCopy!.ms / 1000).toFixed(1), rows_per_s: rate(pgCopy!) },
  });
  console.log(`written ${writeResult('register-load', result)}`);
  if (rate(pgliteLoader) < 20_000 || result.postgres.ratioToRawCopy < 0.3) {
    console.error('GOAL MISSED');
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
