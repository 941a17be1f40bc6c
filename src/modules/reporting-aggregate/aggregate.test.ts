import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp, type Client } from '../../test/harness.js';
import { createMonthlyForm, enterValues, type MonthlyForm } from './aggregate.fixtures.js';

let f: MonthlyForm;
let newCommunes: string[];
let oldTanLac: string[];

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');

beforeAll(async () => {
  f = await createMonthlyForm(s.as('admin'), s.t.database.db);
  const rows = await sql<{ code: string }>`
    SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.level = 'commune' AND p.code = '25' AND c.code <> '05128' AND c.valid_from = '2025-07-01' ORDER BY c.code LIMIT 3`.execute(s.t.database.db);
  newCommunes = rows.rows.map((r) => r.code);
  const old = await sql<{ code: string }>`
    SELECT o.code FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id JOIN admin_unit n ON n.id = s.new_unit_id
    WHERE n.code = '05128' AND n.valid_from = '2025-07-01' ORDER BY o.code`.execute(s.t.database.db);
  oldTanLac = old.rows.map((r) => r.code);
});
const enter = (who: Client, unit: string, period: string, values: [number, number, number | string][]) => enterValues(who, f.code, unit, period, values);
async function agg(who: Client, query: string) {
  const res = await who.get(`/api/reporting/aggregate?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return { body, item: (code: string) => body.items.find((i: any) => i.dataElement.code === code) };
}

describe('aggregation up the hierarchy', () => {
  it('totals a province from its communes, by sex, within the caller area only', async () => {
    const n = [
      [10, 12],
      [20, 21],
      [5, 7],
    ];
    for (const [i, code] of newCommunes.entries())
      await enter(s.as('tinh.phutho'), code, '2025M10', [
        [f.el.HO, f.male, n[i][0]],
        [f.el.HO, f.female, n[i][1]],
        [f.el.TYLE, f.none, 40 + 10 * i],
      ]);
    const { body, item } = await agg(s.as('tinh.phutho'), 'dataElements=AG_HO,AG_TYLE&period=2025M10&unit=25&by=sex');
    expect(body.unit).toMatchObject({ code: '25', level: 'province' });
    expect(item('AG_HO').total).toBe(75);
    expect(item('AG_HO').units).toBe(3);
    expect(item('AG_HO').groups).toEqual([
      { code: 'NAM', name: 'Nam', value: 35 },
      { code: 'NU', name: 'Nữ', value: 40 },
    ]);
    expect(item('AG_TYLE').total).toBe(50); // average of 40, 50, 60
    // One commune alone.
    expect((await agg(s.as('tinh.phutho'), `dataElements=AG_HO&period=2025M10&unit=${newCommunes[1]}`)).item('AG_HO').total).toBe(41);
    // The commune officer reaches neither the province nor another commune.
    expect((await s.as('xa.tanlac').get('/api/reporting/aggregate?dataElements=AG_HO&period=2025M10&unit=25')).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/reporting/aggregate?dataElements=AG_HO&period=2025M10&unit=${newCommunes[0]}`)).statusCode).toBe(404);
    const badEl = await s.as('tinh.phutho').get('/api/reporting/aggregate?dataElements=AG_HO,NOPE&period=2025M10&unit=25');
    expect(badEl.statusCode).toBe(400);
    expect(badEl.json().error.message).toContain('NOPE');
  });

  it('rolls months up into the quarter and the year by each element aggregation', async () => {
    await enter(s.as('xa.tanlac'), '05128', '2025M07', [
      [f.el.HO, f.male, 3],
      [f.el.TYLE, f.none, 30],
      [f.el.DS, f.none, 1000],
    ]);
    await enter(s.as('xa.tanlac'), '05128', '2025M08', [
      [f.el.HO, f.male, 4],
      [f.el.TYLE, f.none, 60],
      [f.el.DS, f.none, 1010],
    ]);
    await enter(s.as('xa.tanlac'), '05128', '2025M09', [
      [f.el.HO, f.male, 5],
      [f.el.TYLE, f.none, 90],
      [f.el.DS, f.none, 1020],
    ]);
    const q = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO,AG_TYLE,AG_DS&period=2025Q3&unit=05128');
    expect(q.item('AG_HO').total).toBe(12);
    expect(q.item('AG_HO').periods).toEqual(['2025M07', '2025M08', '2025M09']);
    expect(q.item('AG_TYLE').total).toBe(60);
    expect(q.item('AG_DS').total).toBe(1020);
    expect(q.body.period).toMatchObject({ id: '2025Q3', start: '2025-07-01', end: '2025-09-30', name: 'Quý III/2025' });
    // Dated by a Decree 09 form's calendar, the same months make up the quarter.
    const nd09 = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO&period=2025Q3&unit=05128&dataSet=TD_CHUONG_TRINH_QUY');
    expect(nd09.body.period).toMatchObject({ start: '2025-06-15', end: '2025-09-14', calendar: 'nd09' });
    expect(nd09.item('AG_HO').total).toBe(12);
    const s2 = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO&period=2025S2&unit=05128');
    expect(s2.item('AG_HO').total).toBe(12);
  });

  it('brings the five old communes onto the new commune 05128, and keeps the old unit for the old period by default', async () => {
    expect(oldTanLac.length).toBe(5);
    for (const [i, code] of oldTanLac.entries())
      await enter(s.as('xa.tanlac'), code, '2025M03', [
        [f.el.HO, f.female, 100 + i],
        [f.el.DS, f.none, 2000 + i],
      ]);
    const today = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO,AG_DS&period=2025M03&unit=05128&onUnits=today');
    expect(today.body.unit).toMatchObject({ code: '05128', name: 'Xã Tân Lạc', validFrom: '2025-07-01' });
    expect(today.item('AG_HO').total).toBe(510);
    expect(today.item('AG_DS').total).toBe(10010);
    expect(today.item('AG_HO').units).toBe(5);
    expect(today.body.mergedUnits).toEqual(oldTanLac);
    expect(today.body.splitUnits).toEqual([]);
    // As of the period, 05128 is the old Mãn Đức township, holding only its own value.
    const asof = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO&period=2025M03&unit=05128');
    expect(asof.body.unit).toMatchObject({ code: '05128', validTo: '2025-06-30' });
    expect(asof.item('AG_HO').total).toBe(100 + oldTanLac.indexOf('05128'));
    // The old district of Tân Lạc (155) for the old period: its communes, as they were.
    const district = await agg(s.as('tinh.phutho'), 'dataElements=AG_HO&period=2025M03&unit=155&by=sex');
    expect(district.body.unit).toMatchObject({ code: '155', level: 'district' });
    expect(district.item('AG_HO').total).toBe(510);
    expect(district.item('AG_HO').groups).toEqual([{ code: 'NU', name: 'Nữ', value: 510 }]);
    // The year spans the reform: old months through the crosswalk, new months directly.
    const year = await agg(s.as('xa.tanlac'), 'dataElements=AG_HO&period=2025&unit=05128');
    expect(year.item('AG_HO').total).toBe(510 + 12);
    // Nothing was rewritten: the old communes still hold their own values.
    const stored = await s.t.database.db
      .selectFrom('data_value as v')
      .innerJoin('admin_unit as u', 'u.id', 'v.unit_id')
      .select(['u.code', 'v.value'])
      .where('v.period_id', '=', '2025M03')
      .where('v.data_element_id', '=', f.el.HO)
      .orderBy('u.code')
      .execute();
    expect(stored.map((s) => s.code)).toEqual(oldTanLac);
  });

  it('flags an old commune split between new ones, with the chosen rule', async () => {
    // Vầy Nưa (04891) was split between Tiền Phong (04891) and Thống Nhất (04828).
    await enter(s.as('tinh.phutho'), '04891', '2025M02', [[f.el.HO, f.male, 80]]);
    const q = (rule: string) => `dataElements=AG_HO&period=2025M02&unit=04891&onUnits=today&splitRule=${rule}`;
    const flag = await agg(s.as('tinh.phutho'), q('flag'));
    expect(flag.body.unit.validFrom).toBe('2025-07-01');
    expect(flag.item('AG_HO').total).toBe(80);
    expect(flag.body.splitUnits).toHaveLength(1);
    expect(flag.body.splitUnits[0]).toMatchObject({ code: '04891', rule: 'flag', weight: 1 });
    expect(flag.body.splitUnits[0].successors.map((s: any) => s.code).sort()).toEqual(['04828', '04891']);
    expect((await agg(s.as('tinh.phutho'), q('proportional'))).item('AG_HO').total).toBe(40);
    const ex = await agg(s.as('tinh.phutho'), q('exclude'));
    expect(ex.item('AG_HO').total).toBeNull();
    expect(ex.body.splitUnits[0]).toMatchObject({ code: '04891', weight: 0 });
    // Both parts lie in province 25: the province counts it whole, with no flag.
    const prov = await agg(s.as('tinh.phutho'), 'dataElements=AG_HO&period=2025M02&unit=25&onUnits=today');
    expect(prov.item('AG_HO').total).toBe(80);
    expect(prov.body.splitUnits).toEqual([]);
  });
});
