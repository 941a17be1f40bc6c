import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';

const s = useTestApp();

describe('login and sessions', () => {
  it('logs in with the demo admin and reports who is logged in', async () => {
    const admin = await s.t.login('admin');
    const me = await admin.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'admin', role: 'admin', scope: null });
    expect(me.json().permissions).toContain('manage_users');
  });

  it('sets an HttpOnly SameSite=Strict cookie', async () => {
    const res = await s.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'LANHDAO', password: 'Xem@2025' } });
    expect(res.statusCode).toBe(200);
    const cookies = [res.headers['set-cookie']].flat().map(String);
    expect(cookies).toHaveLength(2);
    for (const header of cookies) {
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Strict/i);
    }
  });

  it('rejects a wrong password with a translated message and no cookie', async () => {
    const res = await s.t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: 'nope' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'login_failed', message: 'Wrong username or password' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('requires a session for the API', async () => {
    const res = await s.t.anonymous().get('/api/ethnic-groups');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Bạn cần đăng nhập');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await s.t.login('admin');
    const res = await admin.request('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_invalid');
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('logs out and the cookie stops working', async () => {
    const viewer = await s.t.login('lanhdao');
    expect((await viewer.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await viewer.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('changes the password, checking the current one and the strength', async () => {
    const officer = await s.t.login('tinh.phutho');
    const wrong = await officer.post('/api/auth/password', { currentPassword: 'x', newPassword: 'NewPass123' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('currentPassword');
    const weak = await officer.post('/api/auth/password', { currentPassword: 'Tinh@2025', newPassword: 'short' });
    expect(weak.json().error.code).toBe('password_too_short');
    const ok = await officer.post('/api/auth/password', { currentPassword: 'Tinh@2025', newPassword: 'Đồi chè Thanh Sơn 7' });
    expect(ok.statusCode).toBe(200);
    await expect(s.t.login('tinh.phutho', 'Tinh@2025')).rejects.toThrow();
    await s.t.login('tinh.phutho', 'Đồi chè Thanh Sơn 7');
  });

  it('rejects unknown fields and oversized bodies with the error shape', async () => {
    const extra = await s.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'b', role: 'admin' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.details).toEqual([expect.objectContaining({ field: 'role', code: 'unrecognized_keys' })]);
    const huge = await s.t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');
    const broken = await s.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('bad_json');
  });
});
