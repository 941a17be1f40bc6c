import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, settled, shot } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';

describe.skipIf(!e2eEnabled)('disclosure control in the web', { timeout: 300_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('an administrator sets the threshold and marks a user "aggregates only"; both are audited and take effect', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'admin');

    // The threshold, on the analytics page's data-protection tab.
    await page.goto('/analytics');
    await page.getByText('Phân tích số liệu', { exact: true }).first().waitFor();
    await settled(page);
    await shot(page, 'analytics-admin-tabs-1366x768');
    await page.getByRole('tab', { name: 'Bảo vệ dữ liệu' }).click();
    const threshold = page.getByTestId('analytics-threshold');
    await poll(() => threshold.inputValue()).toBe('10');
    await threshold.fill('15');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/analytics/settings') && r.request().method() === 'PUT');
    await page.getByTestId('analytics-threshold-save').click();
    expect((await saved).status()).toBe(200);
    await poll(() => page.locator('.ant-message').innerText()).toContain('Đã lưu ngưỡng che số nhỏ: 15 người');
    expect((await fetchFromPage(page, '/api/analytics/catalogue')).body.threshold).toBe(15);
    await settled(page);
    await shot(page, 'analytics-settings-1366x768');

    // The flag, in the user edit form.
    await page.goto('/users');
    const row = page.locator('tr', { hasText: 'xa.tanlac' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    const box = page.getByTestId('user-aggregates-only');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await settled(page);
    await shot(page, 'users-aggregates-only-1366x768');
    const patched = page.waitForResponse((r) => /\/api\/users\/\d+$/.test(r.url()) && r.request().method() === 'PATCH');
    await page.locator('.ant-modal').getByRole('button', { name: 'Lưu' }).click();
    const res = await patched;
    expect(res.status()).toBe(200);
    expect((await res.json()).aggregatesOnly).toBe(true);
    expect(JSON.parse(res.request().postData() ?? '{}').aggregatesOnly).toBe(true);

    // Both changes are in the audit log.
    const audit = (await fetchFromPage(page, '/api/audit?entity=analytics_setting')).body;
    expect(JSON.stringify(audit)).toContain('15');
    const users = (await fetchFromPage(page, '/api/audit?entity=user')).body;
    expect(JSON.stringify(users)).toContain('aggregates_only');

    // The commune officer's analytics now hide small counts, at the new threshold.
    const officer = await newContext(e2e.browser, e2e.url, PHONE);
    const op = await officer.newPage();
    await login(op, 'xa.tanlac');
    const cat = (await fetchFromPage(op, '/api/analytics/catalogue')).body;
    expect(cat.aggregatesOnly).toBe(true);
    expect(cat.threshold).toBe(15);
    const answer = (
      await fetchFromPage(op, '/api/analytics/query', {
        method: 'POST',
        body: { data: ['reg:persons'], periods: ['2026'], unit: '05128', unitLevel: 'self', rows: ['ethnic'], columns: ['sex'] },
      })
    ).body;
    expect(answer.suppression).toMatchObject({ applied: true, threshold: 15 });
    await op.goto('/analytics');
    await settled(op);
    await shot(op, 'analytics-aggregates-only-360');

    // The administrator's settings tab on a phone.
    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const pp = await phone.newPage();
    await login(pp, 'admin');
    await pp.goto('/analytics');
    await pp.getByRole('tab', { name: 'Bảo vệ dữ liệu' }).click();
    await poll(() => pp.getByTestId('analytics-threshold').inputValue()).toBe('15');
    await settled(pp);
    await shot(pp, 'analytics-settings-360');

    await Promise.all([ctx.close(), officer.close(), phone.close()]);
  });
});
