import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, useTestApp } from '../../test/harness.js';
import { todayVN } from '../../shared/dates.js';
import { createHousehold, freshCode, villageOf } from './households.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac', 'tinh.phutho', 'lanhdao');
let outside: any;
let oldCommune: any;
let ours: any;

const NEW = '2025-08-01';
const OLD = '2024-03-01';

beforeAll(async () => {
  outside = await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: NEW, housing: 'makeshift', poverty: [{ year: 2025, status: 'poor' }] });
  oldCommune = await createHousehold(s.as('admin'), { communeCode: '05164', validFrom: OLD, villageId: await villageOf(s.as('admin'), '05164', OLD) });
  ours = await createHousehold(s.as('xa.tanlac'), {
    communeCode: '05128',
    validFrom: NEW,
    villageId: await villageOf(s.as('xa.tanlac'), '05128', NEW),
    housing: 'makeshift',
    waterSource: 'rainwater',
    internetAccess: 'none',
    poverty: [{ year: 2025, status: 'poor' }],
  });
});

const list = async (c: Client, query: string) => {
  const res = await c.get(`/api/households?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: any[]; total: number };
};

describe('a commune officer and a household of another commune', () => {
  it('cannot read it (404), nor its members', async () => {
    expect((await s.as('xa.tanlac').get(`/api/households/${outside.id}`)).json().error.code).toBe('not_found');
    expect((await s.as('xa.tanlac').get(`/api/households/${outside.id}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/persons/${outside.head.id}?purpose=${encodeURIComponent('kiểm tra')}`)).statusCode).toBe(404);
  });

  it('does not see it in lists, searches or totals', async () => {
    expect((await list(s.as('xa.tanlac'), `q=${encodeURIComponent(outside.code)}`)).total).toBe(0);
    expect((await list(s.as('admin'), `q=${encodeURIComponent(outside.code)}`)).total).toBe(1);
    const mine = await list(s.as('xa.tanlac'), 'pageSize=1');
    const graph = await s.t.ctx.graph();
    const reach = [...graph.reach(graph.units.get([...graph.units.values()].find((u) => u.code === '05128' && u.validFrom === '2025-07-01')!.id)!.id)];
    const today = todayVN();
    const r = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM household WHERE commune_id = ANY(${reach}::int[]) AND deleted_at IS NULL AND valid_from <= ${today} AND (valid_to IS NULL OR valid_to >= ${today})`.execute(
      s.t.database.db,
    );
    expect(mine.total).toBe(r.rows[0].n);
    expect((await list(s.as('admin'), 'pageSize=1')).total).toBeGreaterThan(mine.total);
    const persons = await s.as('xa.tanlac').get(`/api/persons?q=${encodeURIComponent(outside.head.fullName)}&pageSize=500`);
    expect(persons.json().items.map((p: any) => p.id)).not.toContain(outside.head.id);
    const other = await s.as('xa.tanlac').get(`/api/households?commune=04891&date=${NEW}`);
    expect(other.statusCode).toBe(404);
  });

  it('cannot change it in any way: by its id it is not found (404), in a commune outside the area refused (403)', async () => {
    const id = outside.id;
    const byId = [
      () => s.as('xa.tanlac').patch(`/api/households/${id}`, { version: 1, housing: 'solid' }),
      () => s.as('xa.tanlac').delete(`/api/households/${id}?reason=${encodeURIComponent('thử xóa')}`),
      () =>
        s
          .as('xa.tanlac')
          .post(`/api/households/${id}/events`, { type: 'birth', date: '2026-01-01', person: { fullName: 'Bé', sex: 'male', ethnicCode: '06' } }),
      () => s.as('xa.tanlac').put(`/api/households/${id}/poverty/2026`, { status: 'not_poor' }),
      () =>
        s
          .as('xa.tanlac')
          .post('/api/persons', { fullName: 'Người Lạ', sex: 'male', birthYear: 1990, ethnicCode: '01', household: { id, relationship: 'other' } }),
      () => s.as('xa.tanlac').patch(`/api/persons/${outside.head.id}`, { version: 1, occupation: 'x' }),
      () => s.as('xa.tanlac').delete(`/api/persons/${outside.members[1].id}?reason=${encodeURIComponent('thử xóa')}`),
      () => s.as('xa.tanlac').post(`/api/households/${ours.id}/events`, { type: 'merge', date: '2026-01-01', intoHouseholdId: id }),
    ];
    for (const attempt of byId) {
      const res = await attempt();
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const inOtherCommune = await s.as('xa.tanlac').post('/api/households', { communeCode: '04891', validFrom: NEW, code: freshCode() });
    expect(inOtherCommune.statusCode).toBe(403);
    expect(inOtherCommune.json().error.code).toBe('out_of_scope');
    const after = await s.as('admin').get(`/api/households/${id}`);
    expect(after.json()).toMatchObject({ version: 1, housing: 'makeshift', memberCount: 3, deletedAt: null });
  });
});

describe('reach across the 2025 reform', () => {
  it('reaches households keyed to an old commune merged into Tân Lạc', async () => {
    const res = await s.as('xa.tanlac').get(`/api/households/${oldCommune.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().commune).toMatchObject({ code: '05164', name: 'Tử Nê' });
    const items = (await list(s.as('xa.tanlac'), `commune=05128&date=${NEW}&q=${encodeURIComponent(oldCommune.code)}`)).items;
    expect(items.map((x) => x.id)).toEqual([oldCommune.id]);
    const before = (await list(s.as('xa.tanlac'), `commune=05164&date=2024-06-01&q=${encodeURIComponent(oldCommune.code)}`)).items;
    expect(before.map((x) => x.id)).toEqual([oldCommune.id]);
  });

  it('lets the provincial officer reach both communes, and the viewer read but not write', async () => {
    expect((await s.as('tinh.phutho').get(`/api/households/${outside.id}`)).statusCode).toBe(200);
    expect((await s.as('tinh.phutho').get(`/api/households/${ours.id}`)).statusCode).toBe(200);
    const read = await s.as('lanhdao').get(`/api/households/${ours.id}`);
    expect(read.json()).toMatchObject({ id: ours.id, canEdit: false });
    const write = await s.as('lanhdao').patch(`/api/households/${ours.id}`, { version: 1, housing: 'solid' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
  });
});

describe('list filters', () => {
  it('filters by village, head ethnic group, poverty of a year, housing, water and internet, with exact totals', async () => {
    const q = (extra: string) => list(s.as('xa.tanlac'), `commune=05128&pageSize=500&${extra}`);
    const check = async (extra: string, pred: (x: any) => boolean) => {
      const r = await q(extra);
      expect(r.items.length).toBe(Math.min(r.total, 500));
      expect(r.items.every(pred)).toBe(true);
      expect(r.items.map((x) => x.id)).toContain(ours.id);
      return r;
    };
    await check(`village=${ours.village.id}`, (x) => x.village.id === ours.village.id);
    await check('ethnic=06', (x) => x.head?.ethnicCode === '06');
    await check('poverty=poor&year=2025', (x) => x.poverty?.status === 'poor' && x.poverty.year === 2025);
    await check(
      'housing=makeshift&water=rainwater&internet=none',
      (x) => x.housing === 'makeshift' && x.waterSource === 'rainwater' && x.internetAccess === 'none',
    );
    expect((await q('ethnic=01')).items.map((x) => x.id)).not.toContain(ours.id);
    expect((await q('poverty=near_poor&year=2025')).items.map((x) => x.id)).not.toContain(ours.id);
    expect((await q('poverty=poor&year=2024')).items.map((x) => x.id)).not.toContain(ours.id);
  });

  it('searches by code, by the head’s name without diacritics, and by a member’s CCCD', async () => {
    const byCode = await list(s.as('xa.tanlac'), `q=${encodeURIComponent(ours.code.toLowerCase())}`);
    expect(byCode.items.map((x) => x.id)).toEqual([ours.id]);
    const byName = await list(s.as('xa.tanlac'), `q=${encodeURIComponent('bui van thang')}&pageSize=500`);
    expect(byName.items.map((x) => x.id)).toContain(ours.id);
    const child = await s.t.database.db.selectFrom('person').select('cccd').where('id', '=', ours.members[2].id).executeTakeFirstOrThrow();
    const byCccd = await list(s.as('xa.tanlac'), `q=${child.cccd}`);
    expect(byCccd.items.map((x) => x.id)).toEqual([ours.id]);
    expect(byCccd.items[0]).toMatchObject({ memberCount: 3, head: { fullName: 'Bùi Văn Thắng' }, commune: { code: '05128' } });
  });

  it('rejects bad filter values with a translated error', async () => {
    const res = await s.as('xa.tanlac').get('/api/households?housing=castle&pageSize=900');
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: any) => d.field)
        .sort(),
    ).toEqual(['housing', 'pageSize']);
  });
});
