import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, settled, shot } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

/** The old Tân Lạc district, abolished on 1/7/2025. */
const OLD_TANLAC = '155';

/** The entry grid of the form broken down by ethnic group (55 rows per element). */
const ENTRY = '/reporting/entry?dataSet=TK_DAN_TOC_NAM&unit=05128&period=2025';

/** Scrolls the page so the grid's box starts under the app header, then turns the mouse wheel over the grid. */
async function scrollGrid(page: Page, table: Locator, by: number) {
  await table.locator('tbody tr').nth(3).waitFor();
  const box = table.locator('xpath=ancestor::div[contains(@class, "rp-scroll")][1]');
  await box.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
  const r = (await box.boundingBox())!;
  await page.mouse.move(r.x + Math.min(r.width / 2, 150), r.y + Math.min(r.height / 2, 200));
  for (let done = 0; done < by; done += 300) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
}

/** Whether the header row of the table is on screen and on top (not covered, not scrolled away). */
async function headerInView(table: Locator): Promise<string> {
  return table.evaluate((t) => {
    const head = t.querySelector('thead')!;
    const r = head.getBoundingClientRect();
    const first = t.querySelector('tbody tr')!.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) return `header off screen (${Math.round(r.top)}..${Math.round(r.bottom)})`;
    if (first.top >= r.bottom - 1) return 'grid not scrolled';
    const x = Math.min(r.left + 60, window.innerWidth - 5);
    const hit = document.elementFromPoint(x, r.top + r.height / 2);
    return hit && head.contains(hit) ? 'in view' : `covered by ${hit?.tagName}.${hit?.className}`;
  });
}

describe.skipIf(!e2eEnabled)('officers across the reform, in English and in long grids', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('tinh.phutho');

  it('shows a household as of 2024 at its old address, and lists the persons of that day where their household lived', async () => {
    const page = s.page;
    const h = (await fetchFromPage(page, '/api/households?commune=05128&pageSize=1')).body.items[0];
    const now = (await fetchFromPage(page, `/api/households/${h.id}`)).body;
    const then = (await fetchFromPage(page, `/api/households/${h.id}?date=2024-06-01`)).body;
    expect(then.commune.id).not.toBe(now.commune.id);
    await page.goto(`/households/${h.id}?date=2024-06-01`);
    const info = page.getByTestId('household-info');
    await poll(() => info.innerText()).toContain(then.commune.fullName);
    const text = (await info.innerText()).toLowerCase();
    // The address of that day names the old commune and village, not "xã Tân Lạc".
    expect(text).not.toContain(now.commune.fullName.toLowerCase());
    expect(text).toContain(then.village.name.toLowerCase());
    await shot(page, 'officers-household-2024-address-1366x768');

    // The persons list as of 31/12/2024 for the old district: the profile's count, each in the commune of that day.
    const profile = (await fetchFromPage(page, `/api/register/profile?commune=${OLD_TANLAC}&date=2024-12-31&year=2024`)).body;
    await page.goto('/persons');
    const picker = page.getByTestId('persons-as-of');
    await picker.click();
    await picker.fill('31/12/2024');
    await picker.press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('date')).toBe('2024-12-31');
    // The status filter (in a household now or not) does not apply to a day.
    await poll(() => page.getByTestId('filter-status').count()).toBe(0);
    await page.goto(`/persons?date=2024-12-31&commune=${OLD_TANLAC}`);
    const api = (await fetchFromPage(page, `/api/persons?date=2024-12-31&commune=${OLD_TANLAC}&pageSize=50`)).body;
    expect(api.total).toBe(profile.totals.persons);
    const table = page.getByTestId('person-table');
    await poll(() => table.locator('tbody tr.ant-table-row').first().innerText()).toContain(api.items[0].fullName);
    const shown = await table.innerText();
    expect(shown).toContain(api.items[0].commune.fullName);
    expect(shown).not.toContain('Xã Tân Lạc');
    expect(await page.getByTestId('commune-picker').innerText()).toContain('Tân Lạc');
    await shot(page, 'officers-persons-2024-1366x768');
  });

  it('finds the old Tân Lạc district in the area profile once 2024 is chosen', async () => {
    const page = s.page;
    await page.goto('/register/profile');
    const year = page.getByTestId('profile-year');
    // The page first shows the year of the day, then the latest classified year once the list of years
    // arrives: typing before that lands in a picker about to be reset.
    const years: number[] = (await fetchFromPage(page, '/api/register/poverty-years')).body.years;
    const opening = years.find((y) => y <= new Date().getFullYear()) ?? new Date().getFullYear();
    expect(opening).not.toBe(2024);
    await poll(() => year.inputValue()).toBe(String(opening));
    await year.click();
    await year.fill('2024');
    await year.press('Enter');
    // Choosing 2024 moves the day to 31/12/2024, so the units of that time are offered.
    await poll(() => new URL(page.url()).searchParams.get('date')).toBe('2024-12-31');
    const unit = page.getByTestId('profile-unit');
    await unit.click();
    await page.keyboard.type('Tân Lạc');
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: OLD_TANLAC });
    await poll(() => option.count()).toBeGreaterThan(0);
    expect(await option.first().innerText()).toContain('Huyện Tân Lạc');
    await option.first().click();
    await poll(() => page.getByTestId('profile-caption').innerText()).toContain(`Tân Lạc (${OLD_TANLAC})`);
    const api = (await fetchFromPage(page, `/api/register/profile?commune=${OLD_TANLAC}&date=2024-12-31&year=2024`)).body;
    expect(api.totals.households).toBeGreaterThan(100);
    await poll(() => page.getByTestId('profile-total-households').innerText()).toBe(new Intl.NumberFormat('vi-VN').format(api.totals.households));
    await settled(page);
    await shot(page, 'officers-profile-2024-district-1366x768');
    // Its persons number opens the persons list of that day, which counts the same persons.
    const href = (await page.getByTestId('profile-total-persons').getAttribute('href'))!;
    expect(href).toContain('date=2024-12-31');
    expect((await fetchFromPage(page, `/api${href}`)).body.total).toBe(api.totals.persons);
  });

  it('names unit types in English in the English interface', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    try {
      const page = await ctx.newPage();
      await login(page, 'tinh.phutho');
      expect((await fetchFromPage(page, '/api/auth/language', { method: 'PUT', body: { language: 'en' } })).status).toBe(200);
      try {
        await page.goto('/households');
        const table = page.getByTestId('household-table');
        await poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
        await poll(() => table.innerText()).toMatch(/ (Commune|Ward)\b/);
        const text = await table.innerText();
        expect(text).not.toMatch(/\b(Xã|Phường|Thị trấn|Thôn|Bản|Xóm|Tổ dân phố) /u);
        // The header names the officer's area the same way.
        await poll(() => page.locator('.app-header').innerText()).toContain('Phú Thọ Province (25)');
        await shot(page, 'officers-english-units-1366x768');
        await page.goto(`/register/profile?commune=${OLD_TANLAC}&date=2024-12-31&year=2024`);
        await poll(() => page.getByTestId('profile-unit').innerText()).toContain('Tân Lạc District');
        await page.goto('/persons');
        await poll(() => page.getByTestId('person-table').innerText()).toMatch(/ (Commune|Ward)\b/);
        expect(await page.getByTestId('person-table').innerText()).not.toMatch(/\b(Xã|Phường) /u);
      } finally {
        await fetchFromPage(page, '/api/auth/language', { method: 'PUT', body: { language: 'vi' } });
      }
    } finally {
      await ctx.close();
    }
  });

  it('keeps the header row of a 55-row entry grid in view while scrolling, on a desktop and on a phone', async () => {
    for (const viewport of [undefined, PHONE]) {
      const ctx = await newContext(s.e2e.browser, s.e2e.url, viewport);
      try {
        const page = await ctx.newPage();
        await login(page, 'xa.tanlac');
        await page.goto(ENTRY);
        const table = page.locator('table[data-layout="rows"]', { has: page.locator('[data-testid^="cell-DS_NHAN_KHAU-"]') }).first();
        await poll(() => table.locator('tbody tr[data-group]').count()).toBe(55);
        await scrollGrid(page, table, 1500);
        await poll(() => headerInView(table)).toBe('in view');
        // What the screen shows (a full-page picture would stretch the grid's box and lose its scroll).
        await page.screenshot({ path: path.join('e2e', 'screenshots', `officers-entry-sticky-header-${viewport ? '360' : '1366x768'}.png`) });
      } finally {
        await ctx.close();
      }
    }
  });
});
