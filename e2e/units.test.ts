import { describe, expect, it } from 'vitest';
import { e2eEnabled, login, newContext, passSecondStep } from './browser.js';
import { expandUnit, fetchFromPage, loggedInSession, nav, poll, treeTexts } from './setup.js';

describe.skipIf(!e2eEnabled)('logging in and browsing units over time (admin)', { timeout: 90_000, retry: 1 }, () => {
  const s = loggedInSession(null);

  it('refuses a wrong password in Vietnamese, then logs in', async () => {
    await s.page.goto('/villages');
    await s.page.waitForURL(/\/login\?next=%2Fvillages/);
    await s.page.locator('#username').fill('admin');
    await s.page.locator('#password').fill('sai-mat-khau');
    await s.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await poll(() => s.page.getByTestId('login-error').innerText()).toBe('Sai tên đăng nhập hoặc mật khẩu');
    await s.page.locator('#password').fill('Admin@2025');
    await s.page.getByRole('button', { name: 'Đăng nhập' }).click();
    // An administrator turns on two-step verification first (see e2e/account.test.ts).
    await passSecondStep(s.page, 'admin');
    // Back where the user wanted to go, with their name and role in the header.
    await s.page.waitForURL(/\/villages$/);
    await poll(() => s.page.getByTestId('user-menu').innerText()).toContain('Quản trị hệ thống');
  });

  it('shows Hòa Bình with its 10 districts as of 01/06/2024', async () => {
    await nav(s.page, 'Đơn vị hành chính');
    await s.page.getByRole('button', { name: '01/06/2024' }).click();
    await s.page.getByTestId('unit-node-17').waitFor();
    // The old list spells it "Hoà Bình" (older tone placement); both are the same province.
    expect(await s.page.getByTestId('unit-node-17').innerText()).toMatch(/^Tỉnh H(òa|oà) Bình 17$/);
    await expandUnit(s.page, '17');
    await s.page.getByTestId('unit-node-155').waitFor();
    const texts = await treeTexts(s.page);
    const districts = texts.filter((s) => /^(Huyện|Thành phố) .* 1(4[89]|5\d)$/.test(s));
    expect(districts).toHaveLength(10);
    expect(texts).toContain('Huyện Tân Lạc 155');
    expect(texts.some((s) => /^Thành phố H(òa|oà) Bình 148$/.test(s))).toBe(true);
    // The detail panel of the province tells its validity: held since before the first list, ended 30/06/2025.
    await s.page.getByTestId('unit-node-17').click();
    await poll(() => s.page.getByTestId('unit-validity').innerText()).toBe('trước 01/03/2025 – 30/06/2025');
    await poll(() => s.page.getByTestId('unit-successors').innerText()).toContain('Tỉnh Phú Thọ (25)');
  });

  it('as of 01/08/2025 shows Hòa Bình gone and its old communes inside Phú Thọ', async () => {
    await s.page.getByRole('button', { name: '01/08/2025' }).click();
    await poll(() => s.page.getByTestId('unit-node-17').count()).toBe(0);
    await s.page.getByTestId('unit-node-25').waitFor();
    expect(await s.page.locator('.unit-tree [data-testid^="unit-node-"]').count()).toBe(34);
    await expandUnit(s.page, '25');
    await s.page.getByTestId('unit-node-05128').waitFor();
    expect(await s.page.getByTestId('unit-node-05128').innerText()).toBe('Xã Tân Lạc 05128');
    await s.page.getByTestId('unit-node-05128').click();
    await poll(() => s.page.getByTestId('unit-detail-title').innerText()).toBe('Xã Tân Lạc');
    // Formed from five communes of old Tân Lạc district (Hòa Bình), all merged whole.
    const formedFrom = s.page.getByTestId('unit-predecessors');
    await formedFrom.waitFor();
    const text = await formedFrom.innerText();
    for (const name of ['Thị trấn Mãn Đức (05128)', 'Xã Tử Nê (05164)', 'Xã Thanh Hối (05167)', 'Xã Ngọc Mỹ (05170)', 'Xã Đông Lai (05173)'])
      expect(text).toContain(name);
    expect(text).toContain('toàn bộ');
  });

  it('opens old commune Vầy Nưa (04891) on 01/06/2024 and follows it to what it became', async () => {
    await s.page.getByRole('button', { name: '01/06/2024' }).click();
    await s.page.getByTestId('unit-search').locator('input').fill('vay nua');
    const hit = s.page.locator('.ant-list-item', { hasText: 'Xã Vầy Nưa' });
    await hit.waitFor();
    expect(await hit.innerText()).toContain('04891');
    await hit.click();
    await poll(() => s.page.getByTestId('unit-detail-title').innerText()).toBe('Xã Vầy Nưa');
    const became = s.page.getByTestId('unit-successors');
    await became.waitFor();
    const text = await became.innerText();
    expect(text).toContain('Xã Tiền Phong (04891)');
    expect(text).toContain('Phường Thống Nhất (04828)');
    expect(text.match(/một phần/g)?.length).toBe(2);
    // The link switches the date to the new unit's first day and opens it.
    await became.getByText('Phường Thống Nhất (04828)').click();
    await s.page.waitForURL(/date=2025-07-01/);
    await poll(() => s.page.getByTestId('unit-detail-title').innerText()).toBe('Phường Thống Nhất');
    expect(await s.page.getByTestId('as-of-date').inputValue()).toBe('01/07/2025');
    await poll(() => s.page.getByTestId('unit-predecessors').innerText()).toContain('Xã Vầy Nưa (04891)');
  });

  it('holds back a name after ten wrong passwords from a new browser, but not the browser its owner signed in from', async () => {
    const own = await newContext(s.e2e.browser, s.e2e.url);
    const op = await own.newPage();
    await login(op, 'lanhdao');
    expect((await fetchFromPage(op, '/api/auth/logout', { method: 'POST', body: {} })).status).toBe(200);

    const other = await newContext(s.e2e.browser, s.e2e.url);
    const p = await other.newPage();
    await p.goto('/login');
    await p.locator('#username').fill('lanhdao');
    for (let i = 0; i < 10; i++) {
      await p.locator('#password').fill(`sai-${i}`);
      await p.getByRole('button', { name: 'Đăng nhập' }).click();
      await poll(() => p.getByTestId('login-error').innerText()).toBe('Sai tên đăng nhập hoặc mật khẩu');
    }
    await p.locator('#password').fill('Xem@2025');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await poll(() => p.getByTestId('login-error').innerText()).toBe(
      'Đăng nhập sai quá nhiều lần; hãy thử lại sau khoảng 3 phút, hoặc đăng nhập từ máy đã dùng trước đây',
    );
    // The owner's browser is known: the right password still opens the session there.
    await login(op, 'lanhdao');
    await poll(() => op.getByTestId('user-menu').innerText()).toContain('Đinh Công Minh');
    await other.close();
    await own.close();
  });
});
