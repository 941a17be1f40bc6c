/**
 * Where the collection bench's time goes: the same 300-question form opened on the collection page as
 * in `collect-form.bench.ts` (a blank page opened and closed before each opening), with a CDP trace of
 * each opening. Per opening: click → typed in the last question (as the bench), click → pointerdown,
 * pointerdown → the last question in the page (a MutationObserver), then → typed ("tail": layout and
 * Playwright finding, scrolling to and typing in the question); the renderer main thread's CPU time
 * over the opening and the longest task's wall and CPU time. PHASES_RUNS (default 6) openings; the
 * median leaves out the first (the page's first opening, printed on its own).
 * PHASES_PROFILE=1 also writes a CPU profile of each opening to <tmp>/collect-form-<n>.cpuprofile
 * (open it in Chromium's DevTools, Performance panel).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, login, newContext, DESKTOP } from '../e2e/browser.js';
import { startServer } from '../e2e/server.js';
import { median } from './lib.js';
import { publishWideForm } from './wide-form.js';

const RUNS = Number(process.env.PHASES_RUNS ?? 6);
const PROFILE = process.env.PHASES_PROFILE === '1';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args: { name?: string };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const ctx = await newContext(browser, server.url, DESKTOP);
  const page = await ctx.newPage();
  await login(page, 'tinh.phutho');
  await publishWideForm(page);
  await page.goto('/collect');
  await page.getByTestId('collect-form-bench_300').waitFor({ timeout: 180_000 });
  await page.getByTestId('collect-offline-ready').waitFor({ timeout: 120_000 });
  const cdp = await ctx.newCDPSession(page);
  await page.evaluate(() => {
    const w = window as unknown as { __phases: { down: number; last: number } };
    w.__phases = { down: 0, last: 0 };
    document.addEventListener('pointerdown', () => (w.__phases = { down: performance.now(), last: 0 }), true);
    new MutationObserver(() => {
      if (!w.__phases.last && [...document.querySelectorAll('label')].some((l) => l.textContent?.includes('Câu cuối cùng')))
        w.__phases.last = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });

  const rows: Record<string, number>[] = [];
  for (let r = 0; r < RUNS; r++) {
    const blank = await ctx.newPage();
    await blank.goto('about:blank');
    await blank.goto(`${server.url}/favicon.svg`);
    await blank.close();

    const events: TraceEvent[] = [];
    const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const pageT0 = await page.evaluate(() => performance.now());
    const t0 = performance.now();
    await page.getByTestId('collect-form-bench_300').getByRole('button').click({ noWaitAfter: true, timeout: 120_000 });
    await page.getByLabel('Câu cuối cùng').waitFor({ timeout: 120_000 });
    await page.getByLabel('Câu cuối cùng').fill('x', { timeout: 120_000 });
    const total = performance.now() - t0;
    if (PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.writeFileSync(path.join(os.tmpdir(), `collect-form-${r + 1}.cpuprofile`), JSON.stringify(profile));
    }
    const t = await page.evaluate(() => ({ ...(window as unknown as { __phases: { down: number; last: number } }).__phases, now: performance.now() }));
    await cdp.send('Tracing.end');
    await traced;
    cdp.off('Tracing.dataCollected', collect);
    const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const tasks = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask');
    const longest = tasks.reduce<TraceEvent | null>((a, e) => ((e.dur ?? 0) > (a?.dur ?? 0) ? e : a), null);
    const row = {
      total: Math.round(total),
      toPointerdown: Math.round(t.down - pageT0),
      render: Math.round(t.last - t.down),
      tail: Math.round(t.now - t.last),
      mainCpu: Math.round(tasks.reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000),
      longestTaskWall: Math.round((longest?.dur ?? 0) / 1000),
      longestTaskCpu: Math.round((longest?.tdur ?? 0) / 1000),
    };
    rows.push(row);
    console.error(`opening ${r + 1}: ${JSON.stringify(row)}`);
    await page.getByTestId('collect-back').click({ noWaitAfter: true, timeout: 120_000 });
    await page.getByTestId('collect-form-bench_300').waitFor({ timeout: 120_000 });
  }
  const later = rows.slice(1);
  const medians = Object.fromEntries(Object.keys(rows[0]).map((k) => [k, Math.round(median(later.map((x) => x[k])))]));
  console.log(JSON.stringify({ first: rows[0], medianOfTheOthers: medians, loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10) }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
