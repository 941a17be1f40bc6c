/**
 * Start-up benchmark: cold start (empty data folder: migrations, all reference and demo data) and
 * warm start (existing folder) of the real server to its first 200 on /api/health, against a
 * baseline measured in the same run: a bare Node.js HTTP server's start to first 200.
 * Goals: warm < 3 s, cold < 20 s on 2 cores.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, median, timeToFirst200, writeResult } from './lib.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// What `npm start` runs, after building once so that no build is timed.
const server = [path.join(ROOT, 'scripts/start.mjs')];
execFileSync(process.execPath, [...server, '--build-only'], { stdio: 'inherit' });

async function startServer(dataDir: string) {
  const port = await freePort();
  return timeToFirst200(process.execPath, server, { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, `http://127.0.0.1:${port}/api/health`);
}

const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const port = await freePort();
  const code = `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`;
  baseline.push(await timeToFirst200(process.execPath, ['-e', code], {}, `http://127.0.0.1:${port}/`));
}

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-bench-'));
  cold.push(await startServer(dir));
  warm.push(await startServer(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
  runs: RUNS,
  baselineBareNodeMs: Math.round(median(baseline)),
  coldStartMs: Math.round(median(cold)),
  warmStartMs: Math.round(median(warm)),
  goals: { coldMs: 20_000, warmMs: 3_000 },
  all: { baseline: baseline.map(Math.round), cold: cold.map(Math.round), warm: warm.map(Math.round) },
};
console.table({
  'bare node http (baseline)': { median_ms: result.baselineBareNodeMs },
  'cold start, empty data dir': {
    median_ms: result.coldStartMs,
    goal_ms: 20_000,
    ratio_to_baseline: +(result.coldStartMs / result.baselineBareNodeMs).toFixed(1),
  },
  'warm start, existing data dir': {
    median_ms: result.warmStartMs,
    goal_ms: 3_000,
    ratio_to_baseline: +(result.warmStartMs / result.baselineBareNodeMs).toFixed(1),
  },
});
console.log(`written ${writeResult('startup', result)}`);
if (result.coldStartMs > 20_000 || result.warmStartMs > 3_000) {
  console.error('GOAL MISSED');
  process.exitCode = 1;
}
