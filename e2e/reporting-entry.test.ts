import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { todayVN } from '../src/shared/dates.js';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

/** The quarterly programme form (Decree 09 cut-off), entered by the commune officer of Tân Lạc. */
const FORM = 'TD_CHUONG_TRINH_QUY';
const UNIT = '05128';

const cell = (page: Page, element: string) => page.locator(`[data-testid^="cell-${element}-"]`).first();
/** The box of a cell: its input and what is written under it. */
const box = (page: Page, element: string) => page.locator('.rp-cell', { has: cell(page, element) });
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const entry = (period: string) => `/reporting/entry?dataSet=${FORM}&unit=${UNIT}&period=${period}`;
const previousQuarter = (id: string) => {
  const [y, q] = id.split('Q').map(Number);
  return q! > 1 ? `${y}Q${q! - 1}` : `${y! - 1}Q4`;
};

/** The report's stored values by element code (first disaggregation). */
async function stored(page: Page, period: string): Promise<Record<string, string | null>> {
  const r = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${period}`);
  const codes = new Map<number, string>();
  if (!Array.isArray(r.body?.sections)) throw new Error(`report read answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  for (const s of r.body.sections) for (const e of s.elements) codes.set(e.id, e.code);
  const out: Record<string, string | null> = {};
  for (const v of r.body.values as { dataElementId: number; value: string | null }[]) out[codes.get(v.dataElementId)!] ??= v.value;
  return out;
}

/** Saves values of a period through the API, by element code (first disaggregation of each). */
async function save(page: Page, period: string, values: Record<string, string>) {
  const g = (await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${period}`)).body;
  const els = new Map<string, { id: number; optionCombos: { id: number }[] }>();
  for (const s of g.sections) for (const e of s.elements) els.set(e.code, e);
  const body = {
    values: Object.entries(values).map(([code, value]) => ({
      dataElementId: els.get(code)!.id,
      categoryOptionComboId: els.get(code)!.optionCombos[0]!.id,
      value,
    })),
  };
  const res = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${period}/values`, { method: 'POST', body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

describe.skipIf(!e2eEnabled)('entering a report as officers do', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('xa.tanlac');
  /** The period the entry page opens on by itself, worked out from the home page's figures. */
  let open = '';

  it('the commune officer lands on their unit and the open period, typing in the first empty cell, with last period beside each cell', async () => {
    const { page } = s;
    const report = (await fetchFromPage(page, '/api/overview')).body.reports.find((r: { dataSet: { code: string } }) => r.dataSet.code === FORM);
    const dueStill = todayVN() <= report.due.period.deadline && ['open', 'returned'].includes(report.due.unit.status);
    open = dueStill ? report.due.period.id : report.current.id;
    const prev = previousQuarter(open);
    await save(page, previousQuarter(prev), { CT_CONG_TRINH_KHOI_CONG: '4' });
    await save(page, prev, { CT_VON_GIAO: '800000', CT_CONG_TRINH_KHOI_CONG: '2' });
    await save(page, open, { CT_VON_GIAO: '1000000', CT_CONG_TRINH_KHOI_CONG: '30' });

    await page.goto(`/reporting/entry?dataSet=${FORM}`);
    await poll(() => page.url()).toContain(`unit=${UNIT}`);
    await poll(() => page.url()).toContain(`period=${open}`);
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đang nhập');
    // The first cell already holds a value: the focus is in the next one.
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    // Units as the Excel template has them; values grouped the Vietnamese way.
    expect(await page.getByTestId('unit-CT_VON_GIAO').innerText()).toContain('triệu đồng');
    expect(await page.getByTestId('unit-CT_HO_HUONG_LOI').innerText()).toContain('hộ');
    expect(await cell(page, 'CT_VON_GIAO').inputValue()).toBe('1.000.000');
    // Last period's value in small grey text; an outlier against the earlier periods is flagged.
    await poll(() => box(page, 'CT_VON_GIAO').getByTestId('cell-previous').innerText()).toBe('Kỳ trước: 800.000');
    expect(await box(page, 'CT_VON_GIAO').getByTestId('cell-outlier').count()).toBe(0);
    expect(await box(page, 'CT_CONG_TRINH_KHOI_CONG').getByTestId('cell-previous').innerText()).toBe('Kỳ trước: 2');
    await box(page, 'CT_CONG_TRINH_KHOI_CONG').getByTestId('cell-outlier').hover();
    await poll(() => page.locator('.ant-tooltip:visible').innerText()).toContain('Gấp hơn 3 lần trung bình của 2 kỳ trước có số liệu (3)');

    // Keys as in a spreadsheet.
    await cell(page, 'CT_VON_GIAI_NGAN').focus();
    await page.keyboard.press('Enter');
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_HO_HUONG_LOI-/);
    const firstGroup = await focusedCell(page);
    await page.keyboard.press('Tab');
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_HO_HUONG_LOI-/);
    expect(await focusedCell(page)).not.toBe(firstGroup);
    await page.keyboard.press('Shift+Tab');
    await poll(() => focusedCell(page)).toBe(firstGroup);
    await page.keyboard.press('Shift+Enter');
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    await page.keyboard.press('ArrowUp');
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_VON_GIAO-/);
    await page.keyboard.press('ArrowDown');
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    // Inside typed text the arrows move the caret; Escape goes back to the saved (empty) value.
    // One input event: typed key by key on a busy machine, the 800 ms auto-save could keep '1' before Escape.
    await page.keyboard.insertText('12');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    await page.keyboard.press('Escape');
    expect(await cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('');
    await shot(page, 'reporting-entry-open-1366x768');
  });

  it('takes numbers as Vietnamese write them, stores them plain and shows them grouped; English writes them the English way', async () => {
    const { page } = s;
    await page.goto(entry(open));
    await cell(page, 'CT_VON_GIAI_NGAN').click();
    await page.keyboard.type('1.500.000');
    await page.keyboard.press('Enter');
    await poll(() => stored(page, open)).toMatchObject({ CT_VON_GIAI_NGAN: '1500000' });
    expect(await cell(page, 'CT_VON_GIAI_NGAN').getAttribute('aria-invalid')).toBe('false');
    await poll(() => cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('1.500.000');
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    await page.reload();
    await poll(() => cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('1.500.000');
    // A dot never marks decimals in Vietnamese: "2.5" is refused and says how to write it.
    await cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').click();
    await page.keyboard.type('2.5');
    await page.keyboard.press('Tab');
    await poll(() => box(page, 'CT_CONG_TRINH_DANG_THI_CONG').getByTestId('cell-error').innerText()).toContain('Phải là số nguyên');
    await cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').click();
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('cell-error').count()).toBe(0);

    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    const en = await ctx.newPage();
    await login(en, 'tinh.phutho');
    expect((await fetchFromPage(en, '/api/auth/language', { method: 'PUT', body: { language: 'en' } })).status).toBe(200);
    try {
      await en.goto(entry(open));
      await poll(() => en.getByTestId('report-status').innerText()).toBe('Open');
      await poll(() => cell(en, 'CT_VON_GIAO').inputValue()).toBe('1,000,000');
      expect(await cell(en, 'CT_VON_GIAI_NGAN').inputValue()).toBe('1,500,000');
      await cell(en, 'CT_CONG_TRINH_DANG_THI_CONG').click();
      await en.keyboard.type('1,200');
      await en.keyboard.press('Tab');
      await poll(() => stored(en, open)).toMatchObject({ CT_CONG_TRINH_DANG_THI_CONG: '1200' });
      await poll(() => cell(en, 'CT_CONG_TRINH_DANG_THI_CONG').inputValue()).toBe('1,200');
      await poll(() => box(en, 'CT_VON_GIAO').getByTestId('cell-previous').innerText()).toBe('Last period: 800,000');
      await shot(en, 'reporting-entry-en-1366x768');
    } finally {
      await fetchFromPage(en, '/api/auth/language', { method: 'PUT', body: { language: 'vi' } });
      await ctx.close();
    }
    await page.reload();
    await poll(() => cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').inputValue()).toBe('1.200');
  });

  it('a value the server refuses stays on screen with its reason, is counted and blocks submission until it is put right', async () => {
    const { page } = s;
    await page.goto(entry(open));
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    // The province lowers a bound while the officer has the grid open: the grid still has the old one.
    const db = s.e2e.server!.app.ctx.db;
    await sql`UPDATE data_element SET max_value = 10 WHERE code = 'CT_CONG_TRINH_HOAN_THANH'`.execute(db);
    try {
      await cell(page, 'CT_CONG_TRINH_HOAN_THANH').click();
      await page.keyboard.type('50');
      await page.keyboard.press('Tab');
      await poll(() => cell(page, 'CT_CONG_TRINH_HOAN_THANH').getAttribute('aria-invalid')).toBe('true');
      // The reason is written under the cell, not only on hover.
      expect(await box(page, 'CT_CONG_TRINH_HOAN_THANH').getByTestId('cell-error').innerText()).toContain('10');
      // Another value saves fine afterwards: the badge still counts the refused one.
      await cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').fill('3');
      await page.keyboard.press('Tab');
      await poll(() => stored(page, open)).toMatchObject({ CT_CONG_TRINH_DANG_THI_CONG: '3' });
      await poll(() => page.getByTestId('save-state').innerText()).toBe('1 ô chưa lưu được');
      expect(await cell(page, 'CT_CONG_TRINH_HOAN_THANH').inputValue()).toBe('50');
      expect((await stored(page, open)).CT_CONG_TRINH_HOAN_THANH).toBeUndefined();
      expect(await page.getByTestId('cell-problems').innerText()).toContain('Số công trình hoàn thành');
      expect(await page.getByTestId('submit').isDisabled()).toBe(true);
      await shot(page, 'reporting-entry-refused-1366x768');
      // The list's link leads to the cell; a value within the bound is saved and the block lifts.
      await page.getByTestId('cell-problem-link').click();
      await poll(() => focusedCell(page)).toMatch(/^cell-CT_CONG_TRINH_HOAN_THANH-/);
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      await poll(() => stored(page, open)).toMatchObject({ CT_CONG_TRINH_HOAN_THANH: '5' });
      await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
      expect(await page.getByTestId('cell-problems').count()).toBe(0);
      expect(await page.getByTestId('submit').isDisabled()).toBe(false);
    } finally {
      await sql`UPDATE data_element SET max_value = NULL WHERE code = 'CT_CONG_TRINH_HOAN_THANH'`.execute(db);
    }
  });

  it('a broken rule reads as a sentence with grouped numbers and links to its cells; submitting asks, lists what is empty and then shows what the server holds', async () => {
    const { page } = s;
    await page.goto(entry(open));
    await poll(() => cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('1.500.000');
    // Disbursed 1.500.000 > allocated 1.000.000: submitting is refused with the rule worded.
    await page.getByTestId('submit').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Còn 2 chỉ tiêu chưa nhập');
    expect(await page.getByTestId('submit-empty').innerText()).toContain('Số hộ được hưởng lợi');
    expect(await page.getByTestId('submit-empty').innerText()).toContain('Số người được hưởng lợi');
    await shot(page, 'reporting-entry-submit-confirm-1366x768');
    await page.getByTestId('submit-confirm-ok').click();
    await poll(() => page.getByTestId('violation-message').allInnerTexts()).toContain('Vốn giải ngân lớn hơn vốn được giao');
    const text = await page.getByTestId('violations').innerText();
    expect(text).toContain('Vốn đã giải ngân lũy kế từ đầu năm (1.500.000) phải ≤ Vốn được giao trong năm (1.000.000)');
    expect(text).not.toContain('rule.');
    expect(text).not.toContain('1500000');
    expect(await page.getByTestId('report-status').innerText()).toBe('Đang nhập');
    await shot(page, 'reporting-entry-rule-1366x768');
    await page.getByTestId('violation-link').filter({ hasText: 'Vốn đã giải ngân' }).first().click();
    await poll(() => focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    await page.keyboard.type('900.000');
    await page.keyboard.press('Enter');
    await poll(() => stored(page, open)).toMatchObject({ CT_VON_GIAI_NGAN: '900000' });

    await page.getByTestId('submit').click();
    await page.getByTestId('submit-confirm').waitFor();
    await page.getByTestId('submit-confirm-ok').click();
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã nộp');
    // What the grid shows is what the server holds.
    const server = await stored(page, open);
    expect(server).toMatchObject({ CT_VON_GIAO: '1000000', CT_VON_GIAI_NGAN: '900000', CT_CONG_TRINH_HOAN_THANH: '5' });
    await poll(() => cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('900.000');
    expect(await cell(page, 'CT_CONG_TRINH_HOAN_THANH').inputValue()).toBe('5');
    expect(await cell(page, 'CT_CONG_TRINH_HOAN_THANH').isDisabled()).toBe(true);
  });

  it('on a phone the page does not scroll sideways and the grey lines fit', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto(entry(open));
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã nộp');
    await poll(() => box(page, 'CT_VON_GIAO').getByTestId('cell-previous').innerText()).toBe('Kỳ trước: 800.000');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'reporting-entry-prev-360x740');
    await ctx.close();
  });
});
