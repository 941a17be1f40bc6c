import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { DESKTOP, e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { nav, poll, startE2E, type E2E } from './setup.js';

/** A browser profile like newContext's, with the service worker blocked (the page talks to the server itself). */
async function plainContext(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(60_000);
  return ctx;
}

/** The home page with its figures (not the "…" shown while they load). */
async function homeReady(page: Page): Promise<void> {
  await page.getByTestId('user-menu').waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="home-households"]');
    return el !== null && /\d/.test(el.textContent ?? '');
  });
}

/** Neither a white page nor an answer shown as raw JSON. */
async function notBlank(page: Page): Promise<string | null> {
  const text = (await page.locator('body').innerText()).trim();
  if (!text) return 'blank page';
  if (text.startsWith('{')) return `raw JSON: ${text.slice(0, 80)}`;
  return null;
}

const errorBody = (code: string, message: string) => JSON.stringify({ error: { code, message, details: [] } });

describe.skipIf(!e2eEnabled)('the app never goes blank and stays quick on a slow link', { timeout: 240_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 300_000);
  afterAll(async () => {
    await e2e?.close();
  });

  it('takes 100 page loads in a minute from one office address (files fetched afresh each time) and keeps working', async () => {
    const ctx = await plainContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await homeReady(page);
    // What one load of the home page asks for: the page, every file (an office whose browsers keep nothing) and its API calls.
    const load = [
      '/',
      ...(await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name))
          .filter((u) => u.origin === location.origin && (u.pathname.startsWith('/assets/') || u.pathname.startsWith('/api/')))
          .map((u) => u.pathname + u.search),
      )),
    ];
    expect(load.filter((u) => u.startsWith('/assets/')).length).toBeGreaterThan(5);
    const started = Date.now();
    const statuses = new Map<number, number>();
    // 100 loads' worth of requests from this address and session, four loads at a time (the browser's CPU is spared: a
    // two-core machine cannot draw 100 pages a minute) …
    const office = (async () => {
      for (let round = 0; round < 25; round++) {
        const answers = await Promise.all(Array.from({ length: 4 }, () => Promise.all(load.map((u) => page.request.get(u).then((r) => r.status())))));
        for (const s of answers.flat()) statuses.set(s, (statuses.get(s) ?? 0) + 1);
      }
    })();
    // … while the browser loads pages, none of them blank or raw JSON.
    const problems: string[] = [];
    const PATHS = ['/villages', '/households', '/', '/persons', '/reporting/entry'];
    for (const path of PATHS) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await page.locator('.page-title h1').or(page.getByTestId('error-screen')).first().waitFor();
      const problem = await notBlank(page);
      if (problem) problems.push(`${path}: ${problem}`);
      if (await page.getByTestId('error-screen').isVisible()) problems.push(`${path}: error screen ${await page.getByTestId('error-screen').innerText()}`);
    }
    await office;
    const seconds = (Date.now() - started) / 1000;
    console.log(`100 page loads (${load.length} requests each) from one address in ${seconds.toFixed(1)} s: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(problems).toEqual([]);
    // No request refused for its number and none failed (the sign-in call the page made is a POST: asked for with GET it is a 404).
    expect([...statuses.keys()].filter((status) => status === 429 || status >= 500)).toEqual([]);
    expect((statuses.get(200) ?? 0) + (statuses.get(404) ?? 0)).toBe(100 * load.length);
    // Signing in from the same address still works, and so does the app.
    const fresh = await plainContext(e2e.browser, e2e.url);
    await login(await fresh.newPage(), 'xa.tanlac');
    await nav(page, 'Thôn, bản');
    await page.getByTestId('village-table').locator('tbody tr.ant-table-row').first().waitFor();
    await fresh.close();
    await ctx.close();
  });

  it('shows the Vietnamese error screen for too many requests, a server fault and a dropped network; retry brings the page back', async () => {
    for (const size of [DESKTOP, PHONE]) {
      const ctx = await newContext(e2e.browser, e2e.url, size);
      ctx.setDefaultTimeout(60_000);
      const page = await ctx.newPage();
      await login(page, 'xa.tanlac');
      await homeReady(page);
      const screen = page.getByTestId('error-screen');
      const failing = async (answer: (route: Route) => Promise<void>, kind: string, title: string, picture?: string) => {
        const handler = (route: Route) => (new URL(route.request().url()).pathname.startsWith('/api/auth/') ? route.continue() : answer(route));
        await page.route('**/api/**', handler);
        await page.goto('/villages');
        await poll(() => screen.getAttribute('data-kind')).toBe(kind);
        expect(await screen.locator('.ant-result-title').innerText()).toBe(title);
        // Too many requests: the wait the server asked for, in seconds, counting down.
        if (kind === 'rateLimited') expect(await screen.innerText()).toMatch(/tự thử lại sau 4\d giây/);
        // The frame stays: the menu still leads elsewhere.
        await page.getByTestId('user-menu').waitFor();
        if (picture) await shot(page, picture);
        await page.unroute('**/api/**', handler);
        await screen.getByTestId('error-retry').click();
        await page.getByTestId('village-table').locator('tbody tr.ant-table-row').first().waitFor();
        expect(await screen.count()).toBe(0);
      };
      await failing(
        (route) =>
          route.fulfill({
            status: 429,
            headers: { 'retry-after': '45', 'content-type': 'application/json' },
            body: errorBody('rate_limited', 'Quá nhiều yêu cầu, hãy thử lại sau 45 giây'),
          }),
        'rateLimited',
        'Máy chủ đang bận',
        `error-screen-${size.width}x${size.height}`,
      );
      if (size === DESKTOP) {
        expect(await page.locator('body').innerText()).not.toContain('{"error"');
        await failing(
          (route) => route.fulfill({ status: 500, contentType: 'application/json', body: errorBody('internal', 'Lỗi hệ thống') }),
          'server',
          'Máy chủ gặp sự cố',
        );
        await failing((route) => route.abort('connectionrefused'), 'network', 'Không kết nối được máy chủ');
      }
      await ctx.close();
    }
  });

  it('shows the error screen when a page’s file does not arrive, and loads it on retry', async () => {
    const ctx = await plainContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await homeReady(page);
    const villagesFile = /\/assets\/VillagesPage-[^/]*\.js$/;
    const drop = (route: Route) => route.abort('internetdisconnected');
    await page.route(villagesFile, drop);
    await nav(page, 'Thôn, bản');
    const screen = page.getByTestId('error-screen');
    await poll(() => screen.getAttribute('data-kind')).toBe('chunk');
    expect(await screen.locator('.ant-result-title').innerText()).toBe('Chưa tải được trang');
    await page.unroute(villagesFile, drop);
    await screen.getByTestId('error-retry').click();
    await page.getByTestId('village-table').locator('tbody tr.ant-table-row').first().waitFor();
    await ctx.close();
  });

  it('sends the build compressed, caches hashed files for a year and asks again for the page', async () => {
    const ctx = await newContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    const index = await page.request.get('/');
    expect(index.headers()['cache-control']).toBe('no-cache');
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(entry).toBeTruthy();
    const js = await page.request.get(entry!, { headers: { 'accept-encoding': 'br' } });
    expect(js.status()).toBe(200);
    expect(js.headers()['content-encoding']).toBe('br');
    expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const manifest = await page.request.get('/manifest.webmanifest');
    expect(manifest.status()).toBe(200);
    expect((await manifest.json()).name).toBe('Dữ liệu công tác dân tộc');
    await login(page, 'xa.tanlac');
    const api = await page.request.get('/api/ethnic-groups', { headers: { 'accept-encoding': 'br' } });
    expect(api.headers()['content-encoding']).toBe('br');
    await ctx.close();
  });

  it('opens its shell without a network once visited, and comes back with the network', async () => {
    const ctx = await newContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await homeReady(page);
    // The service worker is installed (its files kept) and looks after the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await ctx.setOffline(true);
    await page.reload();
    const screen = page.getByTestId('error-screen');
    await poll(() => screen.getAttribute('data-kind')).toBe('offline');
    expect(await screen.locator('.ant-result-title').innerText()).toBe('Mất kết nối mạng');
    expect(await page.title()).toBe('Dữ liệu công tác dân tộc');
    await shot(page, 'offline-shell-1366x768');
    await ctx.setOffline(false);
    // Back online: the page asks again by itself.
    await homeReady(page);
    await ctx.close();
  });

  /** Chromium's own network throttling on a page: 50 KB/s down and up, 300 ms added to every request. */
  async function throttle(ctx: BrowserContext, page: Page): Promise<void> {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 });
  }

  // Goals of issue 13 item 5; figures in bench/README.md ("Load times on a slow link").
  it.runIf(process.env.E2E_SLOW_LINK === '1')('is usable within the goals on a 50 KB/s link with 300 ms latency', async () => {
    // First visit: an empty browser, the service worker blocked (its own downloads would escape the page's throttling).
    const ctx = await plainContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await throttle(ctx, page);
    let t = Date.now();
    await page.goto('/login', { waitUntil: 'commit' });
    await page.locator('#username').waitFor();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const loginMs = Date.now() - t;
    await page.locator('#username').fill('xa.tanlac');
    await page.locator('#password').fill('Xa@20251');
    t = Date.now();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await homeReady(page);
    const homeMs = Date.now() - t;
    // The same browser again without a service worker: files from the HTTP cache (hashed files are immutable), the page revalidated.
    t = Date.now();
    await page.reload({ waitUntil: 'commit' });
    await homeReady(page);
    const httpCacheMs = Date.now() - t;
    await ctx.close();

    // Repeat visit: a browser that has been here before, whose service worker holds the app's shell. It is
    // installed on a plain link; then the link is throttled and the home page opened again.
    const swCtx = await newContext(e2e.browser, e2e.url);
    const sw = await swCtx.newPage();
    await login(sw, 'xa.tanlac');
    await homeReady(sw);
    await sw.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await sw.reload();
    await homeReady(sw);
    await poll(() => sw.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await throttle(swCtx, sw);
    t = Date.now();
    await sw.reload({ waitUntil: 'commit' });
    await homeReady(sw);
    const repeatMs = Date.now() - t;
    // The page and its files came from the worker's cache; the API still crossed the throttled link (the worker never answers it).
    const timing = await sw.evaluate(() => ({
      page: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart > 0,
      api: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
        .map((e) => e.duration),
    }));
    await swCtx.close();
    console.log(
      `slow link (50 KB/s, 300 ms): login page usable ${loginMs} ms, home page ${homeMs} ms, repeat visit ${repeatMs} ms (service worker; HTTP cache alone ${httpCacheMs} ms)`,
    );
    expect(timing.page).toBe(true);
    expect(timing.api.length).toBeGreaterThan(0);
    expect(Math.min(...timing.api)).toBeGreaterThanOrEqual(300);
    expect(loginMs).toBeLessThan(5000);
    expect(homeMs).toBeLessThan(10_000);
    expect(repeatMs).toBeLessThan(2000);
  });
});
