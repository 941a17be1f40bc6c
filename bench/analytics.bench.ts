/**
 * Analytics benchmark (issue 15). For each engine (BENCH_ENGINES, default "postgres,pglite"), in this
 * process (the services the routes call, no HTTP):
 *  1. a fresh data folder / scratch schema: migrations, reference data, the demo villages; the
 *     reporting benchmark's values (bench/reporting.data.ts: Hòa Bình's communes, 2016–2025 monthly,
 *     BENCH_VALUES rows, default ≈10M) COPYed into data_value; the demo register generator's
 *     BENCH_PERSONS persons (default 1M) loaded by the register loader.
 *  2. Pivot queries (POST /api/analytics/query's runQuery), BENCH_RUNS each (default 20), p50/p95,
 *     each against the same question as a plain GROUP BY on the raw tables in the same run:
 *     (a) province × 12 months × ethnic group (an element by ethnic group, Hòa Bình, a year before 2025);
 *     (b) communes × years (an element, Hòa Bình's 151 old communes, 5 years rolled up from months);
 *     (c) indicator by commune (poverty rate over the register, the communes of Phú Thọ, 2025).
 *     Grand totals of the pivot and the GROUP BY are compared. Goal: p95 < 300 ms.
 *  3. Write → visible: a value written to data_value, then the pivot asked until it shows (BENCH_WRITES, default 10);
 *     then through the HTTP API while data entry saves values at the reporting benchmark's rate
 *     (BENCH_ENTRY_RATE values/s, default 1,000, in requests of BENCH_ENTRY_BATCH = 15 from BENCH_ENTRY_WORKERS = 4 loops).
 *     Goal: < 2 s.
 *  4. National map of provinces (GET /api/maps/values' mapValues): one set-based count against the
 *     former one count per province (areaFigures, four at a time), same answers checked.
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) for PostgreSQL, in a schema dropped afterwards;
 * BENCH_SCHEMA=name keeps the schema instead, and a later run with the same name measures it again without loading
 * (same BENCH_VALUES; the write → visible step leaves its value of 2026M01 in place); BENCH_DATA_DIR=folder does the
 * same for PGlite's data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf, openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import type { SessionUser } from '../src/server/context.js';
import type { Scope } from '../src/server/scope.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { UnitGraph } from '../src/modules/admin-units/unit-graph.js';
import { runQuery } from '../src/modules/analytics/query.service.js';
import { areaFigures, mapValues, minorityCodes } from '../src/modules/boundaries/maps.service.js';
import { listUnitsAsOf } from '../src/modules/admin-units/admin-units.service.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { importDocument } from '../src/modules/reporting-metadata/metadata.service.js';
import { generateAndLoad } from '../src/modules/register-demo/register-demo.seed.js';
import { seedDemoVillages } from '../src/modules/villages/villages.demo.js';
import { FORM, cellValue, ETHNIC_CATEGORY, elementSpecs, formCells, hoaBinhCommunes, metadataFor, periods, valueRows, type Cell } from './reporting.data.js';
import { inScratchSchema, writeResult } from './lib.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';
import { insertUser } from '../src/modules/accounts/users.service.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((s) => s.trim()) as ('postgres' | 'pglite')[];
const VALUES = Number(process.env.BENCH_VALUES ?? 10_000_000);
const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WRITES = Number(process.env.BENCH_WRITES ?? 10);
/** Data entry running during write → visible: values a second (the reporting benchmark's goal), values per request, loops. */
const ENTRY_RATE = Number(process.env.BENCH_ENTRY_RATE ?? 1000);
const ENTRY_BATCH = Number(process.env.BENCH_ENTRY_BATCH ?? 15);
const ENTRY_WORKERS = Number(process.env.BENCH_ENTRY_WORKERS ?? 4);
/** Values of the reporting benchmark at scale 1 (300 elements, 573 values per report). */
const VALUES_AT_SCALE_1 = 10_000_000;
/** A schema to keep between runs (PostgreSQL): loaded on the first run, measured again as it is on later ones. */
const KEEP_SCHEMA = process.env.BENCH_SCHEMA;
/** A PGlite data folder to keep between runs, the same way. */
const KEEP_DIR = process.env.BENCH_DATA_DIR;
const COPY_SQL = (source: string) => `COPY data_value (data_element_id, category_option_combo_id, unit_id, period_id, value) FROM ${source}`;
const ALL: Scope = { all: true, reach: new Set(), visible: new Set() };
const USER: SessionUser = { id: 0, username: 'bench', fullName: 'Bench', role: 'admin', scopeUnitId: null, language: 'vi', sessionId: '', csrfToken: '' };

const load = () => os.loadavg().map((x) => +x.toFixed(2));
const q = (xs: number[], p: number) => +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1);
const stats = (ms: number[]) => ({ runs: ms.length, p50: q(ms, 0.5), p95: q(ms, 0.95), max: q(ms, 1) });
const months = (y: number) => Array.from({ length: 12 }, (_, m) => `${y}M${String(m + 1).padStart(2, '0')}`);

async function prepare(database: Database) {
  const db = database.db;
  let t = performance.now();
  if (
    (KEEP_SCHEMA || KEEP_DIR) &&
    (
      await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'data_value'`.execute(db)
    ).rows[0].n
  ) {
    const counts = (
      await sql<{
        v: number;
        p: number;
        h: number;
      }>`SELECT (SELECT count(*) FROM data_value)::int AS v, (SELECT count(*) FROM person)::int AS p, (SELECT count(*) FROM household)::int AS h`.execute(db)
    ).rows[0];
    if (counts.v > 0 && counts.p > 0) {
      console.log(`  kept ${KEEP_SCHEMA ?? KEEP_DIR}: ${counts.v.toLocaleString('en')} values, ${counts.p.toLocaleString('en')} persons`);
      const specs = elementSpecs(VALUES / VALUES_AT_SCALE_1);
      return {
        units: await hoaBinhCommunes(db),
        cells: await formCells(db, specs),
        rows: counts.v,
        persons: counts.p,
        households: counts.h,
        valuesS: 0,
        personsS: 0,
      };
    }
  }
  await migrate(db);
  await seedReference(db);
  await seedDemoVillages(db);
  const units = await hoaBinhCommunes(db);
  const specs = elementSpecs(VALUES / VALUES_AT_SCALE_1);
  await importDocument(db, SYSTEM, metadataFor(specs, [...new Set([...units.before, ...units.after].map((u) => u.code))]), false);
  const cells = await formCells(db, specs);
  console.log(`  schema, reference data and ${specs.length} data elements in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  let rows = 0;
  const driver = driverOf(db)!;
  const list = periods(units);
  function* chunks() {
    for (const c of valueRows(cells, list)) {
      rows += c.rows;
      yield c.text;
    }
  }
  if (driver.pglite) {
    await driver.pglite.exec('BEGIN');
    for (const text of chunks()) await driver.pglite.query(COPY_SQL(`'/dev/blob'`), [], { blob: new Blob([text]) });
    await driver.pglite.exec('COMMIT');
  } else {
    const client = await driver.pool!.connect();
    try {
      await pipeline(Readable.from(chunks()), client.query(copyFrom(COPY_SQL('STDIN'))));
    } finally {
      client.release();
    }
  }
  await sql`ANALYZE data_value`.execute(db);
  const valuesS = (performance.now() - t) / 1000;
  console.log(`  ${rows.toLocaleString('en')} values in ${valuesS.toFixed(1)} s, load ${load().join(' ')}`);
  t = performance.now();
  await generateAndLoad(db, PERSONS, 'analytics-bench', { chunkPersons: 50_000 });
  const counts = (await sql<{ p: number; h: number }>`SELECT (SELECT count(*) FROM person)::int AS p, (SELECT count(*) FROM household)::int AS h`.execute(db))
    .rows[0];
  const personsS = (performance.now() - t) / 1000;
  console.log(`  ${counts.p.toLocaleString('en')} persons, ${counts.h.toLocaleString('en')} households in ${personsS.toFixed(1)} s, load ${load().join(' ')}`);
  return { units, cells, rows, persons: counts.p, households: counts.h, valuesS, personsS };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;
const grand = (a: { values: (number | null)[][]; rows: { total: boolean }[]; columns: { total: boolean }[] }) =>
  a.values.reduce((s, row, r) => s + (a.rows[r].total ? 0 : row.reduce((x: number, v, c) => x + (a.columns[c].total ? 0 : (v ?? 0)), 0)), 0);

async function timeBoth(name: string, runs: number, pivot: (i: number) => Promise<number>, plain: (i: number) => Promise<number>, tolerance = 1e-6) {
  const a: number[] = [];
  const b: number[] = [];
  let mismatches = 0;
  for (let i = 0; i < runs; i++) {
    // Take turns at going first, so neither gains from the other's reads.
    const order = i % 2 ? [pivot, plain] : [plain, pivot];
    const out: number[] = [];
    for (const f of order) {
      const t0 = performance.now();
      out.push(await f(i));
      (f === pivot ? a : b).push(performance.now() - t0);
    }
    if (Math.abs(out[0] - out[1]) > tolerance * Math.max(1, Math.abs(out[0]))) mismatches++;
  }
  const r = { pivot: stats(a), groupBy: stats(b), ratioP95: +(q(a, 0.95) / q(b, 0.95)).toFixed(1), mismatches };
  console.log(
    `  ${name}: pivot p50 ${r.pivot.p50} p95 ${r.pivot.p95} ms; GROUP BY p50 ${r.groupBy.p50} p95 ${r.groupBy.p95} ms; ×${r.ratioP95}; mismatches ${mismatches}`,
  );
  return r;
}

async function measure(database: Database, p: Prepared) {
  const db = database.db;
  const graph = await UnitGraph.load(db);
  const ethnicEls = [...new Set(p.cells.filter((c) => c.spec.kind === 'ethnic' && c.spec.aggregation === 'sum').map((c) => c.spec.code))];
  const plainEls = [
    ...new Set(p.cells.filter((c) => c.spec.kind === 'none' && c.spec.aggregation === 'sum' && c.spec.valueType === 'integer').map((c) => c.spec.code)),
  ];
  const idOf = (code: string) => p.cells.find((c: Cell) => c.spec.code === code)!.elementId;
  const before = p.units.before.map((u) => u.id);
  const run = (body: Record<string, unknown>) =>
    runQuery(db, graph, ALL, USER, { totals: false, sort: 'none', audience: 'inside', splitRule: 'flag', filters: {}, ...body } as never);

  // (a) province × 12 months × ethnic group.
  const yearA = (i: number) => 2016 + (i % 9);
  const a = await timeBoth(
    'province × 12 months × ethnic group',
    RUNS,
    async (i) =>
      grand(
        await run({
          data: [`de:${ethnicEls[i % ethnicEls.length]}`],
          periods: months(yearA(i)),
          unit: '17',
          unitLevel: 'self',
          asOf: `${yearA(i)}-12-31`,
          rows: [`cat:${ETHNIC_CATEGORY}`],
          columns: ['period'],
        }),
      ),
    async (i) => {
      const r = await sql<{ v: number }>`
        SELECT sum(t)::float8 AS v FROM (SELECT period_id, category_option_combo_id, sum(value::numeric) AS t FROM data_value
        WHERE data_element_id = ${idOf(ethnicEls[i % ethnicEls.length])} AND period_id = ANY(${months(yearA(i))}) AND unit_id = ANY(${before}::int[]) AND value IS NOT NULL
        GROUP BY 1, 2) g`.execute(db);
      return Number(r.rows[0].v);
    },
  );
  // (b) communes × years.
  const yearsB = (i: number) => Array.from({ length: 5 }, (_, k) => String(2016 + (i % 5) + k));
  const b = await timeBoth(
    'communes × years',
    RUNS,
    async (i) =>
      grand(
        await run({
          data: [`de:${plainEls[i % plainEls.length]}`],
          periods: yearsB(i),
          unit: '17',
          unitLevel: 'communes',
          asOf: '2024-12-31',
          rows: ['unit'],
          columns: ['period'],
        }),
      ),
    async (i) => {
      const r = await sql<{ v: number }>`
        SELECT sum(t)::float8 AS v FROM (SELECT unit_id, left(period_id, 4), sum(value::numeric) AS t FROM data_value
        WHERE data_element_id = ${idOf(plainEls[i % plainEls.length])} AND period_id = ANY(${yearsB(i).flatMap((y) => months(Number(y)))})
          AND unit_id = ANY(${before}::int[]) AND value IS NOT NULL
        GROUP BY 1, 2) g`.execute(db);
      return Number(r.rows[0].v);
    },
  );
  // (c) indicator by commune: poverty rate of 2025 on its last day (one decimal); compared by the sum of the rates (0.1 % apart at most).
  const day = '2025-12-31';
  const c = await timeBoth(
    'indicator by commune',
    Math.max(3, Math.round(RUNS / 2)),
    async () =>
      (await run({ data: ['ind:TY_LE_HO_NGHEO'], periods: ['2025'], unit: '25', unitLevel: 'communes', rows: ['unit'], columns: ['period'] })).values.reduce(
        (s, row) => s + (row[0] ?? 0),
        0,
      ),
    async () => {
      const r = await sql<{ v: number }>`
        SELECT coalesce(sum(round(poor * 100.0 / n, 1)), 0)::float8 AS v FROM (
          SELECT h.commune_id, count(*) AS n, count(*) FILTER (WHERE hp.status = 'poor') AS poor FROM household h
          LEFT JOIN household_poverty hp ON hp.household_id = h.id AND hp.year = 2025
          WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
          GROUP BY 1) g WHERE n > 0`.execute(db);
      return Number(r.rows[0].v);
    },
    1e-3,
  );

  // Write → visible.
  const el = plainEls[0];
  const unit = p.units.after[0];
  const coc = p.cells.find((x) => x.spec.code === el)!.cocId;
  const visible: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const v = 1000 + i;
    const t0 = performance.now();
    await sql`INSERT INTO data_value (data_element_id, category_option_combo_id, unit_id, period_id, value)
      VALUES (${idOf(el)}, ${coc}, ${unit.id}, '2026M01', ${String(v)})
      ON CONFLICT (data_element_id, category_option_combo_id, unit_id, period_id) DO UPDATE SET value = excluded.value`.execute(db);
    for (;;) {
      const ans = await run({ data: [`de:${el}`], periods: ['2026M01'], unit: unit.code, unitLevel: 'self', rows: ['unit'], columns: ['period'] });
      if (ans.values[0]?.[0] === v) break;
      if (performance.now() - t0 > 10_000) throw new Error('write not visible in 10 s');
    }
    visible.push(performance.now() - t0);
  }
  const w = stats(visible);
  console.log(`  write → visible: p50 ${w.p50} p95 ${w.p95} ms`);

  // Write → visible through the API while data entry runs at the reporting benchmark's rate.
  const underEntry = await writeVisibleUnderEntry(database, p, { el, elementId: idOf(el), coc });

  // National map of provinces: the set-based count against one count per province.
  const date = '2025-12-31';
  const v = { scope: ALL, graph, date };
  const mapNew: number[] = [];
  const mapOld: number[] = [];
  let mapMismatch = 0;
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    const now = await mapValues(db, v, { measure: 'persons', year: 2025 });
    mapNew.push(performance.now() - t0);
    t0 = performance.now();
    const units = (await listUnitsAsOf(db, v, { level: 'province', page: 1, pageSize: 20_000 })).items;
    const minority = await minorityCodes(db);
    const old = new Map<string, number>();
    for (let k = 0; k < units.length; k += 4) {
      const batch = units.slice(k, k + 4);
      const figs = await Promise.all(
        batch.map((u) =>
          areaFigures(
            db,
            [...graph.reach(u.id)].filter((id) => graph.units.get(id)?.level === 'commune'),
            date,
            2025,
            minority,
          ),
        ),
      );
      for (const [j, u] of batch.entries()) old.set(u.code, figs[j].persons);
    }
    mapOld.push(performance.now() - t0);
    for (const it of now.items) if (it.value !== old.get(it.code)) mapMismatch++;
  }
  const map = { setBased: stats(mapNew), perUnit: stats(mapOld), ratio: +(q(mapOld, 0.5) / q(mapNew, 0.5)).toFixed(1), provinces: 34, mismatches: mapMismatch };
  console.log(
    `  national map: set-based p50 ${map.setBased.p50} ms, one count per province p50 ${map.perUnit.p50} ms (×${map.ratio}); mismatches ${mapMismatch}`,
  );
  return { a, b, c, writeVisible: w, underEntry, map };
}

/**
 * Write → visible through the HTTP API while data entry runs: the app (the routes the server serves) listens
 * on this database; ENTRY_WORKERS loops save ENTRY_BATCH values per request on the benchmark's form
 * (the communes after the reform × 2026M01–M10) paced to ENTRY_RATE values a second (the reporting
 * benchmark's goal, 1,000/s); meanwhile, BENCH_WRITES times, one value is saved by the province officer
 * and the pivot (POST /api/analytics/query) asked until it shows it. The entry loops, the probe and the
 * app share this process (one core for all three), so the delay is an upper bound.
 */
async function writeVisibleUnderEntry(database: Database, p: Prepared, probe: { el: string; elementId: number; coc: number }) {
  const db = database.db;
  const username = 'bench.analytics';
  const password = 'Bench@2026';
  if (!(await sql<{ n: number }>`SELECT count(*)::int AS n FROM app_user WHERE username = ${username}`.execute(db)).rows[0].n) {
    const scope = await sql<{
      id: number;
    }>`SELECT id FROM admin_unit WHERE code = '25' AND level = 'province' ORDER BY valid_from DESC NULLS LAST LIMIT 1`.execute(db);
    await insertUser(db, SYSTEM, { username, password, fullName: 'Bench analytics', role: 'province_officer', scopeUnitId: scope.rows[0].id });
  }
  const config = { ...loadConfig({ ...process.env, RATE_LIMIT_PER_MINUTE: '100000000' }), loadDemo: false };
  const app = await buildApp({ ctx: createContext(db, database.engine, config), rateLimits: { perSession: 100_000_000, perAddress: 100_000_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
    const post = (path: string, body: unknown) => fetch(`${base}/api${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

    // Entry loops, paced: request k starts no earlier than k × batch / rate after the start.
    const reports = p.units.after.flatMap((u) =>
      Array.from({ length: 10 }, (_, m) => ({ unit: u, period: `2026M${String(m + 1).padStart(2, '0')}`, month: m + 1 })),
    );
    const cells = p.cells.filter((c) => c.elementId !== probe.elementId);
    const chunks = Math.ceil(cells.length / ENTRY_BATCH);
    const gap = (ENTRY_BATCH / ENTRY_RATE) * 1000;
    let next = 0;
    let saved = 0;
    // Values differ from one run to the next (a kept schema holds the last run's): each is a real write.
    const seed = Date.now() % 1_000_000;
    let refused = 0;
    let stop = false;
    const started = performance.now();
    const entry = async () => {
      while (!stop) {
        const k = next++;
        const wait = started + k * gap - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const r = reports[k % reports.length];
        const chunk = Math.floor(k / reports.length) % chunks;
        const values = cells.slice(chunk * ENTRY_BATCH, (chunk + 1) * ENTRY_BATCH).map((c, j) => ({
          dataElementId: c.elementId,
          categoryOptionComboId: c.cocId,
          value: cellValue(c, r.unit, seed + r.month + 1000 * Math.floor(k / (reports.length * chunks)), 3.3),
          clientId: `an-${process.pid}-${k}-${j}`,
        }));
        const res = await post(`/data-entry/reports/${FORM}/${r.unit.code}/${r.period}/values`, { values });
        if (res.ok) saved += ((await res.json()) as { saved: number }).saved;
        else if (refused++ < 3) console.log(`  entry save ${res.status}: ${(await res.text()).slice(0, 300)}`);
        else await res.arrayBuffer();
      }
    };
    const loops = Array.from({ length: ENTRY_WORKERS }, entry);
    await new Promise((r) => setTimeout(r, 2000)); // entry up to speed first
    const unit = p.units.after[0];
    const query = { data: [`de:${probe.el}`], periods: ['2026M12'], unit: unit.code, unitLevel: 'self', rows: ['unit'], columns: ['period'] };
    const delays: number[] = [];
    const polls: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const v = 7000 + i + Math.floor(Math.random() * 1000) * 10;
      const t0 = performance.now();
      const res = await post(`/data-entry/reports/${FORM}/${unit.code}/2026M12/values`, {
        values: [
          { dataElementId: probe.elementId, categoryOptionComboId: probe.coc, value: String(v), clientId: `an-probe-${process.pid}-${Date.now()}-${i}` },
        ],
      });
      if (!res.ok) throw new Error(`probe save ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      let n = 0;
      for (;;) {
        n++;
        const ans = (await (await post('/analytics/query', query)).json()) as { values: (number | null)[][] };
        if (ans.values?.[0]?.[0] === v) break;
        if (performance.now() - t0 > 30_000) throw new Error(`write not visible in 30 s: ${JSON.stringify(ans).slice(0, 300)}`);
      }
      delays.push(performance.now() - t0);
      polls.push(n);
      await new Promise((r) => setTimeout(r, 500));
    }
    stop = true;
    await Promise.all(loops);
    const seconds = (performance.now() - started) / 1000;
    const out = {
      ...stats(delays),
      pollsMax: Math.max(...polls),
      entry: { workers: ENTRY_WORKERS, batch: ENTRY_BATCH, targetPerS: ENTRY_RATE, valueSavesPerS: Math.round(saved / seconds), refused },
    };
    console.log(
      `  write → visible through the API under entry (${out.entry.valueSavesPerS} value-saves/s of ${ENTRY_RATE} asked, ${refused} refused): p50 ${out.p50} p95 ${out.p95} ms`,
    );
    return out;
  } finally {
    await app.close();
  }
}

async function runEngine(engine: 'postgres' | 'pglite') {
  console.log(`\n${engine}: ${VALUES.toLocaleString('en')} values asked, ${PERSONS.toLocaleString('en')} persons`);
  const loadStart = load();
  const work = async (database: Database) => {
    const p = await prepare(database);
    const m = await measure(database, p);
    return {
      engine,
      values: p.rows,
      persons: p.persons,
      households: p.households,
      prepareS: { values: p.valuesS, persons: p.personsS },
      ...m,
      loadStart,
      loadEnd: load(),
    };
  };
  if (engine === 'postgres' && KEEP_SCHEMA) {
    const admin = await openDatabase({ databaseUrl: PG_URL });
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(admin.db).catch(() => undefined);
    await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${KEEP_SCHEMA}`).execute(admin.db);
    await admin.close();
    const database = await openDatabase({ databaseUrl: PG_URL, schema: KEEP_SCHEMA });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }
  if (engine === 'postgres') return inScratchSchema(PG_URL, 'bench_analytics', work);
  const dataDir = KEEP_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-analytics-'));
  const database = await openDatabase({ dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
    if (!KEEP_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [];
for (const engine of ENGINES) results.push(await runEngine(engine));
console.log(
  `\nwritten to ${writeResult('analytics', { date: new Date().toISOString(), cpus: os.cpus().length, values: VALUES, persons: PERSONS, runs: RUNS, results })}`,
);
process.exit(0);
