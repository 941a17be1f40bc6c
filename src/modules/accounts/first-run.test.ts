import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { isLoopback, listenRefusal, unchangedDemoAccounts } from './demo-guard.service.js';
import { openSetupIfEmpty } from './first-run.service.js';
import { passwordProblem } from './passwords.service.js';

const s = useTestApp();

describe('demo accounts are served to this machine only', () => {
  it('refuses a non-loopback address while a demo password is unchanged, naming the accounts and the fix', async () => {
    const unchanged = await unchangedDemoAccounts(s.t.database.db);
    expect(unchanged).toEqual(['admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao']);
    const message = listenRefusal('0.0.0.0', unchanged)!;
    expect(message).toContain('admin, tinh.phutho, xa.tanlac, lanhdao');
    expect(message).toContain('npm run cli -- user:password --username lanhdao');
    expect(listenRefusal('127.0.0.1', unchanged)).toBeNull();
    expect(listenRefusal('::1', unchanged)).toBeNull();
    expect(['localhost', '127.0.0.2', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.5', 'example.org'].some(isLoopback)).toBe(false);

    const admin = await s.t.login('admin');
    const users = (await admin.get('/api/users')).json().items as { id: number; username: string }[];
    for (const u of users.filter((x) => x.username !== 'admin')) {
      expect((await admin.post(`/api/users/${u.id}/password`, { newPassword: `Ruộng bậc thang ${u.id} Mù Cang Chải` })).statusCode).toBe(200);
    }
    expect(listenRefusal('0.0.0.0', await unchangedDemoAccounts(s.t.database.db))).toMatch(/demo accounts admin still/);
    expect((await admin.post('/api/auth/password', { currentPassword: 'Admin@2025', newPassword: 'Ruộng bậc thang Hoàng Su Phì' })).statusCode).toBe(200);
    expect(listenRefusal('0.0.0.0', await unchangedDemoAccounts(s.t.database.db))).toBeNull();
  });
});

describe('password rules', () => {
  it('refuses short, common, patterned, username-bearing and unchanged passwords on every path', async () => {
    expect(passwordProblem('password1')).toBe('password_common');
    expect(passwordProblem('Matkhau@123')).toBe('password_common');
    expect(passwordProblem('aaaaaaa1')).toMatch(/^password_(common|pattern)$/);
    expect(passwordProblem('Tx7Tx7Tx7')).toBe('password_pattern');
    expect(passwordProblem('mnopqrst8')).toBe('password_pattern');
    expect(passwordProblem('12345678')).not.toBeNull();
    expect(passwordProblem('abcdefgh9')).toBe('password_pattern');
    expect(passwordProblem('Xa.tanlac2025', 'xa.tanlac')).toBe('password_has_username');
    expect(passwordProblem('Ab1!xyz')).toBe('password_too_short');
    expect(passwordProblem('Đồi chè Thanh Sơn 7', 'tinh.phutho')).toBeNull();

    const viewer = await s.t.login('lanhdao', await freshPassword('lanhdao'));
    const change = async (newPassword: string) =>
      (await viewer.post('/api/auth/password', { currentPassword: current.lanhdao, newPassword }, { 'accept-language': 'en' })).json().error;
    expect(await change('password1')).toMatchObject({ code: 'password_common', message: expect.stringMatching(/quá phổ biến/) });
    expect(await change('aaaaaaa1')).toMatchObject({ code: expect.stringMatching(/^password_(common|pattern)$/) });
    expect(await change('lanhdao-2026!')).toMatchObject({ code: 'password_has_username' });
    expect(await change(current.lanhdao)).toMatchObject({ code: 'password_unchanged' });

    const admin = await s.t.login('admin', current.admin);
    const create = await admin.post('/api/users', { username: 'can.bo.moi', password: 'password1', fullName: 'Cán bộ', role: 'viewer' });
    expect(create.json().error.details[0]).toMatchObject({ field: 'password', code: 'password_common' });
    const id = (await admin.get('/api/users?q=lanhdao')).json().items[0].id;
    const reset = await admin.post(`/api/users/${id}/password`, { newPassword: current.lanhdao }, { 'accept-language': 'vi' });
    expect(reset.json().error).toMatchObject({ code: 'password_unchanged', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' });
  });
});

const current: Record<string, string> = { admin: 'Ruộng bậc thang Hoàng Su Phì' };
async function freshPassword(username: string) {
  const row = await s.t.database.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  current[username] = `Ruộng bậc thang ${row.id} Mù Cang Chải`;
  return current[username];
}

describe('first run', () => {
  it('creates the first administrator only with the console code, then closes', async () => {
    const db = s.t.database.db;
    expect((await s.t.anonymous().get('/api/auth/setup')).json()).toEqual({ open: false });
    await db.deleteFrom('user_session').execute();
    await db.deleteFrom('app_user').execute();
    const code = (await openSetupIfEmpty(s.t.ctx))!;
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect((await s.t.anonymous().get('/api/auth/setup')).json()).toEqual({ open: true });
    const body = { username: 'quantri.tinh', fullName: 'Quản trị tỉnh', password: 'Núi Ba Vì mây trắng 2026' };
    const stranger = await s.t.anonymous().post('/api/auth/setup', { ...body, setupCode: '0000-0000-0000' });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.code).toBe('setup_code_invalid');
    const weak = await s.t.anonymous().post('/api/auth/setup', { ...body, password: 'password1', setupCode: code });
    expect(weak.json().error.code).toBe('password_common');
    const ok = await s.t.anonymous().post('/api/auth/setup', { ...body, setupCode: code });
    expect(ok.statusCode).toBe(201);
    const again = await s.t.anonymous().post('/api/auth/setup', { ...body, username: 'ke.khac', setupCode: code });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_closed');
    expect((await s.t.anonymous().get('/api/auth/setup')).json()).toEqual({ open: false });
    const login = await s.t.anonymous().post('/api/auth/login', { username: 'quantri.tinh', password: body.password });
    expect(login.json().next).toBe('enrol');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'ip'])
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(ok.json().id))
      .execute();
    expect(audit.map((a) => a.action)).toContain('create');
  });
});
