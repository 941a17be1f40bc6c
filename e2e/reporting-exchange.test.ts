import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';
import { pick } from './antd.js';

/** The yearly form for 2025: no other browser test writes it. */
const FORM = 'TK_DAN_TOC_NAM';
const PERIOD = '2025';
const PROVINCE = '25';
const EL = 'DS_HO';

/** "1.234" (Vietnamese grouping) → 1234. */
const num = (s: string) => Number(s.trim().replace(/\./g, '').replace(',', '.'));
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function stored(page: Page, unit: string): Promise<Record<string, string | null>> {
  const r = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${unit}/${PERIOD}`);
  expect(r.status).toBe(200);
  const names = new Map<string, string>();
  for (const s of r.body.sections) for (const e of s.elements) for (const c of e.optionCombos) names.set(`${e.id}:${c.id}`, `${e.code}.${c.code ?? 'none'}`);
  return Object.fromEntries(
    r.body.values.map((v: { dataElementId: number; categoryOptionComboId: number; value: string | null }) => [
      names.get(`${v.dataElementId}:${v.categoryOptionComboId}`),
      v.value,
    ]),
  );
}

async function provinceTotal(page: Page): Promise<number | null> {
  const r = await fetchFromPage(page, `/api/reporting/aggregate?dataElements=${EL}&period=${PERIOD}&unit=${PROVINCE}&dataSet=${FORM}`);
  expect(r.status).toBe(200);
  return r.body.items[0].total;
}

describe.skipIf(!e2eEnabled)('DHIS2 exchange and the aggregate report in the browser', { timeout: 300_000, retry: 1 }, () => {
  const s = loggedInSession('tinh.phutho');
  let communes: string[] = [];
  let before = 0;
  const sent: Record<string, number> = {};

  const file = (values: { orgUnit: string; dataElement: string; categoryOptionCombo?: string; value: string }[]) => ({
    name: 'gia-tri-dhis2.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ dataSet: FORM, period: PERIOD, dataValues: values })),
  });

  it('imports a data value set: dry run saves nothing, an unknown element is a conflict, then the real import shows on the entry grid', async () => {
    const { page } = s;
    const units = await fetchFromPage(page, `/api/admin-units?date=2025-12-31&parent=${PROVINCE}&pageSize=500`);
    communes = units.body.items.filter((u: { level: string }) => u.level === 'commune').map((u: { code: string }) => u.code);
    communes = ['05128', communes.find((c) => c !== '05128')!];
    before = (await provinceTotal(page)) ?? 0;
    const good = [
      { orgUnit: communes[0], dataElement: EL, categoryOptionCombo: 'DT01', value: '120' },
      { orgUnit: communes[0], dataElement: EL, categoryOptionCombo: 'DT03', value: '45' },
      { orgUnit: communes[1], dataElement: EL, categoryOptionCombo: 'DT01', value: '80' },
      { orgUnit: communes[1], dataElement: 'DS_HO_TONG', value: '80' },
    ];
    for (const v of good.filter((x) => x.dataElement === EL)) sent[v.orgUnit] = (sent[v.orgUnit] ?? 0) + Number(v.value);
    const upload = page.getByTestId('dvs-upload').locator('input[type=file]');

    await page.goto('/reporting/exchange');
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu DHIS2' }).waitFor();
    expect(await page.getByTestId('dvs-dry-run').isChecked()).toBe(true);
    await upload.setInputFiles(file(good));
    await pick(page, page.getByTestId('dvs-scheme'), 'Mã');
    await page.getByTestId('dvs-run').click();
    await poll(() => page.getByTestId('import-status').innerText()).toContain('Chạy thử: không lưu gì');
    expect(await page.getByTestId('dry-run-tag').isVisible()).toBe(true);
    expect(num(await page.getByTestId('count-imported').locator('.ant-statistic-content-value').innerText())).toBe(4);
    expect(await stored(page, communes[0])).toEqual({});
    expect(await stored(page, communes[1])).toEqual({});

    // One unknown data element: a conflict row with the translated message, nothing saved (atomic).
    await upload.setInputFiles(file([...good, { orgUnit: communes[0], dataElement: 'KHONG_CO', value: '1' }]));
    await page.getByTestId('dvs-run').click();
    await poll(() => page.getByTestId('conflicts').innerText()).toContain('Không có chỉ tiêu "KHONG_CO"');
    expect(await page.getByTestId('conflicts').locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('conflicts').innerText()).toContain('dhis2_unknown_data_element');
    expect(await page.getByTestId('import-status').innerText()).toContain('Lỗi');
    expect(await page.getByTestId('dvs-real').count()).toBe(0);
    expect(await stored(page, communes[0])).toEqual({});

    // The good file: dry run, then for real.
    await upload.setInputFiles(file(good));
    await page.getByTestId('dvs-run').click();
    await poll(() => page.getByTestId('dry-run-tag').count()).toBe(1);
    await shot(page, 'reporting-exchange-1366x768');
    await page.getByTestId('dvs-real').click();
    await poll(() => page.getByTestId('import-status').innerText()).toContain('Nhập dữ liệu thành công');
    expect(await page.getByTestId('dry-run-tag').count()).toBe(0);
    expect(num(await page.getByTestId('count-imported').locator('.ant-statistic-content-value').innerText())).toBe(4);
    expect(await stored(page, communes[0])).toEqual({ 'DS_HO.DT01': '120', 'DS_HO.DT03': '45' });
    expect(await stored(page, communes[1])).toEqual({ 'DS_HO.DT01': '80', 'DS_HO_TONG.none': '80' });

    // The same values on the entry page's grid.
    const grid = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${communes[0]}/${PERIOD}`);
    const el = grid.body.sections.flatMap((x: any) => x.elements).find((e: any) => e.code === EL);
    const coc = (code: string) => el.optionCombos.find((c: any) => c.code === code).id;
    await page.goto(`/reporting/entry?dataSet=${FORM}&unit=${communes[0]}&period=${PERIOD}`);
    await page
      .getByTestId('report-status')
      .waitFor({ timeout: 60_000 })
      .catch(async (e) => {
        await shot(page, 'reporting-exchange-failed-entry');
        throw e;
      });
    await poll(() => page.getByTestId(`cell-${EL}-${coc('DT01')}`).inputValue()).toBe('120');
    expect(await page.getByTestId(`cell-${EL}-${coc('DT03')}`).inputValue()).toBe('45');
  });

  it('the exchange page fits a phone', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/reporting/exchange');
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu DHIS2' }).waitFor();
    await page.getByTestId('md-file').waitFor();
    // A file with a conflict, checked on the phone: the summary and the conflicts table fit.
    await page
      .getByTestId('dvs-upload')
      .locator('input[type=file]')
      .setInputFiles(file([{ orgUnit: communes[0], dataElement: 'KHONG_CO', value: '1' }]));
    await pick(page, page.getByTestId('dvs-scheme'), 'Mã');
    await page.getByTestId('dvs-run').click();
    await poll(() => page.getByTestId('conflicts').innerText()).toContain('KHONG_CO');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'reporting-exchange-360x740');
    await ctx.close();
  });

  it('the aggregate report shows the province total as the sum of the imported communes', async () => {
    const { page } = s;
    const after = await provinceTotal(page);
    const imported = Object.values(sent).reduce((a, b) => a + b, 0);
    expect(after).toBe(before + imported);
    // Both pages are in the side menu under the periodic-reporting group.
    await page.goto('/reporting/exchange');
    await page.locator('.ant-menu').getByRole('link', { name: 'Tổng hợp báo cáo', exact: true }).click();
    await page.getByRole('heading', { name: 'Tổng hợp báo cáo' }).waitFor();
    await page.goto(`/reporting/aggregate?dataSet=${FORM}&ptype=yearly&period=${PERIOD}&unit=${PROVINCE}&rows=units&el=${EL}&by=DAN_TOC`);
    await page.getByTestId('grand-total').waitFor({ timeout: 120_000 });
    expect(num(await page.getByTestId('grand-total').innerText())).toBe(after);
    for (const c of communes) {
      const r = await fetchFromPage(page, `/api/reporting/aggregate?dataElements=${EL}&period=${PERIOD}&unit=${c}&dataSet=${FORM}`);
      expect(num(await page.getByTestId(`total-${c}`).innerText())).toBe(r.body.items[0].total);
      expect(r.body.items[0].total).toBe(sent[c]);
    }
    // Ethnic groups are the columns.
    const head = await page.getByTestId('aggregate-table').locator('thead').innerText();
    expect(head).toContain('Tổng số');
    expect(await page.getByTestId('agg-split').isVisible()).toBe(true);
    await shot(page, 'reporting-aggregate-1366x768');
    // Only the units holding values: each row shown has a total.
    await page.getByTestId('agg-only-values').click();
    const totals = await page.getByTestId('aggregate-table').locator('tbody [data-testid^="total-"]').allInnerTexts();
    expect(totals.length).toBeGreaterThanOrEqual(communes.length);
    expect(totals.every((x) => Number.isFinite(num(x)))).toBe(true);
    expect(num(await page.getByTestId('grand-total').innerText())).toBe(after);

    // A quarter before the reform: the old units of that time are the rows (the old province's districts).
    const oldKids = await fetchFromPage(page, `/api/admin-units?date=2025-03-31&parent=${PROVINCE}&pageSize=500`);
    expect(oldKids.body.items.length).toBeGreaterThan(0);
    await page.goto(`/reporting/aggregate?dataSet=${FORM}&ptype=quarterly&period=2025Q1&unit=${PROVINCE}&rows=units&el=${EL}`);
    await page.getByTestId('before-reform').waitFor();
    await page.getByTestId('grand-total').waitFor({ timeout: 60_000 });
    for (const u of oldKids.body.items.slice(0, 3)) expect(await page.getByTestId(`row-${u.code}`).innerText()).toContain(u.name);
    expect(await page.getByTestId('agg-split').count()).toBe(0);
    await shot(page, 'reporting-aggregate-old-1366x768');

    // Rows by data element for one commune: the same total.
    await page.goto(`/reporting/aggregate?dataSet=${FORM}&ptype=yearly&period=${PERIOD}&unit=${communes[0]}&rows=elements&el=${EL},DS_HO_TONG&by=DAN_TOC`);
    await poll(() => page.getByTestId(`total-${EL}`).innerText()).toBe(String(sent[communes[0]]));

    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const p2 = await ctx.newPage();
    await login(p2, 'tinh.phutho');
    await p2.goto(`/reporting/aggregate?dataSet=${FORM}&ptype=yearly&period=${PERIOD}&unit=${PROVINCE}&rows=units&el=${EL}&by=DAN_TOC`);
    await p2.getByTestId('grand-total').waitFor({ timeout: 120_000 });
    expect(num(await p2.getByTestId('grand-total').innerText())).toBe(after);
    expect(await pageWidth(p2)).toBeLessThanOrEqual(PHONE.width);
    await shot(p2, 'reporting-aggregate-360x740');
    await ctx.close();
  });
});
