import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { poll, publishSurveyForm, startE2E, type E2E } from './setup.js';
import { csv } from '../src/modules/xlsform/xlsform.fixtures.js';

/** An XLSForm with a repeat, a relevant, a constraint, a calculate and a choice filter. */
const XLSFORM = csv({
  survey: [
    ['type', 'name', 'label', 'relevant', 'constraint', 'constraint_message', 'calculation', 'choice_filter', 'required'],
    ['text', 'chu_ho', 'Họ tên chủ hộ', '', '', '', '', '', 'yes'],
    ['integer', 'so_nguoi', 'Số người trong hộ', '', '. > 0 and . < 30', 'Từ 1 đến 29 người', '', '', 'yes'],
    ['select_one yn', 'co_internet', 'Hộ có dùng internet không?', '', '', '', '', '', ''],
    ['text', 'nha_mang', 'Nhà mạng đang dùng', "${co_internet} = 'co'", '', '', '', '', ''],
    ['select_one nhom', 'nhom_tb', 'Nhóm thiết bị', '', '', '', '', '', ''],
    ['select_one thiet_bi', 'thiet_bi', 'Thiết bị chính', '', '', '', '', 'nhom=${nhom_tb}', ''],
    ['begin_repeat', 'thanh_vien', 'Thành viên', '', '', '', '', '', ''],
    ['text', 'ten', 'Tên thành viên', '', '', '', '', '', ''],
    ['end_repeat', '', '', '', '', '', '', '', ''],
    ['calculate', 'so_tv', '', '', '', '', 'count(${thanh_vien})', '', ''],
    ['note', 'ghi_chu', 'Đã ghi ${so_tv} thành viên', '', '', '', '', '', ''],
  ],
  choices: [
    ['list_name', 'name', 'label', 'nhom'],
    ['yn', 'co', 'Có', ''],
    ['yn', 'khong', 'Không', ''],
    ['nhom', 'di_dong', 'Di động', ''],
    ['nhom', 'co_dinh', 'Cố định', ''],
    ['thiet_bi', 'dien_thoai', 'Điện thoại thông minh', 'di_dong'],
    ['thiet_bi', 'may_tinh_bang', 'Máy tính bảng', 'di_dong'],
    ['thiet_bi', 'may_ban', 'Máy tính để bàn', 'co_dinh'],
  ],
  settings: [
    ['form_id', 'form_title', 'version'],
    ['khao_sat_offline', 'Khảo sát hộ (ngoại tuyến)', '1'],
  ],
});

describe.skipIf(!e2eEnabled)('surveys: web collection offline', { timeout: 300_000 }, () => {
  let e2e: E2E;
  let formId = 0;
  beforeAll(async () => {
    e2e = await startE2E();
    // The province officer uploads the XLSForm and opens it for submissions.
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    const r = await publishSurveyForm(page, 'khao_sat_offline.csv', XLSFORM);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.published).toBe(204);
    formId = r.body.id;
    await ctx.close();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  /** Fills one household: the relevant, the constraint, the choice filter and the repeat are checked on the way. */
  async function fillOne(page: Page, h: { head: string; people: number; internet: boolean; members: string[] }) {
    const q = (label: string) => page.locator('.question-container', { hasText: label });
    await page.getByLabel('Họ tên chủ hộ').fill(h.head);
    // Constraint: 40 people is refused with the form's message, then corrected.
    const people = q('Số người trong hộ').locator('input');
    await people.click();
    await people.pressSequentially('40');
    await people.press('Tab');
    await poll(() => q('Số người trong hộ').locator('.validation-message').innerText()).toContain('Từ 1 đến 29 người');
    await people.click();
    await people.press('Control+A');
    await people.pressSequentially(String(h.people));
    await people.press('Tab');
    await poll(() => q('Số người trong hộ').locator('.validation-message').isVisible()).toBe(false);
    // Relevant: the network question shows only for a household with internet.
    await expect(page.getByLabel('Nhà mạng đang dùng').count()).resolves.toBe(0);
    await q('Hộ có dùng internet không?')
      .getByText(h.internet ? 'Có' : 'Không', { exact: true })
      .click();
    if (h.internet) await page.getByLabel('Nhà mạng đang dùng').fill('Viettel');
    else await expect(page.getByLabel('Nhà mạng đang dùng').count()).resolves.toBe(0);
    // Choice filter: a mobile group offers only mobile devices.
    await q('Nhóm thiết bị').getByText('Di động', { exact: true }).click();
    const devices = q('Thiết bị chính');
    await poll(() => devices.locator('.value-option').allInnerTexts()).toEqual(['Điện thoại thông minh', 'Máy tính bảng']);
    await devices.getByText('Điện thoại thông minh', { exact: true }).click();
    // Repeat and calculate: one member per instance, and the count in the note.
    for (const [i, name] of h.members.entries()) {
      if (i > 0) await page.getByRole('button', { name: /Thêm Thành viên/ }).click();
      await page.getByLabel('Tên thành viên').nth(i).fill(name);
    }
    await poll(() => page.getByText(/Đã ghi \d+ thành viên/).innerText()).toBe(`Đã ghi ${h.members.length} thành viên`);
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.getByText('Đã lưu phiếu trên máy').last().waitFor();
  }

  it('fills two submissions offline, keeps them across a reload, sends them once when online; review and export', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/collect');
    await page.getByTestId('collect-form-khao_sat_offline').waitFor();
    await page.getByTestId('collect-offline-ready').waitFor({ timeout: 180_000 });

    await ctx.setOffline(true);
    await poll(() => page.getByTestId('collect-network').innerText()).toBe('Không có mạng');
    await page
      .getByTestId('collect-form-khao_sat_offline')
      .getByRole('button', { name: /Điền phiếu/ })
      .click();
    await page.getByLabel('Họ tên chủ hộ').waitFor({ timeout: 60_000 });
    await fillOne(page, { head: 'Hà Văn Lâm', people: 4, internet: true, members: ['Hà Văn Lâm', 'Bùi Thị Mai'] });
    await fillOne(page, { head: 'Đinh Thị Nga', people: 3, internet: false, members: ['Đinh Thị Nga', 'Đinh Văn Tú', 'Đinh Thị Hoa'] });
    // A started third one is kept as a draft.
    await page.getByLabel('Họ tên chủ hộ').fill('Phiếu nháp');
    await page.getByTestId('collect-save-draft').click();
    await page.getByText('Đã lưu nháp trên máy').waitFor();
    await page.getByTestId('collect-back').click();
    await poll(() => page.getByTestId('collect-outbox-item').count()).toBe(2);

    // Reload with no network: the page, the forms, the draft and the outbox are still there.
    await page.reload();
    await page.getByTestId('collect-form-khao_sat_offline').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('collect-network').innerText()).toBe('Không có mạng');
    await poll(() => page.locator('[data-testid="collect-outbox-item"][data-status="pending"]').count()).toBe(2);
    expect(await page.getByTestId('collect-draft').count()).toBe(1);
    const db = e2e.server!.app.ctx.db;
    const count = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM survey_submission WHERE form_id = ${formId}`.execute(db)).rows[0].n;
    expect(await count()).toBe(0);
    await shot(page, 'collect-offline-1366x768');

    // Back online: both are sent by themselves, exactly once.
    await ctx.setOffline(false);
    await expect.poll(() => page.locator('[data-testid="collect-outbox-item"][data-status="sent"]').count(), { timeout: 30_000, interval: 300 }).toBe(2);
    expect(await count()).toBe(2);
    const rows = (
      await sql<{ instance_id: string; app_user_id: number | null; xml: string }>`
        SELECT instance_id, app_user_id, xml FROM survey_submission WHERE form_id = ${formId} ORDER BY id`.execute(db)
    ).rows;
    expect(rows.map((r) => r.app_user_id)).toEqual([null, null]);
    expect(rows[0].xml).toContain('<chu_ho>Hà Văn Lâm</chu_ho>');
    expect(rows[0].xml).toContain('<nha_mang>Viettel</nha_mang>');
    expect(rows[0].xml.match(/<thanh_vien>/g)?.length).toBe(2);
    expect(rows[1].xml.match(/<thanh_vien>/g)?.length).toBe(3);
    expect(rows[1].xml).toContain('<so_tv>3</so_tv>');

    // Sending the same submission again (a resend after a lost answer) adds nothing.
    const resend = await page.evaluate(async () => {
      const me = await (await fetch('/api/auth/me')).json();
      const db: IDBDatabase = await new Promise((ok) => {
        const r = indexedDB.open('dantoc-collect');
        r.onsuccess = () => ok(r.result);
      });
      const items: { xml: string }[] = await new Promise((ok) => {
        const r = db.transaction('outbox').objectStore('outbox').getAll();
        r.onsuccess = () => ok(r.result);
      });
      const fd = new FormData();
      fd.append('xml_submission_file', new Blob([items[0].xml], { type: 'text/xml' }), 'submission.xml');
      const res = await fetch('/api/surveys/collect/submission', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken }, body: fd });
      return { status: res.status, body: await res.json() };
    });
    expect(resend.status).toBe(200);
    expect(resend.body.created).toBe(false);
    expect(await count()).toBe(2);
    await shot(page, 'collect-sent-1366x768');
    await ctx.close();

    // The province officer reviews one and exports both.
    const octx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const op = await octx.newPage();
    await login(op, 'tinh.phutho');
    const out = await op.evaluate(async (id) => {
      const me = await (await fetch('/api/auth/me')).json();
      const list = await (await fetch(`/api/surveys/forms/${id}/submissions`)).json();
      const review = await fetch(`/api/surveys/submissions/${list.items[0].id}/review`, {
        method: 'POST',
        headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ state: 'approved' }),
      });
      const csvMain = await (await fetch(`/api/surveys/forms/${id}/export?format=csv`)).text();
      const csvRepeat = await (await fetch(`/api/surveys/forms/${id}/export?format=csv&repeat=${encodeURIComponent('/data/thanh_vien')}`)).text();
      return { total: list.total ?? list.items.length, review: review.status, csvMain, csvRepeat };
    }, formId);
    expect(out.total).toBe(2);
    expect(out.review).toBeLessThan(300);
    expect(out.csvMain).toContain('Hà Văn Lâm');
    expect(out.csvMain).toContain('Đinh Thị Nga');
    expect(out.csvMain).toContain('Viettel');
    for (const name of ['Bùi Thị Mai', 'Đinh Văn Tú', 'Đinh Thị Hoa']) expect(out.csvRepeat).toContain(name);
    expect(
      (await sql<{ state: string }>`SELECT state FROM survey_submission WHERE form_id = ${formId} ORDER BY state`.execute(db)).rows.map((r) => r.state),
    ).toEqual(['approved', 'received']);
    await octx.close();
  });

  it('works on a 360 px phone', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/collect');
    await page.getByTestId('collect-form-khao_sat_offline').waitFor();
    await shot(page, 'collect-list-360');
    await page
      .getByTestId('collect-form-khao_sat_offline')
      .getByRole('button', { name: /Điền phiếu/ })
      .click();
    await page.getByLabel('Họ tên chủ hộ').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, 'collect-form-360');
    await ctx.close();
  });
});
