import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

const FORM = 'TD_CHUONG_TRINH_QUY';
const UNIT = '05128';
/** The current quarter under the Decree 09 cut-off (15/09 – 14/12/2026): not yet due, so a submission now is on time. */
const PERIOD = '2026Q4';
const ENTRY = `/reporting/entry?dataSet=${FORM}&unit=${UNIT}&period=${PERIOD}`;

const cell = (page: Page, element: string) => page.locator(`[data-testid^="cell-${element}-"]`).first();
const focusedCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
/** The page itself never scrolls sideways (the grid scrolls inside its card). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function gridValues(page: Page): Promise<Record<string, string | null>> {
  const r = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${PERIOD}`);
  const codes = new Map<number, string>();
  for (const s of r.body.sections) for (const e of s.elements) codes.set(e.id, e.code);
  return Object.fromEntries(r.body.values.map((v: { dataElementId: number; value: string | null }) => [codes.get(v.dataElementId), v.value]));
}

describe.skipIf(!e2eEnabled)('periodic reporting in the browser', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('xa.tanlac');

  it('the commune officer enters the quarterly form with the keyboard, fails a rule, fixes it and submits', async () => {
    const { page } = s;
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-heading').innerText()).toContain('Chương trình mục tiêu quốc gia');
    expect(await page.getByTestId('report-status').innerText()).toBe('Đang nhập');
    expect(await page.getByTestId('pick-unit').locator('xpath=ancestor-or-self::*[contains(@class,"ant-select")][1]').innerText()).toContain('Tân Lạc');

    await cell(page, 'CT_VON_GIAO').click();
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    expect(await focusedCell(page)).toMatch(/^cell-CT_VON_GIAI_NGAN-/);
    await page.keyboard.type('150');
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toMatch(/^cell-CT_HO_HUONG_LOI-/);
    // An inline check: a decimal in an integer cell is marked and not sent.
    await page.keyboard.type('2,5');
    await page.keyboard.press('Tab');
    await poll(() => cell(page, 'CT_HO_HUONG_LOI').getAttribute('aria-invalid')).toBe('true');
    // The refused cell is counted, blocks submitting, and says why under it; Escape goes back to the saved (empty) value.
    await poll(() => page.getByTestId('save-state').innerText()).toBe('1 ô chưa lưu được');
    expect(await page.getByTestId('submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('cell-error').innerText()).toContain('Phải là số nguyên');
    await cell(page, 'CT_HO_HUONG_LOI').click();
    await page.keyboard.press('Escape');
    await poll(() => cell(page, 'CT_HO_HUONG_LOI').getAttribute('aria-invalid')).toBe('false');
    await cell(page, 'CT_CONG_TRINH_KHOI_CONG').click();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    await poll(() => gridValues(page)).toMatchObject({
      CT_VON_GIAO: '100',
      CT_VON_GIAI_NGAN: '150',
      CT_CONG_TRINH_KHOI_CONG: '3',
      CT_CONG_TRINH_HOAN_THANH: '1',
    });
    expect((await gridValues(page)).CT_HO_HUONG_LOI).toBeUndefined();

    await page.getByTestId('run-validation').click();
    await poll(() => page.getByTestId('violation-message').allInnerTexts()).toContain('Vốn giải ngân lớn hơn vốn được giao');
    expect(await page.getByTestId('violations').innerText()).toContain('Lỗi');
    await shot(page, 'reporting-entry-1366x768');

    // Fix: disbursed 80 ≤ allocated 100.
    await cell(page, 'CT_VON_GIAI_NGAN').click();
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await poll(() => gridValues(page)).toMatchObject({ CT_VON_GIAI_NGAN: '80' });
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    // A save typed while the network is down waits in the queue and goes through once it is back.
    await s.ctx.setOffline(true);
    await cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').click();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await poll(() => page.getByTestId('save-state').innerText()).toContain('Mất kết nối');
    await s.ctx.setOffline(false);
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    await poll(() => gridValues(page)).toMatchObject({ CT_CONG_TRINH_DANG_THI_CONG: '2' });
    // A save that reaches the server but whose answer is lost is sent again, and the server counts it once.
    const retried: { saved: number; duplicates: number }[] = [];
    let posts = 0;
    await page.route('**/api/data-entry/reports/**/values', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      if (posts++ === 0) return route.abort('failed');
      retried.push(await response.json());
      return route.fulfill({ response });
    });
    await cell(page, 'CT_CONG_TRINH_DANG_THI_CONG').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await poll(() => retried.length).toBeGreaterThan(0);
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    await page.unrouteAll();
    expect(retried[0]).toMatchObject({ saved: 0, duplicates: 1 });
    // The cell's comment box holds its history: each change once, newest first, with who made it.
    await page.locator('[data-testid^="comment-CT_CONG_TRINH_DANG_THI_CONG-"]').click();
    await page.getByTestId('comment-text').fill('Hai công trình khởi công quý trước');
    await page.getByTestId('comment-save').click();
    await poll(() => page.getByTestId('save-state').innerText()).toBe('Đã lưu');
    await page.locator('[data-testid^="comment-CT_CONG_TRINH_DANG_THI_CONG-"]').click();
    const history = page.getByTestId('value-history').locator('li');
    await poll(() => history.allInnerTexts()).toHaveLength(3);
    const lines = await history.allInnerTexts();
    expect(lines[0]).toContain('Sửa ghi chú');
    expect(lines[0]).toContain('“Hai công trình khởi công quý trước”');
    expect(lines[1]).toContain('2 → 4');
    expect(lines[2]).toContain('(trống) → 2');
    expect(lines[2]).toContain('Bùi Văn Hùng (UBND xã Tân Lạc)');
    await shot(page, 'reporting-value-history-1366x768');
    await page.locator('[data-testid^="comment-CT_CONG_TRINH_DANG_THI_CONG-"]').click();
    await page.getByTestId('value-history').waitFor({ state: 'hidden' });
    // The bad cell is cleared so the form is clean.
    await cell(page, 'CT_HO_HUONG_LOI').fill('');
    await cell(page, 'CT_HO_HUONG_LOI').press('Tab');
    await page.getByTestId('run-validation').click();
    await poll(() => page.getByTestId('violations').count()).toBe(0);

    await page.getByTestId('submit').click();
    // Submitting asks first and names what is still empty.
    await poll(() => page.getByTestId('submit-empty').innerText()).toContain('Số hộ được hưởng lợi');
    await page.getByTestId('submit-confirm-ok').click();
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã nộp');
    expect(await cell(page, 'CT_VON_GIAO').isDisabled()).toBe(true);
  });

  it('the entry grid is usable on a phone: the page does not scroll sideways', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã nộp');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'reporting-entry-360x740');
    await ctx.close();
  });

  it('the province officer approves; the data is locked and completeness shows the commune as reported on time', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã nộp');
    await page.getByTestId('approve').click();
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã duyệt');
    expect(await page.getByTestId('locked').innerText()).toContain('khóa');
    expect(await cell(page, 'CT_VON_GIAI_NGAN').inputValue()).toBe('80');

    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${PERIOD}`);
    await page.getByPlaceholder('Tìm đơn vị theo tên hoặc mã').fill('Tân Lạc');
    await poll(() => page.getByTestId(`timeliness-${UNIT}`).innerText()).toBe('Đúng hạn');
    expect(Number(await page.getByTestId('total-reported').locator('.ant-statistic-content-value').innerText())).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getByTestId('total-approved').locator('.ant-statistic-content-value').innerText())).toBe(1);
    expect(await page.getByTestId('chase').innerText()).not.toContain('Xã Tân Lạc');
    await shot(page, 'reporting-completeness-1366x768');

    await page.goto('/reporting/forms');
    await poll(() => page.getByTestId('list-data-sets').innerText()).toContain(FORM);
    await shot(page, 'reporting-forms-1366x768');
    await page.getByRole('tab', { name: 'Quy tắc kiểm tra' }).click();
    await poll(() => page.getByTestId('list-validation-rules').innerText()).toContain('#{CT_VON_GIAI_NGAN} <= #{CT_VON_GIAO}');
    await ctx.close();

    const phone = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const p2 = await phone.newPage();
    await login(p2, 'tinh.phutho');
    await p2.goto(`/reporting/completeness?dataSet=${FORM}&period=${PERIOD}`);
    await p2.getByPlaceholder('Tìm đơn vị theo tên hoặc mã').fill('05128');
    await poll(() => p2.getByTestId(`timeliness-${UNIT}`).innerText()).toBe('Đúng hạn');
    expect(await pageWidth(p2)).toBeLessThanOrEqual(PHONE.width);
    await shot(p2, 'reporting-completeness-360x740');
    await p2.goto('/reporting/forms');
    await poll(() => p2.getByTestId('list-data-sets').innerText()).toContain(FORM);
    expect(await pageWidth(p2)).toBeLessThanOrEqual(PHONE.width);
    await shot(p2, 'reporting-forms-360x740');
    await phone.close();
  });

  it("the home page shows the commune officer's register and the reports owed, and leads to them", async () => {
    const { page } = s;
    await page.goto('/');
    const card = page.getByTestId(`home-report-${FORM}`);
    await card.waitFor();
    const overview = (await fetchFromPage(page, '/api/overview')).body;
    const households = (await fetchFromPage(page, '/api/households?pageSize=1')).body.total as number;
    expect(households).toBeGreaterThan(0);
    await poll(() => page.getByTestId('home-households').innerText()).toContain(households.toLocaleString('vi-VN'));
    const report = overview.reports.find((r: { dataSet: { code: string } }) => r.dataSet.code === FORM);
    const statusText: Record<string, string> = { open: 'Đang nhập', submitted: 'Đã nộp', approved: 'Đã duyệt', returned: 'Bị trả lại' };
    expect(await card.innerText()).toContain(report.due.period.name);
    // A report nobody has saved anything into reads "Chưa nhập".
    const shown = report.due.unit.status === 'open' && !report.due.unit.started ? 'Chưa nhập' : statusText[report.due.unit.status];
    expect(await card.getByTestId('home-report-status').innerText()).toBe(shown);
    await shot(page, 'home-commune-1366x768');
    // The period open now is the one entered and approved above.
    expect(report.current.id).toBe(PERIOD);
    await card.getByRole('link', { name: report.current.name }).click();
    await poll(() => page.getByTestId('report-status').innerText()).toBe('Đã duyệt');
    expect(page.url()).toContain(`period=${PERIOD}`);

    const phone = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const p2 = await phone.newPage();
    await login(p2, 'xa.tanlac');
    await p2.getByTestId(`home-report-${FORM}`).waitFor();
    await poll(() => p2.getByTestId('home-persons').innerText()).not.toContain('…');
    expect(await pageWidth(p2)).toBeLessThanOrEqual(PHONE.width);
    await shot(p2, 'home-commune-360x740');
    await phone.close();
  });
});
