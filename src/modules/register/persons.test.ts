import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { compareVi } from '../../shared/text.js';
import { cccdFor, createHousehold, family } from './households.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac', 'lanhdao');
let home: any;

beforeAll(async () => {
  home = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: '2025-08-01' });
});

const purpose = encodeURIComponent('Cập nhật thông tin hộ');
const accessCount = async () =>
  Number(
    (
      await s.t.database.db
        .selectFrom('access_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('person list and search', () => {
  it('finds persons ignoring diacritics, case and spacing, within the area, in Vietnamese order', async () => {
    const res = await s.as('xa.tanlac').get(`/api/persons?q=${encodeURIComponent('  QUACH  thi hoa ')}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((p: any) => p.fullName)).toContain('Quách Thị Hoa');
    const page = await s.as('xa.tanlac').get('/api/persons?pageSize=200');
    const names: string[] = page.json().items.map((p: any) => p.fullName);
    expect(page.json().total).toBeGreaterThanOrEqual(names.length);
    for (let i = 1; i < names.length; i++) expect(compareVi(names[i - 1], names[i]), `${names[i - 1]} / ${names[i]}`).toBeLessThanOrEqual(0);
  });

  it('finds a person by exact CCCD but shows only its last three digits', async () => {
    const head = await s.t.database.db.selectFrom('person').select(['id', 'cccd']).where('id', '=', home.head.id).executeTakeFirstOrThrow();
    const res = await s.as('xa.tanlac').get(`/api/persons?q=${head.cccd}`);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: head.id,
        cccdMasked: `*********${head.cccd!.slice(-3)}`,
        household: { id: home.id, code: home.code, relationship: 'head' },
      }),
    ]);
    expect(JSON.stringify(res.json())).not.toContain(head.cccd);
  });

  it('filters by ethnic group and sex with exact totals', async () => {
    await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Hà Văn Pụn', sex: 'male', birthYear: 1970, ethnicCode: '03', relationship: 'head' }],
    });
    const thai = await s.as('xa.tanlac').get('/api/persons?ethnic=03&pageSize=500');
    expect(thai.json().items.length).toBe(thai.json().total);
    expect(thai.json().items.every((p: any) => p.ethnicCode === '03' && p.ethnicName === 'Thái')).toBe(true);
    expect(thai.json().items.map((p: any) => p.fullName)).toContain('Hà Văn Pụn');
    const women = await s.as('xa.tanlac').get('/api/persons?sex=female&pageSize=500');
    expect(women.json().items.every((p: any) => p.sex === 'female')).toBe(true);
    expect(women.json().items.map((p: any) => p.fullName)).not.toContain('Hà Văn Pụn');
  });
});

describe('reading a person record', () => {
  it('requires a purpose and logs nothing without one', async () => {
    const before = await accessCount();
    const res = await s.as('xa.tanlac').get(`/api/persons/${home.head.id}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'purpose_required', details: [{ field: 'purpose', code: 'purpose_required' }] });
    expect((await s.as('xa.tanlac').get(`/api/persons/${home.head.id}?purpose=ok`)).statusCode).toBe(400);
    expect(await accessCount()).toBe(before);
  });

  it('returns the full record and logs who read it and why', async () => {
    const res = await s.as('lanhdao').get(`/api/persons/${home.head.id}?purpose=${purpose}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      fullName: 'Bùi Văn Thắng',
      cccd: expect.stringMatching(/^017075\d{6}$/),
      canEdit: false,
      memberships: [{ householdId: home.id, relationship: 'head', validTo: null }],
    });
    const log = await s.t.database.db.selectFrom('access_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(log).toMatchObject({
      username: 'lanhdao',
      action: 'view_person',
      entity: 'person',
      entity_id: String(home.head.id),
      purpose: 'Cập nhật thông tin hộ',
    });
  });
});

describe('adding and changing persons', () => {
  it('adds a person to a household with the same rules as on creation', async () => {
    const bad = await s.as('xa.tanlac').post('/api/persons', {
      fullName: 'Bùi Thị Xuân',
      sex: 'female',
      birthYear: 1999,
      ethnicCode: '06',
      cccd: cccdFor('female', 1998),
      household: { id: home.id, relationship: 'child' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('cccd_birth_year');
    const head = await s.as('xa.tanlac').post('/api/persons', {
      fullName: 'Bùi Thị Xuân',
      sex: 'female',
      birthYear: 1999,
      ethnicCode: '06',
      household: { id: home.id, relationship: 'head' },
    });
    expect(head.json().error.code).toBe('household_has_head');
    const father = await s.as('xa.tanlac').post('/api/persons', {
      fullName: 'Bùi Văn Ba',
      sex: 'male',
      birthYear: 1990,
      ethnicCode: '06',
      household: { id: home.id, relationship: 'father' },
    });
    expect(father.json().error.code).toBe('parent_younger_than_child');
    const ok = await s.as('xa.tanlac').post('/api/persons', {
      fullName: 'Bùi Thị Xuân',
      sex: 'female',
      birthYear: 1999,
      ethnicCode: '06',
      cccd: cccdFor('female', 1999),
      household: { id: home.id, relationship: 'child', from: '2026-01-10' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const h = (await s.as('xa.tanlac').get(`/api/households/${home.id}`)).json();
    expect(h.members.find((m: any) => m.id === ok.json().id)).toMatchObject({ fullName: 'Bùi Thị Xuân', relationship: 'child', validFrom: '2026-01-10' });
  });

  it('changes a person with the version; the head’s new name reaches the household search; old values stay readable as of a date', async () => {
    const id = home.head.id;
    const res = await s.as('xa.tanlac').patch(`/api/persons/${id}`, { version: 1, fullName: 'Bùi Văn Thắm', effectiveDate: '2026-02-01' });
    expect(res.statusCode, res.body).toBe(200);
    const found = await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent('bui van tham')}`);
    expect(found.json().items.map((x: any) => x.id)).toContain(home.id);
    const then = await s.as('xa.tanlac').get(`/api/persons/${id}?purpose=${purpose}&date=2026-01-15`);
    expect(then.json()).toMatchObject({ fullName: 'Bùi Văn Thắng', version: 2 });
    expect(then.json().timeline.filter((c: any) => c.field === 'fullName')).toEqual([
      expect.objectContaining({ oldValue: 'Bùi Văn Thắng', newValue: 'Bùi Văn Thắm', changedBy: 'xa.tanlac' }),
    ]);
    const hh = (await s.as('xa.tanlac').get(`/api/households/${home.id}?date=2026-01-15`)).json();
    expect(hh.head.fullName).toBe('Bùi Văn Thắng');
    const stale = await s.as('xa.tanlac').patch(`/api/persons/${id}`, { version: 1, occupation: 'Làm ruộng' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('refuses changes that break a rule: a child made older than the head, a bad CCCD, a future birth', async () => {
    const child = home.members.find((m: any) => m.fullName === 'Bùi Văn Nam');
    const older = await s.as('xa.tanlac').patch(`/api/persons/${child.id}`, { version: 1, birthDate: '1960-01-01' });
    expect(older.statusCode).toBe(400);
    // Changing the date alone keeps the CCCD (born 2003) in disagreement as well; both are reported.
    expect(
      older
        .json()
        .error.details.map((d: any) => d.code)
        .sort(),
    ).toEqual(['cccd_birth_year']);
    const older2 = await s.as('xa.tanlac').patch(`/api/persons/${child.id}`, { version: 1, birthDate: '1960-01-01', cccd: null });
    expect(older2.json().error.code).toBe('child_older_than_parent');
    const cccd = await s.as('xa.tanlac').patch(`/api/persons/${child.id}`, { version: 1, cccd: '999999999999' });
    expect(cccd.json().error.code).toBe('cccd_province');
    const future = await s.as('xa.tanlac').patch(`/api/persons/${child.id}`, { version: 1, birthDate: '2099-05-05', cccd: null });
    expect(future.json().error.code).toBe('birth_date_future');
    const row = await s.t.database.db.selectFrom('person').select(['birth_date', 'version']).where('id', '=', child.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ birth_date: '2003-09-01', version: 1 });
  });

  it('deletes a person with a reason (not a head), and only an administrator restores them', async () => {
    const head = await s.as('xa.tanlac').delete(`/api/persons/${home.head.id}?reason=${encodeURIComponent('nhầm')}`);
    expect(head.statusCode).toBe(409);
    expect(head.json().error.code).toBe('person_is_head');
    const wife = home.members.find((m: any) => m.fullName === 'Quách Thị Hoa');
    expect((await s.as('xa.tanlac').delete(`/api/persons/${wife.id}`)).json().error.code).toBe('reason_required');
    const del = await s.as('xa.tanlac').delete(`/api/persons/${wife.id}?reason=${encodeURIComponent('Nhập nhầm người')}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await s.as('xa.tanlac').get(`/api/persons/${wife.id}?purpose=${purpose}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/households/${home.id}`)).json().members.map((m: any) => m.id)).not.toContain(wife.id);
    const listed = await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent(home.code)}`);
    expect(listed.json().items[0].memberCount).toBe(3);
    expect((await s.as('xa.tanlac').post(`/api/persons/${wife.id}/restore`)).statusCode).toBe(403);
    const restored = await s.as('admin').post(`/api/persons/${wife.id}/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await s.as('xa.tanlac').get(`/api/households/${home.id}`)).json().members.map((m: any) => m.id)).toContain(wife.id);
  });

  it('lets a viewer read but not write', async () => {
    const { relationship, ...person } = family()[1];
    void relationship;
    const res = await s.as('lanhdao').post('/api/persons', { ...person, household: { id: home.id, relationship: 'other' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});

describe('code lists', () => {
  it('lists every coded value with Vietnamese and English labels', async () => {
    const res = await s.as('lanhdao').get('/api/register/codes');
    expect(res.statusCode).toBe(200);
    expect(res.json().housing).toEqual([
      { code: 'solid', vi: 'Kiên cố', en: 'Solid' },
      { code: 'semi_solid', vi: 'Bán kiên cố', en: 'Semi-solid' },
      { code: 'makeshift', vi: 'Thiếu kiên cố, đơn sơ', en: 'Makeshift' },
    ]);
    expect(res.json().deprivation).toHaveLength(12);
    expect(res.json().relationship.map((r: any) => r.code)).toContain('head');
    expect((await s.t.anonymous().get('/api/register/codes')).statusCode).toBe(401);
  });
});
