import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, createTestApp, demoPassword, type Client, type TestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';

/**
 * Scripts and DHIS2-style clients call the API over real HTTP (Node's fetch, no browser, no cookie)
 * with an access token (`ApiToken` or `Bearer`) or HTTP Basic.
 */
let t: TestApp;
let admin: Client;
let tanlac: Client;
let base = '';
/** A household of Hà Nội, outside the commune officer's area. */
let hanoi: { id: number };
const NO_ID = 2_000_000_000;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  tanlac = await t.login('xa.tanlac');
  hanoi = await createHousehold(admin, {
    communeCode: '00004',
    validFrom: '2025-08-01',
    members: [{ fullName: 'Nguyễn Văn Hà', sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', relationship: 'head' }],
  });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

const call = (path: string, init: { method?: string; auth?: string; body?: unknown } = {}) =>
  fetch(base + path, {
    method: init.method ?? 'GET',
    headers: {
      'accept-language': 'en',
      ...(init.auth ? { authorization: init.auth } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

/** Runs curl (as a DHIS2 integrator's script would) and answers its HTTP status and body. */
async function curl(args: string[]) {
  const { stdout } = await promisify(execFile)('curl', ['-sS', '-H', 'Accept-Language: en', '-w', '\n%{http_code}', ...args], { timeout: 30_000 });
  const at = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(at + 1)), body: stdout.slice(0, at) };
}
const hasCurl = await promisify(execFile)('curl', ['--version']).then(
  () => true,
  () => false,
);

async function newToken(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/api/auth/tokens', { expiresInDays: 30, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { secret: string; token: { id: number; name: string; prefix: string; scopes: string[]; status: string } };
}

describe('personal access tokens', () => {
  it('creates a token shown once, stores only its hash, and lists it without the secret', async () => {
    const { secret, token } = await newToken(tanlac, { name: 'Báo cáo tự động', scopes: [{ area: 'register', access: 'read' }] });
    expect(secret).toMatch(/^dtk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({ name: 'Báo cáo tự động', scopes: ['register:read'], status: 'active' });
    const stored = await sql<{ secret_hash: string }>`SELECT secret_hash FROM api_token WHERE id = ${token.id}`.execute(t.database.db);
    expect(stored.rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].secret_hash).not.toContain(secret);
    const list = await tanlac.get('/api/auth/tokens');
    expect(list.body).not.toContain(secret);
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(token.id);
    expect(await countRows(t.database.db, 'audit_log', { entity: 'api_token', action: 'create', entity_id: String(token.id) })).toBe(1);
  });

  it('refuses a name in use, no scope, and an expiry beyond a year, writing nothing', async () => {
    const before = await countRows(t.database.db, 'api_token');
    await newToken(tanlac, { name: 'Trùng', scopes: [{ area: 'register', access: 'read' }] });
    const dup = await tanlac.post(
      '/api/auth/tokens',
      { name: 'Trùng', scopes: [{ area: 'register', access: 'read' }], expiresInDays: 30 },
      { 'accept-language': 'vi' },
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('Bạn đã có một khóa còn hiệu lực');
    expect((await tanlac.post('/api/auth/tokens', { name: 'x', scopes: [], expiresInDays: 30 })).statusCode).toBe(400);
    expect((await tanlac.post('/api/auth/tokens', { name: 'x', scopes: [{ area: 'register', access: 'read' }], expiresInDays: 400 })).statusCode).toBe(400);
    expect(await countRows(t.database.db, 'api_token')).toBe(before + 1);
  });

  it('accepts the token as ApiToken and as Bearer, and records its last use', async () => {
    const { secret, token } = await newToken(tanlac, { name: 'Đọc hộ', scopes: [{ area: 'register', access: 'read' }] });
    for (const auth of [`ApiToken ${secret}`, `Bearer ${secret}`]) {
      const res = await call('/api/households?commune=05128', { auth });
      expect(res.status, auth.split(' ')[0]).toBe(200);
    }
    const me = await call('/api/auth/me', { auth: `ApiToken ${secret}` });
    expect((await me.json()).username).toBe('xa.tanlac');
    const row = (await tanlac.get('/api/auth/tokens')).json().items.find((i: { id: number }) => i.id === token.id);
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.lastUsedIp).toBe('127.0.0.1');
  });

  it('keeps a token to its areas and to reading unless it may write, with no CSRF token needed for writes', async () => {
    const { secret: reader } = await newToken(tanlac, { name: 'Chỉ đọc', scopes: [{ area: 'register', access: 'read' }] });
    const { secret: writer } = await newToken(tanlac, { name: 'Ghi', scopes: [{ area: 'register', access: 'write' }] });
    const body = {
      communeCode: '05128',
      validFrom: '2025-08-01',
      code: 'TOKEN-1',
      members: [{ fullName: 'Hà Văn Khánh', sex: 'male', birthDate: '1980-01-02', ethnicCode: '06', relationship: 'head' }],
    };
    const refused = await call('/api/households', { method: 'POST', auth: `ApiToken ${reader}`, body });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('token_scope_missing');
    expect((await call('/api/villages?commune=05128', { auth: `ApiToken ${reader}` })).status).toBe(403);
    expect((await call('/api/auth/tokens', { auth: `ApiToken ${reader}` })).status).toBe(403);
    const created = await call('/api/households', { method: 'POST', auth: `ApiToken ${writer}`, body });
    expect(created.status).toBe(201);
    const id = (await created.json()).id;
    // Every write by a token is audited with the token's name.
    expect(await countRows(t.database.db, 'audit_log', { entity: 'household', entity_id: String(id), via: 'token: Ghi' })).toBeGreaterThan(0);
  });

  it("answers a commune officer's token about another commune exactly as about nothing", async () => {
    const { secret } = await newToken(tanlac, { name: 'Phạm vi', scopes: [{ area: 'register', access: 'read' }] });
    const far = await call(`/api/households/${hanoi.id}`, { auth: `Bearer ${secret}` });
    const none = await call(`/api/households/${NO_ID}`, { auth: `Bearer ${secret}` });
    expect(far.status).toBe(404);
    expect({ status: far.status, body: await far.text() }).toEqual({ status: none.status, body: await none.text() });
  });

  it('refuses a revoked, an expired and an unknown token with 401', async () => {
    const { secret, token } = await newToken(tanlac, { name: 'Thu hồi', scopes: [{ area: 'register', access: 'read' }] });
    const rev = await tanlac.post(`/api/auth/tokens/${token.id}/revoke`);
    expect(rev.statusCode).toBe(200);
    expect(rev.json().status).toBe('revoked');
    const res = await call('/api/households?commune=05128', { auth: `ApiToken ${secret}` });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('token_revoked');

    const { secret: short } = await newToken(tanlac, { name: 'Ngắn hạn', scopes: [{ area: 'register', access: 'read' }], expiresInDays: 1 });
    expect((await call('/api/households?commune=05128', { auth: `ApiToken ${short}` })).status).toBe(200);
    t.advanceClock(86_400_000 + 1000);
    const expired = await call('/api/households?commune=05128', { auth: `ApiToken ${short}` });
    expect(expired.status).toBe(401);
    expect((await expired.json()).error.code).toBe('token_expired');
    expect((await tanlac.get('/api/auth/tokens')).json().items.find((i: { name: string }) => i.name === 'Ngắn hạn').status).toBe('expired');
    expect((await call('/api/households?commune=05128', { auth: 'ApiToken dtk_not-a-token' })).status).toBe(401);
  });

  it("lets an administrator list and revoke anyone's token, and nobody else", async () => {
    const { secret, token } = await newToken(tanlac, { name: 'Quản trị thu hồi', scopes: [{ area: 'register', access: 'read' }] });
    const all = await admin.get('/api/api-tokens');
    expect(all.statusCode).toBe(200);
    expect(all.json().items.find((i: { id: number }) => i.id === token.id)).toMatchObject({ username: 'xa.tanlac' });
    expect((await tanlac.get('/api/api-tokens')).statusCode).toBe(403);
    const { token: adminToken } = await newToken(admin, { name: 'Của quản trị', scopes: [{ area: 'admin', access: 'read' }] });
    expect((await tanlac.post(`/api/auth/tokens/${adminToken.id}/revoke`)).statusCode).toBe(404);
    expect((await admin.post(`/api/api-tokens/${token.id}/revoke`)).json().status).toBe('revoked');
    expect((await call('/api/households?commune=05128', { auth: `ApiToken ${secret}` })).status).toBe(401);
  });
});

describe.skipIf(!hasCurl)('with curl', () => {
  it('reads with curl -u user:pass and with -H "Authorization: ApiToken …", and refuses a wrong password or a revoked token', async () => {
    const ok = await curl(['-u', `xa.tanlac:${demoPassword('xa.tanlac')}`, `${base}/api/auth/me`]);
    expect(ok.status, ok.body).toBe(200);
    expect(JSON.parse(ok.body).username).toBe('xa.tanlac');
    expect((await curl(['-u', 'xa.tanlac:not-the-password', `${base}/api/auth/me`])).status).toBe(401);
    const { secret, token } = await newToken(tanlac, { name: 'curl', scopes: [{ area: 'register', access: 'read' }] });
    const read = await curl(['-H', `Authorization: ApiToken ${secret}`, `${base}/api/households?commune=05128`]);
    expect(read.status, read.body).toBe(200);
    expect(Array.isArray(JSON.parse(read.body).items)).toBe(true);
    expect((await tanlac.post(`/api/auth/tokens/${token.id}/revoke`)).statusCode).toBe(200);
    expect((await curl(['-H', `Authorization: ApiToken ${secret}`, `${base}/api/households?commune=05128`])).status).toBe(401);
  });
});

describe('HTTP Basic', () => {
  it('accepts a user name and password on each call, and writes without a CSRF token, audited as basic', async () => {
    const auth = basic('xa.tanlac', demoPassword('xa.tanlac'));
    expect((await call('/api/households?commune=05128', { auth })).status).toBe(200);
    const body = {
      communeCode: '05128',
      validFrom: '2025-08-01',
      code: 'BASIC-1',
      members: [{ fullName: 'Lò Văn Sáng', sex: 'male', birthDate: '1981-01-02', ethnicCode: '06', relationship: 'head' }],
    };
    const created = await call('/api/households', { method: 'POST', auth, body });
    expect(created.status).toBe(201);
    expect(await countRows(t.database.db, 'audit_log', { entity: 'household', entity_id: String((await created.json()).id), via: 'basic' })).toBeGreaterThan(0);
  });

  it('refuses Basic for accounts with two-step verification', async () => {
    const res = await call('/api/households?commune=05128', { auth: basic('admin', demoPassword('admin')) });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('basic_two_factor');
  });

  it('counts a wrong Basic password as a failed sign-in, up to the lock-out', async () => {
    const wrong = basic('lanhdao', 'not-the-password');
    for (let i = 0; i < 10; i++) expect((await call('/api/households?commune=05128', { auth: wrong })).status).toBe(401);
    expect(await countRows(t.database.db, 'audit_log', { action: 'login_failed', username: 'lanhdao', via: 'basic' })).toBe(10);
    const locked = await call('/api/households?commune=05128', { auth: basic('lanhdao', demoPassword('lanhdao')) });
    expect(locked.status).toBe(429);
    // The sign-in page shares the same counter.
    const page = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lanhdao', password: demoPassword('lanhdao') } });
    expect(page.statusCode).toBe(429);
  });

  it('is refused when configuration turns it off', async () => {
    t.ctx.config.basicAuth = false;
    try {
      const res = await call('/api/households?commune=05128', { auth: basic('xa.tanlac', demoPassword('xa.tanlac')) });
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('basic_auth_disabled');
    } finally {
      t.ctx.config.basicAuth = true;
    }
  });
});
