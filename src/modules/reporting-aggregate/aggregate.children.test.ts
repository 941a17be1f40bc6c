import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp, type Client } from '../../test/harness.js';
import { createMonthlyForm, enterValues, type MonthlyForm } from './aggregate.fixtures.js';

/**
 * `below=children|communes`: the totals of every unit below the chosen one in one answer must be
 * exactly what asking for each of those units alone gives.
 */
let f: MonthlyForm;
/** New communes of province 25 (after the reform), other than 05128. */
let newCommunes: string[];
/** The five old communes merged into today's 05128. */
let oldTanLac: string[];
/** Another old commune of the old district of Tân Lạc (155), not merged into 05128. */
let otherOld155: string;
/** Today's communes that old commune went to. */
let otherOld155Successors: string[];
/** A viewer of Hà Nội (01), reading in English. */
let hanoi: Client;

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');

beforeAll(async () => {
  f = await createMonthlyForm(s.as('admin'), s.t.database.db);
  const db = s.t.database.db;
  oldTanLac = (
    await sql<{ code: string }>`
      SELECT o.code FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id JOIN admin_unit n ON n.id = s.new_unit_id
      WHERE n.code = '05128' AND n.valid_from = '2025-07-01' ORDER BY o.code`.execute(db)
  ).rows.map((r) => r.code);
  otherOld155 = (
    await sql<{ code: string }>`
      SELECT c.code FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
      WHERE d.code = '155' AND c.valid_to = '2025-06-30' AND c.code NOT IN (${sql.join(oldTanLac)}) ORDER BY c.code LIMIT 1`.execute(db)
  ).rows[0].code;
  // New communes with no predecessor holding values in this test.
  newCommunes = (
    await sql<{ code: string }>`
      SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'commune' AND p.code = '25' AND c.code NOT IN ('05128', '04891', '04828') AND c.valid_from = '2025-07-01'
        AND NOT EXISTS (SELECT 1 FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id WHERE s.new_unit_id = c.id AND o.code IN (${otherOld155}, '04891'))
      ORDER BY c.code LIMIT 3`.execute(db)
  ).rows.map((r) => r.code);
  otherOld155Successors = (
    await sql<{ code: string }>`
      SELECT n.code FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id JOIN admin_unit n ON n.id = s.new_unit_id
      WHERE o.code = ${otherOld155} AND o.valid_to = '2025-06-30' ORDER BY n.code`.execute(db)
  ).rows.map((r) => r.code);
  await s
    .as('admin')
    .post('/api/users', {
      username: 'xem.hanoi',
      password: 'Doc-so-lieu-Thu-Do-7',
      fullName: 'Người xem Hà Nội',
      role: 'viewer',
      scopeUnitCode: '01',
      language: 'en',
    })
    .then((r) => expect(r.statusCode, r.body).toBe(201));
  hanoi = await s.t.login('xem.hanoi', 'Doc-so-lieu-Thu-Do-7');

  // After the reform: months 10 and 11 in three new communes and 05128 (by sex, a rate, a stock).
  for (const [i, code] of [...newCommunes, '05128'].entries()) {
    await enter(s.as('tinh.phutho'), code, '2025M10', [
      [f.el.HO, f.male, 10 + i],
      [f.el.HO, f.female, 20 + i],
      [f.el.TYLE, f.none, 40 + 5 * i],
      [f.el.DS, f.none, 1000 + i],
    ]);
    if (i % 2 === 0)
      await enter(s.as('tinh.phutho'), code, '2025M11', [
        [f.el.HO, f.male, 3],
        [f.el.TYLE, f.none, 33],
        [f.el.DS, f.none, 1100 + i],
      ]);
  }
  // Before the reform: the old communes of Tân Lạc in January and March, and one more of district 155.
  for (const [i, code] of oldTanLac.entries()) {
    await enter(s.as('xa.tanlac'), code, '2025M01', [
      [f.el.HO, f.female, 50 + i],
      [f.el.TYLE, f.none, 10 * (i + 1)],
    ]);
    await enter(s.as('xa.tanlac'), code, '2025M03', [
      [f.el.HO, f.female, 100 + i],
      [f.el.HO, f.male, 1],
      [f.el.DS, f.none, 2000 + i],
    ]);
  }
  await enter(s.as('tinh.phutho'), otherOld155, '2025M03', [
    [f.el.HO, f.male, 7],
    [f.el.TYLE, f.none, 25],
  ]);
  // Vầy Nưa (04891), split between today's Tiền Phong (04891) and Thống Nhất (04828).
  await enter(s.as('tinh.phutho'), '04891', '2025M02', [[f.el.HO, f.male, 80]]);
});
const enter = (who: Client, unit: string, period: string, values: [number, number, number | string][]) => enterValues(who, f.code, unit, period, values);

async function get(who: Client, query: string) {
  const res = await who.get(`/api/reporting/aggregate?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

type Row = { unit: { code: string; name: string; level: string }; items: any[]; mergedUnits: string[]; splitUnits: any[] };

/** Asks for each row's unit alone with the same question and expects the very same answer. */
async function expectRowsEqualSingleCalls(who: Client, query: string, rows: Row[]) {
  for (const row of rows) {
    const single = await get(who, `${query}&unit=${row.unit.code}`);
    expect({ unit: row.unit, items: row.items, mergedUnits: row.mergedUnits, splitUnits: row.splitUnits }, row.unit.code).toEqual({
      unit: single.unit,
      items: single.items,
      mergedUnits: single.mergedUnits,
      splitUnits: single.splitUnits,
    });
  }
}

/** The page's former list of units below: GET /api/admin-units with the parent and date. */
async function listed(who: Client, parent: string, date: string, level?: string) {
  const res = await who.get(`/api/admin-units?date=${date}&parent=${parent}&pageSize=500${level ? `&level=${level}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((u: { code: string }) => u.code);
}

const total = (rows: Row[], code: string, el = 'AG_HO') => rows.find((r) => r.unit.code === code)!.items.find((i) => i.dataElement.code === el).total;

describe('totals of every unit below in one request', () => {
  it('a province after the reform: one row per commune, each equal to asking for that commune alone', { timeout: 240_000 }, async () => {
    const base = `dataElements=AG_HO,AG_TYLE,AG_DS&period=2025&by=sex&dataSet=${f.code}`;
    const all = await get(s.as('tinh.phutho'), `${base}&unit=25&below=children`);
    const top = await get(s.as('tinh.phutho'), `${base}&unit=25`);
    // The province's own answer is unchanged by asking for the rows as well.
    const { below, rows, ...own } = all;
    expect(own).toEqual(top);
    expect(below).toBe('children');
    // The same units, in the same order, as the list of units below the province on the period's last day.
    expect(rows.map((r: Row) => r.unit.code)).toEqual(await listed(s.as('tinh.phutho'), '25', '2025-12-31'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r: Row) => r.unit.level === 'commune')).toBe(true);
    // Real values: the year of 05128 holds its own months and the old communes' months through the crosswalk.
    const i = newCommunes.length;
    const tanLacOld = oldTanLac.reduce((s, _, k) => s + 50 + k + 100 + k + 1, 0);
    expect(total(rows, '05128')).toBe(10 + i + 20 + i + tanLacOld);
    expect(rows.find((r: Row) => r.unit.code === '05128').mergedUnits).toEqual(oldTanLac);
    expect(total(rows, newCommunes[0])).toBe(10 + 20 + 3);
    expect(total(rows, newCommunes[1])).toBe(11 + 21);
    expect(total(rows, newCommunes[0], 'AG_DS')).toBe(1100); // the latest month's stock
    expect(total(rows, newCommunes[0], 'AG_TYLE')).toBe(36.5); // mean of 40 and 33
    // The split old commune counts in full in both of today's communes, flagged, and once in the province.
    expect(total(rows, '04891')).toBe(80);
    expect(total(rows, '04828')).toBe(80);
    expect(rows.find((r: Row) => r.unit.code === '04828').splitUnits[0]).toMatchObject({ code: '04891', rule: 'flag', weight: 1 });
    expect(top.splitUnits).toEqual([]);
    expect(
      rows
        .filter((r: Row) => r.items[0].total !== null)
        .map((r: Row) => r.unit.code)
        .sort(),
    ).toEqual([...new Set([...newCommunes, '05128', '04891', '04828', ...otherOld155Successors])].sort());
    await expectRowsEqualSingleCalls(s.as('tinh.phutho'), base, rows);
  });

  it('the split rule and the breakdown apply to each row as they do to a single unit', { timeout: 120_000 }, async () => {
    const base = `dataElements=AG_HO&period=2025M02&onUnits=today&splitRule=proportional&by=sex&dataSet=${f.code}`;
    const { rows, items } = await get(s.as('tinh.phutho'), `${base}&unit=25&below=children`);
    expect(items[0].total).toBe(80);
    expect(total(rows, '04891')).toBe(40);
    expect(total(rows, '04828')).toBe(40);
    const r = rows.find((x: Row) => x.unit.code === '04828');
    expect(r.items[0].groups).toEqual([{ code: 'NAM', name: 'Nam', value: 40 }]);
    expect(r.splitUnits[0]).toMatchObject({ code: '04891', rule: 'proportional', weight: 0.5 });
    const excluded = await get(s.as('tinh.phutho'), `${base.replace('proportional', 'exclude')}&unit=25&below=children`);
    expect(total(excluded.rows, '04828')).toBeNull();
    // Rows with values and a few without, against the single calls.
    const some = (rs: Row[]) => rs.filter((x) => ['04891', '04828', '05128'].includes(x.unit.code) || rs.indexOf(x) < 3);
    await expectRowsEqualSingleCalls(s.as('tinh.phutho'), base, some(rows));
    await expectRowsEqualSingleCalls(s.as('tinh.phutho'), base.replace('proportional', 'exclude'), some(excluded.rows));
  });

  it('a district before the reform: its old communes of that time, each equal to the single call', { timeout: 120_000 }, async () => {
    const base = `dataElements=AG_HO,AG_TYLE,AG_DS&period=2025Q1&by=sex&dataSet=${f.code}`;
    const { rows, unit, items } = await get(s.as('tinh.phutho'), `${base}&unit=155&below=children`);
    expect(unit).toMatchObject({ code: '155', level: 'district', validTo: '2025-06-30' });
    expect(rows.map((r: Row) => r.unit.code)).toEqual(await listed(s.as('tinh.phutho'), '155', '2025-03-31'));
    expect(rows.every((r: Row) => r.unit.level === 'commune' && (r.unit as any).validTo === '2025-06-30')).toBe(true);
    // The quarter adds January and March; the old units keep their own values (as in the period).
    for (const [k, code] of oldTanLac.entries()) {
      expect(total(rows, code)).toBe(50 + k + 100 + k + 1);
      expect(total(rows, code, 'AG_TYLE')).toBe(10 * (k + 1));
      expect(total(rows, code, 'AG_DS')).toBe(2000 + k);
    }
    expect(total(rows, otherOld155)).toBe(7);
    expect(items[0].total).toBe(oldTanLac.reduce((s, _, k) => s + 151 + 2 * k, 0) + 7);
    expect(rows.every((r: Row) => r.mergedUnits.length === 0 && r.splitUnits.length === 0)).toBe(true);
    await expectRowsEqualSingleCalls(s.as('tinh.phutho'), base, rows);
    // The old province of Hòa Bình (17): its districts as rows, district 155 as above; or every commune below.
    const prov = await get(s.as('tinh.phutho'), `${base}&unit=17&below=children`);
    expect(prov.rows.map((r: Row) => r.unit.code)).toEqual(await listed(s.as('tinh.phutho'), '17', '2025-03-31'));
    expect(prov.rows.every((r: Row) => r.unit.level === 'district')).toBe(true);
    const d155 = prov.rows.find((r: Row) => r.unit.code === '155');
    expect(d155.items).toEqual(items);
    const communes = await get(s.as('tinh.phutho'), `${base}&unit=17&below=communes`);
    expect(communes.below).toBe('communes');
    expect(communes.rows.map((r: Row) => r.unit.code).sort()).toEqual((await listed(s.as('tinh.phutho'), '17', '2025-03-31', 'commune')).sort());
    expect(
      communes.rows
        .filter((r: Row) => r.items[0].total !== null)
        .map((r: Row) => r.unit.code)
        .sort(),
    ).toEqual([...oldTanLac, otherOld155, '04891'].sort());
    await expectRowsEqualSingleCalls(
      s.as('tinh.phutho'),
      base,
      communes.rows.filter((r: Row) => r.items[0].total !== null),
    );
  });

  it('keeps to the caller area: a commune officer gets no province, only their own commune', async () => {
    const q = `dataElements=AG_HO&period=2025&dataSet=${f.code}`;
    // As for the single call, a province outside the area answers like one that does not exist.
    const single = await s.as('xa.tanlac').get(`/api/reporting/aggregate?${q}&unit=25`);
    const many = await s.as('xa.tanlac').get(`/api/reporting/aggregate?${q}&unit=25&below=children`);
    expect(single.statusCode).toBe(404);
    expect(many.statusCode).toBe(404);
    expect(many.json().error.code).toBe(single.json().error.code);
    expect(JSON.stringify(many.json())).not.toContain('"rows"');
    expect((await s.as('xa.tanlac').get(`/api/reporting/aggregate?${q}&unit=${newCommunes[0]}&below=children`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/reporting/aggregate?dataElements=AG_HO&period=2025Q1&unit=155&below=children`)).statusCode).toBe(404);
    // Their own commune: no units below it, the same total as the single call.
    const own = await get(s.as('xa.tanlac'), `${q}&unit=05128&below=communes`);
    expect(own.rows).toEqual([]);
    expect(own.items).toEqual((await get(s.as('xa.tanlac'), `${q}&unit=05128`)).items);
    expect(own.items[0].total).toBe(10 + newCommunes.length + 20 + newCommunes.length + oldTanLac.reduce((s, _, k) => s + 151 + 2 * k, 0));
    // A viewer of another province reaches nothing of province 25.
    expect((await hanoi.get(`/api/reporting/aggregate?${q}&unit=25&below=children`)).statusCode).toBe(404);
    const hn = await get(hanoi, `${q}&unit=01&below=children`);
    expect(hn.rows.length).toBeGreaterThan(0);
    expect(hn.rows.every((r: Row) => r.items[0].total === null)).toBe(true);
  });

  it('refuses bad input with a translated message', async () => {
    const q = `dataElements=AG_HO&period=2025&unit=25&below=children&dataSet=${f.code}`;
    const unit = await s.as('tinh.phutho').get(`/api/reporting/aggregate?${q.replace('unit=25', 'unit=99999')}`);
    expect(unit.statusCode).toBe(404);
    expect(unit.json().error).toMatchObject({ code: 'unknown_unit', message: 'Không có đơn vị hành chính mã 99999 vào ngày 31/12/2025' });
    const form = await s.as('tinh.phutho').get(`/api/reporting/aggregate?${q.replace(`dataSet=${f.code}`, 'dataSet=KHONG_CO')}`);
    expect(form.statusCode).toBe(404);
    expect(form.json().error).toMatchObject({ code: 'unknown_data_set', message: 'Không có biểu mẫu báo cáo "KHONG_CO"' });
    const period = await s.as('tinh.phutho').get(`/api/reporting/aggregate?${q.replace('period=2025', 'period=2025M13')}`);
    expect(period.statusCode).toBe(400);
    expect(period.json().error.code).toBe('unknown_period');
    expect(period.json().error.message).toContain('2025M13');
    expect(period.json().error.message).toContain('không hợp lệ');
    const element = await s.as('tinh.phutho').get(`/api/reporting/aggregate?${q.replace('AG_HO', 'AG_HO,KHONG_CO')}`);
    expect(element.statusCode).toBe(400);
    expect(element.json().error.message).toBe('Không có chỉ tiêu: KHONG_CO');
    const below = await s.as('tinh.phutho').get(`/api/reporting/aggregate?${q.replace('below=children', 'below=villages')}`);
    expect(below.statusCode).toBe(400);
    expect(below.json().error.code).toBe('validation_failed');
    expect(below.json().error.details.map((d: { field: string }) => d.field)).toContain('below');
    // In English for an English-speaking caller.
    const en = await hanoi.get(`/api/reporting/aggregate?${q.replace('unit=25', 'unit=99999')}`);
    expect(en.statusCode).toBe(404);
    expect(en.json().error.message).toBe('No administrative unit with code 99999 on 31/12/2025');
  });
});
