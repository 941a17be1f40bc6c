import { describe, expect, it } from 'vitest';
import { e2eEnabled, login, newContext } from './browser.js';
import { fetchFromPage, loggedInSession, nav, poll, treeTexts } from './setup.js';

describe.skipIf(!e2eEnabled)('a commune officer sees only their commune (xa.tanlac)', { timeout: 90_000, retry: 1 }, () => {
  const s = loggedInSession('xa.tanlac');

  it('shows their area in the header and no admin pages in the menu', async () => {
    expect(await s.page.locator('.app-header').innerText()).toContain('Xã Tân Lạc (05128)');
    const menu = await s.page.locator('.ant-menu').innerText();
    expect(menu).toContain('Thôn, bản');
    expect(menu).not.toContain('Người dùng');
    expect(menu).not.toContain('Nhật ký');
  });

  it('the unit tree holds only Tân Lạc, today and before the reorganisation', async () => {
    await nav(s.page, 'Đơn vị hành chính');
    await s.page.getByRole('button', { name: '01/08/2025' }).click();
    // The tree opens down to the officer's own commune by itself.
    await s.page.getByTestId('unit-node-05128').waitFor();
    // The tree re-renders while it opens itself, so read it until it settles.
    await poll(() => treeTexts(s.page)).toEqual(['Tỉnh Phú Thọ 25', 'Xã Tân Lạc 05128']);

    await s.page.getByRole('button', { name: '01/06/2024' }).click();
    await s.page.getByTestId('unit-node-05173').waitFor();
    await poll(() => treeTexts(s.page)).toHaveLength(2 + 5);
    const texts = await treeTexts(s.page);
    expect(texts.slice(0, 2)).toEqual([expect.stringMatching(/^Tỉnh H(òa|oà) Bình 17$/), 'Huyện Tân Lạc 155']);
    expect([...texts.slice(2)].sort()).toEqual(
      ['Thị trấn Mãn Đức 05128', 'Xã Ngọc Mỹ 05170', 'Xã Thanh Hối 05167', 'Xã Tử Nê 05164', 'Xã Đông Lai 05173'].sort(),
    );
  });

  it('opening a unit outside the area reads as not found', async () => {
    await s.page.goto('/admin-units?date=2024-06-01&unit=04891');
    await poll(() => s.page.getByTestId('unit-detail-missing').innerText()).toContain('Mã 04891 không có đơn vị nào vào ngày 01/06/2024');
  });

  it('the villages page lists only villages of Xã Tân Lạc', async () => {
    await nav(s.page, 'Thôn, bản');
    // Starts on their own commune.
    await poll(() => s.page.getByTestId('commune-picker').innerText()).toContain('Xã Tân Lạc');
    const rows = s.page.getByTestId('village-table').locator('tbody tr.ant-table-row');
    await poll(() => rows.count()).toBeGreaterThan(5);
    // Without a commune filter: everything they can reach, all in Tân Lạc.
    await s.page.getByTestId('commune-picker').hover();
    await s.page.getByTestId('commune-picker').locator('.ant-select-clear').click();
    const communeCells = s.page.getByTestId('village-commune');
    await poll(async () => [...new Set(await communeCells.allInnerTexts())]).toEqual(['Xã Tân Lạc']);
  });

  it('direct API calls for units and villages of another commune answer 403/404', async () => {
    const admin = await newContext(s.e2e.browser, s.e2e.url);
    const adminPage = await admin.newPage();
    await login(adminPage, 'admin');
    const all = await fetchFromPage(adminPage, '/api/villages?pageSize=500');
    await admin.close();
    const outside = (all.body.items as { id: number; commune: { code: string } }[]).find((v) => v.commune.code !== '05128');
    expect(outside).toBeDefined();

    expect((await fetchFromPage(s.page, '/api/admin-units/04891?date=2024-06-01')).status).toBe(404);
    expect((await fetchFromPage(s.page, '/api/admin-units/00004')).status).toBe(404);
    expect((await fetchFromPage(s.page, `/api/villages/${outside!.id}`)).status).toBe(404);
    expect((await fetchFromPage(s.page, `/api/villages?commune=${outside!.commune.code}`)).status).toBe(404);
    const rename = await fetchFromPage(s.page, `/api/villages/${outside!.id}`, { method: 'PATCH', body: { name: 'Không được phép' } });
    expect([403, 404]).toContain(rename.status);
    const create = await fetchFromPage(s.page, '/api/villages', {
      method: 'POST',
      body: { communeCode: outside!.commune.code, name: 'Không được phép', type: 'thon' },
    });
    expect([403, 404]).toContain(create.status);
    // Their own commune still answers.
    expect((await fetchFromPage(s.page, '/api/admin-units/05128')).status).toBe(200);
  });
});
