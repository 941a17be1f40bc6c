import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { poll, startE2E, type E2E } from './setup.js';

describe.skipIf(!e2eEnabled)('API access tokens in the account page', { timeout: 180_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('creates a token shown once, which a script uses with fetch until it is revoked', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/account/security');
    await page.getByTestId('api-tokens').waitFor();
    await page.locator('#token-name').fill('Tập lệnh thử');
    await page.getByTestId('api-tokens').getByText('Sổ hộ, nhân khẩu').click();
    const created = page.waitForResponse((r) => r.url().endsWith('/api/auth/tokens') && r.request().method() === 'POST');
    await page.getByTestId('token-create').click();
    expect((await created).status()).toBe(201);
    const secret = (await page.getByTestId('token-secret-value').innerText()).trim();
    expect(secret).toMatch(/^dtk_/);
    expect(await page.getByTestId('token-secret').innerText()).toContain('Đây là lần duy nhất khóa được hiển thị');
    await poll(() => page.getByTestId('token-Tập lệnh thử').innerText()).toContain('Còn hiệu lực');
    await shot(page, 'account-tokens-1366x768');

    const script = (auth: string) => fetch(`${e2e.url}/api/households?commune=05128`, { headers: { authorization: auth } });
    expect((await script(`ApiToken ${secret}`)).status).toBe(200);

    // Shown once: after "saved" and a reload, the secret is nowhere on the page.
    await page.getByTestId('token-secret-done').click();
    await page.reload();
    await page.getByTestId('token-Tập lệnh thử').waitFor();
    expect(await page.content()).not.toContain(secret);
    await poll(() => page.getByTestId('token-Tập lệnh thử').innerText()).toContain('Dùng lần cuối');

    await page.getByTestId('token-Tập lệnh thử').getByTestId('token-revoke').click();
    const revoked = page.waitForResponse((r) => r.url().includes('/revoke'));
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
    expect((await revoked).status()).toBe(200);
    await poll(() => page.getByTestId('token-Tập lệnh thử').innerText()).toContain('Đã thu hồi');
    expect((await script(`ApiToken ${secret}`)).status).toBe(401);
    await ctx.close();

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'xa.tanlac');
    await p.goto('/account/security');
    await p.getByTestId('token-Tập lệnh thử').waitFor();
    await shot(p, 'account-tokens-360x740');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.close();
  });
});
