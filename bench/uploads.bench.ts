/**
 * Upload benchmark: the real server (embedded engine) in a child process gets 8 hostile uploads
 * at once (zip bombs with a 300 MB cell, a lying zip, a CSV with a 200 MB line, a 20,000-point
 * self-crossing polygon, 19 MB and 48 MB GeoJSON files); the child's memory is sampled from
 * /proc while they run. Baseline in the same run: the idle server's memory after start-up.
 * Goal: peak RSS < 1 GB, every upload answered with a 4xx (or a failed import), the server alive.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, writeResult } from './lib.js';
import { DEMO_USERS } from '../src/modules/reference/demo.seed.js';
import { csvWithHugeLine, selfCrossingRing, wavyRing, xlsxWithHugeCell } from '../src/modules/uploads/uploads.fixtures.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const GOAL_BYTES = 1024 * 1024 * 1024;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-uploads-bench-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
  cwd: ROOT,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(work, 'db'),
    IMPORT_DIR: path.join(work, 'imports'),
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '100000',
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
child.stderr?.on('data', (d) => (stderr += d));

const status = (field: 'VmRSS' | 'VmHWM') => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
};
const mb = (n: number) => Math.round(n / 1024 / 1024);

async function waitUp() {
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function login(username: string) {
  const password = DEMO_USERS.find((u) => u.username === username)!.password;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json();
  return { cookie, csrf: me.csrfToken as string };
}

type Session = Awaited<ReturnType<typeof login>>;
async function upload(s: Session, route: string, fields: Record<string, string>, name: string, data: Buffer) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([data as Uint8Array<ArrayBuffer>]), name);
  const started = performance.now();
  const res = await fetch(`${base}${route}`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: form });
  const body = (await res.json().catch(() => ({}))) as { id?: number; error?: { code: string } };
  let outcome = body.error?.code ?? '';
  if (res.status === 202 && body.id) {
    // A register import is checked in full by its job: wait for its verdict.
    for (let i = 0; i < 600; i++) {
      const r = (await (await fetch(`${base}/api/register/imports/${body.id}`, { headers: { cookie: s.cookie } })).json()) as {
        status: string;
        failure?: { code: string };
      };
      if (r.status === 'failed' || r.status === 'done') {
        outcome = `${r.status}: ${r.failure?.code ?? ''}`;
        break;
      }
      await new Promise((x) => setTimeout(x, 100));
    }
  }
  return { route, name, status: res.status, outcome, ms: Math.round(performance.now() - started) };
}

const VILLAGE = ['Mã xã', 'Tên xã', 'Mã thôn', 'Tên thôn', 'Loại'];
const REGISTER = ['Mã xã', 'Mã hộ', 'Quan hệ với chủ hộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số CCCD'];
const geojson = (features: unknown[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
const shape = (code: string, ring: number[][]) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [ring] } });

console.log('building hostile files…');
const files = {
  bomb: await xlsxWithHugeCell(VILLAGE, ['05128', 'Tân Lạc', '', 'Bản', 'Ban'], 3, 300),
  liar: await xlsxWithHugeCell(VILLAGE, ['05128', 'Tân Lạc', '', 'Bản', 'Ban'], 3, 300, { lie: true }),
  registerLiar: await xlsxWithHugeCell(REGISTER, ['05128', 'B-1', 'Chủ hộ', 'A', 'Nam', '1970', 'Mường', ''], 3, 300, { lie: true }),
  line200: csvWithHugeLine(REGISTER, 200),
  line9: csvWithHugeLine(VILLAGE, 9),
  star: geojson([shape('155', selfCrossingRing(19_997))]),
  detailed: geojson(Array.from({ length: 27 }, () => shape('155', wavyRing(19_000)))),
  huge: Buffer.alloc(48 * 1024 * 1024, ' '),
};
const sizes = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.length]));

try {
  await waitUp();
  const admin = await login('admin');
  const tanlac = await login('xa.tanlac');
  await new Promise((r) => setTimeout(r, 2000));
  const idle = status('VmRSS');
  const startupPeak = status('VmHWM');
  let peak = idle;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, status('VmRSS'));
    } catch {
      /* exited */
    }
  }, 20);
  const started = performance.now();
  const results = await Promise.all([
    upload(tanlac, '/api/villages/import', { dryRun: 'true' }, 'bomb.xlsx', files.bomb),
    upload(tanlac, '/api/villages/import', { dryRun: 'true' }, 'liar.xlsx', files.liar),
    upload(admin, '/api/reporting/excel/upload', { dryRun: 'true' }, 'bomb.xlsx', files.bomb),
    upload(tanlac, '/api/villages/import', { dryRun: 'true' }, 'line-9mb.csv', files.line9),
    upload(tanlac, '/api/register/imports', { dryRun: 'true' }, 'line-200mb.csv', files.line200),
    upload(tanlac, '/api/register/imports', { dryRun: 'true' }, 'liar.xlsx', files.registerLiar),
    upload(admin, '/api/boundaries', { level: 'district', date: '2025-03-01' }, 'star-20k.geojson', files.star),
    upload(admin, '/api/boundaries', { level: 'district', date: '2025-03-01' }, 'detailed-19mb.geojson', files.detailed),
    upload(admin, '/api/boundaries', { level: 'district', date: '2025-03-01' }, 'blank-48mb.geojson', files.huge),
  ]);
  const wallMs = Math.round(performance.now() - started);
  clearInterval(sampler);
  const health = (await fetch(`${base}/api/health`)).status;
  const map = await fetch(`${base}/api/boundaries?date=2025-03-01&parent=17`, { headers: { cookie: admin.cookie } });
  const mapBytes = (await map.arrayBuffer()).byteLength;
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, load: os.loadavg().map((x) => +x.toFixed(1)) },
    baselineIdleRssMb: mb(idle),
    startupPeakRssMb: mb(startupPeak),
    peakRssDuringUploadsMb: mb(peak),
    peakOverIdleMb: mb(peak - idle),
    goalPeakMb: mb(GOAL_BYTES),
    wallMs,
    serverAliveAfter: health === 200,
    districtMapBytes: mapBytes,
    fileBytes: sizes,
    uploads: results,
  };
  console.table(results);
  console.table({
    'idle server (baseline)': { rss_mb: result.baselineIdleRssMb },
    'peak during 9 hostile uploads': { rss_mb: result.peakRssDuringUploadsMb, goal_mb: 1024, over_baseline_mb: result.peakOverIdleMb },
  });
  console.log(`all answered in ${wallMs} ms; server alive: ${result.serverAliveAfter}; district map ${mapBytes} bytes`);
  console.log(`written ${writeResult('uploads', result)}`);
  const refused = results.every((r) => (r.status >= 400 && r.status < 500) || r.outcome.startsWith('failed'));
  if (peak >= GOAL_BYTES || !result.serverAliveAfter || !refused) {
    console.error('GOAL MISSED');
    process.exitCode = 1;
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  fs.rmSync(work, { recursive: true, force: true });
}
