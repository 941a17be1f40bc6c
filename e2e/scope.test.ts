import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { e2eEnabled, login, newContext } from './browser.js';
import { fetchFromPage, nav, poll, startE2E, treeTexts, type E2E } from './setup.js';

describe.skipIf(!e2eEnabled)('a commune officer sees only their commune (xa.tanlac)', { timeout: 90_000 }, () => {
  let e2e: E2E;
  let ctx: BrowserContext;
  let page: Page;

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

  it('shows their area in the header and no admin pages in the menu', async () => {
    expect(await page.locator('.app-header').innerText()).toContain('Xã Tân Lạc (05128)');
    const menu = await page.locator('.ant-menu').innerText();
    expect(menu).toContain('Thôn, bản');
    expect(menu).not.toContain('Người dùng');
    expect(menu).not.toContain('Nhật ký');
  });

  it('the unit tree holds only Tân Lạc, today and before the reorganisation', async () => {
    await nav(page, 'Đơn vị hành chính');
    await page.getByRole('button', { name: '01/08/2025' }).click();
    // The tree opens down to the officer's own commune by itself.
    await page.getByTestId('unit-node-05128').waitFor();
    // The tree re-renders while it opens itself, so read it until it settles.
    await poll(() => treeTexts(page)).toEqual(['Tỉnh Phú Thọ 25', 'Xã Tân Lạc 05128']);

    await page.getByRole('button', { name: '01/06/2024' }).click();
    await page.getByTestId('unit-node-05173').waitFor();
    await poll(() => treeTexts(page)).toHaveLength(2 + 5);
    const texts = await treeTexts(page);
    expect(texts.slice(0, 2)).toEqual([expect.stringMatching(/^Tỉnh H(òa|oà) Bình 17$/), 'Huyện Tân Lạc 155']);
    expect([...texts.slice(2)].sort()).toEqual(['Thị trấn Mãn Đức 05128', 'Xã Ngọc Mỹ 05170', 'Xã Thanh Hối 05167', 'Xã Tử Nê 05164', 'Xã Đông Lai 05173'].sort());
  });

  it('opening a unit outside the area reads as not found', async () => {
    await page.goto('/admin-units?date=2024-06-01&unit=04891');
    await poll(() => page.getByTestId('unit-detail-missing').innerText()).toContain('Mã 04891 không có đơn vị nào vào ngày 01/06/2024');
  });

  it('the villages page lists only villages of Xã Tân Lạc', async () => {
    await nav(page, 'Thôn, bản');
    // Starts on their own commune.
    await poll(() => page.getByTestId('commune-picker').innerText()).toContain('Xã Tân Lạc');
    const rows = page.getByTestId('village-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBeGreaterThan(5);
    // Without a commune filter: everything they can reach, all in Tân Lạc.
    await page.getByTestId('commune-picker').hover();
    await page.getByTestId('commune-picker').locator('.ant-select-clear').click();
    const communeCells = page.getByTestId('village-commune');
    await poll(async () => [...new Set(await communeCells.allInnerTexts())]).toEqual(['Xã Tân Lạc']);
  });

  it('direct API calls for units and villages of another commune answer 403/404', async () => {
    const admin = await newContext(e2e.browser, e2e.url);
    const adminPage = await admin.newPage();
    await login(adminPage, 'admin');
    const all = await fetchFromPage(adminPage, '/api/villages?pageSize=500');
    await admin.close();
    const outside = (all.body.items as { id: number; commune: { code: string } }[]).find((v) => v.commune.code !== '05128');
    expect(outside).toBeDefined();

    expect((await fetchFromPage(page, '/api/admin-units/04891?date=2024-06-01')).status).toBe(404);
    expect((await fetchFromPage(page, '/api/admin-units/00004')).status).toBe(404);
    expect((await fetchFromPage(page, `/api/villages/${outside!.id}`)).status).toBe(404);
    expect((await fetchFromPage(page, `/api/villages?commune=${outside!.commune.code}`)).status).toBe(404);
    const rename = await fetchFromPage(page, `/api/villages/${outside!.id}`, { method: 'PATCH', body: { name: 'Không được phép' } });
    expect([403, 404]).toContain(rename.status);
    const create = await fetchFromPage(page, '/api/villages', { method: 'POST', body: { communeCode: outside!.commune.code, name: 'Không được phép', type: 'thon' } });
    expect([403, 404]).toContain(create.status);
    // Their own commune still answers.
    expect((await fetchFromPage(page, '/api/admin-units/05128')).status).toBe(200);
  });
});
