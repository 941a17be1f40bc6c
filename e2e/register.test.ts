import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../src/server/paths.js';
import { e2eEnabled, login, newContext, PHONE, shot, settled } from './browser.js';
import { fetchFromPage, nav, poll, startE2E, type E2E } from './setup.js';
import { openFromMenu, pick } from './antd.js';

/** Unique per run, so the tests also pass against a long-running server (E2E_BASE_URL). */
const RUN = Date.now().toString(36).slice(-5);
const CODE = `E2E-${RUN}`;
const HEAD = `Hà Văn Thử ${RUN}`;
const WIFE = `Bùi Thị Mẫu ${RUN}`;
const serial = () => String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
/** Phú Thọ (25), male born 1980 / female born 1985. */
const HEAD_CCCD = `025080${serial()}`;
const WIFE_CCCD = `025185${serial()}`;

/** The visible screen (dialogs, phones) once animations have settled, in e2e/screenshots/. */
async function view(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `${name}.png`) });
}

describe.skipIf(!e2eEnabled)('the household register in the browser (commune officer xa.tanlac)', { timeout: 120_000, retry: 1 }, () => {
  let e2e: E2E;
  let ctx: BrowserContext;
  let page: Page;
  let householdId = 0;

  beforeAll(async () => {
    e2e = await startE2E();
    ctx = await newContext(e2e.browser, e2e.url);
    page = await ctx.newPage();
    await login(page, 'xa.tanlac');
  });
  afterAll(async () => {
    await ctx?.close();
    await e2e?.close();
  });

  it('lists the households of Xã Tân Lạc, marked as synthetic data', async () => {
    await nav(page, 'Hộ gia đình');
    const table = page.getByTestId('household-table');
    await poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(50);
    expect(await page.getByTestId('synthetic-tag').first().innerText()).toBe('Dữ liệu mô phỏng');
    const total = Number((await page.getByTestId('household-total').innerText()).split('/ ')[1]);
    expect(total).toBeGreaterThan(100);
    // Every row is of the officer's commune.
    expect(await table.locator('tbody tr.ant-table-row a[data-testid="household-link"]').first().innerText()).toMatch(/^05128-/);
    await shot(page, 'register-list-1366x768');
  });

  it('adds a household with two members, checking the CCCD as it is typed and showing the server refusal on the member field', async () => {
    await page.getByTestId('household-create').click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.locator('.ant-modal-title').innerText()).toBe('Thêm hộ gia đình');
    // The officer's commune is filled in.
    await poll(() => dialog.getByTestId('form-commune').innerText()).toContain('Xã Tân Lạc');
    await dialog.locator('#code').fill(CODE);
    const from = dialog.locator('#validFrom');
    await from.click();
    await from.fill('01/08/2025');
    await from.press('Enter');

    await dialog.locator('#members_0_fullName').fill(HEAD);
    await pick(page, dialog.locator('#members_0_sex'), 'Nam');
    await pick(page, dialog.locator('#members_0_ethnicCode'), 'Mường (06)', 'Mường');
    await dialog.locator('#members_0_birthYear').fill('1980');
    // A CCCD of someone born in 1981: refused before anything is sent.
    const cccd0 = dialog.locator('#members_0_cccd');
    await cccd0.fill(`025081${serial()}`);
    const err0 = dialog.getByTestId('member-0').locator('.ant-form-item-explain-error');
    await poll(() => err0.first().innerText()).toBe('Số CCCD ứng với năm sinh 1981, khác năm sinh 1980');
    await cccd0.fill('12345');
    await poll(() => err0.first().innerText()).toBe('Số CCCD gồm đúng 12 chữ số');
    await cccd0.fill(HEAD_CCCD);
    await poll(() => err0.count()).toBe(0);

    // Second member: a brother with the head's CCCD passes the format check; the server refuses it on his field.
    await dialog.getByTestId('member-add').click();
    await dialog.locator('#members_1_fullName').fill(WIFE);
    await pick(page, dialog.locator('#members_1_relationship'), 'Anh, chị, em');
    await pick(page, dialog.locator('#members_1_sex'), 'Nam');
    await pick(page, dialog.locator('#members_1_ethnicCode'), 'Mường (06)', 'Mường');
    await dialog.locator('#members_1_birthYear').fill('1980');
    await dialog.locator('#members_1_cccd').fill(HEAD_CCCD);
    await view(page, 'register-form-1366x768');
    await dialog.getByTestId('household-save').click();
    const err1 = dialog.getByTestId('member-1').locator('.ant-form-item-explain-error');
    await poll(() => err1.first().innerText()).toBe(`Số CCCD ${HEAD_CCCD} đã có trong sổ`);

    // Make her the wife, as she is.
    await pick(page, dialog.locator('#members_1_relationship'), 'Vợ');
    await pick(page, dialog.locator('#members_1_sex'), 'Nữ');
    await dialog.locator('#members_1_birthYear').fill('1985');
    await dialog.locator('#members_1_cccd').fill(WIFE_CCCD);
    await poll(() => err1.count()).toBe(0);
    await dialog.getByTestId('household-save').click();
    await dialog.waitFor({ state: 'hidden' });

    await poll(() => page.locator('.page-title h1').innerText()).toBe(`Hộ ${CODE}`);
    householdId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(householdId).toBeGreaterThan(0);
    const members = page.getByTestId('member-table').locator('tbody tr.ant-table-row');
    await poll(() => members.count()).toBe(2);
    expect(await members.allInnerTexts()).toEqual([expect.stringContaining(HEAD), expect.stringContaining(WIFE)]);
    expect(await members.nth(0).innerText()).toContain('Chủ hộ');
    expect(await members.nth(1).innerText()).toContain('Vợ');
  });

  it('finds the new household by the head name typed without diacritics', async () => {
    await nav(page, 'Hộ gia đình');
    await page.getByTestId('household-search').locator('input').fill(`ha van thu ${RUN}`);
    const rows = page.getByTestId('household-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(CODE);
    await rows.first().getByTestId('household-link').click();
    await poll(() => page.locator('.page-title h1').innerText()).toBe(`Hộ ${CODE}`);
  });

  it('edits the housing and shows the change, translated, in the history', async () => {
    await page.getByTestId('household-edit').click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.locator('.ant-modal-title').innerText()).toBe(`Sửa thông tin hộ ${CODE}`);
    await pick(page, dialog.locator('#housing'), 'Bán kiên cố');
    await pick(page, dialog.locator('#waterSource'), 'Giếng khoan');
    await dialog.getByTestId('household-save').click();
    await dialog.waitFor({ state: 'hidden' });
    const info = page.getByTestId('household-info');
    await poll(() => info.innerText()).toContain('Bán kiên cố');
    const entries = page.getByTestId('timeline').getByTestId('timeline-entry');
    await poll(() => entries.count()).toBe(2);
    const latest = await entries.first().innerText();
    expect(latest).toContain('Nhà ở: (trống) → Bán kiên cố');
    expect(latest).toContain('Nguồn nước sinh hoạt: (trống) → Giếng khoan');
    expect(latest).toContain('bởi xa.tanlac');
    const created = await entries.nth(1).innerText();
    expect(created).toContain('01/08/2025');
    expect(created).toContain('Tạo hộ');
    expect(created).toContain(`${HEAD} (Chủ hộ)`);
    expect(created).toContain(`${WIFE} (Vợ)`);
    // As of the first day, the housing was not yet recorded.
    const asOf = page.getByTestId('as-of');
    await asOf.click();
    await asOf.fill('01/08/2025');
    await asOf.press('Enter');
    await poll(() => page.getByTestId('as-of-alert').innerText()).toContain('01/08/2025');
    expect(await info.innerText()).not.toContain('Bán kiên cố');
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    await poll(() => info.innerText()).toContain('Bán kiên cố');
  });

  it('records the wife moving to another commune: she leaves the household and is handed over', async () => {
    const dialog = await openFromMenu(page, page.getByTestId('event-add'), 'Chuyển đi', `Chuyển đi – hộ ${CODE}`);
    await pick(page, dialog.getByTestId('event-persons'), `${WIFE} (1985)`);
    await dialog.getByTestId('event-to-commune').fill('05425');
    await dialog.getByTestId('event-to-place').fill('Xã An Bình, tỉnh Phú Thọ');
    await view(page, 'register-event-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });

    const members = page.getByTestId('member-table').locator('tbody tr.ant-table-row');
    await poll(() => members.count()).toBe(1);
    expect(await members.first().innerText()).toContain(HEAD);
    const event = page.getByTestId('event-list').locator('.ant-list-item').first();
    await poll(() => event.innerText()).toContain('Chuyển đi');
    // Her name comes from the household as it stood on her last day in it.
    await poll(() => event.innerText()).toContain(WIFE);
    expect(await event.innerText()).toContain('đến Xã An Bình, tỉnh Phú Thọ');
    const latest = page.getByTestId('timeline').getByTestId('timeline-entry').first();
    await poll(() => latest.innerText()).toContain('Rời hộ');
    await poll(() => latest.innerText()).toContain(WIFE);
    await shot(page, 'register-household-1366x768');

    // Handed over to Xã An Bình: outside the officer's commune, so her record is no longer his to read.
    const wifeId = Number((await event.getByTestId('event-person').first().getAttribute('href'))!.split('/').pop());
    const read = await fetchFromPage(page, `/api/persons/${wifeId}?purpose=${encodeURIComponent('kiểm tra chuyển đi')}`);
    expect(read.status).toBe(404);
  });

  it("opens the head's record only after a purpose is given, and shows his memberships", async () => {
    await page.goto(`/households/${householdId}`);
    await page.getByTestId('household-info').getByRole('link', { name: HEAD }).click();
    await page.getByTestId('purpose-form').waitFor();
    expect(await page.getByTestId('person-info').count()).toBe(0);
    await page.getByTestId('purpose-submit').click();
    await poll(() => page.getByTestId('purpose-form').locator('.ant-form-item-explain-error').first().innerText()).toBe('Nêu mục đích từ 3 đến 300 ký tự');
    await page.getByTestId('purpose-input').fill('Rà soát hộ mới lập');
    await page.getByTestId('purpose-submit').click();
    const info = page.getByTestId('person-info');
    await poll(() => info.innerText()).toContain(HEAD_CCCD);
    expect(await info.innerText()).toContain('Mường');
    expect(await page.locator('.page-title h1').innerText()).toBe(HEAD);
    expect(await page.getByText('Đang xem với mục đích: Rà soát hộ mới lập').count()).toBe(1);
    await view(page, 'register-person-1366x768');
  });

  it('keeps a household of another commune out of reach: not in the list, its page not found', async () => {
    const admin = await newContext(e2e.browser, e2e.url);
    const adminPage = await admin.newPage();
    await login(adminPage, 'admin');
    const other = await fetchFromPage(adminPage, '/api/households', {
      method: 'POST',
      body: { communeCode: '05425', code: `AB-${RUN}`, validFrom: '2025-08-01' },
    });
    expect(other.status).toBe(201);
    // The admin sees it.
    await adminPage.goto(`/households/${other.body.id}`);
    await poll(() => adminPage.locator('.page-title h1').innerText()).toBe(`Hộ AB-${RUN}`);
    await admin.close();

    await page.goto(`/households/${other.body.id}`);
    await poll(() => page.getByTestId('household-not-found').innerText()).toBe('Không tìm thấy hộ này, hoặc hộ nằm ngoài địa bàn của bạn.');
    await nav(page, 'Hộ gia đình');
    await page.getByTestId('household-search').locator('input').fill(`AB-${RUN}`);
    await poll(() => page.getByTestId('household-total').count()).toBe(1);
    await poll(() => page.getByTestId('household-table').locator('.ant-empty').count()).toBe(1);
    expect(await page.getByTestId('household-table').locator('tbody tr.ant-table-row').count()).toBe(0);
  });

  it('works on a 360 px phone: list, household page, edit form and event dialog', async () => {
    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'xa.tanlac');
    await nav(p, 'Hộ gia đình');
    await poll(() => p.getByTestId('household-table').locator('tbody tr.ant-table-row').count()).toBe(50);
    const noOverflow = () => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noOverflow()).toBe(true);
    await view(p, 'register-list-360x740');
    await p.goto(`/households/${householdId}`);
    await poll(() => p.locator('.page-title h1').innerText()).toBe(`Hộ ${CODE}`);
    expect(await noOverflow()).toBe(true);
    await shot(p, 'register-household-360x740');
    await p.getByTestId('household-edit').click();
    await p.getByRole('dialog').locator('#code').waitFor();
    await view(p, 'register-form-360x740');
    await p.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
    await p.getByRole('dialog').waitFor({ state: 'hidden' });
    await (await openFromMenu(p, p.getByTestId('event-add'), 'Sinh', 'Sinh')).locator('#person_fullName').waitFor();
    expect(await noOverflow()).toBe(true);
    await view(p, 'register-event-360x740');
    await phone.close();
  });
});
