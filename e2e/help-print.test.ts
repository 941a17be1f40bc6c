import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { loggedInSession, nav, poll } from './setup.js';
import { ROOT } from '../src/server/paths.js';

const SHOTS = path.join(ROOT, 'e2e', 'screenshots');

/** Replaces the browser's print dialog with a counter that notes how many list rows were on the page. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __prints: number[] };
    w.__prints = [];
    window.print = () => {
      w.__prints.push(document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length);
    };
  });
}
/** A picture of what the screen shows (the guide is long: the full page says little). */
async function view(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
const prints = (page: Page) => page.evaluate(() => (window as unknown as { __prints: number[] }).__prints);

describe.skipIf(!e2eEnabled)('help and print (administrator, 1366×768)', { timeout: 120_000, retry: 1 }, () => {
  const s = loggedInSession('admin');

  it('the help button of a page opens the guide at that page’s section', async () => {
    const { page } = s;
    await nav(page, 'Hộ gia đình');
    await page.getByTestId('household-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('help-button').click();
    await poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/help#find-household');
    const section = page.getByTestId('help-find-household');
    await poll(() => section.getAttribute('class')).toContain('help-current');
    // The section is scrolled to the top of the screen, not left below the fold.
    const box = (await section.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(300);
    expect(await section.innerText()).toContain('Tìm một hộ');
    await view(page, 'help-guide-households-desktop');

    // Back to the page the officer came from.
    await page.getByTestId('help-back').click();
    await poll(() => new URL(page.url()).pathname).toBe('/households');

    // Another page, another section; the glossary is in the guide.
    // Clicked while the page is still loading: the guide follows the address, not the page on screen.
    await nav(page, 'Nhập sổ hộ');
    await page.getByTestId('help-button').click();
    await poll(() => new URL(page.url()).hash).toBe('#import');
    await poll(() => page.getByTestId('help-import').getAttribute('class')).toContain('help-current');
    const glossary = page.getByTestId('help-glossary');
    expect(await glossary.locator('h3').innerText()).toBe('Thuật ngữ');
    expect(await glossary.innerText()).toContain('Dữ liệu mô phỏng');
  });

  it('prints a household card without menu or header, with the title block and signature lines (A4)', async () => {
    const { page } = s;
    await nav(page, 'Hộ gia đình');
    const first = page.getByTestId('household-table').locator('tbody tr.ant-table-row').first();
    await first.locator('a').first().click();
    await page.getByTestId('print-button').waitFor();
    const code = (await page.locator('.page-title h1').innerText()).replace(/^Hộ /, '');
    await page.emulateMedia({ media: 'print' });
    try {
      await poll(() => page.getByTestId('print-head').isVisible()).toBe(true);
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByTestId('print-button').isVisible()).toBe(false);
      expect(await page.getByTestId('print-title').innerText()).toBe(`Phiếu hộ gia đình ${code}`.toLocaleUpperCase('vi'));
      expect(await page.getByTestId('print-unit').innerText()).toMatch(/^UBND (XÃ|PHƯỜNG|ĐẶC KHU) /);
      expect(await page.getByTestId('print-head').innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(await page.getByTestId('print-sign').isVisible()).toBe(true);
      expect(await page.getByTestId('print-sign').innerText()).toContain('Người lập biểu');
      // The card itself prints: the members' table with its rows, not only its frame.
      await poll(() => page.locator('.ant-card', { hasText: 'Thành viên' }).locator('tbody tr.ant-table-row').first().isVisible()).toBe(true);
      await shot(page, 'print-household-card');
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.pdf({ path: path.join(SHOTS, 'print-household-card.pdf'), format: 'A4', printBackground: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.getByTestId('print-head').isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(true);
  });

  it('prints the filtered list, warns when it has more rows than shown and offers to print all', async () => {
    const { page } = s;
    await page.goto('/households?pageSize=20');
    const rows = page.getByTestId('household-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(20);
    const total = Number((await page.getByTestId('household-total').innerText()).split('/ ')[1].replace(/\./g, ''));
    expect(total).toBeGreaterThan(20);
    await stubPrint(page);
    await page.getByTestId('list-print').click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.getByTestId('print-warning').innerText()).toContain('trang đang xem chỉ có 20 dòng');
    await dialog.getByTestId('print-all').click();
    await poll(() => prints(page)).toEqual([Math.min(total, 500)]);
    // Back to the page the officer was reading.
    await poll(() => rows.count()).toBe(20);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByTestId('print-title').innerText()).toBe('HỘ GIA ĐÌNH');
      expect(await page.getByTestId('print-partial').innerText()).toContain(`20 trong số`);
      expect(await rows.first().isVisible()).toBe(true);
      expect(await page.locator('.ant-pagination').first().isVisible()).toBe(false);
      await shot(page, 'print-household-list');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('prints the area profile and shows its percentages the Vietnamese way (0,7%)', async () => {
    const { page } = s;
    await page.goto('/register/profile?commune=05128&year=2025');
    await page.getByTestId('profile-totals').waitFor();
    const text = await page.locator('.app-content').innerText();
    const percents = text.match(/\d+(?:[.,]\d+)?\s?%/g) ?? [];
    expect(percents.length).toBeGreaterThan(0);
    expect(percents.filter((p) => /\d\.\d/.test(p))).toEqual([]);
    expect(percents.some((p) => /^\d+,\d+%$/.test(p))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByTestId('print-title').innerText()).toContain('HỒ SƠ ĐỊA BÀN');
      expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
      // The profile itself prints: totals, charts and the table by ethnic group.
      expect(await page.getByTestId('profile-totals').isVisible()).toBe(true);
      expect(await page.getByTestId('profile-chart-pyramid').isVisible()).toBe(true);
      await shot(page, 'print-area-profile');
      await page.pdf({ path: path.join(SHOTS, 'print-area-profile.pdf'), format: 'A4', printBackground: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows every side menu label in full at 1366×768 with the menu groups open', async () => {
    const { page } = s;
    await page.goto('/reporting/entry');
    await page.locator('.ant-layout-sider .ant-menu-submenu-open').first().waitFor();
    const labels = page.locator('.ant-layout-sider .ant-menu-title-content');
    await poll(() => labels.count()).toBeGreaterThan(15);
    const cut = await labels.evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth || [...e.querySelectorAll('a')].some((a) => a.scrollWidth > a.clientWidth)).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    await shot(page, 'sidebar-desktop');
  });

  it('shows the guide on a phone', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    try {
      const page = await ctx.newPage();
      await login(page, 'xa.tanlac');
      await page.goto('/register/profile');
      await page.getByTestId('help-button').click();
      await poll(() => new URL(page.url()).hash).toBe('#profile');
      await poll(() => page.getByTestId('help-profile').getAttribute('class')).toContain('help-current');
      await view(page, 'help-guide-phone');
    } finally {
      await ctx.close();
    }
  });
});
