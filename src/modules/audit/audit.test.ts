import { describe, expect, it } from 'vitest';
import { todayVN } from '../../shared/dates.js';
import { useTestApp } from '../../test/harness.js';

describe('audit log', () => {
  const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');

  it('records writes with who, what and before/after, filterable by user, entity and date', async () => {
    const admin = s.as('admin');
    const created = await admin.post('/api/users', { username: 'audit.probe', password: 'Suoi-Da-Tan-Lac-9', fullName: 'Trước', role: 'viewer' });
    const id = created.json().id;
    await admin.patch(`/api/users/${id}`, { fullName: 'Sau' });
    const res = await admin.get(`/api/audit?entity=user&entityId=${id}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: any) => i.action)).toEqual(['update', 'create']);
    expect(items[0]).toMatchObject({ username: 'admin', before: { full_name: 'Trước' }, after: { full_name: 'Sau' } });
    const byUser = (await admin.get('/api/audit?user=admin&action=update')).json();
    expect(byUser.items.every((i: any) => i.username === 'admin' && i.action === 'update')).toBe(true);
    const today = todayVN();
    expect((await admin.get(`/api/audit?from=${today}&to=${today}&entityId=${id}`)).json().total).toBe(2);
    expect((await admin.get(`/api/audit?from=2020-01-01&to=2020-01-02`)).json().total).toBe(0);
  });

  it('shows a provincial officer only entries of their area, and refuses commune officers and viewers', async () => {
    const admin = s.as('admin');
    await admin.post('/api/users', { username: 'hanoi.viewer', password: 'Suoi-Da-Tan-Lac-9', fullName: 'Hà Nội', role: 'viewer', scopeUnitCode: '01' });
    const tinh = s.as('tinh.phutho');
    const items = (await tinh.get('/api/audit?entity=user&pageSize=500')).json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i: any) => i.after?.username === 'hanoi.viewer')).toBe(false);
    expect((await s.as('xa.tanlac').get('/api/audit')).statusCode).toBe(403);
    expect((await s.as('lanhdao').get('/api/audit')).statusCode).toBe(403);
  });

  it('rejects bad filters', async () => {
    const admin = s.as('admin');
    for (const q of ['from=2025-13-01', 'to=yesterday', 'page=0', 'pageSize=100000', 'colour=red', 'from=1800-01-01']) {
      const res = await admin.get(`/api/audit?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
