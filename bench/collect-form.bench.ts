/**
 * Web collection benchmark: a 300-question XLSForm (text, integer, select_one with relevant and
 * constraint on every tenth, a repeat, calculates) opened in Chromium on the collection page, timed
 * from the click on "Điền phiếu" to the last question on screen and ready to type (goal < 1 s).
 * Baseline in the same run: an empty page (`about:blank` → a one-line HTML page from the same server).
 * Runs the real server on the embedded engine with the built web app (e2e/server.ts builds it when stale).
 * BENCH_RUNS (default 5) opens the form that many times; the median is reported.
 */
import os from 'node:os';
import { launchBrowser, login, newContext, DESKTOP } from '../e2e/browser.js';
import { startServer } from '../e2e/server.js';
import { median, writeResult } from './lib.js';
import { QUESTIONS, publishWideForm } from './wide-form.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const server = await startServer();
const browser = await launchBrowser();
try {
  const ctx = await newContext(browser, server.url, DESKTOP);
  const page = await ctx.newPage();
  await login(page, 'tinh.phutho');
  await publishWideForm(page);

  await page.goto('/collect');
  // The first visit downloads the forms (and the engine) while the machine may be busy: wait for it.
  await page.getByTestId('collect-form-bench_300').waitFor({ timeout: 180_000 });
  // The engine's file once, as a surveyor's device has it after the first visit.
  await page.getByTestId('collect-offline-ready').waitFor({ timeout: 120_000 });

  const empty: number[] = [];
  const form: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const blank = await ctx.newPage();
    await blank.goto('about:blank');
    const t0 = performance.now();
    await blank.goto(`${server.url}/favicon.svg`);
    empty.push(performance.now() - t0);
    await blank.close();

    const t1 = performance.now();
    // The click starts the form's rendering, which keeps the page busy: do not wait for navigations after it.
    await page.getByTestId('collect-form-bench_300').getByRole('button').click({ noWaitAfter: true, timeout: 120_000 });
    await page.getByLabel('Câu cuối cùng').waitFor({ timeout: 120_000 });
    await page.getByLabel('Câu cuối cùng').fill('x', { timeout: 120_000 });
    form.push(performance.now() - t1);
    console.error(`run ${r + 1}: form ready in ${Math.round(form[r])} ms (empty page ${Math.round(empty[r])} ms)`);
    await page.getByTestId('collect-back').click({ noWaitAfter: true, timeout: 120_000 });
    await page.getByTestId('collect-form-bench_300').waitFor({ timeout: 120_000 });
  }
  const result = {
    questions: QUESTIONS,
    runs: RUNS,
    emptyPageMs: Math.round(median(empty)),
    formReadyMs: Math.round(median(form)),
    ratio: Number((median(form) / median(empty)).toFixed(1)),
    formReadyAllMs: form.map(Math.round),
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('collect-form', result);
} finally {
  await browser.close();
  await server.close();
}
