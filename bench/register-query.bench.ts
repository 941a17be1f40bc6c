/**
 * Register query benchmark on a large embedded database. Builds a data folder with the reference and
 * demo data, replaces the demo register by a synthetic one of BENCH_PERSONS persons (default
 * 1,000,000), starts the real server (what `npm start` runs) on it, logs in as the provincial officer
 * (who reaches every commune of the register) and times, through HTTP:
 *  - baseline: GET /api/health (the floor of one request through the same server);
 *  - the home page's GET /api/overview, once right after start-up and then 30 times;
 *  - search by name: GET /api/persons?q= with a full name, a middle + given name, or a 12-digit CCCD,
 *    written without diacritics as users type them;
 *  - household list pages: GET /api/households with no filter, a page deep in the list, and filters
 *    (commune, ethnic group, poverty status of a year, housing, water).
 * Then reads the server's resident memory (VmRSS and peak VmHWM). Goals: search p95 < 50 ms,
 * household list p95 < 100 ms, server RSS < 500 MB.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.js';
import { searchKey } from '../src/shared/text.js';
import { freePort, writeResult } from './lib.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-query-'));
const keep = !!process.env.BENCH_DATA_DIR;
const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' };
const start = [path.join(ROOT, 'scripts/start.mjs')];

execFileSync(process.execPath, [...start, '--build-only'], { stdio: 'inherit' });

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, start, { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 2400; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

async function stop(child: ReturnType<typeof spawn>) {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
}

// 1. Data folder: reference + demo data by a first start, then the large synthetic register.
const prepared = keep && fs.existsSync(path.join(dataDir, 'PG_VERSION'));
if (!prepared) {
  const t0 = performance.now();
  const first = await startServer();
  await stop(first.child);
  console.log(`data folder ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; generating ${PERSONS.toLocaleString('en')} persons…`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'register:generate', '--persons', String(PERSONS), '--truncate'], {
    env,
    stdio: 'inherit',
  });
}

// 2. Sample what users would look for, straight from the data folder (before the server holds it).
const database = await openDatabase({ dataDir });
const counts = await sql<{
  persons: string;
  households: string;
}>`select (select count(*) from person) as persons, (select count(*) from household) as households`.execute(database.db);
// A random sample that does not depend on where rows are stored (the table may be in name order):
// ordered by a hash of the id, the same persons on every run.
const sample = await sql<{ full_name: string; cccd: string | null }>`
  select full_name, cccd from person where deleted_at is null order by md5(id::text || '2026') limit ${REQUESTS}`.execute(database.db);
const communes = await sql<{ code: string }>`
  select distinct u.code from household h join admin_unit u on u.id = h.commune_id`.execute(database.db);
await database.close();
const { persons: personCount, households: householdCount } = counts.rows[0];
console.log(`register: ${Number(personCount).toLocaleString('en')} persons, ${Number(householdCount).toLocaleString('en')} households`);

// 3. Measure through the running server.
const { child, base } = await startServer();
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'tinh.phutho', password: 'Tinh@2025' }),
});
if (!login.ok) throw new Error(`login failed: ${login.status}`);
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

const pick = <T>(xs: T[], i: number) => xs[i % xs.length];
async function timed(urls: string[]) {
  const ms: number[] = [];
  let totals = 0;
  for (const url of urls) {
    const t = performance.now();
    const res = await fetch(base + url, { headers: { cookie } });
    const body = (await res.json()) as { total?: number };
    ms.push(performance.now() - t);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    totals += body.total ?? 0;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const q = (p: number) => +sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  return { requests: ms.length, p50: q(0.5), p95: q(0.95), max: q(1), meanTotal: Math.round(totals / ms.length) };
}

const names = sample.rows.map((r) => searchKey(r.full_name));
const cccds = sample.rows.map((r) => r.cccd).filter((c): c is string => !!c);
const n = REQUESTS;
const year = new Date().getFullYear() - 1;
const ethnic = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '13'];
const lists = {
  firstPage: Array.from({ length: n / 3 }, () => '/api/households?pageSize=20'),
  deepPage: Array.from({ length: n / 3 }, (_, i) => `/api/households?pageSize=20&page=${2 + ((i * 37) % 100)}`),
  filtered: Array.from({ length: n / 3 }, (_, i) => {
    const f = [
      `commune=${pick(communes.rows, i).code}`,
      `ethnic=${pick(ethnic, i)}`,
      `poverty=poor&year=${year}`,
      `ethnic=${pick(ethnic, i)}&poverty=near_poor&year=${year}`,
      `housing=makeshift`,
      `commune=${pick(communes.rows, i).code}&water=piped`,
    ];
    return `/api/households?pageSize=20&${pick(f, i)}`;
  }),
};
const searches = {
  fullName: names.slice(0, n / 3).map((q) => `/api/persons?pageSize=20&q=${encodeURIComponent(q)}`),
  middleAndGiven: names.slice(0, n / 3).map((q) => `/api/persons?pageSize=20&q=${encodeURIComponent(q.split(' ').slice(-2).join(' '))}`),
  cccd: cccds.slice(0, n / 3).map((q) => `/api/persons?pageSize=20&q=${q}`),
  householdByName: names.slice(0, n / 3).map((q) => `/api/households?pageSize=20&q=${encodeURIComponent(q)}`),
};

// The home page's first load after start-up: no list total is remembered yet.
const overviewCold = await timed(['/api/overview']);
await timed(['/api/health', '/api/persons?q=nguyen', '/api/households']); // warm-up of the first requests
const baseline = await timed(Array.from({ length: n }, () => '/api/health'));
const searchResults: Record<string, Awaited<ReturnType<typeof timed>>> = {};
for (const [k, urls] of Object.entries(searches)) searchResults[k] = await timed(urls);
const listResults: Record<string, Awaited<ReturnType<typeof timed>>> = {};
for (const [k, urls] of Object.entries(lists)) listResults[k] = await timed(urls);
const allSearch = await timed([...searches.fullName, ...searches.middleAndGiven, ...searches.cccd]);
const allList = await timed([...lists.firstPage, ...lists.deepPage, ...lists.filtered]);
const overview = await timed(Array.from({ length: 30 }, () => '/api/overview'));

// `npm start` runs the server in a child process: measure the largest process of the tree.
function tree(pid: number): number[] {
  const kids = fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  return [pid, ...kids.flatMap(tree)];
}
const memory = tree(child.pid!).map((pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { pid, rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
});
const server = memory.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
const rssMb = server.rssMb;
const peakRssMb = server.peakRssMb;
await stop(child);
if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => +x.toFixed(2)) },
  engine: 'pglite',
  sharedBuffers: process.env.PGLITE_SHARED_BUFFERS ?? '80MB (default)',
  persons: Number(personCount),
  households: Number(householdCount),
  baselineHealth: baseline,
  search: searchResults,
  searchAll: allSearch,
  lists: listResults,
  listAll: allList,
  overviewCold,
  overview,
  serverRssMb: rssMb,
  serverPeakRssMb: peakRssMb,
  goals: { searchP95Ms: 50, listP95Ms: 100, rssMb: 500 },
};
console.table({
  'GET /api/health (baseline)': { p50: baseline.p50, p95: baseline.p95 },
  ...Object.fromEntries(Object.entries(searchResults).map(([k, v]) => [`search ${k}`, { p50: v.p50, p95: v.p95, meanTotal: v.meanTotal }])),
  'search (persons, all kinds)': { p50: allSearch.p50, p95: allSearch.p95, goal_p95: 50 },
  ...Object.fromEntries(Object.entries(listResults).map(([k, v]) => [`households ${k}`, { p50: v.p50, p95: v.p95, meanTotal: v.meanTotal }])),
  'household list (all kinds)': { p50: allList.p50, p95: allList.p95, goal_p95: 100 },
  'home page overview, first after start': { p50: overviewCold.p50, p95: overviewCold.p95 },
  'home page overview': { p50: overview.p50, p95: overview.p95 },
});
console.log(`server RSS ${rssMb} MB, peak ${peakRssMb} MB (goal < 500 MB)`);
console.log(`written ${writeResult('register-query', result)}`);
if (allSearch.p95 >= 50 || allList.p95 >= 100 || peakRssMb >= 500) {
  console.error('GOAL MISSED');
  process.exitCode = 1;
}
