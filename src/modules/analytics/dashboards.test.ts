import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, useTestApp, type Client } from '../../test/harness.js';
import { filteredMap } from './dashboards.service.js';

const s = useTestApp('lanhdao', 'tinh.phutho', 'xa.tanlac', 'admin');
let outside: Client;
let defaultId: number;
let ids: Record<string, number>;

beforeAll(async () => {
  const created = await s.as('admin').post('/api/users', {
    username: 'tinh.hanoi',
    password: 'Ruong bac thang 2026',
    fullName: 'Cán bộ Hà Nội',
    role: 'province_officer',
    scopeUnitId: undefined,
    scopeUnitCode: '01',
  });
  expect(created.statusCode, created.body).toBe(201);
  outside = await s.t.login('tinh.hanoi', 'Ruong bac thang 2026');
  const rows = await sql<{ username: string; id: number }>`SELECT username, id FROM app_user`.execute(s.t.database.db);
  ids = Object.fromEntries(rows.rows.map((r) => [r.username, r.id]));
});

const itemData = async (who: Client, id: number, itemId: string, filter: Record<string, unknown> = {}, status = 200) => {
  const res = await who.post(`/api/dashboards/${id}/items/${itemId}/data`, filter);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const query = async (who: Client, body: Record<string, unknown>) => {
  const res = await who.post('/api/analytics/query', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the default province dashboard', () => {
  it('is the first dashboard the leader sees, with 8 items naming their visualisations and map', async () => {
    const list = (await s.as('lanhdao').get('/api/dashboards')).json().items;
    expect(list[0]).toMatchObject({ isDefault: true, itemCount: 8, unit: { code: '25' }, mine: false });
    defaultId = list[0].id;
    const d = (await s.as('lanhdao').get(`/api/dashboards/${defaultId}`)).json();
    expect(d.items.map((i: any) => i.kind)).toEqual([
      'headline',
      'visualisation',
      'visualisation',
      'map',
      'visualisation',
      'visualisation',
      'completeness',
      'programme',
    ]);
    expect(d.items[1].visualisation).toMatchObject({ name: 'Dân số theo dân tộc', chartType: 'bar' });
    expect(d.items[3].map).toMatchObject({ name: 'Bản đồ tỷ lệ hộ nghèo theo xã', settings: { measure: 'povertyRate', parent: '25' } });
    // Nobody can change it but its owner.
    expect((await s.as('lanhdao').patch(`/api/dashboards/${defaultId}`, { name: 'x' })).statusCode).toBe(403);
  });

  it('population by ethnic group equals the register count written by hand, and a commune officer sees their commune', async () => {
    const a = (await itemData(s.as('lanhdao'), defaultId, 'population')).answer;
    const day = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    const hand = await sql<{ ethnic_code: string; n: number }>`
      SELECT p.ethnic_code, count(*)::int AS n
      FROM household h JOIN household_member m ON m.household_id = h.id JOIN person p ON p.id = m.person_id
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
        AND m.valid_from <= ${day} AND (m.valid_to IS NULL OR m.valid_to >= ${day})
        AND p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${day})
      GROUP BY 1`.execute(s.t.database.db);
    expect(hand.rows.length).toBeGreaterThan(1);
    const got = Object.fromEntries(a.rows.map((r: any, i: number) => [r.keys[0], a.values[i][0]]));
    for (const r of hand.rows) expect(got[r.ethnic_code], r.ethnic_code).toBe(r.n);
    // Sorted, largest group first.
    const values = a.values.map((v: number[]) => v[0]);
    expect(values).toEqual([...values].sort((x: number, y: number) => y - x));
    // The commune officer opens the same item and gets Tân Lạc only: the same as the query of their commune.
    const mine = (await itemData(s.as('xa.tanlac'), defaultId, 'population')).answer;
    const direct = await query(s.as('xa.tanlac'), { ...(await itemData(s.as('lanhdao'), defaultId, 'population')).query, unit: '05128' });
    expect(mine.values).toEqual(direct.values);
    expect(mine.unit.code).toBe('05128');
    expect(mine.values.flat().reduce((x: number, y: number) => x + y, 0)).toBeLessThan(values.reduce((x: number, y: number) => x + y, 0));
  });

  it('the dashboard filter replaces each item’s periods and unit and gives the numbers of the query API with that filter', async () => {
    for (const item of ['population', 'ranked', 'poor']) {
      const plain = await itemData(s.as('lanhdao'), defaultId, item);
      const filter = { periods: ['2024'], unit: '05128' };
      const got = await itemData(s.as('lanhdao'), defaultId, item, filter);
      expect(got.query.periods).toEqual(['2024']);
      expect(got.query.unit).toBe('05128');
      const direct = await query(s.as('lanhdao'), { ...plain.query, ...filter });
      expect(got.answer.values, item).toEqual(direct.values);
      expect(got.answer.rows, item).toEqual(direct.rows);
      expect(got.answer.periods.map((p: any) => p.id)).toEqual(['2024']);
    }
    const poor = await itemData(s.as('lanhdao'), defaultId, 'poor', { periods: ['2024'] });
    const hand = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM household_poverty hp JOIN household h ON h.id = hp.household_id
      WHERE hp.year = 2024 AND hp.status = 'poor' AND h.deleted_at IS NULL`.execute(s.t.database.db);
    const col = poor.answer.columns.findIndex((c: any) => c.keys.includes('reg:poor_households'));
    expect(poor.answer.values[0][col]).toBe(hand.rows[0].n);
    // A map takes the year of the last period and the unit as its parent.
    const map = await itemData(s.as('lanhdao'), defaultId, 'map', { periods: ['2024'], unit: '05128' });
    expect(map.map).toMatchObject({ measure: 'povertyRate', year: 2024, date: '2024-12-31', parent: '05128' });
    // A commune (the lowest level) is drawn among the communes of its district on that day.
    expect(map.values.level).toBe('commune');
    expect(map.values.year).toBe(2024);
    expect(map.values.items.map((i: any) => i.code)).toContain('05128');
    expect(map.values.items.length).toBeGreaterThan(5);
    expect(map.values.parent.level).toBe('district');
    expect(
      filteredMap({ measure: 'persons', level: 'province', method: 'quantile', classes: 5, breaks: [] }, { periods: ['THIS_YEAR'] }, '2026-03-05'),
    ).toEqual({
      measure: 'persons',
      level: 'province',
      method: 'quantile',
      classes: 5,
      breaks: [],
      year: 2026,
      date: '2026-03-05',
    });
  });

  it('headline figures follow the dashboard’s unit filter, and stay in the caller’s area', async () => {
    const day = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    const persons = async (commune: string | null) =>
      (
        await sql<{ n: number }>`
      SELECT count(*)::int AS n
      FROM household h JOIN household_member m ON m.household_id = h.id JOIN person p ON p.id = m.person_id
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
        AND m.valid_from <= ${day} AND (m.valid_to IS NULL OR m.valid_to >= ${day})
        AND p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${day})
        AND (${commune}::text IS NULL OR h.commune_id = (SELECT id FROM admin_unit WHERE code = ${commune} AND valid_to IS NULL))`.execute(s.t.database.db)
      ).rows[0].n;
    const province = (await itemData(s.as('lanhdao'), defaultId, 'headline')).headline;
    expect(province.unit.code).toBe('25');
    expect(province.persons).toBe(await persons(null));
    const commune = (await itemData(s.as('lanhdao'), defaultId, 'headline', { unit: '05128' })).headline;
    expect(commune.unit.code).toBe('05128');
    expect(commune.persons).toBe(await persons('05128'));
    expect(commune.persons).toBeLessThan(province.persons);
    expect(commune.households).toBeLessThan(province.households);
    // The commune officer sees their commune on the province's dashboard, and cannot filter on another.
    const own = (await itemData(s.as('xa.tanlac'), defaultId, 'headline')).headline;
    expect(own).toMatchObject({ unit: { code: '05128' }, persons: commune.persons });
    await itemData(s.as('xa.tanlac'), defaultId, 'headline', { unit: '25' }, 404);
    const unknown = await itemData(s.as('lanhdao'), defaultId, 'headline', { unit: '99999' }, 404);
    expect(unknown.error.message).toContain('99999');
  });

  it('a user outside the province neither lists nor opens it, and gets no data from it', async () => {
    expect((await outside.get('/api/dashboards')).json().items.some((d: any) => d.id === defaultId)).toBe(false);
    expect((await outside.get(`/api/dashboards/${defaultId}`)).statusCode).toBe(404);
    await itemData(outside, defaultId, 'population', {}, 404);
    await itemData(outside, defaultId, 'population', { unit: '01' }, 404);
  });
});

describe('opening a dashboard with its data', () => {
  it('gives every item’s data in one request, the same as each item’s own request and the pages they come from', async () => {
    const res = await s.as('lanhdao').get('/api/dashboards/open');
    expect(res.statusCode, res.body).toBe(200);
    const { dashboard, items } = res.json();
    expect(dashboard.id).toBe(defaultId);
    expect(Object.keys(items).sort()).toEqual(['completeness', 'headline', 'map', 'poor', 'population', 'programme', 'ranked', 'trend']);
    for (const id of ['population', 'trend', 'ranked', 'poor'])
      expect(items[id].answer.values, id).toEqual((await itemData(s.as('lanhdao'), defaultId, id)).answer.values);
    // The map's values are those of the map page for its parent and the latest classified year.
    const m = items.map;
    expect(m.values.items.length).toBeGreaterThan(50);
    const years = (await s.as('lanhdao').get('/api/register/poverty-years')).json().years as number[];
    const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    const year = years.find((y) => y <= Number(today.slice(0, 4)));
    const page = (await s.as('lanhdao').get(`/api/maps/values?measure=povertyRate&date=${today}&year=${year}&parent=25`)).json();
    expect(m.values.year).toBe(year);
    expect(m.values.items.map((i: any) => [i.code, i.value])).toEqual(page.items.map((i: any) => [i.code, i.value]));
    // Completeness of last year's yearly report, and the programme's disbursement this year.
    const last = Number(today.slice(0, 4)) - 1;
    const c = (await s.as('lanhdao').get(`/api/data-entry/completeness?dataSet=TK_DAN_TOC_NAM&period=${last}`)).json();
    expect(items.completeness.completeness).toEqual({ period: last, totals: c.totals });
    const b = (await s.as('lanhdao').get(`/api/programmes/budget?year=${last + 1}`)).json();
    expect(items.programme.programme).toEqual({ nodeName: b.nodeName, year: last + 1, total: b.total });
    // With a filter, and for a commune officer: their area only.
    const f = (await s.as('lanhdao').get(`/api/dashboards/open?id=${defaultId}&periods=2024,2025&unit=25`)).json();
    expect(f.items.population.answer.values).toEqual(
      (await itemData(s.as('lanhdao'), defaultId, 'population', { periods: ['2024', '2025'], unit: '25' })).answer.values,
    );
    const mine = (await s.as('xa.tanlac').get('/api/dashboards/open')).json();
    expect(mine.items.headline.headline.unit.code).toBe('05128');
    expect(mine.items.map.values.items.map((i: any) => i.code)).toEqual(['05128']);
    expect((await outside.get(`/api/dashboards/open?id=${defaultId}`)).statusCode).toBe(404);
    expect((await s.as('lanhdao').get('/api/dashboards/open?periods=NOT_A_PERIOD')).statusCode).toBe(200);
    expect((await s.as('lanhdao').get('/api/dashboards/open?id=abc')).statusCode).toBe(400);
  });

  it('keeps an answer until the database changes, whoever changes it', async () => {
    const ask = async () => {
      const res = await s.as('lanhdao').post(`/api/dashboards/${defaultId}/items/population/data`, {});
      expect(res.statusCode, res.body).toBe(200);
      const a = res.json().answer;
      return { cache: res.headers['x-answer-cache'], total: a.values.flat().reduce((x: number, y: number) => x + y, 0) as number };
    };
    // PostgreSQL's transaction ids belong to the whole cluster: while other test files write to their own databases
    // an answer is (rightly) not kept, so the hits are checked on the embedded engine, the changes on both.
    const embedded = s.t.database.engine === 'pglite';
    const first = await ask();
    const again = await ask();
    expect(again.total).toBe(first.total);
    if (embedded) expect(again.cache).toBe('hit');
    // A person leaves the register by a write outside the server (as psql or a command-line import would).
    const db = s.t.database.db;
    const { rows } = await sql<{ id: number }>`
      SELECT p.id FROM person p JOIN household_member m ON m.person_id = p.id
      WHERE p.deleted_at IS NULL AND m.valid_to IS NULL AND p.death_date IS NULL LIMIT 1`.execute(db);
    await sql`UPDATE person SET deleted_at = now() WHERE id = ${rows[0].id}`.execute(db);
    try {
      expect(await ask()).toEqual({ cache: 'miss', total: first.total - 1 });
      const kept = await ask();
      expect(kept.total).toBe(first.total - 1);
      if (embedded) expect(kept.cache).toBe('hit');
    } finally {
      await sql`UPDATE person SET deleted_at = NULL WHERE id = ${rows[0].id}`.execute(db);
    }
    expect(await ask()).toEqual({ cache: 'miss', total: first.total });
  });
});

describe('dashboards', () => {
  it('creates, shares, rearranges and deletes a dashboard, audited; a user not shared with cannot read it', async () => {
    const mine = s.as('tinh.phutho');
    const v = await mine.post('/api/analytics/visualisations', {
      name: 'Số hộ theo xã',
      query: { data: ['reg:households'], periods: ['THIS_YEAR'], unit: '25', unitLevel: 'communes' },
      chartType: 'bar',
    });
    expect(v.statusCode, v.body).toBe(201);
    const m = await mine.post('/api/analytics/maps', { name: 'Dân số theo xã', settings: { measure: 'persons', parent: '25' } });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json().settings).toEqual({ measure: 'persons', parent: '25', method: 'quantile', classes: 5, breaks: [] });
    const body = {
      name: 'Theo dõi hộ',
      description: 'Số hộ từng xã',
      items: [
        { id: 'a', kind: 'visualisation', visualisationId: v.json().id, width: 3 },
        { id: 'b', kind: 'text', text: 'Ghi chú: số liệu sổ hộ.' },
        { id: 'c', kind: 'map', mapId: m.json().id },
      ],
    };
    const created = await mine.post('/api/dashboards', body);
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    expect(d).toMatchObject({ name: 'Theo dõi hộ', unit: { code: '25' }, mine: true, isDefault: false, sharedRoles: [] });
    expect(d.items.map((i: any) => [i.id, i.width, i.height])).toEqual([
      ['a', 3, 1],
      ['b', 2, 1],
      ['c', 2, 1],
    ]);
    expect(d.items[0].visualisation.name).toBe('Số hộ theo xã');
    expect(await countRows(s.t.database.db, 'audit_log', { entity: 'analytics_dashboard', entity_id: String(d.id), action: 'create' })).toBe(1);

    // Not shared: the commune officer and the leader cannot read it.
    expect((await s.as('xa.tanlac').get(`/api/dashboards/${d.id}`)).statusCode).toBe(404);
    expect((await s.as('lanhdao').get('/api/dashboards')).json().items.some((x: any) => x.id === d.id)).toBe(false);
    await itemData(s.as('xa.tanlac'), d.id, 'a', {}, 404);

    // Shared with one user, rearranged: the map first and wider.
    const changed = await mine.patch(`/api/dashboards/${d.id}`, {
      sharedUserIds: [ids['xa.tanlac']],
      items: [
        { id: 'c', kind: 'map', mapId: m.json().id, width: 4, height: 2 },
        { id: 'a', kind: 'visualisation', visualisationId: v.json().id, width: 3 },
      ],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const seen = await s.as('xa.tanlac').get(`/api/dashboards/${d.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items.map((i: any) => [i.id, i.width, i.height])).toEqual([
      ['c', 4, 2],
      ['a', 3, 1],
    ]);
    // The commune officer sees their own commune's households from it; the province officer every commune.
    const theirs = (await itemData(s.as('xa.tanlac'), d.id, 'a')).answer;
    expect(theirs.rows.filter((r: any) => !r.total).map((r: any) => r.keys[0])).toEqual(['05128']);
    const all = (await itemData(mine, d.id, 'a')).answer;
    expect(all.rows.filter((r: any) => !r.total).length).toBeGreaterThan(10);
    expect((await s.as('xa.tanlac').delete(`/api/dashboards/${d.id}`)).statusCode).toBe(403);
    expect(await countRows(s.t.database.db, 'audit_log', { entity: 'analytics_dashboard', entity_id: String(d.id), action: 'update' })).toBe(1);

    expect((await mine.delete(`/api/dashboards/${d.id}`)).statusCode).toBe(200);
    expect(await countRows(s.t.database.db, 'analytics_dashboard', { id: d.id })).toBe(0);
    expect(await countRows(s.t.database.db, 'audit_log', { entity: 'analytics_dashboard', entity_id: String(d.id), action: 'delete' })).toBe(1);
  });

  it('refuses bad items with a translated message and writes nothing', async () => {
    const before = await countRows(s.t.database.db, 'analytics_dashboard');
    const audits = await countRows(s.t.database.db, 'audit_log');
    const mine = s.as('tinh.phutho');
    const unknown = await mine.post('/api/dashboards', { name: 'X', items: [{ id: 'a', kind: 'visualisation', visualisationId: 999999 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Không có biểu đồ hoặc bản đồ đã lưu số 999999 mà bạn được xem');
    const privateVis = await s
      .as('admin')
      .post('/api/analytics/visualisations', { name: 'Riêng', query: { data: ['reg:persons'], periods: ['2025'] }, chartType: 'table' });
    const notShared = await mine.post('/api/dashboards', { name: 'X', items: [{ id: 'a', kind: 'visualisation', visualisationId: privateVis.json().id }] });
    expect(notShared.statusCode).toBe(400);
    const twice = await mine.post('/api/dashboards', {
      name: 'X',
      items: [
        { id: 'a', kind: 'headline' },
        { id: 'a', kind: 'text', text: 'x' },
      ],
    });
    expect(twice.json().error.message).toBe('Mục a có hai lần trong bảng điều khiển');
    const empty = await mine.post('/api/dashboards', { name: 'X', items: [{ id: 'a', kind: 'text', text: ' ' }] }, { 'accept-language': 'en' });
    expect(empty.statusCode).toBe(400);
    const outsideUnit = await s.as('xa.tanlac').post('/api/dashboards', { name: 'X', unit: '25' });
    expect(outsideUnit.statusCode).toBe(400);
    expect(outsideUnit.json().error.message).toBe('Đơn vị 25 không thuộc địa bàn của bạn');
    expect((await mine.post('/api/dashboards', { name: 'X', items: [{ id: 'a', kind: 'chart' }] })).statusCode).toBe(400);
    expect(await countRows(s.t.database.db, 'analytics_dashboard')).toBe(before);
    expect(await countRows(s.t.database.db, 'audit_log')).toBe(audits + 1); // the admin's visualisation only
  });

  it('saved maps: shared like visualisations, only the owner changes them', async () => {
    const m = (
      await s.as('tinh.phutho').post('/api/analytics/maps', { name: 'Hộ nghèo', settings: { measure: 'poorHouseholds', level: 'commune', year: 2025 } })
    ).json();
    expect((await s.as('lanhdao').get(`/api/analytics/maps/${m.id}`)).statusCode).toBe(404);
    await s.as('tinh.phutho').patch(`/api/analytics/maps/${m.id}`, { sharedRoles: ['viewer'] });
    expect((await s.as('lanhdao').get('/api/analytics/maps')).json().items.some((x: any) => x.id === m.id)).toBe(true);
    expect((await s.as('lanhdao').patch(`/api/analytics/maps/${m.id}`, { name: 'y' })).statusCode).toBe(403);
    expect((await s.as('tinh.phutho').delete(`/api/analytics/maps/${m.id}`)).statusCode).toBe(200);
    expect(await countRows(s.t.database.db, 'analytics_map', { id: m.id })).toBe(0);
  });
});
