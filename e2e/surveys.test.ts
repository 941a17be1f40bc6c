import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { nav, poll, startE2E, type E2E } from './setup.js';
import { pick } from './antd.js';
import { seedDemoSurveys } from '../src/modules/surveys/surveys.demo.js';

const TITLE = 'Khảo sát ứng dụng công nghệ thông tin của hộ gia đình vùng dân tộc thiểu số';

describe.skipIf(!e2eEnabled)('results of the survey of IT use (province officer)', { timeout: 240_000 }, () => {
  let e2e: E2E;
  let ctx: BrowserContext;
  let page: Page;
  let formId = 0;
  const db = () => e2e.server!.app.ctx.db;
  const rows = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db())).rows;

  beforeAll(async () => {
    e2e = await startE2E();
    await seedDemoSurveys(db());
    formId = (await rows(sql<{ id: number }>`SELECT id FROM survey_form WHERE xml_form_id = 'cntt_ho_gia_dinh'`))[0].id;
    ctx = await newContext(e2e.browser, e2e.url);
    page = await ctx.newPage();
    await login(page, 'tinh.phutho');
  }, 240_000);
  afterAll(async () => {
    await ctx?.close();
    await e2e?.close();
  });

  it('opens the survey: a chart per question and the map of locations', async () => {
    await nav(page, 'Khảo sát');
    await page.getByTestId('survey-forms').locator('tr', { hasText: TITLE }).getByRole('button', { name: 'Xem phiếu' }).click();
    const [all] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM survey_submission WHERE form_id = ${formId}`);
    await poll(() => page.getByTestId('survey-results-total').innerText()).toBe(`Số phiếu: ${all.n}`);
    await poll(() => page.getByTestId('survey-chart').count()).toBeGreaterThanOrEqual(12);
    const internetChart = page.getByTestId('survey-chart').filter({ hasText: 'Hộ có dùng Internet không?' });
    expect(await internetChart.innerText()).toContain(`Số phiếu trả lời: ${all.n}`);
    expect(await internetChart.locator('canvas').count()).toBe(1);
    const cost = page.getByTestId('survey-chart').filter({ hasText: 'Chi phí Internet' });
    expect(await cost.getByTestId('survey-stats').innerText()).toMatch(/Trung bình: [\d.,]+ · Trung vị: [\d.,]+/);
    await poll(() => page.getByTestId('survey-map').locator('canvas').count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'surveys-results-desktop');
  });

  it('filters by commune: the charts count that commune only', async () => {
    const [top] = await rows(
      sql<{ name: string; n: number }>`SELECT u.name, count(*)::int AS n FROM survey_submission s JOIN admin_unit u ON u.id = s.unit_id
        WHERE s.form_id = ${formId} GROUP BY u.name ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    // The list is virtual: type the name so that its option is drawn.
    await pick(page, page.getByTestId('survey-commune-filter'), top.name, top.name);
    await poll(() => page.getByTestId('survey-results-total').innerText()).toBe(`Số phiếu: ${top.n}`);
    await poll(() => page.getByTestId('survey-submissions').locator('tbody tr.ant-table-row').first().innerText()).toContain(top.name);
  });

  it('reviews a submission: approves it with a comment', async () => {
    await page.getByTestId('survey-submissions').locator('tbody tr.ant-table-row').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('survey-comment').fill('Đã kiểm tra với trưởng thôn');
    await drawer.getByTestId('survey-approve').click();
    await poll(() => drawer.innerText()).toContain('Đã kiểm tra với trưởng thôn');
    const [c] = await rows(
      sql<{ state: string; body: string }>`SELECT s.state, c.body FROM survey_comment c JOIN survey_submission s ON s.id = c.submission_id
        WHERE s.form_id = ${formId} ORDER BY c.id DESC LIMIT 1`,
    );
    expect(c).toEqual({ state: 'approved', body: 'Đã kiểm tra với trưởng thôn' });
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('exports the table by ethnic group to Excel with the same counts', async () => {
    await pick(page, page.getByTestId('survey-commune-filter'), 'Tất cả các xã', 'Tất cả');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('survey-cross-ethnic').click()]);
    expect(download.suggestedFilename()).toBe('cntt_ho_gia_dinh-ethnic.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as never);
    const ws = wb.worksheets[0];
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    const want = await rows(
      sql<{ name: string; n: number }>`SELECT e.name, count(*)::int AS n FROM survey_submission s JOIN ethnic_group e ON e.code = s.ethnic_code
        WHERE s.form_id = ${formId} AND s.data #>> '{internet,co_internet}' = 'co' GROUP BY 1`,
    );
    let checked = 0;
    ws.eachRow((r) => {
      if (r.getCell(1).value !== 'Hộ có dùng Internet không?' || r.getCell(2).value !== 'Có') return;
      for (const w of want) {
        expect(r.getCell(head.indexOf(w.name) + 1).value).toBe(w.n);
        checked++;
      }
    });
    expect(checked).toBe(want.length);
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('fits a 360 px phone', async () => {
    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'tinh.phutho');
    await nav(p, 'Khảo sát');
    await p.getByTestId('survey-forms').locator('tr', { hasText: TITLE }).getByRole('button', { name: 'Xem phiếu' }).click();
    await poll(() => p.getByTestId('survey-chart').count()).toBeGreaterThanOrEqual(12);
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await shot(p, 'surveys-results-phone');
    await phone.close();
  });
});
