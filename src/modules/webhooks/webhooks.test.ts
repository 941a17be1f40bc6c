import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, createTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';
import { createTestForm } from '../data-entry/data-entry.fixtures.js';
import { backoffMs, BASE_DELAY_MS, isPrivateAddress, processDueDeliveries, verifySignature } from './webhooks.service.js';

/** A receiver on this machine: records every request and answers with `status` (per path). */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
let t: TestApp;
let admin: Client;
let base = '';
let host = '127.0.0.1';
const received: Received[] = [];
const statusOf = new Map<string, number>();
let receiver: http.Server;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statusOf.get(req.url ?? '') ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  host = '127.0.0.1';
});
afterAll(async () => {
  await t?.close();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function waitFor<T>(what: () => Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const deliveries = async (webhookId: number) => (await admin.get(`/api/webhooks/deliveries?webhook=${webhookId}`)).json().items as any[];

async function newHousehold(code: string) {
  return createHousehold(admin, {
    communeCode: '05128',
    validFrom: '2025-08-01',
    code,
    members: [{ fullName: 'Lò Văn Pọm', sex: 'male', birthDate: '1979-03-04', ethnicCode: '03', relationship: 'head' }],
  });
}

describe('webhook destinations', () => {
  it('refuses a host no administrator allowed, and a private address unless allowed for the host, writing nothing', async () => {
    const before = await countRows(t.database.db, 'webhook');
    const body = { name: 'Hệ thống tỉnh', url: `${base}/hook`, events: ['household.changed'] };
    const refused = await admin.post('/api/webhooks', body, { 'accept-language': 'vi' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('webhook_host_not_allowed');
    expect(refused.json().error.message).toContain('chưa được quản trị viên cho phép');

    expect((await admin.post('/api/webhooks/allowed-hosts', { host, allowPrivate: false })).statusCode).toBe(200);
    const priv = await admin.post('/api/webhooks', body);
    expect(priv.statusCode).toBe(400);
    expect(priv.json().error.code).toBe('webhook_private_address');
    expect(priv.json().error.message).toContain('địa chỉ nội bộ');

    const bad = await admin.post('/api/webhooks', { ...body, url: 'ftp://example.org/x' });
    expect(bad.json().error.code).toBe('webhook_url_invalid');
    const creds = await admin.post('/api/webhooks', { ...body, url: 'https://user:pass@example.org/x' });
    expect(creds.json().error.code).toBe('webhook_url_invalid');
    const noEvents = await admin.post('/api/webhooks', { ...body, events: [] });
    expect(noEvents.json().error.code).toBe('webhook_events_required');
    expect(await countRows(t.database.db, 'webhook')).toBe(before);
    expect(isPrivateAddress('10.1.2.3')).toBe(true);
    expect(isPrivateAddress('::ffff:192.168.1.1')).toBe(true);
    expect(isPrivateAddress('fe80::1')).toBe(true);
    expect(isPrivateAddress('203.162.4.190')).toBe(false);
  });

  it('keeps webhooks to administrators, and the allow-list to national administrators', async () => {
    const officer = await t.login('xa.tanlac');
    expect((await officer.get('/api/webhooks')).statusCode).toBe(403);
    expect((await officer.post('/api/webhooks/allowed-hosts', { host: 'example.org' })).statusCode).toBe(403);
    expect((await admin.post('/api/webhooks/allowed-hosts', { host: 'not a host!' })).json().error.code).toBe('webhook_host_invalid');
  });
});

describe('webhook deliveries', () => {
  let secret = '';
  let hookId = 0;

  it('delivers a signed event when a household changes, and logs the delivery', async () => {
    await admin.post('/api/webhooks/allowed-hosts', { host, allowPrivate: true });
    const res = await admin.post('/api/webhooks', { name: 'Nhận hộ', url: `${base}/hook`, events: ['household.changed', 'report.submitted'] });
    expect(res.statusCode, res.body).toBe(201);
    secret = res.json().secret;
    hookId = res.json().webhook.id;
    expect(secret).toMatch(/^whsec_/);
    expect((await admin.get('/api/webhooks')).body).not.toContain(secret);
    expect(await countRows(t.database.db, 'audit_log', { entity: 'webhook', action: 'create', entity_id: String(hookId) })).toBe(1);

    const { id } = await newHousehold('WH-1');
    const got = await waitFor(async () => received.find((r) => r.path === '/hook' && JSON.parse(r.body).data.householdId === id));
    const timestamp = String(got.headers['x-dantoc-timestamp']);
    const signature = String(got.headers['x-dantoc-signature']);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(secret, timestamp, got.body, signature)).toBe(true);
    // A changed body, or another secret, does not verify.
    expect(verifySignature(secret, timestamp, got.body.replace('created', 'updated'), signature)).toBe(false);
    expect(verifySignature('whsec_other', timestamp, got.body, signature)).toBe(false);
    expect(got.headers['x-dantoc-event']).toBe('household.changed');
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ event: 'household.changed', data: { householdId: id, change: 'created' } });
    // No personal data travels in an event.
    expect(got.body).not.toContain('Lò Văn Pọm');

    const log = await waitFor(async () => (await deliveries(hookId)).find((d) => d.status === 'delivered'));
    expect(log).toMatchObject({ event: 'household.changed', attempts: 1, responseCode: 200, lastError: null });
  });

  it('retries a failing receiver with exponential back-off, then delivers', async () => {
    statusOf.set('/failing', 500);
    const res = await admin.post('/api/webhooks', { name: 'Hay lỗi', url: `${base}/failing`, events: ['household.changed'] });
    const id = res.json().webhook.id;
    await newHousehold('WH-2');
    const first = await waitFor(async () => (await deliveries(id)).find((d) => d.attempts === 1));
    expect(first).toMatchObject({ status: 'pending', responseCode: 500 });
    expect(first.lastError).toContain('500');
    const wait = new Date(first.nextAttemptAt).getTime() - new Date(first.lastAttemptAt).getTime();
    expect(wait).toBe(BASE_DELAY_MS);
    expect(backoffMs(2)).toBe(2 * BASE_DELAY_MS);
    expect(backoffMs(3)).toBe(4 * BASE_DELAY_MS);
    // Not retried before its time.
    expect(await processDueDeliveries(t.database.db, t.ctx.auth.now())).toBe(0);

    t.advanceClock(BASE_DELAY_MS + 1000);
    const second = await waitFor(async () => (await deliveries(id)).find((d) => d.attempts === 2));
    expect(second.status).toBe('pending');
    expect(new Date(second.nextAttemptAt).getTime() - new Date(second.lastAttemptAt).getTime()).toBe(2 * BASE_DELAY_MS);

    statusOf.set('/failing', 204);
    t.advanceClock(2 * BASE_DELAY_MS + 1000);
    const done = await waitFor(async () => (await deliveries(id)).find((d) => d.status === 'delivered'));
    expect(done).toMatchObject({ attempts: 3, responseCode: 204 });
    expect(received.filter((r) => r.path === '/failing').length).toBe(3);
  });

  it('keeps the queue in the database: a delivery taken by a worker that stopped is sent again', async () => {
    const sub = await admin.patch(`/api/webhooks/${hookId}`, { active: false });
    expect(sub.json().active).toBe(false);
    await newHousehold('WH-3');
    // Turned off: nothing is queued for it.
    expect(await countRows(t.database.db, 'webhook_delivery', { webhook_id: hookId, status: 'pending' })).toBe(0);
    await admin.patch(`/api/webhooks/${hookId}`, { active: true });
    const sentFor = (householdId: number) => received.some((r) => r.path === '/hook' && JSON.parse(r.body).data.householdId === householdId);
    // As if a process had taken it and died: locked until a time now passed, never attempted. The running worker
    // may send the delivery before the lock lands (a busy machine); then the set-up is tried with another household.
    let id: number | undefined;
    for (let attempt = 0; attempt < 3 && id === undefined; attempt++) {
      const created = await newHousehold(`WH-4${attempt}`);
      const locked =
        await sql`UPDATE webhook_delivery SET locked_until = now() + interval '1 hour' WHERE webhook_id = ${hookId} AND status = 'pending' RETURNING id`.execute(
          t.database.db,
        );
      if (locked.rows.length > 0 && !sentFor(created.id)) id = created.id;
    }
    expect(id).toBeDefined();
    await new Promise((r) => setTimeout(r, 2500));
    expect(sentFor(id!)).toBe(false);
    t.advanceClock(3600_000 + 1000);
    await waitFor(async () => received.find((r) => r.path === '/hook' && JSON.parse(r.body).data.householdId === id));
  });

  it('refuses a delivery once its host is taken off the allow-list, without retrying', async () => {
    await sql`DELETE FROM webhook_allowed_host`.execute(t.database.db);
    const { id } = await newHousehold('WH-5');
    const failed = await waitFor(async () => (await deliveries(hookId)).find((d) => d.status === 'failed'));
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('127.0.0.1');
    expect(received.find((r) => r.path === '/hook' && JSON.parse(r.body).data.householdId === id)).toBeUndefined();
    // Allowed again, a retry by hand delivers it.
    await admin.post('/api/webhooks/allowed-hosts', { host, allowPrivate: true });
    const retried = await admin.post(`/api/webhooks/deliveries/${failed.id}/retry`);
    expect(retried.json().status).toBe('pending');
    await waitFor(async () => received.find((r) => r.path === '/hook' && JSON.parse(r.body).data.householdId === id));
  });

  it('refuses to take a host off the allow-list while a subscription sends there', async () => {
    const res = await admin.delete(`/api/webhooks/allowed-hosts/${host}`, { 'accept-language': 'vi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('đăng ký nhận sự kiện');
  });

  it('sends report.submitted when a commune submits a report', async () => {
    const province = await t.login('tinh.phutho');
    const form = await createTestForm(province, t.database.db, 'HOOK_Y');
    const officer = await t.login('xa.tanlac');
    const res = await officer.post(`/api/data-entry/reports/${form.code}/05128/2025/submit`, {});
    expect(res.statusCode, res.body).toBe(200);
    const got = await waitFor(async () => received.find((r) => r.headers['x-dantoc-event'] === 'report.submitted'));
    // The server's clock was moved forward above: the timestamp is checked against it.
    const sig = [String(got.headers['x-dantoc-timestamp']), got.body, String(got.headers['x-dantoc-signature'])] as const;
    expect(verifySignature(secret, ...sig, t.ctx.auth.now())).toBe(true);
    expect(verifySignature(secret, ...sig, t.ctx.auth.now() + 600_000)).toBe(false);
    expect(JSON.parse(got.body).data).toMatchObject({ dataSetId: form.id, periodId: '2025', from: 'open', to: 'submitted', by: 'xa.tanlac' });
  });

  it('sends report.returned and report.approved, signed, to a subscription for those events only', async () => {
    const res = await admin.post('/api/webhooks', { name: 'Nhận duyệt', url: `${base}/review`, events: ['report.returned', 'report.approved'] });
    expect(res.statusCode, res.body).toBe(201);
    const reviewSecret = res.json().secret as string;
    const province = await t.login('tinh.phutho');
    const form = await createTestForm(province, t.database.db, 'HOOK_R');
    const officer = await t.login('xa.tanlac');
    const R = `/api/data-entry/reports/${form.code}/05128/2025`;
    expect((await officer.post(`${R}/submit`, {})).statusCode).toBe(200);
    expect((await province.post(`${R}/return`, { comment: 'Kiểm tra lại số hộ' })).statusCode).toBe(200);
    expect((await officer.post(`${R}/submit`, {})).statusCode).toBe(200);
    expect((await province.post(`${R}/approve`, {})).statusCode).toBe(200);
    const review = () => received.filter((r) => r.path === '/review' && JSON.parse(r.body).data.dataSetId === form.id);
    const both = await waitFor(async () => review().length >= 2 && review());
    const events = both.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.event).sort()).toEqual(['report.approved', 'report.returned']);
    expect(events.find((e) => e.event === 'report.returned').data).toMatchObject({
      from: 'submitted',
      to: 'returned',
      comment: 'Kiểm tra lại số hộ',
      by: 'tinh.phutho',
    });
    expect(events.find((e) => e.event === 'report.approved').data).toMatchObject({ from: 'submitted', to: 'approved', by: 'tinh.phutho' });
    for (const r of both)
      expect(verifySignature(reviewSecret, String(r.headers['x-dantoc-timestamp']), r.body, String(r.headers['x-dantoc-signature']), t.ctx.auth.now())).toBe(
        true,
      );
    // The submissions were not asked for on this subscription.
    expect(review().some((r) => JSON.parse(r.body).event === 'report.submitted')).toBe(false);
  });
});
