import { describe, expect, it } from 'vitest';
import { addDays, todayVN } from '../../shared/dates.js';
import { countRows, useTestApp } from '../../test/harness.js';
import { recordAccess } from './access-log.service.js';

describe('access log', () => {
  const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');

  /** A person held in Tân Lạc (the commune officer's commune). */
  async function tanLacPerson(): Promise<number> {
    const list = (await s.as('xa.tanlac').get('/api/persons?pageSize=1')).json();
    expect(list.items.length).toBe(1);
    return list.items[0].id;
  }

  it('records a read of a person once, with its purpose, and lists it filtered by user and day', async () => {
    const id = await tanLacPerson();
    const before = await countRows(s.t.database.db, 'access_log', { entity: 'person', entity_id: String(id) });
    const read = await s.as('tinh.phutho').get(`/api/persons/${id}?purpose=${encodeURIComponent('Xác minh hồ sơ')}`);
    expect(read.statusCode).toBe(200);
    expect(await countRows(s.t.database.db, 'access_log', { entity: 'person', entity_id: String(id) })).toBe(before + 1);

    const today = todayVN();
    const mine = (await s.as('admin').get(`/api/access-log?user=TINH.PHUTHO&from=${today}&to=${today}`)).json();
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(mine.items[0]).toMatchObject({ action: 'view', entity: 'person', entityId: String(id), purpose: 'Xác minh hồ sơ' });
    const me = (await s.as('tinh.phutho').get('/api/auth/me')).json();
    expect(mine.items[0].user).toMatchObject({ username: 'tinh.phutho', fullName: me.fullName });
    expect(me.fullName).toBeTruthy();
    expect(mine.items.every((e: { user: { username: string } }) => e.user.username === 'tinh.phutho')).toBe(true);

    const tomorrow = addDays(today, 1);
    const later = (await s.as('admin').get(`/api/access-log?user=tinh.phutho&from=${tomorrow}`)).json();
    expect(later.total).toBe(0);
    const yesterday = addDays(today, -1);
    const earlier = (await s.as('admin').get(`/api/access-log?user=tinh.phutho&to=${yesterday}`)).json();
    expect(earlier.total).toBe(0);
  });

  it('shows a province officer only what touches their area', async () => {
    const db = s.t.database.db;
    // An entry by a user with no area about a record outside the register of persons: not the province's.
    await recordAccess(
      db,
      { userId: null, username: 'someone.else', ip: null },
      { action: 'export', entity: 'household_list', entityId: null, purpose: 'Báo cáo quốc gia' },
    );
    const all = (await s.as('admin').get('/api/access-log?user=someone.else')).json();
    expect(all.total).toBe(1);
    const province = (await s.as('tinh.phutho').get('/api/access-log?user=someone.else')).json();
    expect(province.total).toBe(0);
    // Their own reads of persons in their area they do see.
    const own = (await s.as('tinh.phutho').get('/api/access-log?user=tinh.phutho&action=view')).json();
    expect(own.total).toBeGreaterThanOrEqual(1);
  });

  it('shows a province officer the reads of persons held in their area, whoever made them', async () => {
    const db = s.t.database.db;
    const id = await tanLacPerson();
    const outsider = { userId: null, username: 'nguoi.ngoai', ip: null };
    // A read of a person of Tân Lạc, one of an unknown id and one of a reference that is no person id.
    for (const entityId of [String(id), '2000000000', `0${id}`]) {
      await recordAccess(db, outsider, { action: 'view_person', entity: 'person', entityId, purpose: 'Kiểm tra' });
    }
    const all = (await s.as('admin').get('/api/access-log?user=nguoi.ngoai')).json();
    expect(all.total).toBe(3);
    const province = (await s.as('tinh.phutho').get('/api/access-log?user=nguoi.ngoai')).json();
    expect(province.items.map((e: { entityId: string }) => e.entityId)).toEqual([String(id)]);
    expect(province.total).toBe(1);
    expect(province.items[0].user).toEqual({ id: null, username: 'nguoi.ngoai', fullName: null });
  });

  it('is refused to roles that may not read the logs', async () => {
    for (const u of ['xa.tanlac', 'lanhdao']) {
      const res = await s.as(u).get('/api/access-log');
      expect(res.statusCode).toBe(403);
    }
    expect((await s.t.anonymous().get('/api/access-log')).statusCode).toBe(401);
  });
});
