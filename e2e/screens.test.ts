import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { nav, poll, startE2E, type E2E } from './setup.js';

/** Every page, with what must be on it once loaded. */
const PAGES: { name: string; path: string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: async (p) => Promise.all([p.getByText('14.149').waitFor(), p.getByTestId('home-report-TK_DAN_TOC_NAM').waitFor()]) },
  { name: 'ethnic-groups', path: '/ethnic-groups', ready: (p) => p.getByText('Người nước ngoài').waitFor() },
  { name: 'admin-units', path: '/admin-units?date=2024-06-01&unit=04891', ready: (p) => p.getByTestId('unit-successors').waitFor() },
  { name: 'boundaries', path: '/boundaries', ready: (p) => p.getByTestId('boundary-map').locator('canvas').first().waitFor() },
  { name: 'villages', path: '/villages', ready: (p) => p.getByTestId('village-table').locator('tbody tr.ant-table-row').first().waitFor() },
  {
    name: 'classifications',
    path: '/classifications?date=2024-06-01',
    ready: (p) => p.getByTestId('classification-asof').locator('tbody tr.ant-table-row').first().waitFor(),
  },
  {
    name: 'classification-lists',
    path: '/classifications?tab=lists',
    ready: (p) => p.getByTestId('classification-lists').locator('tbody tr.ant-table-row').first().waitFor(),
  },
  { name: 'users', path: '/users', ready: (p) => p.getByText('xa.tanlac').waitFor() },
  { name: 'audit', path: '/audit', ready: (p) => p.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().waitFor() },
  { name: 'not-found', path: '/khong-co-trang-nay', ready: (p) => p.getByText('Không tìm thấy trang').waitFor() },
];

describe.skipIf(!e2eEnabled)('every page in both languages and both screen sizes', { timeout: 90_000, retry: 1 }, () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('switches to English and keeps it on the account', async () => {
    const ctx = await newContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    // Before login the choice lives in a cookie, and the server answers in that language too.
    await page.goto('/login');
    await page.getByTitle('English').click();
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await poll(() => page.getByTestId('login-error').innerText()).toBe('Wrong username or password');
    await page.getByTitle('Tiếng Việt').click();
    await login(page, 'admin');
    await page.getByTitle('English').click();
    const menu = page.locator('.ant-menu');
    await poll(() => menu.innerText()).toContain('Administrative units');
    expect(await menu.innerText()).toContain('Villages');
    expect(await menu.innerText()).not.toContain('Thôn, bản');
    await nav(page, 'Administrative units');
    await page.getByRole('button', { name: '01/06/2024' }).click();
    await page.getByTestId('unit-node-17').click();
    await poll(() => page.getByTestId('unit-validity').innerText()).toBe('before 01/03/2025 – 30/06/2025');
    expect(await page.locator('.page-title h1').innerText()).toBe('Administrative units');
    expect(await page.locator('.ant-card-head-title').first().innerText()).toBe('Unit tree · 01/06/2024');
    // Saved on the account: a fresh page load (and a new session) stays in English.
    await page.reload();
    await poll(() => page.locator('.ant-menu').innerText()).toContain('Audit log');
    await poll(() => page.getByTestId('unit-validity').innerText()).toBe('before 01/03/2025 – 30/06/2025');
    await page.getByTestId('unit-successors').waitFor();
    await shot(page, 'english-admin-units-1366x768');
    await page.getByTitle('Tiếng Việt').click();
    await poll(() => page.locator('.ant-menu').innerText()).toContain('Đơn vị hành chính');
    // The next tests log in as the same account: wait until the choice is saved on it.
    await poll(() => page.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { language: string }).language)).toBe('vi');
    await ctx.close();
  });

  for (const size of [DESKTOP, PHONE]) {
    it(`renders every page at ${size.width}×${size.height} without horizontal overflow`, async () => {
      const ctx = await newContext(e2e.browser, e2e.url, size);
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => {
        // Chromium reports a layout that settles over two frames as an error; it is a notice, not a fault of the page.
        if (/ResizeObserver loop/.test(e.message)) return;
        errors.push(`${page.url()} at ${size.width}: ${e.message} ${(e.stack ?? '').split('\n').slice(1, 4).join(' ')}`);
      });
      await page.goto('/login');
      await page.locator('#username').waitFor();
      await shot(page, `login-${size.width}x${size.height}`);
      await login(page, 'admin');
      for (const p of PAGES) {
        await page.goto(p.path);
        await p.ready(page);
        if (p.name === 'audit') await page.getByTestId('audit-table').locator('tbody tr.ant-table-row', { hasText: 'Sửa' }).first().click();
        await shot(page, `${p.name}-${size.width}x${size.height}`);
        // On a phone the layout viewport grows to fit wide content, so compare with the screen asked for.
        const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - size.width;
        expect(overflow, `${p.name} is wider than the screen`).toBeLessThanOrEqual(0);
      }
      expect(errors.length, `errors on the pages: ${errors.join(' | ')}`).toBe(0);
      await ctx.close();
    }, 240_000);
  }
});
