/**
 * The leaders' default dashboard (8 items) fully drawn in Chromium, against the home page in the same run.
 *
 * Starts the server as `npm start` does on a fresh data directory (PGlite, demo data loaded on first run),
 * signs in as `lanhdao`, then times, RUNS times each, from the navigation to:
 * - baseline: the home page showing its headline figures (the poverty rate with its "%");
 * - dashboard: /dashboards with every one of its 8 items drawn (`data-drawn="1"` on the dashboard: charts,
 *   the map, the ranked table, headline, completeness and disbursement figures all on screen).
 * The query cache is emptied between runs (a new page), the HTTP cache is kept (as for a returning user).
 * Then the dashboard again RUNS times, each just after an administrator's write, so that no answer kept by the
 * server can be used (every item computed afresh).
 * Then screenshots of the dashboard at 1366×768 and 360×740 go to e2e/screenshots/bench-dashboard-leader-*.png.
 *
 *   npx tsx bench/dashboard.bench.ts          (BENCH_RUNS=10 by default)
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DESKTOP, PHONE, launchBrowser, login, newContext, settled, shot } from '../e2e/browser.js';
import { freePort, median, writeResult } from './lib.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const server = [path.join(ROOT, 'scripts/start.mjs')];
execFileSync(process.execPath, [...server, '--build-only'], { stdio: 'inherit' });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-bench-dash-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, server, {
  env: { ...process.env, PORT: String(port), DATA_DIR: dir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopServer = async () => {
  if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  fs.rmSync(dir, { recursive: true, force: true });
};
// The first start loads the demo data into the fresh folder: minutes on a busy machine.
const startedAt = performance.now();
for (;;) {
  const ok = await fetch(`${url}/api/health`).then(
    (r) => r.status === 200,
    () => false,
  );
  if (ok) break;
  if (child.exitCode !== null || performance.now() - startedAt > 15 * 60_000) {
    await stopServer();
    throw new Error('server did not start');
  }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(
  `server ready in ${((performance.now() - startedAt) / 1000).toFixed(0)} s (demo data loaded), load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

const home: number[] = [];
const dash: number[] = [];
const changed: number[] = [];
let items = 0;
try {
  const browser = await launchBrowser();
  const ctx = await newContext(browser, url, DESKTOP);
  ctx.setDefaultTimeout(180_000);
  const first = await ctx.newPage();
  await login(first, 'lanhdao');
  // One visit each to fill the HTTP cache with the pages' files.
  await first.goto('/');
  await first.getByTestId('home-poverty').waitFor();
  const warm = performance.now();
  await first.goto('/dashboards');
  await first.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor();
  console.log(`first visit of the dashboard drawn in ${Math.round(performance.now() - warm)} ms`);
  items = await first.locator('[data-item-ready]').count();
  await first.close();

  async function time(path: string, ready: (p: import('playwright-core').Page) => Promise<unknown>) {
    const page = await ctx.newPage();
    const started = performance.now();
    await page.goto(path);
    await ready(page);
    const ms = performance.now() - started;
    await page.close();
    return ms;
  }
  for (let i = 0; i < RUNS; i++) {
    home.push(await time('/', (p) => p.getByTestId('home-poverty').filter({ hasText: '%' }).waitFor()));
    dash.push(await time('/dashboards', (p) => p.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor()));
  }
  // After a change: an administrator writes (the disclosure threshold, set to what it is) just before each view,
  // so nothing kept can be used and every item is computed again.
  const adminCtx = await newContext(browser, url, DESKTOP);
  adminCtx.setDefaultTimeout(180_000);
  const adminPage = await adminCtx.newPage();
  await login(adminPage, 'admin');
  for (let i = 0; i < RUNS; i++) {
    const status = await adminPage.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      const r = await fetch('/api/analytics/settings', {
        method: 'PUT',
        headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ threshold: 10 }),
      });
      return r.status;
    });
    if (status !== 200) throw new Error(`settings: ${status}`);
    changed.push(await time('/dashboards', (p) => p.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor()));
  }
  await adminCtx.close();
  // The leader's dashboard as drawn, on a desktop and on a phone (e2e/screenshots/, for looking at).
  for (const [viewport, name] of [
    [DESKTOP, 'bench-dashboard-leader-1366x768'],
    [PHONE, 'bench-dashboard-leader-360x740'],
  ] as const) {
    const c = await newContext(browser, url, viewport);
    c.setDefaultTimeout(180_000);
    const page = await c.newPage();
    await login(page, 'lanhdao');
    await page.goto('/dashboards');
    await page.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor();
    await settled(page);
    console.log(`screenshot ${await shot(page, name)}`);
    await c.close();
  }
  await browser.close();
} finally {
  await stopServer();
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const result = {
  date: new Date().toISOString(),
  load: os.loadavg().map((x) => +x.toFixed(1)),
  machine: { cpus: os.cpus().length, node: process.version },
  runs: RUNS,
  items,
  homeMedianMs: Math.round(median(home)),
  homeP95Ms: Math.round(p95(home)),
  dashboardMedianMs: Math.round(median(dash)),
  dashboardP95Ms: Math.round(p95(dash)),
  ratio: +(median(dash) / median(home)).toFixed(2),
  afterChangeMedianMs: Math.round(median(changed)),
  afterChangeP95Ms: Math.round(p95(changed)),
  goalMs: 1500,
  all: { home: home.map(Math.round), dashboard: dash.map(Math.round), afterChange: changed.map(Math.round) },
};
console.table({
  'home page, headline figures (baseline)': { median_ms: result.homeMedianMs, p95_ms: result.homeP95Ms },
  [`default dashboard, ${items} items drawn`]: { median_ms: result.dashboardMedianMs, p95_ms: result.dashboardP95Ms, ratio: result.ratio, goal_ms: 1500 },
  [`the same, just after a change (nothing kept)`]: { median_ms: result.afterChangeMedianMs, p95_ms: result.afterChangeP95Ms },
});
console.log(`load average ${result.load.join(' ')}; wrote ${writeResult('dashboard', result)}`);
