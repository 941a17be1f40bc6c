import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';
import { openSetupIfEmpty } from '../src/modules/accounts/first-run.service.js';

describe.skipIf(!e2eEnabled)('two-step sign-in and first run in the browser', { timeout: 180_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('makes an administrator enrol, then asks for the code at the next sign-in', async () => {
    const ctx = await newContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await page.goto('/login');
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('Admin@2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/account\/security/);
    expect(await page.getByTestId('two-factor-required').innerText()).toContain('Quản trị viên bắt buộc dùng xác thực hai bước');
    // Nothing else answers until enrolment is done.
    expect((await fetchFromPage(page, '/api/users')).body.error.code).toBe('two_factor_enrolment_required');
    await page.getByTestId('two-factor-enable').click();
    await page.getByTestId('totp-qr').waitFor();
    await shot(page, 'account-enrol-1366x768');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);

    await login(page, 'admin'); // enrols through the page (secret read from it, code typed)
    expect((await fetchFromPage(page, '/api/auth/me')).body.twoFactor).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect((await fetchFromPage(page, '/api/auth/logout', { method: 'POST', body: {} })).status).toBe(200);

    for (const size of [DESKTOP, PHONE]) {
      const c = await newContext(e2e.browser, e2e.url, size);
      const p = await c.newPage();
      await p.goto('/login');
      await p.locator('#username').fill('admin');
      await p.locator('#password').fill('Admin@2025');
      await p.getByRole('button', { name: 'Đăng nhập' }).click();
      await p.locator('#code').waitFor();
      await p.locator('#code').fill('000000');
      await p.getByRole('button', { name: 'Xác nhận' }).click();
      await poll(() => p.getByTestId('login-error').innerText()).toContain('Mã xác thực không đúng');
      await shot(p, `login-code-${size.width}x${size.height}`);
      await c.close();
    }
    await ctx.close();
    const again = await newContext(e2e.browser, e2e.url);
    const p2 = await again.newPage();
    await login(p2, 'admin'); // types the next code
    await poll(() => p2.getByTestId('user-menu').innerText()).toContain('Quản trị hệ thống');
    await again.close();
  });

  it('shows the enrolment page on a phone, for a user who turns it on by choice', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'lanhdao');
    await page.goto('/account/security');
    await page.getByTestId('two-factor-enable').click();
    await page.getByTestId('totp-qr').waitFor();
    await shot(page, 'account-enrol-360x740');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(PHONE.width);
    await ctx.close();
  });

  it('opens first-run set-up on an install without users, only with the console code', async () => {
    const db = e2e.server!.app.ctx.db;
    await db.deleteFrom('user_session').execute();
    await db.deleteFrom('app_user').execute();
    const code = (await openSetupIfEmpty(e2e.server!.app.ctx))!;
    for (const size of [PHONE, DESKTOP]) {
      const ctx = await newContext(e2e.browser, e2e.url, size);
      const page = await ctx.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Thiết lập ban đầu' }).click();
      await page.locator('#setupCode').waitFor();
      await shot(page, `setup-${size.width}x${size.height}`);
      await ctx.close();
    }
    const ctx = await newContext(e2e.browser, e2e.url);
    const page = await ctx.newPage();
    await page.goto('/setup');
    await page.locator('#setupCode').fill('1111-2222-3333');
    await page.locator('#username').fill('quantri');
    await page.locator('#fullName').fill('Quản trị Sở Dân tộc');
    await page.locator('#password').fill('Nương chè Tân Lạc 2026');
    await page.locator('#confirm').fill('Nương chè Tân Lạc 2026');
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await poll(() => page.getByTestId('setup-error').innerText()).toContain('Mã thiết lập không đúng');
    await page.locator('#setupCode').fill(code);
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await page.waitForURL(/\/login$/);
    await login(page, 'quantri', 'Nương chè Tân Lạc 2026');
    await poll(() => page.getByTestId('user-menu').innerText()).toContain('Quản trị Sở Dân tộc');
    await ctx.close();
  });
});
