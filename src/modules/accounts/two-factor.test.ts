import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { totpCode } from '../../test/totp.js';

const s = useTestApp();

const post = (url: string, payload: object, cookie?: string, csrf?: string) =>
  s.t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}), 'accept-language': 'en' },
  });

async function passwordStep(username: string, password: string) {
  const res = await post('/api/auth/login', { username, password });
  expect(res.statusCode).toBe(200);
  return res;
}

describe('two-step sign-in', () => {
  let secret = '';
  let recovery: string[] = [];

  it('keeps an administrator without two-factor to enrolment only', async () => {
    const res = await passwordStep('admin', 'Admin@2025');
    expect(res.json().next).toBe('enrol');
    const cookie = `dantoc_sid=${res.cookies.find((c) => c.name === 'dantoc_sid')!.value}`;
    const me = await s.t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().twoFactor).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
    const csrf = me.json().csrfToken;
    for (const url of ['/api/users', '/api/ethnic-groups', '/api/admin-units', '/api/audit', '/api/persons']) {
      const r = await s.t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': 'en' } });
      expect(r.statusCode, url).toBe(403);
      expect(r.json().error.code).toBe('two_factor_enrolment_required');
    }
    const write = await post('/api/users', { username: 'x.y', password: 'Ruong bac thang 2026', fullName: 'x', role: 'viewer' }, cookie, csrf);
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/bật xác thực hai bước/);

    const setup = await post('/api/auth/two-factor/setup', {}, cookie, csrf);
    expect(setup.statusCode).toBe(200);
    secret = setup.json().secret;
    expect(setup.json().uri).toMatch(/^otpauth:\/\/totp\/dantoc:admin\?.*secret=/);
    expect(setup.json().qr).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await post('/api/auth/two-factor/confirm', { code: '000000' === totpCode(secret, s.t.ctx.auth.now()) ? '111111' : '000000' }, cookie, csrf);
    expect(wrong.statusCode).toBe(400);
    const ok = await post('/api/auth/two-factor/confirm', { code: totpCode(secret, s.t.ctx.auth.now()) }, cookie, csrf);
    expect(ok.statusCode).toBe(200);
    recovery = ok.json().recoveryCodes;
    s.t.totpSecrets.set('admin', secret);
    expect(new Set(recovery).size).toBe(10);
    // The same session now works everywhere.
    expect((await s.t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } })).statusCode).toBe(200);
    const stored = await s.t.database.db.selectFrom('user_recovery_code').select('code_hash').execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(recovery[0]);
  });

  it('asks for a code after the password, accepts each code once, and each recovery code once', async () => {
    const first = await passwordStep('admin', 'Admin@2025');
    expect(first.json()).toMatchObject({ next: 'code', challenge: expect.any(String) });
    expect(first.cookies.find((c) => c.name === 'dantoc_sid')).toBeUndefined();
    s.t.advanceClock(30_000);
    const code = totpCode(secret, s.t.ctx.auth.now());
    const done = await post('/api/auth/login/code', { challenge: first.json().challenge, code });
    expect(done.json()).toMatchObject({ ok: true, next: 'done' });
    expect(done.cookies.find((c) => c.name === 'dantoc_sid')).toBeDefined();

    const again = await passwordStep('admin', 'Admin@2025');
    const reused = await post('/api/auth/login/code', { challenge: again.json().challenge, code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('two_factor_code_invalid');
    // A code from a step already passed is refused too, even inside the ±1 window.
    const earlier = await post('/api/auth/login/code', { challenge: again.json().challenge, code: totpCode(secret, s.t.ctx.auth.now() - 30_000) });
    expect(earlier.statusCode).toBe(401);
    const byRecovery = await post('/api/auth/login/code', { challenge: again.json().challenge, code: recovery[0].toUpperCase() });
    expect(byRecovery.json().next).toBe('done');
    const third = await passwordStep('admin', 'Admin@2025');
    expect((await post('/api/auth/login/code', { challenge: third.json().challenge, code: recovery[0] })).statusCode).toBe(401);
    const audit = await s.t.database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'login')
      .where('username', '=', 'admin')
      .execute();
    expect(audit.map((a) => (a.after as { method: string }).method)).toEqual(expect.arrayContaining(['totp', 'recovery_code']));
  });

  it('throttles wrong codes', async () => {
    s.t.advanceClock(3600_000); // earlier failures have leaked away
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const step = await passwordStep('admin', 'Admin@2025');
      for (let j = 0; j < 3; j++) statuses.push((await post('/api/auth/login/code', { challenge: step.json().challenge, code: `12345${j}` })).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429]);
    s.t.advanceClock(10 * 60_000);
  });

  it('is optional for others, who may turn it off; administrators may not, and may reset another user’s', async () => {
    const viewer = await s.t.login('lanhdao');
    expect((await viewer.get('/api/ethnic-groups')).statusCode).toBe(200);
    const setup = (await viewer.post('/api/auth/two-factor/setup')).json();
    expect((await viewer.post('/api/auth/two-factor/confirm', { code: totpCode(setup.secret, s.t.ctx.auth.now()) })).statusCode).toBe(200);
    s.t.totpSecrets.set('lanhdao', setup.secret);
    const again = await s.t.login('lanhdao');
    expect((await again.get('/api/auth/me')).json().twoFactor.enabled).toBe(true);
    expect((await again.post('/api/auth/two-factor/disable', { password: 'Xem@2025' })).statusCode).toBe(200);
    expect((await (await s.t.login('lanhdao')).get('/api/auth/me')).json().twoFactor.enabled).toBe(false);

    const admin = await s.t.login('admin');
    const off = await admin.post('/api/auth/two-factor/disable', { password: 'Admin@2025' });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.code).toBe('two_factor_required_for_role');

    const officer = await s.t.login('xa.tanlac');
    const s2 = (await officer.post('/api/auth/two-factor/setup')).json();
    await officer.post('/api/auth/two-factor/confirm', { code: totpCode(s2.secret, s.t.ctx.auth.now()) });
    const id = (await officer.get('/api/auth/me')).json().id;
    expect((await admin.get(`/api/users/${id}`)).json().twoFactorEnabled).toBe(true);
    expect((await admin.post(`/api/users/${id}/two-factor/reset`)).statusCode).toBe(200);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
    expect((await passwordStep('xa.tanlac', 'Xa@20251')).json().next).toBe('done');
    const audit = await s.t.database.db
      .selectFrom('audit_log')
      .select('username')
      .where('action', '=', 'reset_2fa')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audit).toEqual([{ username: 'admin' }]);
  });
});
