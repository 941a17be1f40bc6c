import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';

const R = '/api/data-entry/reports/TK_DAN_TOC_NAM/05128/2025';

const s = useTestApp('xa.tanlac', 'lanhdao');

/** The starter form's grid, with values keyed by element code and option-combo code. */
async function grid() {
  const res = await s.as('xa.tanlac').get(R);
  expect(res.statusCode, res.body).toBe(200);
  const g = res.json();
  const els = g.sections.flatMap((s: any) => s.elements);
  const elCode = new Map(els.map((e: any) => [e.id, e.code]));
  const cocCode = new Map(els.flatMap((e: any) => e.optionCombos.map((c: any) => [c.id, c.code])));
  const values = new Map<string, any>(g.values.map((v: any) => [`${elCode.get(v.dataElementId)}.${cocCode.get(v.categoryOptionComboId)}`, v]));
  return { g, els, values };
}
const sumOf = (values: Map<string, any>, de: string) =>
  [...values.entries()].filter(([k]) => k.startsWith(`${de}.`)).reduce((s, [, v]) => s + Number(v.value), 0);

describe('values computed from the register', () => {
  it('fills households, persons and poverty by ethnic group as the commune profile counts them', async () => {
    const before = await grid();
    expect(
      before.els
        .filter((e: any) => before.g.derivable.includes(e.id))
        .map((e: any) => e.code)
        .sort(),
    ).toEqual(['CAN_NGHEO_HO', 'DS_HO', 'DS_HO_TONG', 'DS_NHAN_KHAU', 'NGHEO_HO']);
    expect((await s.as('lanhdao').post(`${R}/derived`, {})).statusCode).toBe(403);
    const res = await s.as('xa.tanlac').post(`${R}/derived`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().saved).toBeGreaterThan(3);

    const p = (await s.as('xa.tanlac').get('/api/register/profile?commune=05128&date=2025-12-31&year=2025')).json();
    expect(p.totals.households).toBeGreaterThan(0);
    const { values } = await grid();
    const total = [...values.entries()].find(([k]) => k.startsWith('DS_HO_TONG.'))![1];
    expect(Number(total.value)).toBe(p.totals.households);
    expect(total.derived).toBe(true);
    const headed = p.byEthnic.filter((g: any) => g.code !== null).reduce((s: number, g: any) => s + g.households, 0);
    expect(sumOf(values, 'DS_HO')).toBe(headed);
    expect(sumOf(values, 'NGHEO_HO')).toBe(p.byEthnic.filter((g: any) => g.code !== null).reduce((s: number, g: any) => s + g.poor, 0));
    expect(sumOf(values, 'DS_NHAN_KHAU')).toBe(p.totals.persons);
    const biggest = p.byEthnic.find((g: any) => g.code !== null && g.male > 0);
    const cell = [...values.entries()].find(([k, v]) => k.startsWith('DS_NHAN_KHAU.') && v.value === String(biggest.male));
    expect(cell, `male ${biggest.name}`).toBeDefined();
  });

  it('asks for a reason to override, keeps the override on refresh', async () => {
    const { values } = await grid();
    const total = [...values.entries()].find(([k]) => k.startsWith('DS_HO_TONG.'))![1];
    const cell = { dataElementId: total.dataElementId, categoryOptionComboId: total.categoryOptionComboId };
    const refused = await s.as('xa.tanlac').put(`${R}/values`, { ...cell, value: Number(total.value) + 3 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ field: 'overrideReason', code: 'override_reason_required' });
    const ok = await s.as('xa.tanlac').put(`${R}/values`, { ...cell, value: Number(total.value) + 3, overrideReason: 'Có 3 hộ chưa nhập sổ' });
    expect(ok.json().saved).toBe(1);
    const again = await s.as('xa.tanlac').post(`${R}/derived`, {});
    expect(again.json().saved).toBe(0);
    const after = (await grid()).values;
    const now = [...after.entries()].find(([k]) => k.startsWith('DS_HO_TONG.'))![1];
    expect(now).toMatchObject({ value: String(Number(total.value) + 3), derived: false, overrideReason: 'Có 3 hộ chưa nhập sổ' });
  });
});
