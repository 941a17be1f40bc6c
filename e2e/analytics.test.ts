import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, settled, shot } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';

/** A number as the Vietnamese interface writes it (thousands with '.', decimals with ','). */
const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

describe.skipIf(!e2eEnabled)('analytics and dashboards', { timeout: 400_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('builds a pivot, exports XLSX, saves it, adds it to a dashboard, filters the dashboard, opens the map and drills down', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');

    // A new dashboard of one's own.
    await page.goto('/dashboards');
    await page.getByTestId('dash-create').click();
    await page.getByTestId('dash-new-name').fill('Theo dõi hộ nghèo');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/dashboards') && r.request().method() === 'POST');
    await page.locator('#dash-create-ok').click();
    expect((await created).status()).toBe(201);
    await poll(() => page.getByTestId('dash-name').innerText()).toContain('Theo dõi hộ nghèo');
    const dashboardId = Number(new URL(page.url()).searchParams.get('id'));
    expect(dashboardId).toBeGreaterThan(0);

    // The pivot: poverty rate of the communes of Phú Thọ over the last 5 years.
    await page.goto('/analytics');
    await page.getByTestId('analytics-unit').fill('25');
    await page.getByTestId('analytics-run').click();
    const table = page.getByTestId('analytics-table');
    await table.waitFor();
    const body = {
      data: ['ind:TY_LE_HO_NGHEO'],
      periods: ['LAST_5_YEARS'],
      unit: '25',
      unitLevel: 'children',
      rows: ['unit'],
      columns: ['period'],
      totals: true,
    };
    const api = (await fetchFromPage(page, '/api/analytics/query', { method: 'POST', body })).body;
    expect(api.rows.length).toBeGreaterThan(10);

    // XLSX: the cells are the answer's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analytics-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe(api.columns[0].labels.join(' / '));
    expect(sheet.getRow(2).getCell(1).value).toBe(api.rows[0].labels[0]);
    for (const [j, v] of (api.values[0] as (number | null)[]).entries()) expect(sheet.getRow(2).getCell(j + 2).value ?? null).toBe(v);
    expect(sheet.rowCount).toBe(api.rows.length + 1);

    // Save it, then add it to the dashboard.
    await page.getByTestId('analytics-name').fill('Tỷ lệ hộ nghèo các xã');
    await page.getByTestId('analytics-save').click();
    await page.getByTestId('add-to-dashboard').click();
    await page.getByTestId('add-to-dashboard-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Theo dõi hộ nghèo' }).click();
    await poll(() => page.locator('.ant-message').innerText()).toContain('Đã thêm vào bảng');

    // The dashboard shows it; the filter replaces the periods; the numbers are the query API's.
    await page.goto(`/dashboards?id=${dashboardId}`);
    const item = page.locator('[data-testid^="dash-item-"]').first();
    await item.getByTestId('analytics-table').waitFor();
    await poll(() => item.innerText()).toContain(api.columns[0].labels[0]);
    await page.getByTestId('dash-filter-periods').click();
    await page.keyboard.type('2024');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('dash-filter-apply').click();
    await page.waitForURL(/periods=2024/);
    await poll(() => page.getByTestId('dash-filter-on').innerText()).toContain('2024');
    const filtered = (await fetchFromPage(page, '/api/analytics/query', { method: 'POST', body: { ...body, periods: ['2024'] } })).body;
    const itemId = (await item.getAttribute('data-testid'))!.replace('dash-item-', '');
    const viaDashboard = (await fetchFromPage(page, `/api/dashboards/${dashboardId}/items/${itemId}/data`, { method: 'POST', body: { periods: ['2024'] } }))
      .body;
    expect(viaDashboard.answer.values).toEqual(filtered.values);
    expect(filtered.columns.map((c: any) => c.keys[0])).toEqual(['2024', '']);
    // On screen: the 2024 column only, with the first commune's value.
    await poll(async () => (await item.locator('thead th').allInnerTexts()).filter((x) => x.trim()).join('|')).toBe(
      `${filtered.columns[0].labels.join(' / ')}|Tổng`,
    );
    const first = filtered.values[0][0];
    const firstRow = await item.locator('tbody tr.ant-table-row').nth(0).innerText();
    expect(firstRow).toContain(filtered.rows[0].labels[0]);
    if (first !== null) expect(firstRow).toContain(vi(first));
    await settled(page);
    await shot(page, 'dashboard-filtered-1366x768');

    // The default dashboard's map opens on the maps page; drill down from the country into Phú Thọ's communes.
    await page.goto('/dashboards');
    await page.getByTestId('dash-open-map-map').click();
    await page.waitForURL(/\/maps\?.*path=25/);
    await poll(() => page.getByTestId('map-ranking').innerText()).toContain('Tân Lạc');
    await page.goto('/maps?measure=povertyRate');
    await poll(() => page.getByTestId('map-ranking').innerText()).toContain('Phú Thọ');
    await page.getByTestId('map-ranking').getByText('Tỉnh Phú Thọ').click();
    await page.waitForURL(/path=25/);
    await poll(() => page.getByTestId('map-ranking').innerText()).toContain('Tân Lạc');
    await ctx.close();
  });

  it('the leader sees the default province dashboard first, fully drawn, on a desktop and on a phone', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'dashboard-leader-1366x768'],
      [PHONE, 'dashboard-leader-360x740'],
    ] as const) {
      const ctx = await newContext(e2e.browser, e2e.url, viewport);
      const page = await ctx.newPage();
      await login(page, 'lanhdao');
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname);
      });
      await page.goto('/dashboards');
      await poll(() => page.getByTestId('dash-name').innerText()).toContain('Bảng điều khiển lãnh đạo');
      await page.locator('[data-testid="dashboard"][data-drawn="1"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-item-ready]').count()).toBe(8);
      // Opened directly, the page's data came in one request asked alongside the session check, not item by item.
      expect(asked.filter((a) => a === '/api/dashboards/open')).toHaveLength(1);
      expect(asked.filter((a) => a.includes('/items/'))).toEqual([]);
      expect(await page.getByTestId('dash-completeness').innerText()).toMatch(/đơn vị đã nộp/);
      expect(await page.getByTestId('dash-headline').innerText()).toContain('Dân số');
      // The population item's bars are the register's: its first bar is the largest group of the query API's answer.
      const population = (await fetchFromPage(page, '/api/dashboards')).body.items[0];
      const data = (await fetchFromPage(page, `/api/dashboards/${population.id}/items/population/data`, { method: 'POST', body: {} })).body;
      expect(data.answer.rows.length).toBeGreaterThan(1);
      expect(await page.getByTestId('dash-edit').count()).toBe(0);
      if (viewport === PHONE) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // One column: every item as wide as the first.
        const widths = await page.locator('.dash-item').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
        expect(new Set(widths).size).toBe(1);
      }
      await settled(page);
      await shot(page, name);
      await ctx.close();
    }
  });
});
