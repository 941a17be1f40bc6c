import { describe, expect, it } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { USER_BUCKET } from './throttle.service.js';

const s = useTestApp();

describe('user management', () => {
  it('lists the demo users with their scope units', async () => {
    const admin = await s.t.login('admin');
    const res = await admin.get('/api/users?pageSize=10');
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(res.json().items.map((u: any) => [u.username, u]));
    expect(byName['xa.tanlac'].scope).toMatchObject({ code: '05128', name: 'Tân Lạc', level: 'commune', validFrom: '2025-07-01' });
    expect(byName.admin.scope).toBeNull();
    expect(res.json().total).toBe(4);
  });

  it('creates a commune officer by unit code and date; the new user logs in scoped', async () => {
    const admin = await s.t.login('admin');
    const res = await admin.post('/api/users', {
      username: 'xa.vaynua',
      password: 'Suoi-Da-Tan-Lac-9',
      fullName: 'Cán bộ xã Vầy Nưa',
      role: 'commune_officer',
      scopeUnitCode: '04891',
      scopeUnitDate: '2025-06-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().scope).toMatchObject({ code: '04891', name: 'Vầy Nưa', validTo: '2025-06-30' });
    const me = await (await s.t.login('xa.vaynua', 'Suoi-Da-Tan-Lac-9')).get('/api/auth/me');
    expect(me.json().scope.name).toBe('Vầy Nưa');
    const audit = await s.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(res.json().id))
      .execute();
    expect(audit.map((a) => a.action)).toContain('create');
    expect(JSON.stringify(audit[0].after)).not.toContain('password');
  });

  it('refuses bad users with field errors and writes nothing', async () => {
    const admin = await s.t.login('admin');
    const count = () => countRows(s.t.database.db, 'app_user');
    const before = await count();
    const cases: [object, number, string][] = [
      [{ username: 'admin', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'viewer' }, 409, 'username'],
      [{ username: 'ok.user', password: 'short', fullName: 'x', role: 'viewer' }, 400, 'password'],
      [
        { username: 'ok.user', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'commune_officer', scopeUnitCode: '25', scopeUnitDate: '2025-08-01' },
        400,
        'scopeUnitCode',
      ],
      [{ username: 'ok.user', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'commune_officer', scopeUnitCode: '99999' }, 404, 'scopeUnitCode'],
      [{ username: 'ok.user', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'province_officer' }, 400, 'scopeUnitCode'],
      [{ username: 'a b', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'viewer' }, 400, 'username'],
      [{ username: 'ok.user', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'superuser' }, 400, 'role'],
      [
        { username: 'ok.user', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'viewer', scopeUnitDate: '2025-02-30', scopeUnitCode: '17' },
        400,
        'scopeUnitDate',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await admin.post('/api/users', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.details.map((d: any) => d.field)).toContain(field);
    }
    expect(Number(await count())).toBe(before);
  });

  it('is for administrators only', async () => {
    for (const name of ['tinh.phutho', 'xa.tanlac', 'lanhdao']) {
      const c = await s.t.login(name);
      expect((await c.get('/api/users')).statusCode).toBe(403);
      expect((await c.post('/api/users', { username: 'x.y', password: 'Suoi-Da-Tan-Lac-9', fullName: 'x', role: 'viewer' })).statusCode).toBe(403);
    }
  });

  it('deactivates a user, ending their sessions, and unlocks a locked one', async () => {
    const admin = await s.t.login('admin');
    const viewer = await s.t.login('lanhdao');
    const list = (await admin.get('/api/users?q=lanhdao')).json();
    const id = list.items[0].id;
    expect((await admin.patch(`/api/users/${id}`, { active: false })).json().active).toBe(false);
    expect((await viewer.get('/api/auth/me')).statusCode).toBe(401);
    await expect(s.t.login('lanhdao')).rejects.toThrow(/403/);
    await admin.patch(`/api/users/${id}`, { active: true });
    for (let i = 0; i < USER_BUCKET.capacity; i++)
      await s.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lanhdao', password: 'bad' } });
    expect((await admin.get(`/api/users/${id}`)).json()).toMatchObject({ failedLogins: USER_BUCKET.capacity, lockedUntil: expect.any(String) });
    await expect(s.t.login('lanhdao')).rejects.toThrow(/429/);
    expect((await admin.post(`/api/users/${id}/unlock`)).statusCode).toBe(200);
    await s.t.login('lanhdao');
  });

  it('resets a password and refuses to let an admin lock themself out', async () => {
    const admin = await s.t.login('admin');
    const me = (await admin.get('/api/auth/me')).json();
    const self = await admin.patch(`/api/users/${me.id}`, { active: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.code).toBe('cannot_demote_self');
    const xa = (await admin.get('/api/users?q=tanlac')).json().items[0];
    expect((await admin.post(`/api/users/${xa.id}/password`, { newPassword: 'Moi12345' })).statusCode).toBe(200);
    await s.t.login('xa.tanlac', 'Moi12345');
    expect((await admin.get('/api/users/999999')).statusCode).toBe(404);
  });
});
