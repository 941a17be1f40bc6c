import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS, DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { poll, startE2E, type E2E } from './setup.js';
import { verifySignature } from '../src/modules/webhooks/webhooks.service.js';

describe.skipIf(!e2eEnabled)('webhooks page', { timeout: 180_000 }, () => {
  let e2e: E2E;
  let receiver: http.Server;
  let target = '';
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    e2e = await startE2E();
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/nhan-su-kien`;
  });
  afterAll(async () => {
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
    await e2e?.close();
  });

  it('allows a host, creates a subscription, and shows the signed delivery a household change sends', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'admin');
    await page.goto('/webhooks');
    await page.locator('#webhook-host').fill('127.0.0.1');
    await page.locator('#webhook-host-private').check();
    await page.getByTestId('webhook-host-add').click();
    await poll(() => page.getByTestId('webhook-hosts').innerText()).toContain('127.0.0.1');

    await page.locator('#webhook-name').fill('Hệ thống tỉnh');
    await page.locator('#webhook-url').fill(target);
    await page.getByText('Hộ gia đình thay đổi', { exact: true }).click();
    const created = page.waitForResponse((r) => r.url().endsWith('/api/webhooks') && r.request().method() === 'POST');
    await page.getByTestId('webhook-create').click();
    expect((await created).status()).toBe(201);
    const secret = (await page.getByTestId('webhook-secret').locator('code').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);

    // A commune officer's script adds a household (HTTP Basic, as curl -u would).
    const auth = `Basic ${Buffer.from(`xa.tanlac:${DEMO_PASSWORDS['xa.tanlac']}`).toString('base64')}`;
    const res = await fetch(`${e2e.url}/api/households`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        communeCode: '05128',
        validFrom: '2025-08-01',
        code: 'E2E-WEBHOOK',
        members: [{ fullName: 'Bùi Văn Nhất', sex: 'male', birthDate: '1982-05-06', ethnicCode: '06', relationship: 'head' }],
      }),
    });
    expect(res.status).toBe(201);
    const id = (await res.json()).id;

    await poll(() => received.length).toBeGreaterThan(0);
    const got = received.find((r) => JSON.parse(r.body).data.householdId === id)!;
    expect(verifySignature(secret, String(got.headers['x-dantoc-timestamp']), got.body, String(got.headers['x-dantoc-signature']))).toBe(true);

    await poll(() => page.getByTestId('webhook-log').innerText()).toContain('Đã gửi');
    const log = await page.getByTestId('webhook-log').innerText();
    expect(log).toContain('Hệ thống tỉnh');
    expect(log).toContain('200');
    await shot(page, 'webhooks-1366x768');
    await ctx.close();

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'admin');
    await p.goto('/webhooks');
    await p.getByTestId('webhook-log').getByText('Đã gửi').waitFor();
    await shot(p, 'webhooks-360x740');
    await phone.close();
  });
});
