// What one test file pays before its first test: a fresh database with migrations, reference and demo data.
// Baseline (the old way, per file): migrate and load it all. Now: copy the database the run prepared once
// (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: load the dumped data folder). Both timed in this run.
// TEST_DATABASE_URL (required for the PostgreSQL part; use a database of your own), BENCH_RUNS (copies, default 3).
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { seedDemo } from '../src/modules/reference/demo.seed.js';
import { databaseName, databaseUrl, onServer } from '../src/test/global-setup.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const url = process.env.TEST_DATABASE_URL;

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [(performance.now() - t) / 1000, r];
}

async function prepare(database: Database) {
  await migrate(database.db);
  await seedReference(database.db);
  await seedDemo(database.db);
}

async function persons(database: Database): Promise<number> {
  return Number((await sql<{ n: string }>`SELECT count(*) AS n FROM person`.execute(database.db)).rows[0].n);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| engine | migrate + load per file (baseline) | copy of the prepared database (median) | × faster | persons |');
console.log('| --- | --- | --- | --- | --- |');
/** Printed as soon as measured: on a busy machine the PostgreSQL part may come much later. */
function report(engine: string, baseline: number, copies: number[], n: number) {
  const m = median(copies);
  console.log(
    `| ${engine} | ${baseline.toFixed(1)} s | ${m.toFixed(2)} s (${copies.map((c) => c.toFixed(2)).join(', ')}) | ${(baseline / m).toFixed(1)} | ${n} |`,
  );
}

// PGlite: in memory, as the tests run it.
{
  const [baseline, database] = await timed(async () => {
    const d = await openDatabase({ dataDir: 'memory://' });
    await prepare(d);
    return d;
  });
  const n = await persons(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const copies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [s, copy] = await timed(async () => {
      const c = await openDatabase({ dataDir: 'memory://', loadDataDir: dump });
      await persons(c);
      return c;
    });
    copies.push(s);
    await copy.close();
  }
  report('PGlite', baseline, copies, n);
}

if (url) {
  // Baseline: a schema of its own, migrated and loaded (what each file did before).
  const schema = `bench_${Date.now()}`;
  await onServer(url, `CREATE SCHEMA ${schema}`);
  const [baseline] = await timed(async () => {
    const d = await openDatabase({ databaseUrl: url, schema });
    await prepare(d);
    await d.close();
  });
  await onServer(url, `DROP SCHEMA ${schema} CASCADE`);
  const template = databaseName(url, 'tpl');
  await onServer(url, `CREATE DATABASE "${template}"`);
  const prepared = await openDatabase({ databaseUrl: databaseUrl(url, template) });
  await prepare(prepared);
  const n = await persons(prepared);
  await prepared.close();
  const copies: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const name = databaseName(url, 't');
      const [s, copy] = await timed(async () => {
        await onServer(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        const c = await openDatabase({ databaseUrl: databaseUrl(url, name) });
        await persons(c);
        return c;
      });
      copies.push(s);
      await copy.close();
      await onServer(url, `DROP DATABASE "${name}" WITH (FORCE)`);
    }
  } finally {
    await onServer(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  }
  report('PostgreSQL', baseline, copies, n);
}
