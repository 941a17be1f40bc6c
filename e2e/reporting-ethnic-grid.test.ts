import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, settled, shot } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

/** The starter form broken down by ethnic group (55 groups; persons by group and sex: 110 cells). */
const FORM = 'TK_DAN_TOC_NAM';
const UNIT = '05128';
const PERIOD = '2025';
const ENTRY = `/reporting/entry?dataSet=${FORM}&unit=${UNIT}&period=${PERIOD}`;
const ALL = Array.from({ length: 55 }, (_, i) => String(i + 1).padStart(2, '0'));

/** The rows table of an element: one row per ethnic group. */
const rowsTable = (page: Page, element: string) =>
  page.locator('table[data-layout="rows"]', { has: page.locator(`[data-testid^="cell-${element}-"]`) }).first();
const groupsOf = (table: Locator) => table.locator('tbody tr[data-group]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-group')!));
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Ethnic groups with persons in the commune's register at the period's end, by the register's own profile. */
async function presentInRegister(page: Page): Promise<string[]> {
  const r = await fetchFromPage(page, `/api/register/profile?commune=${UNIT}&date=${PERIOD}-12-31&year=${PERIOD}`);
  expect(r.status).toBe(200);
  return r.body.byEthnic
    .filter((g: { code: string | null; persons: number }) => g.code !== null && g.persons > 0)
    .map((g: { code: string }) => g.code)
    .sort();
}

/** The report's values on the server, by option combination id, for one element. */
async function serverValues(page: Page, element: string): Promise<Map<number, string | null>> {
  const r = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${PERIOD}`);
  const el = r.body.sections.flatMap((s: { elements: { id: number; code: string }[] }) => s.elements).find((e: { code: string }) => e.code === element);
  return new Map(
    r.body.values
      .filter((v: { dataElementId: number }) => v.dataElementId === el.id)
      .map((v: { categoryOptionComboId: number; value: string | null }) => [v.categoryOptionComboId, v.value]),
  );
}

describe.skipIf(!e2eEnabled)('ethnic-group breakdowns in the entry grid', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('xa.tanlac');

  it('lists the groups in the register first, then the others, each in code order: Mường right after Kinh, Tày, Thái', async () => {
    const { page } = s;
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-heading').innerText()).toContain('thống kê công tác dân tộc');
    const present = await presentInRegister(page);
    expect(present.length).toBeGreaterThan(1);
    expect(present).toContain('06');
    const expected = [...present, ...ALL.filter((c) => !present.includes(c))];
    for (const element of ['DS_NHAN_KHAU', 'DS_HO', 'NGHEO_HO']) {
      await poll(() => groupsOf(rowsTable(page, element))).toEqual(expected);
    }
    // Mường (06) follows the groups of the register coded before it, not "Người nước ngoài" (55).
    const order = await groupsOf(rowsTable(page, 'DS_HO'));
    expect(order.indexOf('06')).toBe(present.filter((c) => c < '06').length);
    expect(order.indexOf('06')).toBeLessThan(order.indexOf('55'));
    const table = rowsTable(page, 'DS_NHAN_KHAU');
    expect(await table.locator('tbody tr[data-group="06"] th').innerText()).toContain('Mường');
    // Persons by group and sex: one row per group, Nam and Nữ as its two cells.
    expect(await table.locator('thead').innerText()).toMatch(/Nam[\s\S]*Nữ/);
    expect(await table.locator('tbody tr[data-group="06"] input').count()).toBe(2);
    await settled(page);
    await shot(page, 'reporting-ethnic-grid-1366x768');
  });

  it('hides the groups with nobody in the register and no value, keeping a group that has a value', async () => {
    const { page } = s;
    await page.goto(ENTRY);
    const table = rowsTable(page, 'DS_HO');
    await poll(() => groupsOf(table)).toHaveLength(55);
    const present = await presentInRegister(page);
    const absent = ALL.filter((c) => !present.includes(c));
    // A value in an absent group's row (Người nước ngoài, 55) keeps that row.
    const foreign = table.locator('tbody tr[data-group="55"] input').first();
    await foreign.click();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    const coc = Number((await foreign.getAttribute('data-testid'))!.split('-').at(-1));
    await poll(async () => (await serverValues(page, 'DS_HO')).get(coc)).toBe('2');

    await page.getByTestId('hide-empty-groups').click();
    await poll(() => groupsOf(table)).toEqual([...present, '55']);
    expect(await page.getByTestId('hidden-groups').innerText()).toContain(String(absent.length - 1));
    await settled(page);
    await shot(page, 'reporting-ethnic-grid-hidden-1366x768');
    await page.getByTestId('hide-empty-groups').click();
    await poll(() => groupsOf(table)).toHaveLength(55);
  });

  it('keeps the label column in view, above the cells, when a table scrolls sideways', async () => {
    const { page } = s;
    await page.goto(ENTRY);
    const table = rowsTable(page, 'DS_NHAN_KHAU');
    await poll(() => groupsOf(table)).toHaveLength(55);
    // Cells as wide as a long breakdown's make the table wider than its card.
    await page.addStyleTag({ content: '.rp-grid td { min-width: 700px !important; }' });
    const scroller = table.locator('xpath=ancestor::div[contains(@class,"rp-scroll")][1]');
    await poll(() => scroller.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeGreaterThan(300);
    const label = table.locator('tbody tr[data-group="06"] th');
    const before = (await label.boundingBox())!;
    // A focused cell is raised above its neighbours: it must still pass under the label.
    await table.locator('tbody tr[data-group="06"] input').first().focus();
    await scroller.evaluate((d) => {
      d.scrollLeft = 200;
    });
    await poll(() => scroller.evaluate((d) => d.scrollLeft)).toBe(200);
    await label.evaluate((th) => th.scrollIntoView({ block: 'center', inline: 'nearest' }));
    await poll(() => scroller.evaluate((d) => d.scrollLeft)).toBe(200);
    const after = (await label.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(after.width).toBeGreaterThan(50);
    // What shows at the label's right edge is the label itself, not the cell scrolled under it.
    const onTop = await label.evaluate((th) => {
      const r = th.getBoundingClientRect();
      const hit = document.elementFromPoint(r.right - 4, r.top + r.height / 2);
      return hit && th.contains(hit) ? 'label' : (hit?.outerHTML.slice(0, 200) ?? 'nothing');
    });
    expect(onTop).toBe('label');
  });

  it('lays the breakdown out as rows on a 360 px phone, without sideways scrolling, and saves a value typed there', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto(ENTRY);
    const persons = rowsTable(page, 'DS_NHAN_KHAU');
    await poll(() => groupsOf(persons)).toHaveLength(55);
    // Each element has its own table: one row per group, at most Nam and Nữ beside the label.
    expect(await page.locator('table[data-layout="columns"] [data-testid^="cell-DS_HO-"]').count()).toBe(0);
    for (const element of ['DS_HO', 'NGHEO_HO', 'CAN_NGHEO_HO']) {
      await poll(() => groupsOf(rowsTable(page, element))).toHaveLength(55);
      expect(await rowsTable(page, element).locator('[data-testid^="cell-"]').count()).toBe(55);
    }
    expect(await persons.locator('tbody tr[data-group="06"] input').count()).toBe(2);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const overflow = await persons.locator('xpath=ancestor::div[contains(@class,"rp-scroll")][1]').evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // Typed in Mường's row (Nam), Enter goes down to the next group's Nam cell; the value reaches the server.
    const muong = persons.locator('tbody tr[data-group="06"] input').first();
    const next = persons.locator('tbody tr[data-group="06"] + tr input').first();
    await muong.click();
    await page.keyboard.type('123');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(await next.getAttribute('data-testid'));
    const coc = Number((await muong.getAttribute('data-testid'))!.split('-').at(-1));
    await poll(async () => (await serverValues(page, 'DS_NHAN_KHAU')).get(coc)).toBe('123');
    const combo = (await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${PERIOD}`)).body.sections
      .flatMap((x: { elements: { code: string; optionCombos: { id: number; code: string }[] }[] }) => x.elements)
      .find((e: { code: string }) => e.code === 'DS_NHAN_KHAU')
      .optionCombos.find((c: { id: number }) => c.id === coc);
    expect(combo.code).toBe('DT06_NAM');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await settled(page);
    await shot(page, 'reporting-ethnic-grid-360x740');
    // What the phone shows: the top of the persons table (the full page is 55 rows per element long).
    await persons.evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(path.dirname(await shot(page, 'reporting-ethnic-grid-360x740')), 'reporting-ethnic-grid-360x740-view.png') });
    await ctx.close();
  });
});
