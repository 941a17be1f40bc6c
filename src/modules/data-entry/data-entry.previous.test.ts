import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { createTestForm, type TestForm, otherCommuneOf25 } from './data-entry.fixtures.js';

let f: TestForm;
let otherCommune: string;
const base = (period: string, unit = '05128') => `/api/data-entry/reports/TEST_Y/${unit}/${period}`;

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');

beforeAll(async () => {
  f = await createTestForm(s.as('admin'), s.t.database.db);
  otherCommune = await otherCommuneOf25(s.t.database.db);
  await sql`UPDATE data_element SET unit = 'hộ' WHERE code IN ('T_HH_TOTAL', 'T_HH_POOR')`.execute(s.t.database.db);
});
const v = (dataElementId: number, value: unknown) => ({ dataElementId, categoryOptionComboId: f.none, value });

describe('what the entry grid shows beside the values', () => {
  it("gives each element's unit of measure (null when it has none)", async () => {
    const g = (await s.as('xa.tanlac').get(base('2025'))).json();
    const units = Object.fromEntries(g.sections[0].elements.map((e: { code: string; unit: string | null }) => [e.code, e.unit]));
    expect(units).toMatchObject({ T_HH_TOTAL: 'hộ', T_HH_POOR: 'hộ', T_HAS_ROAD: null });
  });

  it('gives the values of the earlier periods of the same unit and form, newest first, named', async () => {
    expect((await s.as('xa.tanlac').post(`${base('2025')}/values`, { values: [v(f.el.HH_TOTAL, 1200), v(f.el.HH_POOR, 300)] })).statusCode).toBe(200);
    // Another unit's values of the same period are not this unit's history.
    expect((await s.as('tinh.phutho').put(`${base('2025', otherCommune)}/values`, v(f.el.HH_TOTAL, 999))).statusCode).toBe(200);
    const res = await s.as('xa.tanlac').get(`${base('2026')}/previous`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.periods.map((x: { id: string }) => x.id)).toEqual(['2025', '2024', '2023', '2022']);
    expect(p.periods[0]).toEqual({ id: '2025', name: 'Năm 2025', start: '2025-01-01', end: '2025-12-31' });
    expect(p.values).toEqual(
      expect.arrayContaining([
        { dataElementId: f.el.HH_TOTAL, categoryOptionComboId: f.none, periodId: '2025', value: '1200' },
        { dataElementId: f.el.HH_POOR, categoryOptionComboId: f.none, periodId: '2025', value: '300' },
      ]),
    );
    expect(p.values).toHaveLength(2);
    // The period's own values are not "earlier".
    expect((await s.as('xa.tanlac').get(`${base('2025')}/previous?count=2`)).json()).toMatchObject({
      periods: [{ id: '2024' }, { id: '2023' }],
      values: [],
    });
  });

  it("refuses another area's unit, a bad count and an unknown form", async () => {
    expect((await s.as('xa.tanlac').get(`${base('2026', otherCommune)}/previous`)).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').get(`${base('2026', otherCommune)}/previous`)).json().values).toEqual([
      { dataElementId: f.el.HH_TOTAL, categoryOptionComboId: f.none, periodId: '2025', value: '999' },
    ]);
    expect((await s.as('xa.tanlac').get(`${base('2026')}/previous?count=0`)).statusCode).toBe(400);
    expect((await s.as('xa.tanlac').get(`${base('2026')}/previous?count=13`)).statusCode).toBe(400);
    expect((await s.as('xa.tanlac').get('/api/data-entry/reports/NOPE/05128/2026/previous')).statusCode).toBe(404);
  });

  it('words a broken rule with element names and gives the cells to jump to', async () => {
    expect((await s.as('xa.tanlac').put(`${base('2025')}/values`, v(f.el.HH_POOR, 1500))).statusCode).toBe(200);
    const check = (await s.as('xa.tanlac').get(`${base('2025')}/validation`)).json();
    const err = check.violations.find((x: { code: string }) => x.code === 'TEST_Y_POOR');
    expect(err).toMatchObject({
      message: 'Số hộ nghèo không được lớn hơn tổng số hộ',
      left: 1500,
      right: 1200,
      leftText: 'HH_POOR',
      rightText: 'HH_TOTAL',
      cells: [
        { dataElementId: f.el.HH_POOR, categoryOptionComboId: null, name: 'HH_POOR' },
        { dataElementId: f.el.HH_TOTAL, categoryOptionComboId: null, name: 'HH_TOTAL' },
      ],
    });
    // A rule on one disaggregation points at that cell; constants are written in the caller's style.
    expect(
      (
        await s.as('xa.tanlac').post(`${base('2025')}/values`, {
          values: [
            { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 10 },
            { dataElementId: f.el.POP, categoryOptionComboId: f.female, value: 50 },
          ],
        })
      ).statusCode,
    ).toBe(200);
    const sex = (await s.as('xa.tanlac').get(`${base('2025')}/validation`)).json().violations.find((x: { code: string }) => x.code === 'TEST_Y_SEX');
    expect(sex).toMatchObject({ left: 50, right: 20, blocking: false });
    expect(sex.leftText).toMatch(/^POP \(.+\)$/);
    expect(sex.rightText).toMatch(/^POP \(.+\) × 2$/);
    expect(sex.cells).toEqual([
      { dataElementId: f.el.POP, categoryOptionComboId: f.female, name: sex.leftText },
      { dataElementId: f.el.POP, categoryOptionComboId: f.male, name: expect.stringMatching(/^POP \(/) },
    ]);
  });
});
