import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';

const FORM = 'TK_DAN_TOC_NAM';
const report = (unit: string, period = '2025') => `/api/data-entry/reports/${FORM}/${unit}/${period}`;

const s = useTestApp('xa.tanlac', 'tinh.phutho');

interface Layout {
  combos: { id: number; ethnicCode: string | null; row: string; rowEn: string; rest: string | null; restEn: string | null }[];
  groups: { code: string; name: string; persons: number }[];
}

async function layoutOf(user: string, unit: string): Promise<Layout> {
  const res = await s.as(user).get(`${report(unit)}/layout`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Persons by ethnic group in a unit's register on a day, as the commune profile counts them. */
async function registerPersons(user: string, unit: string, date: string): Promise<Map<string, number>> {
  const res = await s.as(user).get(`/api/register/profile?commune=${unit}&date=${date}&year=${date.slice(0, 4)}`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map(
    res
      .json()
      .byEthnic.filter((g: any) => g.code !== null && g.persons > 0)
      .map((g: any) => [g.code, g.persons]),
  );
}

describe('the layout of ethnic-group breakdowns in the entry grid', () => {
  it('serves the ethnic breakdown in the official code order: Kinh 01 first, Mường 06 sixth, not after "Người nước ngoài"', async () => {
    const res = await s.as('xa.tanlac').get(report('05128'));
    expect(res.statusCode, res.body).toBe(200);
    const els = res.json().sections.flatMap((x: any) => x.elements);
    const households = els.find((e: any) => e.code === 'DS_HO');
    const codes = households.optionCombos.map((c: any) => c.code);
    expect(codes).toHaveLength(55);
    expect(codes.slice(0, 7)).toEqual(['DT01', 'DT02', 'DT03', 'DT04', 'DT05', 'DT06', 'DT07']);
    expect(codes.at(-1)).toBe('DT55');
    const persons = els.find((e: any) => e.code === 'DS_NHAN_KHAU');
    expect(persons.optionCombos.slice(0, 4).map((c: any) => c.code)).toEqual(['DT01_NAM', 'DT01_NU', 'DT02_NAM', 'DT02_NU']);
    expect(persons.optionCombos[10].name).toBe('Mường, Nam');
  });

  it('links every option of the ethnic category to its group by code, with the other options as the columns of a row', async () => {
    const layout = await layoutOf('xa.tanlac', '05128');
    const g = (await s.as('xa.tanlac').get(report('05128'))).json();
    const els = g.sections.flatMap((x: any) => x.elements);
    const byId = new Map(layout.combos.map((c) => [c.id, c]));
    for (const c of els.find((e: any) => e.code === 'DS_HO').optionCombos) {
      expect(byId.get(c.id)).toMatchObject({ ethnicCode: c.code.slice(2), row: c.name, rest: null });
    }
    const muongMale = els.find((e: any) => e.code === 'DS_NHAN_KHAU').optionCombos.find((c: any) => c.code === 'DT06_NAM');
    expect(byId.get(muongMale.id)).toEqual({ id: muongMale.id, ethnicCode: '06', row: 'Mường', rowEn: 'Mường', rest: 'Nam', restEn: 'Male' });
    const sex = els.find((e: any) => e.code === 'YT_BHYT').optionCombos[0];
    expect(byId.get(sex.id)).toMatchObject({ ethnicCode: null, row: 'Nam', rest: null });
    // All 55 groups, in code order.
    expect(layout.groups.map((x) => x.code)).toEqual(Array.from({ length: 55 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(layout.groups[5]).toMatchObject({ code: '06', name: 'Mường' });
  });

  it("counts the persons of each group in the unit's own register on the period's last day (area scoped)", async () => {
    const layout = await layoutOf('xa.tanlac', '05128');
    const present = new Map(layout.groups.filter((x) => x.persons > 0).map((x) => [x.code, x.persons]));
    expect(present.size).toBeGreaterThan(1);
    expect(present).toEqual(await registerPersons('xa.tanlac', '05128', '2025-12-31'));
    // The province officer sees the same counts for the commune, and other counts for another commune.
    expect(await layoutOf('tinh.phutho', '05128')).toEqual(layout);
    const communes = (await s.as('tinh.phutho').get('/api/data-entry/completeness?dataSet=TK_DAN_TOC_NAM&period=2025')).json();
    const other = communes.items.map((i: any) => i.unit.code).find((c: string) => c !== '05128');
    expect(other).toBeDefined();
    const theirs = await layoutOf('tinh.phutho', other);
    expect(new Map(theirs.groups.filter((x) => x.persons > 0).map((x) => [x.code, x.persons]))).toEqual(
      await registerPersons('tinh.phutho', other, '2025-12-31'),
    );
    expect(theirs.groups).not.toEqual(layout.groups);
    // Another commune's register is not the commune officer's to see.
    expect((await s.as('xa.tanlac').get(`${report(other)}/layout`)).statusCode).toBe(404);
  });
});
