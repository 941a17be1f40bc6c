import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { createHousehold } from './households.fixtures.js';

const s = useTestApp('tinh.phutho', 'xa.tanlac');
/** Old Tân Lạc district (abolished on 1/7/2025) and the 2025 commune Tân Lạc (code 05128, the old Mãn Đức town's). */
const OLD_TANLAC = '155';

const profile = async (query: string) => {
  const res = await s.as('tinh.phutho').get(`/api/register/profile?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const list = async (query: string) => {
  const res = await s.as('tinh.phutho').get(`/api/households?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('register history across the 2025 reform', () => {
  it('counts the households of the old Tân Lạc district in 2024 and the same households in the new communes after 1/7/2025', async () => {
    const old = await profile(`commune=${OLD_TANLAC}&date=2024-12-31&year=2024`);
    expect(old.unit).toMatchObject({ code: OLD_TANLAC, level: 'district' });
    expect(old.totals.households).toBeGreaterThan(100);
    expect(old.totals.persons).toBeGreaterThan(old.totals.households);
    expect(old.totals.poor).toBeGreaterThan(0);
    // The household list of the old district on that day agrees with the profile.
    expect((await list(`commune=${OLD_TANLAC}&date=2024-12-31&pageSize=1`)).total).toBe(old.totals.households);

    // The persons list of that day counts the same persons as the profile, each in the household and commune of the day.
    const persons = await s.as('tinh.phutho').get(`/api/persons?commune=${OLD_TANLAC}&date=2024-12-31&pageSize=5`);
    expect(persons.statusCode, persons.body).toBe(200);
    expect(persons.json().total).toBe(old.totals.persons);
    for (const p of persons.json().items) {
      const hh = await list(`commune=${OLD_TANLAC}&date=2024-12-31&pageSize=5&q=${encodeURIComponent(p.household.code)}`);
      expect(hh.items.find((x: any) => x.id === p.household.id).commune.id).toBe(p.commune.id);
    }

    // The new commune Tân Lạc holds after the reform what its old communes held before it (no household founded or ended since).
    const { rows } = await sql<{ code: string }>`SELECT o.code FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id
      JOIN admin_unit n ON n.id = s.new_unit_id WHERE n.code = '05128' AND n.valid_from = '2025-07-01' ORDER BY o.code`.execute(s.t.database.db);
    expect(rows.length).toBeGreaterThan(1);
    const after = await profile('commune=05128&date=2025-07-01&year=2025');
    expect(after.totals.households).toBeGreaterThan(0);
    let before = 0;
    for (const r of rows) {
      const p = await profile(`commune=${r.code}&date=2025-06-30&year=2025`);
      expect(p.unit.level).toBe('commune');
      before += p.totals.households;
    }
    // Old communes split among several new ones send only part of their households to Tân Lạc.
    expect(before).toBeGreaterThanOrEqual(after.totals.households);
    // The province counts the same households on both sides of the reform.
    const p2024 = await profile('commune=17&date=2025-06-30&year=2025');
    const p2025 = await profile('commune=25&date=2025-07-01&year=2025');
    const demo2025 = await sql<{ n: number }>`SELECT count(*)::int AS n FROM household WHERE deleted_at IS NULL
      AND valid_from <= '2025-06-30' AND (valid_to IS NULL OR valid_to >= '2025-07-01')`.execute(s.t.database.db);
    expect(p2024.totals.households).toBe(demo2025.rows[0].n);
    expect(p2025.totals.households).toBeGreaterThanOrEqual(p2024.totals.households);
  }, 120_000);

  it('shows a household as of 2024 in its old commune and village, with its members and poverty years of the time', async () => {
    const page = await list('commune=05128&date=2025-09-01&pageSize=1');
    const h = page.items[0];
    const now = (await s.as('xa.tanlac').get(`/api/households/${h.id}`)).json();
    expect(now.commune.code).toBe('05128');
    expect(now.validFrom < '2022-01-01').toBe(true);
    const then = (await s.as('xa.tanlac').get(`/api/households/${h.id}?date=2024-06-01`)).json();
    expect(then.existsOnDate).toBe(true);
    expect(then.commune.id).not.toBe(now.commune.id);
    expect(now.communes.map((c: { id: number }) => c.id).sort()).toEqual([now.commune.id, then.commune.id].sort());
    expect(then.village.id).not.toBe(now.village.id);
    expect(now.villages.map((v: { id: number }) => v.id).sort()).toEqual([now.village.id, then.village.id].sort());
    expect(then.members.length).toBeGreaterThan(0);
    expect(then.povertyHistory.map((p: { year: number }) => p.year)).toEqual(expect.arrayContaining([2022, 2023, 2024]));
    expect(then.povertyHistory.filter((p: { year: number }) => p.year > 2024)).toEqual([]);
    // The move is in the household's history on 1/7/2025.
    expect(now.timeline.some((c: any) => c.field === 'communeId' && c.effectiveDate === '2025-07-01' && c.oldValue === then.commune.id)).toBe(true);
    // The list of the old commune on that day shows it under its old commune.
    const oldList = await list(`commune=${then.commune.code}&date=2024-06-01&pageSize=100&q=${encodeURIComponent(h.code)}`);
    expect(oldList.items.map((x: any) => [x.id, x.commune.id])).toEqual([[h.id, then.commune.id]]);
    // Its address of that day names the old commune and village, today's the new ones; the list agrees with the page.
    expect(now.address.toLowerCase()).toContain(now.commune.fullName.toLowerCase());
    expect(now.address).toContain(now.village.name);
    expect(then.address.toLowerCase()).toContain(then.commune.fullName.toLowerCase());
    expect(then.address.toLowerCase()).not.toContain(now.commune.fullName.toLowerCase());
    expect(then.address).toContain(then.village.name);
    expect(oldList.items[0].address).toBe(then.address);
    expect(oldList.items[0].village.id).toBe(then.village.id);
    expect((await list(`commune=05128&date=2025-09-01&pageSize=100&q=${encodeURIComponent(h.code)}`)).items[0].address).toBe(now.address);
    // The head is listed among the persons of the old commune that day, with that commune; today in the new one.
    const head = now.head;
    const personsThen = (
      await s.as('tinh.phutho').get(`/api/persons?commune=${then.commune.code}&date=2024-06-01&pageSize=100&q=${encodeURIComponent(head.fullName)}`)
    ).json();
    expect(personsThen.items.find((p: any) => p.id === head.id)).toMatchObject({ commune: { id: then.commune.id }, household: { id: h.id } });
    const personsNow = (await s.as('tinh.phutho').get(`/api/persons?commune=05128&date=2025-09-01&pageSize=100&q=${encodeURIComponent(head.fullName)}`)).json();
    expect(personsNow.items.find((p: any) => p.id === head.id)).toMatchObject({ commune: { id: now.commune.id }, household: { id: h.id } });
  });

  it('says a household created after the reform did not exist in 2024', async () => {
    const created = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-15',
      members: [{ fullName: 'Bùi Văn Mới', sex: 'male', birthDate: '1990-03-01', ethnicCode: '06', relationship: 'head' }],
    });
    const then = (await s.as('xa.tanlac').get(`/api/households/${created.id}?date=2024-06-01`)).json();
    expect(then.existsOnDate).toBe(false);
    expect(then.members).toEqual([]);
    const old = await profile(`commune=${OLD_TANLAC}&date=2024-06-01&year=2024`);
    const oldIds = await list(`commune=${OLD_TANLAC}&date=2024-06-01&pageSize=1&q=${encodeURIComponent(created.code)}`);
    expect(oldIds.total).toBe(0);
    expect(old.totals.households).toBeGreaterThan(0);
  });
});
