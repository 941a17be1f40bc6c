import { launchBrowser, login, newContext, DESKTOP } from '../e2e/browser.js';
const url = process.env.URL ?? 'http://127.0.0.1:3100';
const path = process.env.P ?? '/dashboards';
const browser = await launchBrowser();
const ctx = await newContext(browser, url, DESKTOP);
ctx.setDefaultTimeout(120_000);
const first = await ctx.newPage();
await login(first, process.env.U ?? 'lanhdao');
await first.goto(path);
await first.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor();
await first.close();
for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
  const page = await ctx.newPage();
  const t0 = performance.now();
  const log: string[] = [];
  page.on('requestfinished', (r) => {
    const tm = r.timing();
    log.push(`${(tm.startTime - 0).toFixed(0)} +${tm.responseEnd.toFixed(0)} ${r.method()} ${r.url().replace(url, '')}`);
  });
  await page.goto(path);
  await page.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor();
  const total = performance.now() - t0;
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]));
  const n = JSON.parse(nav);
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e: any) => `${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)} ${e.name.replace(location.origin, '')}`),
  );
  console.log(`run ${run}: ${total.toFixed(0)} ms; domContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)} load ${n.loadEventEnd.toFixed(0)}`);
  console.log(marks.join('\n'));
  await page.close();
}
await browser.close();
