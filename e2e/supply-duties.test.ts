import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailerFromEnv, sendReminders } from '../src/modules/supply-duties/supply-duties.service.js';
import { DEMO_PASSWORDS, DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { poll, startE2E, type E2E } from './setup.js';

/** Whether neither the page nor a table's scroll area is wider than the screen. */
const noSidewaysScroll = (p: Page, testId: string) =>
  p.evaluate((id) => {
    const table = document.querySelector(`[data-testid="${id}"] .ant-table-content, [data-testid="${id}"] .ant-table-body`) as HTMLElement | null;
    return {
      page: document.documentElement.scrollWidth <= window.innerWidth,
      table: !!table && table.scrollWidth <= table.clientWidth + 1,
    };
  }, testId);

/** Envelopes of the mails an SMTP server in this process received. */
const mails: { to: string[]; raw: string }[] = [];

describe.skipIf(!e2eEnabled)('supply duties page', { timeout: 240_000 }, () => {
  let e2e: E2E;
  let smtp: SMTPServer;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      closeTimeout: 100,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    // The server runs in this process and reads its mail settings from the environment, as in production.
    const env = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
      SMTP_FROM: 'Hệ thống dân tộc <no-reply@dantoc.test>',
    };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('edits a duty, and shows the reminder it sent by e-mail and the mail settings', async () => {
    const db = e2e.server!.app.ctx.db;
    const unitId = (await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = '05128' AND valid_to IS NULL`.execute(db)).rows[0].id;
    // The provincial officer's script adds a monthly duty for Tân Lạc (HTTP Basic, as curl -u would).
    const auth = `Basic ${Buffer.from(`tinh.phutho:${DEMO_PASSWORDS['tinh.phutho']}`).toString('base64')}`;
    const res = await fetch(`${e2e.url}/api/supply-duties`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        unitId,
        registerArea: 'households',
        periodType: 'monthly',
        deadlineDays: 10,
        escalateAfterDays: 90,
        email: 'xa.tanlac@example.vn',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const id = (await res.json()).id as number;
    // Set a year ago, so that the months before the last one are owed whatever today is.
    await sql`UPDATE supply_duty SET created_at = now() - interval '1 year' WHERE id = ${id}`.execute(db);

    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/supply-duties');
    await page.getByTestId('duty-table').locator('tr', { hasText: 'xa.tanlac@example.vn' }).waitFor({ timeout: 60_000 });
    await poll(() => page.getByTestId('supply-mail-status').innerText()).toContain('máy chủ 127.0.0.1');
    expect(await page.getByTestId('supply-mail-status').innerText()).toContain('no-reply@dantoc.test');
    await poll(() => page.getByTestId('duty-table').innerText()).toContain('xa.tanlac@example.vn');

    // Edit: a shorter deadline and the commune's office address.
    await page.getByTestId(`duty-edit-${id}`).click();
    await page.getByTestId('duty-deadline').fill('5');
    await page.getByTestId('duty-email').fill('vanthu.tanlac@example.vn');
    const put = page.waitForResponse((r) => r.url().endsWith(`/api/supply-duties/${id}`) && r.request().method() === 'PUT');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    expect((await put).status()).toBe(200);
    await poll(() => page.getByTestId('duty-table').innerText()).toContain('vanthu.tanlac@example.vn');
    const row = await page.getByTestId('duty-table').locator('tr', { hasText: 'vanthu.tanlac@example.vn' }).innerText();
    expect(row).toContain('Sổ hộ gia đình');
    expect(row).toMatch(/\b5\b/);

    // The reminder job (what the server runs every hour) mails the edited address.
    const sent = await sendReminders(db, Date.now(), mailerFromEnv());
    expect(sent.reminders).toBeGreaterThan(0);
    expect(sent.mailed).toBe(sent.reminders + sent.escalations);
    expect(mails.length).toBe(sent.mailed);
    expect(mails.every((m) => m.to.join() === 'vanthu.tanlac@example.vn')).toBe(true);

    await page.reload();
    // The tab counts what is overdue once the list has come in.
    const overdueTab = page.getByRole('tab', { name: /Quá hạn \([1-9]/ });
    await overdueTab.waitFor({ timeout: 60_000 });
    await overdueTab.click();
    await poll(() => page.getByTestId('overdue-table').innerText()).toContain('Sổ hộ gia đình');
    await page.getByRole('tab', { name: 'Nhắc nhở đã gửi' }).click();
    const reminders = page.getByTestId('reminder-table');
    await poll(() => reminders.innerText()).toContain('vanthu.tanlac@example.vn');
    const lines = (await reminders.locator('tbody tr').allInnerTexts()).filter((l) => l.includes('vanthu.tanlac@example.vn'));
    expect(lines).toHaveLength(sent.reminders);
    for (const l of lines) {
      expect(l).toContain('Nhắc đơn vị');
      expect(l).toContain('Sổ hộ gia đình');
      expect(l).toMatch(/Có\s*$/);
    }
    await shot(page, 'supply-duties-reminders-1366x768');
    await page.getByRole('tab', { name: 'Nghĩa vụ', exact: true }).click();
    await shot(page, 'supply-duties-1366x768');
    await page.getByTestId(`duty-edit-${id}`).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, 'supply-duties-edit-1366x768');
    await ctx.close();

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'tinh.phutho');
    await p.goto('/supply-duties');
    // A first page load on a phone, on a busy machine, may take longer than a poll.
    await p.getByTestId('duty-table').locator('tr', { hasText: 'vanthu.tanlac@example.vn' }).waitFor({ timeout: 60_000 });
    expect(await noSidewaysScroll(p, 'duty-table')).toEqual({ page: true, table: true });
    await shot(p, 'supply-duties-360x740');
    await p.getByRole('tab', { name: 'Nhắc nhở đã gửi' }).click();
    await p.getByTestId('reminder-table').locator('tr', { hasText: 'vanthu.tanlac@example.vn' }).first().waitFor({ timeout: 60_000 });
    // On a phone each reminder is one card (no sideways scrolling), still naming who was told and how.
    const card = await p.getByTestId('reminder-table').locator('tbody tr', { hasText: 'vanthu.tanlac@example.vn' }).first().innerText();
    expect(card).toContain('Nhắc đơn vị');
    expect(card).toContain('Sổ hộ gia đình');
    expect(card).toContain('Đã gửi thư: Có');
    expect(await noSidewaysScroll(p, 'reminder-table')).toEqual({ page: true, table: true });
    await shot(p, 'supply-duties-reminders-360x740');
    await p.getByRole('tab', { name: 'Nghĩa vụ', exact: true }).click();
    await p.getByTestId(`duty-edit-${id}`).click();
    await p.getByRole('dialog').waitFor();
    await shot(p, 'supply-duties-edit-360x740');
    await phone.close();
  });
});
