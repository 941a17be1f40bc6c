import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, useTestApp, type Client } from '../../test/harness.js';
import { createMonthlyForm, enterValues, type MonthlyForm } from '../reporting-aggregate/aggregate.fixtures.js';
import { suppress } from './disclosure.service.js';

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');
const enter = (unit: string, period: string, values: [number, number, number | string][]) => enterValues(s.as('tinh.phutho'), f.code, unit, period, values);
let f: MonthlyForm;
let outside: Client;
let oldTanLac: string[];
let newCommunes: string[];

async function query(who: Client, body: Record<string, unknown>, status = 200) {
  const res = await who.post('/api/analytics/query', body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
/** The answer as { 'row label/…': { 'column label/…': value } } for comparisons. */
function table(a: any) {
  const out: Record<string, Record<string, number | null>> = {};
  a.rows.forEach((r: any, i: number) => {
    const row: Record<string, number | null> = {};
    out[r.keys.join('/')] = row;
    a.columns.forEach((c: any, j: number) => {
      row[c.keys.join('/')] = a.values[i][j];
    });
  });
  return out;
}

beforeAll(async () => {
  const db = s.t.database.db;
  f = await createMonthlyForm(s.as('admin'), db);
  const rows = await sql<{ code: string }>`
    SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.level = 'commune' AND p.code = '25' AND c.code <> '05128' AND c.valid_from = '2025-07-01' ORDER BY c.code LIMIT 3`.execute(db);
  newCommunes = rows.rows.map((r) => r.code);
  const old = await sql<{ code: string }>`
    SELECT o.code FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id JOIN admin_unit n ON n.id = s.new_unit_id
    WHERE n.code = '05128' AND n.valid_from = '2025-07-01' ORDER BY o.code`.execute(db);
  oldTanLac = old.rows.map((r) => r.code);
  const created = await s.as('admin').post('/api/users', {
    username: 'tinh.hanoi',
    password: 'Ruong bac thang 2026',
    fullName: 'Cán bộ Hà Nội',
    role: 'province_officer',
    scopeUnitCode: '01',
  });
  expect(created.statusCode, created.body).toBe(201);
  outside = await s.t.login('tinh.hanoi', 'Ruong bac thang 2026');
});

const HO_SUM = (units: string, periods: string) => sql<{ code: string; v: number }>`
  SELECT u.code, sum(v.value::float8)::float8 AS v FROM data_value v JOIN admin_unit u ON u.id = v.unit_id JOIN data_element e ON e.id = v.data_element_id
  WHERE e.code = 'AG_HO' AND v.value IS NOT NULL AND u.code = ANY(${units.split(',')}) AND v.period_id = ANY(${periods.split(',')}) GROUP BY u.code`;

/** Persons living on the day in the communes (by id), as the register counts them, by ethnic group and sex: written out by hand. */
const PERSONS = (communeIds: number[], day: string) => sql<{ ethnic_code: string; sex: string; n: number }>`
  SELECT p.ethnic_code, p.sex, count(*)::int AS n
  FROM household h JOIN household_member m ON m.household_id = h.id JOIN person p ON p.id = m.person_id
  WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
    AND coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r WHERE r.entity = 'household' AND r.entity_id = h.id
        AND r.field = 'communeId' AND r.effective_date > ${day} ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id) = ANY(${communeIds}::int[])
    AND m.valid_from <= ${day} AND (m.valid_to IS NULL OR m.valid_to >= ${day})
    AND p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${day})
  GROUP BY 1, 2`;

async function tanLacIds() {
  const db = s.t.database.db;
  const r = await sql<{ id: number }>`
    SELECT id FROM admin_unit WHERE code = '05128' AND valid_from = '2025-07-01'
    UNION SELECT s.old_unit_id FROM admin_unit_succession s JOIN admin_unit n ON n.id = s.new_unit_id WHERE n.code = '05128' AND n.valid_from = '2025-07-01'`.execute(
    db,
  );
  return r.rows.map((x) => x.id);
}

describe('pivot of data elements', () => {
  it('communes × months and the quarter, equal to a hand-written GROUP BY, within the caller area', async () => {
    const n = [3, 14, 25];
    for (const [i, code] of newCommunes.entries()) {
      await enter(code, '2025M10', [
        [f.el.HO, f.male, n[i]],
        [f.el.HO, f.female, 2 * n[i]],
      ]);
      await enter(code, '2025M11', [[f.el.HO, f.male, 100 + n[i]]]);
    }
    const a = await query(s.as('tinh.phutho'), {
      data: ['de:AG_HO'],
      periods: ['2025M10', '2025M11', '2025Q4'],
      unit: '25',
      unitLevel: 'communes',
      rows: ['unit'],
      columns: ['period'],
    });
    const t = table(a);
    const db = s.t.database.db;
    for (const p of ['2025M10', '2025M11']) {
      const expected = (await HO_SUM(newCommunes.join(','), p).execute(db)).rows;
      for (const r of expected) expect(t[r.code][p]).toBe(r.v);
    }
    const q4 = (await HO_SUM(newCommunes.join(','), '2025M10,2025M11,2025M12').execute(db)).rows;
    for (const r of q4) expect(t[r.code]['2025Q4']).toBe(r.v);
    // The total row adds the communes up; the total column adds the periods up.
    expect(t['']['2025M10']).toBe(n.reduce((x, y) => x + 3 * y, 0));
    expect(t[newCommunes[0]]['']).toBe(3 * n[0] + 100 + n[0] + (3 * n[0] + 100 + n[0]));
  });

  it('breaks an element down by its category (sex) with subtotals', async () => {
    const a = await query(s.as('tinh.phutho'), {
      data: ['de:AG_HO'],
      periods: ['2025M10'],
      unit: '25',
      unitLevel: 'communes',
      rows: ['unit', 'sex'],
      columns: ['period'],
    });
    const t = table(a);
    expect(t[`${newCommunes[1]}/male`]['2025M10']).toBe(14);
    expect(t[`${newCommunes[1]}/female`]['2025M10']).toBe(28);
    expect(t[`${newCommunes[1]}/`]['2025M10']).toBe(42);
    expect(a.rows.find((r: any) => r.keys.join('/') === `${newCommunes[1]}/`).labels).toEqual([expect.any(String), 'Tổng']);
  });

  it('shows values of the old communes on today’s unit across the 1 July 2025 reform', async () => {
    await enter(oldTanLac[0], '2025M06', [[f.el.HO, f.male, 7]]);
    await enter(oldTanLac[1], '2025M06', [[f.el.HO, f.female, 9]]);
    await enter('05128', '2025M08', [[f.el.HO, f.male, 30]]);
    const a = await query(s.as('xa.tanlac'), {
      data: ['de:AG_HO'],
      periods: ['2025M06', '2025M08', '2025'],
      unit: '05128',
      unitLevel: 'self',
      rows: ['unit'],
      columns: ['period'],
    });
    const db = s.t.database.db;
    const ids = await tanLacIds();
    const hand = async (periods: string[]) =>
      (
        await sql<{
          v: number;
        }>`SELECT sum(value::float8)::float8 AS v FROM data_value WHERE data_element_id = ${f.el.HO} AND unit_id = ANY(${ids}::int[]) AND period_id = ANY(${periods}) AND value IS NOT NULL`.execute(
          db,
        )
      ).rows[0].v;
    const t = table(a);
    expect(t['05128']['2025M06']).toBe(await hand(['2025M06']));
    expect(t['05128']['2025M06']).toBe(16);
    expect(t['05128']['2025M08']).toBe(30);
    expect(t['05128']['2025']).toBe(await hand(Array.from({ length: 12 }, (_, i) => `2025M${String(i + 1).padStart(2, '0')}`)));
  });

  it('under the "flag" split rule counts a split old commune in full in each successor, once in the total, and flags those cells', async () => {
    // Vầy Nưa (old 04891) was split between Tiền Phong (new 04891) and Thống Nhất (04828), both in Phú Thọ (25).
    await enter('04891', '2025M02', [[f.el.HO, f.male, 80]]);
    await enter(oldTanLac[2], '2025M02', [[f.el.HO, f.female, 5]]);
    const db = s.t.database.db;
    // Each new commune of province 25 with the old communes that went (wholly or in part) into it, written out by hand.
    const perCommune = async () =>
      Object.fromEntries(
        (
          await sql<{ code: string; v: number }>`
      SELECT n.code, sum(v.value::float8)::float8 AS v
      FROM admin_unit n JOIN admin_unit p ON p.id = n.parent_id
      JOIN data_value v ON v.unit_id = n.id OR v.unit_id IN (SELECT s.old_unit_id FROM admin_unit_succession s WHERE s.new_unit_id = n.id)
      WHERE p.code = '25' AND n.level = 'commune' AND n.valid_from = '2025-07-01'
        AND v.data_element_id = ${f.el.HO} AND v.period_id = '2025M02' AND v.value IS NOT NULL
      GROUP BY n.code`.execute(db)
        ).rows.map((r) => [r.code, r.v]),
      );
    // The province total: every value of a commune of the province or of an old commune that went into one, each once.
    const total = (
      await sql<{ v: number }>`
      SELECT sum(v.value::float8)::float8 AS v FROM data_value v
      WHERE v.data_element_id = ${f.el.HO} AND v.period_id = '2025M02' AND v.value IS NOT NULL AND v.unit_id IN (
        SELECT n.id FROM admin_unit n JOIN admin_unit p ON p.id = n.parent_id WHERE p.code = '25' AND n.level = 'commune'
        UNION SELECT s.old_unit_id FROM admin_unit_succession s JOIN admin_unit n ON n.id = s.new_unit_id JOIN admin_unit p ON p.id = n.parent_id
        WHERE p.code = '25' AND n.level = 'commune')`.execute(db)
    ).rows[0].v;
    const body = { data: ['de:AG_HO'], periods: ['2025M02'], unit: '25', unitLevel: 'communes', rows: ['unit'], columns: ['period'], totals: true };
    const a = await query(s.as('tinh.phutho'), { ...body, splitRule: 'flag' });
    const t = table(a);
    const hand = await perCommune();
    expect(t['04891']['2025M02']).toBe(80);
    expect(t['04828']['2025M02']).toBe(hand['04828']);
    expect(t['04828']['2025M02']).toBeGreaterThanOrEqual(80);
    expect(t['05128']['2025M02']).toBe(hand['05128']);
    // The total is not the sum of the rows (which counts Vầy Nưa twice) but each stored value once.
    const rowsSum = Object.entries(t)
      .filter(([k]) => k !== '')
      .reduce((x, [, r]) => x + (r['2025M02'] ?? 0), 0);
    expect(total).toBe(rowsSum - 80);
    expect(t['']['2025M02']).toBe(total);
    const flagged = (code: string) => a.flagged[a.rows.findIndex((r: any) => r.keys[0] === code)][0];
    expect(flagged('04891')).toBe(true);
    expect(flagged('04828')).toBe(true);
    expect(flagged('')).toBe(true);
    expect(flagged('05128')).toBe(false);
    expect(a.splitUnits).toContain('04891');
    // Proportional: half in each successor, the whole in the total.
    const pr = table(await query(s.as('tinh.phutho'), { ...body, splitRule: 'proportional' }));
    expect(pr['04891']['2025M02']).toBe(40);
    expect(pr['']['2025M02']).toBe(total);
  });

  it('a value saved shows in the next query, within 2 seconds', async () => {
    await enter(newCommunes[2], '2025M12', [[f.el.HO, f.male, 41]]);
    const started = Date.now();
    const a = await query(s.as('tinh.phutho'), {
      data: ['de:AG_HO'],
      periods: ['2025M12'],
      unit: '25',
      unitLevel: 'communes',
      rows: ['unit'],
      columns: ['period'],
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(table(a)[newCommunes[2]]['2025M12']).toBe(41);
    await enter(newCommunes[2], '2025M12', [[f.el.HO, f.male, 43]]);
    const b = await query(s.as('tinh.phutho'), {
      data: ['de:AG_HO'],
      periods: ['2025M12'],
      unit: '25',
      unitLevel: 'communes',
      rows: ['unit'],
      columns: ['period'],
    });
    expect(table(b)[newCommunes[2]]['2025M12']).toBe(43);
  });
});

describe('register measures and indicators', () => {
  it('persons by ethnic group and sex equal the hand-written count, today and before the reform', async () => {
    const ids = await tanLacIds();
    const db = s.t.database.db;
    for (const [period, day] of [
      ['2024', '2024-12-31'],
      ['2026', new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10)],
    ]) {
      const a = await query(s.as('xa.tanlac'), {
        data: ['reg:persons'],
        periods: [period],
        unit: '05128',
        unitLevel: 'self',
        rows: ['ethnic'],
        columns: ['sex'],
      });
      const t = table(a);
      const hand = (await PERSONS(ids, day).execute(db)).rows;
      expect(hand.length).toBeGreaterThan(0);
      for (const r of hand) expect(t[r.ethnic_code][r.sex], `${period} ${r.ethnic_code} ${r.sex}`).toBe(r.n);
      expect(t['']['']).toBe(hand.reduce((x, r) => x + r.n, 0));
    }
  });

  it('poverty rate (an indicator over register measures) equals poor / households × 100', async () => {
    const ids = await tanLacIds();
    const day = '2024-12-31';
    const r = (
      await sql<{ poor: number; all: number }>`
      SELECT count(*) FILTER (WHERE hp.status = 'poor')::int AS poor, count(*)::int AS all
      FROM household h LEFT JOIN household_poverty hp ON hp.household_id = h.id AND hp.year = 2024
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
        AND coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r WHERE r.entity = 'household' AND r.entity_id = h.id
          AND r.field = 'communeId' AND r.effective_date > ${day} ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id) = ANY(${ids}::int[])`.execute(
        s.t.database.db,
      )
    ).rows[0];
    expect(r.all).toBeGreaterThan(0);
    const a = await query(s.as('xa.tanlac'), {
      data: ['ind:TY_LE_HO_NGHEO', 'reg:poor_households', 'reg:households'],
      periods: ['2024'],
      unit: '05128',
      unitLevel: 'self',
      rows: ['unit'],
      columns: ['data'],
    });
    const t = table(a);
    expect(t['05128']['reg:households']).toBe(r.all);
    expect(t['05128']['reg:poor_households']).toBe(r.poor);
    expect(t['05128']['ind:TY_LE_HO_NGHEO']).toBe(Math.round((1000 * r.poor) / r.all) / 10);
  });

  it('a poverty trend over years leaves a year nobody was classified in empty (a gap), not 0', async () => {
    const db = s.t.database.db;
    const years = (await sql<{ y: number }>`SELECT DISTINCT year AS y FROM household_poverty ORDER BY 1`.execute(db)).rows.map((r) => Number(r.y));
    expect(years.length).toBeGreaterThan(0);
    const known = years[years.length - 1];
    const gap = years[0] - 1;
    const a = await query(s.as('xa.tanlac'), {
      data: ['ind:TY_LE_HO_NGHEO', 'reg:poor_households', 'reg:near_poor_households', 'reg:households'],
      periods: [String(gap), String(known)],
      unit: '05128',
      unitLevel: 'self',
      rows: ['period'],
      columns: ['data'],
    });
    const t = table(a);
    // Households lived there that year, but none was classified: the rate and the poor counts are unknown.
    expect(t[String(gap)]['reg:households']).toBeGreaterThan(0);
    expect(t[String(gap)]['reg:poor_households']).toBeNull();
    expect(t[String(gap)]['reg:near_poor_households']).toBeNull();
    expect(t[String(gap)]['ind:TY_LE_HO_NGHEO']).toBeNull();
    // A classified year keeps its counts (0 where nobody of a status was found among those classified).
    const ids = await tanLacIds();
    const day = `${known}-12-31`;
    const r = (
      await sql<{ poor: number; all: number }>`
      SELECT count(*) FILTER (WHERE hp.status = 'poor')::int AS poor, count(*)::int AS all
      FROM household h LEFT JOIN household_poverty hp ON hp.household_id = h.id AND hp.year = ${known}
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${day} AND (h.valid_to IS NULL OR h.valid_to >= ${day})
        AND coalesce((SELECT (r.old_value #>> '{}')::int FROM record_change r WHERE r.entity = 'household' AND r.entity_id = h.id
          AND r.field = 'communeId' AND r.effective_date > ${day} ORDER BY r.effective_date, r.id LIMIT 1), h.commune_id) = ANY(${ids}::int[])`.execute(db)
    ).rows[0];
    expect(t[String(known)]['reg:poor_households']).toBe(r.poor);
    expect(t[String(known)]['ind:TY_LE_HO_NGHEO']).toBe(Math.round((1000 * r.poor) / r.all) / 10);
  });

  it('checks formulas: syntax, unknown references; a division by zero gives no value; a refused indicator writes nothing', async () => {
    const admin = s.as('admin');
    const db = s.t.database.db;
    const before = await countRows(db, 'analytics_indicator');
    const syntax = await admin.post('/api/analytics/indicators', { code: 'X1', nameVi: 'Thử', numerator: '#{AG_HO} +', denominator: '1' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error.code).toBe('analytics_expression_invalid');
    const unknown = await admin.post('/api/analytics/indicators', {
      code: 'X1',
      nameVi: 'Thử',
      numerator: '#{KHONG_CO} + R{persons.purple} + C{PI}',
      denominator: '1',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('#{KHONG_CO}');
    expect(unknown.json().error.message).toContain('R{persons.purple}');
    expect(await countRows(db, 'analytics_indicator')).toBe(before);
    const zero = await admin.post('/api/analytics/indicators', {
      code: 'X_ZERO',
      nameVi: 'Chia cho không',
      numerator: '#{AG_HO}',
      denominator: '#{AG_HO.NAM} - #{AG_HO.NAM}',
      factor: 100,
    });
    expect(zero.statusCode, zero.body).toBe(201);
    const share = await admin.post('/api/analytics/indicators', {
      code: 'X_NAM',
      nameVi: 'Tỷ lệ nam',
      numerator: '#{AG_HO.NAM}',
      denominator: '#{AG_HO}',
      factor: 100,
      decimals: 2,
    });
    expect(share.statusCode, share.body).toBe(201);
    const a = await query(s.as('tinh.phutho'), {
      data: ['ind:X_ZERO', 'ind:X_NAM'],
      periods: ['2025M10'],
      unit: '25',
      unitLevel: 'communes',
      rows: ['unit'],
      columns: ['data'],
    });
    const t = table(a);
    expect(t[newCommunes[0]]['ind:X_ZERO']).toBeNull();
    expect(t[newCommunes[0]]['ind:X_NAM']).toBe(33.33);
    expect(await countRows(db, 'audit_log', { entity: 'analytics_indicator', action: 'create' })).toBeGreaterThanOrEqual(2);
  });
});

describe('area scope', () => {
  it('a commune officer cannot query the province; another province’s officer sees nothing of ours', async () => {
    const refused = await s.as('xa.tanlac').post('/api/analytics/query', { data: ['reg:persons'], periods: ['2026'], unit: '25' });
    expect(refused.statusCode).toBe(404);
    const theirs = await outside.post('/api/analytics/query', { data: ['reg:persons'], periods: ['2026'], unit: '05128', unitLevel: 'self' });
    expect(theirs.statusCode).toBe(404);
    const own = await query(outside, { data: ['de:AG_HO'], periods: ['2025M10'], unitLevel: 'communes' });
    expect(own.rows.every((r: any) => r.keys[0] === '' || !newCommunes.includes(r.keys[0]))).toBe(true);
    expect(own.values.flat().every((v: number | null) => v === null)).toBe(true);
    // The commune officer, asking for nothing in particular, gets only their commune.
    const mine = await query(s.as('xa.tanlac'), { data: ['reg:persons'], periods: ['2026'], unitLevel: 'self' });
    expect(mine.unit.code).toBe('05128');
  });
});

describe('disclosure control', () => {
  it('hides a second cell where hiding one would leak through the total', () => {
    // One row: 3 | 20 | 30 | total 53. Hiding only the 3 lets 53 − 20 − 30 give it back.
    const values = [[3, 20, 30, 53]];
    const counts = [[true, true, true, true]];
    const hidden = suppress(
      { values, counts },
      [
        [
          [0, 0],
          [0, 1],
          [0, 2],
          [0, 3],
        ],
      ],
      10,
    );
    expect(hidden[0]).toEqual([true, true, false, false]);
    // A 2 × 2 table with totals: a hidden cell hides a partner in its row and its column, and the corner follows.
    const v2 = [
      [4, 50, 54],
      [60, 70, 130],
      [64, 120, 184],
    ];
    const c2 = v2.map((r) => r.map(() => true));
    const lines: [number, number][][] = [];
    for (let r = 0; r < 3; r++)
      lines.push([
        [r, 0],
        [r, 1],
        [r, 2],
      ]);
    for (let c = 0; c < 3; c++)
      lines.push([
        [0, c],
        [1, c],
        [2, c],
      ]);
    const h2 = suppress({ values: v2, counts: c2 }, lines, 10);
    for (const line of lines) expect(line.filter(([r, c]) => h2[r][c]).length).not.toBe(1);
    expect(h2[0][0]).toBe(true);
  });

  it('suppresses small register counts for outside publication and for aggregates-only users, never leaving one hidden cell in a line', async () => {
    const check = (a: any) => {
      expect(a.suppression.applied).toBe(true);
      expect(a.suppression.cells).toBeGreaterThan(0);
      // Every column: details + total never hold exactly one hidden cell; every row likewise.
      for (let c = 0; c < a.columns.length; c++) expect(a.suppressed.filter((row: boolean[]) => row[c]).length).not.toBe(1);
      for (const row of a.suppressed) expect(row.filter(Boolean).length).not.toBe(1);
      for (const [i, row] of (a.values as (number | null)[][]).entries()) for (const [j, v] of row.entries()) if (a.suppressed[i][j]) expect(v).toBeNull();
    };
    const body = { data: ['reg:persons'], periods: ['2026'], unit: '05128', unitLevel: 'self', rows: ['ethnic'], columns: ['sex'] };
    const open = await query(s.as('xa.tanlac'), body);
    expect(open.suppression.applied).toBe(false);
    expect(open.values.flat().some((v: number | null) => v !== null && v > 0 && v < 10)).toBe(true);
    check(await query(s.as('xa.tanlac'), { ...body, audience: 'outside' }));
    const users = (await s.as('admin').get('/api/users?q=xa.tanlac')).json().items;
    const id = users.find((u: any) => u.username === 'xa.tanlac').id;
    const set = await s.as('admin').patch(`/api/users/${id}`, { aggregatesOnly: true });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().aggregatesOnly).toBe(true);
    check(await query(s.as('xa.tanlac'), body));
    await s.as('admin').patch(`/api/users/${id}`, { aggregatesOnly: false });
  });
});

describe('saved visualisations', () => {
  it('saves, lists, shares, renames and deletes; others see only what is shared with them', async () => {
    const mine = s.as('tinh.phutho');
    const body = { name: 'Hộ theo xã', query: { data: ['de:AG_HO'], periods: ['2025M10'], unit: '25' }, chartType: 'bar' };
    const saved = await mine.post('/api/analytics/visualisations', body);
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json().id;
    expect((await s.as('xa.tanlac').get(`/api/analytics/visualisations/${id}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').patch(`/api/analytics/visualisations/${id}`, { name: 'x' })).statusCode).toBe(404);
    const shared = await mine.patch(`/api/analytics/visualisations/${id}`, { sharedRoles: ['commune_officer'], name: 'Hộ theo xã (tháng 10)' });
    expect(shared.statusCode, shared.body).toBe(200);
    const seen = await s.as('xa.tanlac').get(`/api/analytics/visualisations/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ name: 'Hộ theo xã (tháng 10)', mine: false, chartType: 'bar' });
    expect((await s.as('xa.tanlac').delete(`/api/analytics/visualisations/${id}`)).statusCode).toBe(403);
    expect((await outside.get('/api/analytics/visualisations')).json().items.some((v: any) => v.id === id)).toBe(false);
    expect((await mine.delete(`/api/analytics/visualisations/${id}`)).statusCode).toBe(200);
    expect(await countRows(s.t.database.db, 'analytics_visualisation', { id })).toBe(0);
  });
});
