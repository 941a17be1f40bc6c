/**
 * Periodic reporting benchmark (issue 5). For each engine (BENCH_ENGINES, default "postgres,pglite"):
 *  1. a data folder / scratch schema prepared by the server's own first start (reference and demo
 *     data), then the benchmark's metadata imported through the product's metadata import: 300 data
 *     elements (224 not broken down, 45 by sex, 25 by the ethnic groups of Hòa Bình, 6 by ethnic
 *     group × sex) in one monthly form assigned to the communes of Hòa Bình (the 151 communes before
 *     the 1 July 2025 reform, the 46 after), and 10 years × 12 months (2016–2025) of values COPYed
 *     straight into data_value (keys and indexes in place): 573 values per report, ≈10M rows.
 *     BENCH_SCALE (default 1) scales the number of data elements (0.05 for a quick run);
 *     BENCH_PGLITE_SCALE (default BENCH_SCALE) the embedded engine's (its full COPY takes about 5 min).
 *  2. Province total for a year by ethnic group: GET /api/reporting/aggregate over HTTP on the
 *     started server (provincial officer; Hòa Bình (17) for 2016–2024, Phú Thọ (25), which took in
 *     Hòa Bình's communes, for 2025), BENCH_AGG_REQUESTS (default 40) requests over different
 *     elements and years, one at a time, p50/p95; against, in the same run, a plain
 *     `SELECT option, sum(value::numeric) … GROUP BY` over data_value for the same element, months
 *     and communes. Totals of both are compared. Goal: API p95 < 200 ms.
 *  3. Bulk entry: autocannon (BENCH_CONNECTIONS, default 4; BENCH_DURATION s, default 20) on
 *     POST /api/data-entry/reports/:form/:unit/:period/values, 15 values per request (BENCH_BATCH),
 *     each with a client id, consecutive requests on different reports (46 communes × 2026M01–M10);
 *     baseline GET /api/health under the same settings. One "value-save" is one value the server
 *     checked and wrote (outcome `saved`: data_value row, history row, client id, audited).
 *     Goal: ≥ 1,000 value-saves/s with p99 < 50 ms.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf, openDatabase, type Database } from '../src/db/connection.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { importDocument } from '../src/modules/reporting-metadata/metadata.service.js';
import { inScratchSchema, freePort, writeResult } from './lib.js';
import {
  ETHNIC_CATEGORY,
  FIRST_YEAR,
  FORM,
  PROVINCE,
  PROVINCE_AFTER,
  YEARS,
  elementSpecs,
  formCells,
  hoaBinhCommunes,
  metadataFor,
  periods,
  cellValue,
  valueRows,
  type Cell,
  type Unit,
} from './reporting.data.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((s) => s.trim()) as ('postgres' | 'pglite')[];
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PGLITE_SCALE = Number(process.env.BENCH_PGLITE_SCALE ?? SCALE);
const AGG_REQUESTS = Number(process.env.BENCH_AGG_REQUESTS ?? 40);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const BATCH = Number(process.env.BENCH_BATCH ?? 15);
const USER = { username: 'tinh.phutho', password: 'Tinh@2025' };
const COPY_SQL = (source: string) => `COPY data_value (data_element_id, category_option_combo_id, unit_id, period_id, value) FROM ${source}`;

const load = () => os.loadavg().map((x) => +x.toFixed(2));
const loadSamples: number[][] = [];
const sampler = setInterval(() => loadSamples.push(load()), 10_000);
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
};

/** BENCH_PG_SCHEMA: a schema kept between runs (data generated once), for investigating; dropped by hand. */
const KEEP_SCHEMA = process.env.BENCH_PG_SCHEMA;
async function inKeptSchema<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const admin = await openDatabase({ databaseUrl: PG_URL });
  await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${KEEP_SCHEMA}`).execute(admin.db);
  await admin.close();
  const database = await openDatabase({ databaseUrl: PG_URL, schema: KEEP_SCHEMA });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

// ---------- server ----------
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    env: { ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 6000; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}
async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
}
async function login(base: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(USER) });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

// ---------- 1. generate ----------
interface Prepared {
  units: { before: Unit[]; after: Unit[] };
  cells: Cell[];
  elements: number;
  metadataMs: number;
  rows: number;
  copyMs: number;
  generateMs: number;
  analyzeMs: number;
  tableMb: number;
  pgliteBaseline?: ReturnType<typeof stats>[];
  expected?: Map<string, Record<string, number>>;
}

interface AggRequest {
  key: string;
  element: string;
  elementId: number;
  year: number;
  unit: string;
}

function aggRequests(cells: Cell[]): AggRequest[] {
  const els = [
    ...new Map(
      cells.filter((c) => (c.spec.kind === 'ethnic' || c.spec.kind === 'ethnic_sex') && c.spec.aggregation === 'sum').map((c) => [c.spec.code, c.elementId]),
    ).entries(),
  ];
  return Array.from({ length: AGG_REQUESTS }, (_, i) => {
    const [element, elementId] = els[i % els.length];
    const year = FIRST_YEAR + ((i * 7 + Math.floor(i / els.length)) % YEARS);
    return { key: `${element}:${year}`, element, elementId, year, unit: year < 2025 ? PROVINCE : PROVINCE_AFTER };
  });
}

async function prepare(database: Database, scale: number): Promise<Prepared> {
  const db = database.db;
  const units = await hoaBinhCommunes(db);
  const specs = elementSpecs(scale);
  const codes = [...new Set([...units.before, ...units.after].map((u) => u.code))];
  console.log(`  ${units.before.length} communes before the reform, ${units.after.length} after; ${specs.length} data elements`);
  // A kept schema (BENCH_PG_SCHEMA) that already holds the values: only the bulk-entry writes of the last run are removed.
  const reuse = !!KEEP_SCHEMA && !!(await db.selectFrom('data_set').select('id').where('code', '=', FORM).executeTakeFirst());
  let t = performance.now();
  if (!reuse) await importDocument(db, SYSTEM, metadataFor(specs, codes), false);
  else await sql`DELETE FROM data_value WHERE period_id LIKE '2026%'`.execute(db);
  const metadataMs = performance.now() - t;
  const cells = await formCells(db, specs);
  console.log(`  metadata imported in ${(metadataMs / 1000).toFixed(1)} s; ${cells.length} values per report`);

  // Values, one COPY per year; time spent generating the text is counted apart.
  const list = periods(units);
  let rows = 0;
  let generateMs = 0;
  function* timedChunks(yearPeriods: typeof list) {
    const it = valueRows(cells, yearPeriods);
    for (;;) {
      const t0 = performance.now();
      const n = it.next();
      generateMs += performance.now() - t0;
      if (n.done) return;
      rows += n.value.rows;
      yield n.value.text;
    }
  }
  const driver = driverOf(db)!;
  t = performance.now();
  for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS && !reuse; y++) {
    const yearPeriods = list.filter((p) => p.year === y);
    if (driver.pglite) {
      await driver.pglite.exec('BEGIN');
      for (const text of timedChunks(yearPeriods)) await driver.pglite.query(COPY_SQL(`'/dev/blob'`), [], { blob: new Blob([text]) });
      await driver.pglite.exec('COMMIT');
    } else {
      const client = await driver.pool!.connect();
      try {
        await pipeline(Readable.from(timedChunks(yearPeriods)), client.query(copyFrom(COPY_SQL('STDIN'))));
      } finally {
        client.release();
      }
    }
    const s = (performance.now() - t) / 1000;
    console.log(`  ${y}: ${rows.toLocaleString('en')} rows, ${s.toFixed(1)} s, ${Math.round(rows / s).toLocaleString('en')} rows/s, load ${load().join(' ')}`);
  }
  const copyMs = performance.now() - t;
  t = performance.now();
  await sql`ANALYZE data_value`.execute(db);
  const analyzeMs = performance.now() - t;
  const size = await sql<{ mb: number }>`SELECT (pg_total_relation_size('data_value') / 1048576)::int AS mb`.execute(db);

  const prepared: Prepared = { units, cells, elements: specs.length, metadataMs, rows, copyMs, generateMs, analyzeMs, tableMb: size.rows[0].mb };
  // The embedded engine's folder is held by the server once it runs: its baseline is timed here, in this process.
  if (driver.pglite) {
    const passes = [];
    for (let pass = 0; pass < 2; pass++) {
      const ms: number[] = [];
      for (const r of aggRequests(cells)) {
        const g = await groupBy(db, prepared, r);
        ms.push(g.ms);
        prepared.expected ??= new Map();
        prepared.expected.set(r.key, g.totals);
      }
      passes.push(stats(ms));
    }
    prepared.pgliteBaseline = passes;
  }
  return prepared;
}

const stats = (ms: number[]) => ({ requests: ms.length, p50: q(ms, 0.5), p95: q(ms, 0.95), max: q(ms, 1) });

/**
 * The baseline: a plain GROUP BY over the raw table for the same element, months and communes (the
 * few option combinations are then named by their ethnic group).
 */
async function groupBy(db: Database['db'], p: Prepared, r: AggRequest) {
  const months = Array.from({ length: 12 }, (_, m) => `${r.year}M${String(m + 1).padStart(2, '0')}`);
  const unitIds = (r.year < 2025 ? p.units.before : [...p.units.before, ...p.units.after]).map((u) => u.id);
  const t0 = performance.now();
  const res = await sql<{ coc: number; total: string }>`
    SELECT category_option_combo_id AS coc, sum(value::numeric) AS total FROM data_value
    WHERE data_element_id = ${r.elementId} AND period_id IN (${sql.join(months)}) AND unit_id IN (${sql.join(unitIds)}) AND value IS NOT NULL
    GROUP BY category_option_combo_id`.execute(db);
  const totals: Record<string, number> = {};
  for (const x of res.rows) {
    const option = p.cells.find((c) => c.cocId === x.coc)?.ethnic ?? '?';
    totals[option] = (totals[option] ?? 0) + Number(x.total);
  }
  return { ms: performance.now() - t0, totals };
}

// ---------- 2. aggregate over HTTP ----------
/**
 * Two passes over the same requests: the first reads rows not yet in the engine's cache, the second
 * finds them there. On PostgreSQL the API and the GROUP BY take turns at going first on each request,
 * so neither gains from the other's reads; on the embedded engine the GROUP BY ran earlier in this
 * process (its own page cache), before the server started.
 */
async function timeAggregate(base: string, cookie: string, p: Prepared, database?: Database) {
  const reqs = aggRequests(p.cells);
  const url = (r: AggRequest) => `/api/reporting/aggregate?dataElements=${r.element}&period=${r.year}&unit=${r.unit}&by=${ETHNIC_CATEGORY}&dataSet=${FORM}`;
  const api = async (r: AggRequest) => {
    const t0 = performance.now();
    const res = await fetch(base + url(r), { headers: { cookie } });
    const body = (await res.json()) as { items: { total: number | null; groups: { code: string; value: number }[]; units: number }[] };
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`${url(r)}: ${res.status} ${JSON.stringify(body)}`);
    return { ms, totals: Object.fromEntries(body.items[0].groups.map((g) => [g.code, g.value])) as Record<string, number> };
  };
  await fetch(`${base}/api/reporting/aggregate?dataElements=${reqs[0].element}&period=2015&unit=${PROVINCE}&by=${ETHNIC_CATEGORY}`, { headers: { cookie } }); // first request: graph, plans
  const apiPasses = [];
  const sqlPasses = [];
  let mismatches = 0;
  for (let pass = 0; pass < 2; pass++) {
    const a: number[] = [];
    const g: number[] = [];
    for (const [i, r] of reqs.entries()) {
      let got: Awaited<ReturnType<typeof api>>;
      let want: Awaited<ReturnType<typeof groupBy>> | undefined;
      if (!database) [got, want] = [await api(r), p.expected ? { ms: NaN, totals: p.expected.get(r.key)! } : undefined];
      else if (i % 2 === 0) [got, want] = [await api(r), await groupBy(database.db, p, r)];
      else [want, got] = [await groupBy(database.db, p, r), await api(r)];
      a.push(got.ms);
      if (want && database) g.push(want.ms);
      if (pass > 0 || !want) continue;
      const same =
        Object.keys(want.totals).length === Object.keys(got.totals).length &&
        Object.entries(want.totals).every(([k, v]) => Math.abs((got.totals[k] ?? NaN) - v) < 1e-3 * Math.max(1, Math.abs(v)));
      if (!same && mismatches++ < 3)
        console.log(`  mismatch ${r.key} unit ${r.unit}: api ${JSON.stringify(got.totals)} vs GROUP BY ${JSON.stringify(want.totals)}`);
    }
    apiPasses.push(stats(a));
    if (g.length) sqlPasses.push(stats(g));
  }
  return { api: apiPasses, plainGroupBy: database ? sqlPasses : p.pgliteBaseline!, mismatches };
}

// ---------- 3. bulk entry under autocannon ----------
async function bulkEntry(base: string, auth: { cookie: string; csrf: string }, p: Prepared) {
  const reports = p.units.after.flatMap((u) =>
    Array.from({ length: 10 }, (_, m) => ({ unit: u, period: `2026M${String(m + 1).padStart(2, '0')}`, month: 2026 * 12 + m + 1 })),
  );
  const chunks = Math.ceil(p.cells.length / BATCH);
  const run = `${process.pid}-${Date.now()}`;
  let next = 0;
  let saved = 0;
  let values = 0;
  let refused = 0;
  const headers = { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'application/json' };
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const i = next++;
          const r = reports[i % reports.length];
          const k = Math.floor(i / reports.length) % chunks;
          const round = Math.floor(i / (reports.length * chunks)); // past the last chunk: the same cells again, new values
          const body = {
            values: p.cells.slice(k * BATCH, (k + 1) * BATCH).map((c, j) => ({
              dataElementId: c.elementId,
              categoryOptionComboId: c.cocId,
              value: cellValue(c, r.unit, r.month + round * 1000, 3.3),
              clientId: `${run}-${i}-${j}`,
            })),
          };
          values += body.values.length;
          return { ...req, path: `/api/data-entry/reports/${FORM}/${r.unit.code}/${r.period}/values`, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status === 200) saved += (JSON.parse(body) as { saved: number }).saved;
          else if (refused++ < 3) console.log(`  bulk save ${status}: ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  return {
    connections: CONNECTIONS,
    durationS: DURATION,
    valuesPerRequest: BATCH,
    requests: result.requests.total,
    requestsPerS: +result.requests.average.toFixed(1),
    valuesSent: values,
    valueSaves: saved,
    valueSavesPerS: Math.round(saved / (result.duration || DURATION)),
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: +result.latency.average.toFixed(1) },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function health(base: string) {
  const result = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: DURATION });
  return {
    requests: result.requests.total,
    requestsPerS: +result.requests.average.toFixed(1),
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: +result.latency.average.toFixed(1) },
    non2xx: result.non2xx,
  };
}

async function measure(env: Record<string, string>, p: Prepared, database?: Database) {
  const { child, base } = await startServer(env);
  try {
    const auth = await login(base);
    console.log(`  aggregate: ${AGG_REQUESTS} requests…`);
    const aggregate = await timeAggregate(base, auth.cookie, p, database);
    console.log('  ', JSON.stringify(aggregate));
    const loadBefore = load();
    console.log(`  autocannon: GET /api/health, ${CONNECTIONS} connections, ${DURATION} s…`);
    const healthResult = await health(base);
    console.log('  ', healthResult);
    console.log(`  autocannon: bulk save, ${BATCH} values per request…`);
    const bulk = await bulkEntry(base, auth, p);
    console.log('  ', bulk);
    return { aggregate, health: healthResult, bulk, loadDuringAutocannon: [loadBefore, load()] };
  } finally {
    await stop(child);
  }
}

async function runEngine(engine: 'postgres' | 'pglite', scale: number) {
  console.log(`\n${engine}: scale ${scale}`);
  const t0 = performance.now();
  const loadStart = load();
  if (engine === 'postgres') {
    const inSchema = KEEP_SCHEMA ? inKeptSchema : <T>(work: (d: Database) => Promise<T>) => inScratchSchema(PG_URL, 'bench_reporting', work);
    return inSchema(async (database) => {
      const schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(database.db)).rows[0].s;
      const env = { DATABASE_URL: PG_URL, PGOPTIONS: `-c search_path=${schema},public`, DATABASE_POOL_SIZE: '10' };
      if (!KEEP_SCHEMA || !(await sql`SELECT to_regclass('data_value') AS t`.execute(database.db).then((r) => (r.rows[0] as { t: unknown }).t)))
        await stop((await startServer(env)).child); // migrations, reference and demo data, as at a first start
      console.log(`  schema ${schema} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const p = await prepare(database, scale);
      const m = await measure(env, p, database);
      return summary(engine, scale, p, m, loadStart);
    });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-reporting-'));
  try {
    const env = { DATA_DIR: dataDir };
    await stop((await startServer(env)).child);
    console.log(`  data folder ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const database = await openDatabase({ dataDir });
    let p: Prepared;
    try {
      p = await prepare(database, scale);
    } finally {
      await database.close();
    }
    const m = await measure(env, p);
    return summary(engine, scale, p, m, loadStart);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function summary(engine: string, scale: number, p: Prepared, m: Awaited<ReturnType<typeof measure>>, loadStart: number[]) {
  return {
    engine,
    date: new Date().toISOString(),
    scale,
    dataElements: p.elements,
    valuesPerReport: p.cells.length,
    communes: { beforeReform: p.units.before.length, afterReform: p.units.after.length },
    generate: {
      rows: p.rows,
      metadataImportS: +(p.metadataMs / 1000).toFixed(1),
      copyS: +(p.copyMs / 1000).toFixed(1),
      rowsPerS: Math.round(p.rows / (p.copyMs / 1000)),
      textGenerationS: +(p.generateMs / 1000).toFixed(1),
      analyzeS: +(p.analyzeMs / 1000).toFixed(1),
      tableMb: p.tableMb,
    },
    provinceYearByEthnic: {
      requests: 'first pass (rows not yet cached), second pass (cached)',
      api: m.aggregate.api,
      plainGroupBy: m.aggregate.plainGroupBy,
      totalsThatDiffer: m.aggregate.mismatches,
      goalP95Ms: 200,
      met: Math.max(...m.aggregate.api.map((x) => x.p95)) < 200 && m.aggregate.mismatches === 0,
    },
    bulkEntry: {
      save: m.bulk,
      baselineHealth: m.health,
      goal: { valueSavesPerS: 1000, p99Ms: 50 },
      met: m.bulk.valueSavesPerS >= 1000 && m.bulk.latency.p99 < 50,
    },
    load: { atStart: loadStart, duringAutocannon: m.loadDuringAutocannon, atEnd: load() },
  };
}

execFileSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--build-only'], { stdio: 'inherit' });
const results = [];
for (const engine of ENGINES) results.push(await runEngine(engine, engine === 'pglite' ? PGLITE_SCALE : SCALE));
clearInterval(sampler);

// Engines not run this time keep their last figures (each engine's entry carries its own date).
const previous = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'bench/results/reporting.json'), 'utf8')).engines as { engine: string }[];
  } catch {
    return [];
  }
})().filter((e) => !ENGINES.includes(e.engine as never));
const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavgSamples: loadSamples, loadavgEnd: load() },
  settings: { connections: CONNECTIONS, durationS: DURATION, valuesPerRequest: BATCH, aggregateRequests: AGG_REQUESTS },
  engines: [...results, ...previous],
};
for (const r of results) {
  console.log(`\n${r.engine} (scale ${r.scale}, ${r.generate.rows.toLocaleString('en')} values)`);
  console.table({
    'generate: COPY into data_value': { value: `${r.generate.copyS} s`, rate: `${r.generate.rowsPerS.toLocaleString('en')} rows/s`, goal: '' },
    'province × year by ethnic: API, 1st pass': {
      value: `p50 ${r.provinceYearByEthnic.api[0].p50} ms`,
      rate: `p95 ${r.provinceYearByEthnic.api[0].p95} ms`,
      goal: `p95 < 200 ms: ${r.provinceYearByEthnic.met ? 'met' : 'MISSED'}`,
    },
    'province × year by ethnic: API, 2nd pass': {
      value: `p50 ${r.provinceYearByEthnic.api[1].p50} ms`,
      rate: `p95 ${r.provinceYearByEthnic.api[1].p95} ms`,
      goal: '',
    },
    'plain GROUP BY (baseline), 1st pass': {
      value: `p50 ${r.provinceYearByEthnic.plainGroupBy[0].p50} ms`,
      rate: `p95 ${r.provinceYearByEthnic.plainGroupBy[0].p95} ms`,
      goal: '',
    },
    'plain GROUP BY (baseline), 2nd pass': {
      value: `p50 ${r.provinceYearByEthnic.plainGroupBy[1].p50} ms`,
      rate: `p95 ${r.provinceYearByEthnic.plainGroupBy[1].p95} ms`,
      goal: '',
    },
    'bulk save (autocannon)': {
      value: `${r.bulkEntry.save.valueSavesPerS} value-saves/s, ${r.bulkEntry.save.requestsPerS} req/s`,
      rate: `p50 ${r.bulkEntry.save.latency.p50} / p99 ${r.bulkEntry.save.latency.p99} ms`,
      goal: `≥ 1000/s, p99 < 50 ms: ${r.bulkEntry.met ? 'met' : 'MISSED'}`,
    },
    'GET /api/health (baseline)': {
      value: `${r.bulkEntry.baselineHealth.requestsPerS} req/s`,
      rate: `p50 ${r.bulkEntry.baselineHealth.latency.p50} / p99 ${r.bulkEntry.baselineHealth.latency.p99} ms`,
      goal: '',
    },
  });
}
console.log(`written ${writeResult('reporting', result)}`);
if (results.some((r) => !r.provinceYearByEthnic.met || !r.bulkEntry.met)) {
  console.error('GOAL MISSED');
  process.exitCode = 1;
}
