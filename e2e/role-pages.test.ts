import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { DESKTOP, e2eEnabled, login, newContext, PHONE, settled, shot } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';

/** The quarterly form every commune of Phú Thọ reports on. */
const FORM = 'TD_CHUONG_TRINH_QUY';
const UNIT = '05128';
const RETURN_COMMENT = 'Thiếu số hộ hưởng lợi, đề nghị bổ sung và nộp lại';

const reportPath = (form: string, unit: string, period: string) => `/api/data-entry/reports/${form}/${unit}/${period}`;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

async function ok(page: Page, path: string, init: { method?: string; body?: unknown } = {}) {
  const r = await fetchFromPage(page, path, init);
  if (r.status !== 200) throw new Error(`${init.method ?? 'GET'} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Saves values by data element code (the first option combination of each) into a report. */
async function enter(page: Page, form: string, unit: string, period: string, values: Record<string, string>) {
  const grid = await ok(page, reportPath(form, unit, period));
  const byCode = new Map<string, { id: number; optionCombos: { id: number }[] }>();
  for (const s of grid.sections) for (const e of s.elements) byCode.set(e.code, e);
  const rows = Object.entries(values).map(([code, value]) => {
    const e = byCode.get(code);
    if (!e) throw new Error(`no element ${code} in ${form}`);
    return { dataElementId: e.id, categoryOptionComboId: e.optionCombos[0]!.id, value };
  });
  await ok(page, `${reportPath(form, unit, period)}/values`, { method: 'POST', body: { values: rows } });
}

/** The report's period of a form that ended last (what the home page and the totals page open on). */
async function lastEnded(page: Page, form: string): Promise<{ id: string; deadline: string; date: string }> {
  const o = await ok(page, '/api/overview');
  const r = o.reports.find((x: { dataSet: { code: string } }) => x.dataSet.code === form);
  return { id: r.due.period.id, deadline: r.due.period.deadline, date: o.date };
}

describe.skipIf(!e2eEnabled)('pages for each role', { timeout: 300_000, retry: 1 }, () => {
  let e2e: E2E;
  const pages = new Map<string, Page>();
  const contexts: BrowserContext[] = [];
  /** A logged-in page of a user at a screen size (one per pair, kept for the file). */
  async function as(user: string, viewport = DESKTOP): Promise<Page> {
    const key = `${user}@${viewport.width}`;
    const known = pages.get(key);
    if (known) return known;
    const ctx = await newContext(e2e.browser, e2e.url, viewport);
    contexts.push(ctx);
    const page = await ctx.newPage();
    await login(page, user);
    pages.set(key, page);
    return page;
  }

  let period: { id: string; deadline: string; date: string };
  let submitted: string;
  let started: string;
  let untouched: string;

  beforeAll(async () => {
    e2e = await startE2E();
    const tinh = await as('tinh.phutho');
    period = await lastEnded(tinh, FORM);
    const c = await ok(tinh, `/api/data-entry/completeness?dataSet=${FORM}&period=${period.id}`);
    const others = c.items.map((i: { unit: { code: string } }) => i.unit.code).filter((code: string) => code !== UNIT);
    [submitted, started, untouched] = others;
    // Tân Lạc submits and the province returns it with a comment; another commune submits; a third saves a value only.
    await enter(tinh, FORM, UNIT, period.id, { CT_VON_GIAO: '100' });
    await ok(tinh, `${reportPath(FORM, UNIT, period.id)}/submit`, { method: 'POST', body: {} });
    await ok(tinh, `${reportPath(FORM, UNIT, period.id)}/return`, { method: 'POST', body: { comment: RETURN_COMMENT } });
    await enter(tinh, FORM, submitted, period.id, { CT_VON_GIAO: '80' });
    await ok(tinh, `${reportPath(FORM, submitted, period.id)}/submit`, { method: 'POST', body: {} });
    await enter(tinh, FORM, started, period.id, { CT_VON_GIAO: '50' });
  });
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => undefined);
    await e2e?.close();
  });

  it('completeness says "Chưa nhập" for the units that never opened the form', async () => {
    const page = await as('tinh.phutho');
    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${period.id}`);
    await page.getByTestId('find-unit').locator('input').fill(untouched);
    await poll(() => page.getByTestId(`status-${untouched}`).innerText()).toBe('Chưa nhập');
    await page.getByTestId('find-unit').locator('input').fill(started);
    await poll(() => page.getByTestId(`status-${started}`).innerText()).toBe('Đang nhập');
    await page.getByTestId('find-unit').locator('input').fill(submitted);
    await poll(() => page.getByTestId(`status-${submitted}`).innerText()).toBe('Đã nộp');
    await page.getByTestId('find-unit').locator('input').fill('');
  });

  it('the chase list holds only the returned and overdue units, with whom to call, days overdue and a message to copy', async () => {
    const page = await as('tinh.phutho');
    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${period.id}`);
    const chase = page.getByTestId('chase');
    // Returned first: Tân Lạc, with the province's comment and the commune officer to call.
    const first = chase.locator('.ant-list-item').first();
    await poll(() => first.getAttribute('data-testid')).toBe(`chase-${UNIT}`);
    expect(await first.innerText()).toContain(RETURN_COMMENT);
    expect(await first.getByTestId('chase-officers').innerText()).toContain('(xa.tanlac)');
    const overdue = daysBetween(period.deadline, period.date);
    expect(overdue).toBeGreaterThan(0);
    expect(await first.getByTestId('days-overdue').innerText()).toBe(`Quá hạn ${overdue} ngày`);
    expect(await first.getByTestId('chase-message').innerText()).toContain('Kính gửi Xã Tân Lạc');
    const c = await ok(page, `/api/data-entry/completeness?dataSet=${FORM}&period=${period.id}`);
    expect(c.chase.length).toBe(c.items.length - 1);
    expect(c.chase.some((i: { unit: { code: string } }) => i.unit.code === submitted)).toBe(false);
    await expect(chase.getByTestId(`chase-${submitted}`).count()).resolves.toBe(0);
    await settled(page);
    await shot(page, 'role-completeness-province-1366x768');
    const phone = await as('tinh.phutho', PHONE);
    await phone.goto(`/reporting/completeness?dataSet=${FORM}&period=${period.id}`);
    await poll(() => phone.getByTestId('chase').locator('.ant-list-item').first().getAttribute('data-testid')).toBe(`chase-${UNIT}`);
    await settled(phone);
    await shot(phone, 'role-completeness-province-360x740');

    // The period open now is not yet due: nobody to chase, though no unit has reported.
    const now = (await ok(page, '/api/overview')).reports.find((x: { dataSet: { code: string } }) => x.dataSet.code === FORM).current.id;
    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${now}`);
    await poll(() => chase.innerText()).toContain('Chưa đến hạn nộp');
    expect(await chase.locator('.ant-list-item').count()).toBe(0);
    expect(await page.getByTestId('completeness-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
  });

  it('the totals page opens on the first form, its last ended period and the units below, chart first, columns that sort', async () => {
    const page = await as('tinh.phutho');
    const sets = await ok(page, '/api/reporting/data-sets?active=true&pageSize=200');
    const form = sets.items[0];
    const element = form.sections[0].dataElements[0];
    const due = await lastEnded(page, form.code);
    const c = await ok(page, `/api/data-entry/completeness?dataSet=${form.code}&period=${due.id}`);
    const communes = c.items
      .filter((i: { status: string }) => i.status === 'open')
      .slice(0, 3)
      .map((i: { unit: { code: string } }) => i.unit.code);
    for (const [k, code] of communes.entries()) await enter(page, form.code, code, due.id, { [element]: String([120, 45, 300][k]) });

    await page.goto('/reporting/aggregate');
    await poll(() => new URL(page.url()).searchParams.get('period')).toBe(due.id);
    const url = new URL(page.url()).searchParams;
    expect([url.get('dataSet'), url.get('el')]).toEqual([form.code, element]);
    const chart = page.getByTestId('agg-chart');
    await chart.locator('canvas').first().waitFor();
    const table = page.getByTestId('aggregate-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    // The chart comes before the table.
    expect((await chart.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
    // The split rule of the 2025 reorganisation is explained under the choice.
    expect(await page.getByTestId('agg-split-hint').innerText()).toContain('xã cũ bị chia');
    await page.getByTestId('agg-split').getByText('Chia đều theo phần').click();
    await poll(() => page.getByTestId('agg-split-hint').innerText()).toContain('chia đều');

    // Totals sort, largest first, by a click on the column's head.
    await page.getByTestId('agg-only-values').click();
    await table.locator('thead th', { hasText: 'Tổng số' }).click();
    const totals = async () =>
      (await table.locator('tbody [data-testid^="total-"]').allInnerTexts()).map((x) => Number(x.replace(/\./g, '').replace(',', '.')));
    const sorted = (xs: number[], dir: 1 | -1) => [...xs].sort((a, b) => (a - b) * dir);
    await poll(async () => {
      const xs = await totals();
      return xs.length >= 3 && xs.join() === sorted(xs, -1).join();
    }).toBe(true);
    expect((await totals()).slice(0, 1)).toEqual([300]);
    await table.locator('thead th', { hasText: 'Tổng số' }).click();
    await poll(async () => {
      const xs = await totals();
      return xs.length >= 3 && xs.join() === sorted(xs, 1).join();
    }).toBe(true);
    await settled(page);
    await shot(page, 'role-aggregate-province-1366x768');
    const phone = await as('tinh.phutho', PHONE);
    await phone.goto('/reporting/aggregate');
    await phone.getByTestId('agg-chart').locator('canvas').first().waitFor();
    await settled(phone);
    await shot(phone, 'role-aggregate-province-360x740');
  });

  it('the classifications page says no list is in force today and shows the latest', async () => {
    for (const [viewport, name] of [
      [DESKTOP, '1366x768'],
      [PHONE, '360x740'],
    ] as const) {
      const page = await as('tinh.phutho', viewport);
      await page.goto('/classifications');
      const note = page.getByTestId('no-list-in-force');
      await poll(() => note.innerText()).toContain('không có danh sách phân loại nào đang có hiệu lực');
      expect(await note.innerText()).toContain('Danh sách gần nhất');
      await page.getByTestId('classification-asof').locator('tbody tr.ant-table-row').first().waitFor();
      await settled(page);
      await shot(page, `role-classifications-province-${name}`);
    }
  });

  it('every quick link on a leader’s home page opens a page the leader can use', async () => {
    const page = await as('lanhdao');
    await page.goto('/');
    const links = page.locator('[data-testid^="quick-"]');
    await links.first().waitFor();
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets).not.toContain('/reporting/entry');
    expect(targets.length).toBeGreaterThan(5);
    const refused: string[] = [];
    const onResponse = (r: Response) => {
      if (r.status() === 403) refused.push(`${r.request().method()} ${r.url()}`);
    };
    page.on('response', onResponse);
    try {
      for (const to of targets) {
        await page.goto(to);
        await page.locator('.page-title h1, .ant-result').first().waitFor();
        await settled(page);
        expect(await page.locator('.ant-result-403').count(), to).toBe(0);
        expect(await page.locator('.app-content').innerText(), to).not.toContain('không có quyền');
      }
    } finally {
      page.off('response', onResponse);
    }
    expect(refused).toEqual([]);
  });

  it('the commune officer’s home page shows the province’s return comment', async () => {
    for (const [viewport, name] of [
      [DESKTOP, '1366x768'],
      [PHONE, '360x740'],
    ] as const) {
      const page = await as('xa.tanlac', viewport);
      await page.goto('/');
      const card = page.getByTestId(`home-report-${FORM}`);
      await poll(() => card.getByTestId('home-return-comment').innerText()).toContain(RETURN_COMMENT);
      expect(await card.getByTestId('home-report-status').innerText()).toBe('Bị trả lại');
      await settled(page);
      await shot(page, `role-home-commune-${name}`);
    }
  });

  it('the commune officer has no DHIS2 page and the server refuses the DHIS2 exchange', async () => {
    const page = await as('xa.tanlac');
    await page.goto('/');
    await page.locator('.ant-menu-root').getByText('Báo cáo định kỳ').click();
    await poll(() => page.locator('.ant-menu-root').innerText()).toContain('Tình hình nộp');
    expect(await page.locator('.ant-menu-root').innerText()).not.toContain('DHIS2');
    await page.goto('/reporting/exchange');
    await page.locator('.ant-result-403').waitFor();
    const q = `idScheme=CODE&dataSet=${FORM}&period=${period.id}&orgUnit=${UNIT}`;
    expect((await fetchFromPage(page, `/api/dataValueSets?${q}`)).status).toBe(403);
    expect((await fetchFromPage(page, `/api/dataValueSets.csv?${q}`)).status).toBe(403);
    const post = await fetchFromPage(page, '/api/dataValueSets?idScheme=CODE', {
      method: 'POST',
      body: { dataSet: FORM, period: period.id, orgUnit: UNIT, dataValues: [{ dataElement: 'CT_VON_GIAO', value: '1' }] },
    });
    expect(post.status).toBe(403);
    // The province officer keeps the page.
    const tinh = await as('tinh.phutho');
    await tinh.goto('/');
    await tinh.locator('.ant-menu-root').getByText('Báo cáo định kỳ').click();
    await poll(() => tinh.locator('.ant-menu-root').innerText()).toContain('DHIS2');
  });

  it('home pages of every role at both sizes', async () => {
    for (const user of ['admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao'])
      for (const [viewport, name] of [
        [DESKTOP, '1366x768'],
        [PHONE, '360x740'],
      ] as const) {
        const page = await as(user, viewport);
        await page.goto('/');
        await page.locator('[data-testid^="quick-"]').first().waitFor();
        await settled(page);
        await shot(page, `role-home-${user}-${name}`);
      }
  });
});
