import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, useTestApp } from '../../test/harness.js';
import { createHousehold } from './households.fixtures.js';

const session = useTestApp('xa.tanlac', 'tinh.phutho');
const DAY = '2025-09-01';

const profile = async (c: Client, query: string) => {
  const res = await c.get(`/api/register/profile?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const listTotal = async (c: Client, query: string) => {
  const res = await c.get(`/api/households?${query}&pageSize=1`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};

describe('commune profile', () => {
  it("counts the caller's commune by default and agrees with the household list for every ethnic group", async () => {
    const p = await profile(session.as('xa.tanlac'), `date=${DAY}&year=2025`);
    expect(p.unit).toMatchObject({ code: '05128', level: 'commune' });
    expect(p.isDemo).toBe(true);
    expect(p.totals.households).toBeGreaterThan(0);
    expect(p.totals.households).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}`));
    expect(p.totals.poor).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}&poverty=poor&year=2025`));
    expect(p.totals.nearPoor).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}&poverty=near_poor&year=2025`));
    const named = p.byEthnic.filter((g: any) => g.code !== null && g.households > 0);
    expect(named.length).toBeGreaterThan(1);
    for (const g of named) {
      expect(g.households, g.name).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}&ethnic=${g.code}`));
      expect(g.poor, g.name).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}&ethnic=${g.code}&poverty=poor&year=2025`));
      expect(g.poorRate).toBe(Math.round((g.poor / g.households) * 1000) / 10);
    }
    const sum = (k: string) => p.byEthnic.reduce((s: number, g: any) => s + g[k], 0);
    for (const k of ['households', 'persons', 'male', 'female', 'poor', 'nearPoor']) expect(sum(k), k).toBe(p.totals[k]);
    expect(p.totals.male + p.totals.female).toBe(p.totals.persons);
    expect(p.byAgeSex.map((b: any) => b.band)).toEqual(['0-5', '6-14', '15-17', '18-59', '60+']);
    expect(p.byAgeSex.reduce((s: number, b: any) => s + b.male + b.female, 0)).toBe(p.totals.persons);
  });

  it('counts a new household from its first day, each person in their own group, sex and age band', async () => {
    const before = await profile(session.as('xa.tanlac'), `commune=05128&date=${DAY}&year=2025`);
    await createHousehold(session.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-15',
      members: [
        { fullName: 'Hà Văn Pụn', sex: 'male', birthDate: '1960-03-01', ethnicCode: '03', relationship: 'head' },
        { fullName: 'Bùi Thị Mai', sex: 'female', birthYear: 1962, ethnicCode: '06', relationship: 'wife' },
        { fullName: 'Hà Thị Na', sex: 'female', birthDate: '2020-09-02', ethnicCode: '03', relationship: 'grandchild' },
        { fullName: 'Hà Văn Sơn', sex: 'male', birthDate: '2010-08-31', ethnicCode: '03', relationship: 'grandchild' },
      ],
      poverty: [{ year: 2025, status: 'poor' }],
    });
    const after = await profile(session.as('xa.tanlac'), `commune=05128&date=${DAY}&year=2025`);
    const d = (k: string) => after.totals[k] - before.totals[k];
    expect([d('households'), d('persons'), d('male'), d('female'), d('poor'), d('nearPoor')]).toEqual([1, 4, 2, 2, 1, 0]);
    const group = (p: any, code: string) => p.byEthnic.find((g: any) => g.code === code) ?? { households: 0, persons: 0, poor: 0 };
    expect(group(after, '03').households - group(before, '03').households).toBe(1);
    expect(group(after, '03').persons - group(before, '03').persons).toBe(3);
    expect(group(after, '03').poor - group(before, '03').poor).toBe(1);
    expect(group(after, '06').households - group(before, '06').households).toBe(0);
    expect(group(after, '06').persons - group(before, '06').persons).toBe(1);
    const band = (p: any, b: string) => p.byAgeSex.find((x: any) => x.band === b);
    // Ages on 1/9/2025: 65 (60+), 63 (60+), 4 (0-5: born 2/9/2020), 15 (15-17: born 31/8/2010).
    expect(band(after, '60+').male - band(before, '60+').male).toBe(1);
    expect(band(after, '60+').female - band(before, '60+').female).toBe(1);
    expect(band(after, '0-5').female - band(before, '0-5').female).toBe(1);
    expect(band(after, '15-17').male - band(before, '15-17').male).toBe(1);
    // Before the household's first day it is not counted; another year has another poverty count.
    const early = await profile(session.as('xa.tanlac'), `commune=05128&date=2025-08-14&year=2025`);
    expect(early.totals.households).toBe(before.totals.households);
    const otherYear = await profile(session.as('xa.tanlac'), `commune=05128&date=${DAY}&year=2024`);
    expect(otherYear.totals.households).toBe(after.totals.households);
    expect(otherYear.totals.poor).toBe(await listTotal(session.as('xa.tanlac'), `commune=05128&date=${DAY}&poverty=poor&year=2024`));
  });

  it('sums the communes in reach for a province code', async () => {
    const prov = await profile(session.as('tinh.phutho'), `commune=25&date=${DAY}&year=2025`);
    expect(prov.unit).toMatchObject({ code: '25', level: 'province' });
    const { rows } = await sql<{ code: string }>`SELECT DISTINCT c.code FROM household h JOIN admin_unit c ON c.id = h.commune_id
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${DAY} AND (h.valid_to IS NULL OR h.valid_to >= ${DAY}) AND c.valid_from = '2025-07-01' ORDER BY 1`.execute(
      session.t.database.db,
    );
    expect(rows.length).toBeGreaterThan(10);
    const sums = { households: 0, persons: 0, poor: 0, female: 0 };
    for (const r of rows) {
      const c = await profile(session.as('tinh.phutho'), `commune=${r.code}&date=${DAY}&year=2025`);
      for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += c.totals[k];
    }
    expect(sums).toEqual({ households: prov.totals.households, persons: prov.totals.persons, poor: prov.totals.poor, female: prov.totals.female });
    expect(prov.totals.households).toBe(await listTotal(session.as('tinh.phutho'), `commune=25&date=${DAY}`));
  });

  it('answers 404 outside the area and 400 for bad input', async () => {
    const res = await session.as('xa.tanlac').get(`/api/register/profile?commune=25&date=${DAY}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('unknown_unit');
    expect((await session.as('tinh.phutho').get(`/api/register/profile?commune=01&date=${DAY}`)).statusCode).toBe(404);
    expect((await session.as('tinh.phutho').get(`/api/register/profile?commune=99999&date=${DAY}`)).statusCode).toBe(404);
    const admin = await session.t.login('admin');
    const none = await admin.get('/api/register/profile');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('profile_unit_required');
    expect((await admin.get(`/api/register/profile?commune=05128&date=${DAY}`)).statusCode).toBe(200);
    for (const q of ['year=1800', 'date=2025-02-30', 'commune=abc', 'colour=red'])
      expect((await admin.get(`/api/register/profile?commune=05128&${q}`)).statusCode, q).toBe(400);
    const viewer = await session.t.login('lanhdao');
    expect((await viewer.get(`/api/register/profile?commune=05128&date=${DAY}`)).statusCode).toBe(200);
    expect((await session.t.anonymous().get('/api/register/profile?commune=05128')).statusCode).toBe(401);
  });
});
