import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';

const DAY = 86_400_000;

/** Types a date into an Ant Design date field (dd/mm/yyyy) and confirms it. */
async function typeDate(page: Page, id: string, date: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(date);
  await page.locator(`#${id}`).press('Enter');
}

describe.skipIf(!e2eEnabled)('a request to use data, from filing to expiry', { timeout: 240_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('is filed, approved for fewer fields, downloaded with only those fields, and refused after expiry', async () => {
    const asker = await newContext(e2e.browser, e2e.url, DESKTOP);
    const a = await asker.newPage();
    await login(a, 'lanhdao');
    await a.goto('/data-requests');
    await a.getByTestId('request-new').click();
    await a.locator('#dr-organisation').fill('Viện Dân tộc học');
    await a.locator('#dr-title').fill('Học vấn người Mường ở Tân Lạc');
    for (const f of ['sex', 'birthYear', 'ethnic', 'educationLevel']) await a.getByTestId(`dr-field-${f}`).click();
    await a.locator('#dr-area').click();
    await a.locator('#dr-area').fill('05128');
    await a.locator('.ant-select-item-option', { hasText: '05128' }).first().click();
    await typeDate(a, 'dr-from', '01/01/2025');
    await typeDate(a, 'dr-to', '31/12/2025');
    await a.locator('#dr-purpose').fill('Nghiên cứu trình độ học vấn của đồng bào dân tộc Mường');
    await a.locator('#dr-legal').fill('Hợp đồng nghiên cứu số 12/2025/HĐ-VDT');
    await a.locator('#dr-days').fill('7');
    await shot(a, 'data-request-form-1366x768');
    const filed = a.waitForResponse((r) => r.url().endsWith('/api/data-requests') && r.request().method() === 'POST');
    await a.getByTestId('request-send').click();
    const res = await filed;
    expect(res.status(), await res.text()).toBe(201);
    const id = (await res.json()).id as number;
    const card = a.getByTestId(`request-${id}`);
    await poll(() => card.getByTestId('request-status').innerText()).toBe('Chờ duyệt');

    // The provincial officer approves three of the four fields, with a reason.
    const officer = await newContext(e2e.browser, e2e.url, DESKTOP);
    const o = await officer.newPage();
    await login(o, 'tinh.phutho');
    await o.goto('/data-requests');
    const review = o.getByTestId('requests-review').getByTestId(`request-${id}`);
    await review.getByTestId('request-approve').click();
    await o.getByTestId('decision-field-educationLevel').click();
    await o.locator('#decision-reason').fill('Đúng mục đích nghiên cứu, không cần trình độ học vấn');
    const decided = o.waitForResponse((r) => r.url().endsWith(`/api/data-requests/${id}/approve`));
    await o.getByTestId('decision-ok').click();
    expect((await decided).status()).toBe(200);
    await poll(() => review.getByTestId('request-status').innerText()).toBe('Đã duyệt');
    expect(await review.getByTestId('request-approved-fields').innerText()).toBe('Giới tính, Năm sinh, Dân tộc · Mã giả danh');
    await shot(o, 'data-requests-review-1366x768');

    // The requester downloads: the file holds the approved fields only, under pseudonyms.
    await a.reload();
    await poll(() => card.getByTestId('request-status').innerText()).toBe('Đã duyệt');
    const [download] = await Promise.all([a.waitForEvent('download'), card.getByTestId('request-download-csv').click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Mã giả danh,Giới tính,Năm sinh,Dân tộc');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(1).every((l) => /^[0-9a-f]{24},/.test(l))).toBe(true);
    expect(text).not.toMatch(/Trình độ|Tiểu học|Trung học/);
    await shot(a, 'data-requests-mine-1366x768');

    // The report shows the download, by whom and under which request.
    await o.goto('/data-protection');
    await poll(() => o.getByTestId('protection-accesses').innerText()).toContain('Học vấn người Mường ở Tân Lạc');
    await shot(o, 'data-protection-1366x768');

    // A week later the access has expired: the download is refused with the reason.
    const clock = e2e.server!.app.ctx.auth;
    const base = clock.now.bind(clock);
    clock.now = () => base() + 8 * DAY;
    await a.reload();
    await poll(() => card.getByTestId('request-status').innerText()).toBe('Hết hạn');
    await card.getByTestId('request-download-csv').click();
    await poll(() => a.locator('.ant-message').innerText()).toContain('đã hết hạn');
    const refused = await fetchFromPage(a, `/api/data-requests/${id}/extract?format=csv`);
    expect(refused.status).toBe(410);

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'tinh.phutho');
    await p.goto('/data-requests');
    await p.getByTestId(`request-${id}`).first().waitFor();
    await shot(p, 'data-requests-360x740');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await p.goto('/data-protection');
    await p.getByTestId('protection-accesses').waitFor();
    await shot(p, 'data-protection-360x740');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await Promise.all([asker.close(), officer.close(), phone.close()]);
  });
});
