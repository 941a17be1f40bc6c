/**
 * Long jobs benchmark: do requests keep their speed while an import and a duplicate scan run on the
 * embedded engine? Starts the real server (child process, `src/server/main.ts`) on a fresh data folder,
 * then measures `GET /api/health` and a household list page (20 rows, as the web app asks), one request
 * at a time from one client on 127.0.0.1:
 *  - baseline: the same two requests on the idle server, in the same run;
 *  - under load: while an import of a generated file of BENCH_PERSONS persons (default 100,000, the CSV a
 *    user uploads, through POST /api/register/imports with dryRun=false) runs, a duplicate scan of the whole
 *    register is started with it and again when the import ends (POST /api/duplicates/scan).
 * A request that finds the server busy waits: the time counted runs from when the request was due
 * (10 ms after the previous answer) to its answer. Goal: p99 of both < 250 ms while the jobs run.
 * BENCH_SERVER_ROOT runs the server (and the CLI) of another checkout on the same file, for a before/after.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { generateRegister, type DemoHousehold } from '../src/modules/register-demo/register-demo.generator.js';
import { registerCommunes } from '../src/modules/register-demo/register-demo.units.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { seedDemoVillages } from '../src/modules/villages/villages.demo.js';
import { freePort, writeResult } from './lib.js';
import { SAMPLE_HEADER as HEADER, csvCell as cell } from '../src/modules/register-import/register-import.fixtures.js';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const HERE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ROOT = path.resolve(process.env.BENCH_SERVER_ROOT ?? HERE);
const BASELINE_REQUESTS = 300;
const PASSWORD = `Suoi-Da-${Math.random().toString(36).slice(2)}-Xy9!`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-jobs-bench-'));
const dataDir = path.join(work, 'db');

const vnDate = (iso: string | null, year: number) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : String(year));
function csvLines(h: DemoHousehold, communeCode: string): string {
  const pov = h.poverty.at(-1);
  return (
    h.members
      .map((p, i) =>
        [
          communeCode,
          `JB${h.code}`,
          p.relationship,
          p.fullName,
          p.sex,
          vnDate(p.birthDate, p.birthYear),
          p.ethnicCode,
          p.cccd,
          i === 0 ? h.address : '',
          i === 0 ? h.housing : '',
          i === 0 ? pov?.year : '',
          i === 0 ? pov?.status : '',
        ]
          .map(cell)
          .join(','),
      )
      .join('\n') + '\n'
  );
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const stats = (xs: number[]) => ({ n: xs.length, p50: +percentile(xs, 50).toFixed(1), p99: +percentile(xs, 99).toFixed(1), max: +Math.max(...xs).toFixed(1) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: ChildProcess | null = null;
try {
  // 1. A fresh folder: an administrator by the CLI (no demo data), and the file to import.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'src/cli/main.ts'),
      'user:create',
      '--username',
      'bench',
      '--password',
      PASSWORD,
      '--role',
      'province_officer',
      '--scope',
      '25',
      '--scope-date',
      '2025-07-01',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOAD_DEMO: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const database = await openDatabase({ dataDir });
  await migrate(database.db);
  await seedReference(database.db);
  await seedDemoVillages(database.db);
  const communes = await registerCommunes(database.db);
  await database.close();
  const codeOf = new Map(communes.map((c) => [c.id, c.code]));
  const file = path.join(work, 'register.csv');
  let text = `\uFEFF${HEADER.join(',')}\n`;
  let persons = 0;
  for (const h of generateRegister(communes, { seed: 'jobs', persons: PERSONS })) {
    text += csvLines(h, codeOf.get(h.communeId)!);
    persons += h.members.length;
  }
  fs.writeFileSync(file, text);
  console.log(`${persons.toLocaleString('en')} persons, CSV ${(text.length / 1e6).toFixed(0)} MB`);

  // 2. The server, as a child process.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOAD_DEMO: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error('server exited');
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (i > 1200) throw new Error('server did not start');
    await sleep(100);
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const me = await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json();
  const headers = { cookie, 'x-csrf-token': me.csrfToken as string };
  const get = async (url: string) => {
    const r = await fetch(`${base}${url}`, { headers });
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json();
  };
  const REQUESTS = { health: '/api/health', households: '/api/households?page=1&pageSize=20' } as const;

  /** Requests one after the other until `until()`; each timed from when it was due. */
  async function measure(until: () => boolean, max = Infinity) {
    const out = { health: [] as number[], households: [] as number[] };
    let due = performance.now();
    for (let i = 0; !until() && i < max; i++) {
      const which = i % 2 ? 'households' : 'health';
      await get(REQUESTS[which]);
      out[which].push(performance.now() - due);
      due = performance.now() + 10;
      await sleep(10);
    }
    return out;
  }

  // 3. Baseline: the idle server.
  await measure(() => false, 40); // warm-up
  const idle = await measure(() => false, BASELINE_REQUESTS * 2);

  // 4. The import and the scans, measured meanwhile.
  const form = new FormData();
  form.set('dryRun', 'false');
  form.set('file', new Blob([fs.readFileSync(file)]), 'so-ho.csv');
  const t0 = performance.now();
  const upload = await fetch(`${base}/api/register/imports`, { method: 'POST', headers, body: form });
  if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const { id } = await upload.json();
  let importMs = 0;
  let status = 'queued';
  let scans = 0;
  const scanTimes: number[] = [];
  const scan = () => {
    scans++;
    const s0 = performance.now();
    return fetch(`${base}/api/duplicates/scan`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })
      .then(async (r) => {
        if (!r.ok) throw new Error(`scan: ${r.status} ${await r.text()}`);
        scanTimes.push(performance.now() - s0);
      })
      .finally(() => scans--);
  };
  const firstScan = scan();
  const poll = (async () => {
    while (status === 'queued' || status === 'running') {
      await sleep(500);
      status = (await get(`/api/register/imports/${id}`)).status;
    }
    importMs = performance.now() - t0;
    await scan();
  })();
  const busy = await measure(() => importMs > 0 && scans === 0);
  await Promise.all([poll, firstScan]);
  const detail = await get(`/api/register/imports/${id}`);
  if (detail.status !== 'done' || !detail.applied) throw new Error(`import ${detail.status}: ${JSON.stringify(detail.failure ?? detail.counts)}`);

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => +x.toFixed(2)) },
    server: ROOT === HERE ? 'this checkout' : ROOT,
    persons,
    importSeconds: +(importMs / 1000).toFixed(1),
    scanSeconds: scanTimes.map((x) => +(x / 1000).toFixed(1)),
    idle: { health: stats(idle.health), households: stats(idle.households) },
    whileJobsRun: { health: stats(busy.health), households: stats(busy.households) },
    goalP99Ms: 250,
  };
  console.table({
    'GET /api/health, idle (baseline)': result.idle.health,
    'GET /api/health, import + scan running': result.whileJobsRun.health,
    'household list page, idle (baseline)': result.idle.households,
    'household list page, import + scan running': result.whileJobsRun.households,
  });
  console.log(`import of ${persons.toLocaleString('en')} persons: ${result.importSeconds} s; duplicate scans: ${result.scanSeconds.join(' s, ')} s`);
  console.log(`written ${writeResult(ROOT === HERE ? 'jobs' : 'jobs-other-checkout', result)}`);
  if (result.whileJobsRun.health.p99 >= 250 || result.whileJobsRun.households.p99 >= 250) {
    console.error('GOAL MISSED');
    process.exitCode = 1;
  }
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  fs.rmSync(work, { recursive: true, force: true });
}
