import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { SYSTEM } from '../audit/audit.service.js';
import { insertUser } from '../accounts/users.service.js';
import { type Client, useTestApp } from '../../test/harness.js';

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac');
const DAY = '2025-09-01';

interface Item {
  code: string;
  name: string;
  level: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  point: [number, number] | null;
  hasChildren: boolean;
}

const values = async (c: Client, query: string) => {
  const res = await c.get(`/api/maps/values?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { level: string; levels: string[]; unit: string; parent: { code: string } | null; items: Item[] };
};
const byCode = (items: Item[]) => Object.fromEntries(items.filter((i) => i.value !== 0).map((i) => [i.code, i.value]));

/**
 * The register by hand: households living on the day (not deleted), their members on the day (not
 * deleted, alive), grouped by the unit `group` (an SQL expression over the commune `c` and its parent `up`).
 */
async function handCounts(group: 'province' | 'commune', parent: string | null, day: string, year: number) {
  const key = group === 'province' ? sql`coalesce(up2.code, up.code)` : sql`c.code`;
  const where = parent ? sql`AND coalesce(up2.code, up.code) = ${parent}` : sql``;
  const r = await sql<{ code: string; households: number; poor: number; persons: number; minority: number }>`
    WITH h AS (
      SELECT h.id, ${key} AS code FROM household h
      JOIN admin_unit c ON c.id = h.commune_id
      JOIN admin_unit up ON up.id = c.parent_id
      LEFT JOIN admin_unit up2 ON up2.id = up.parent_id
      WHERE h.deleted_at IS NULL AND h.valid_from <= ${day}::date AND (h.valid_to IS NULL OR h.valid_to >= ${day}::date) ${where}
    )
    SELECT h.code,
      count(*)::int AS households,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM household_poverty hp WHERE hp.household_id = h.id AND hp.year = ${year} AND hp.status = 'poor'))::int AS poor,
      coalesce(sum((SELECT count(*) FROM household_member m JOIN person p ON p.id = m.person_id
         WHERE m.household_id = h.id AND m.valid_from <= ${day}::date AND (m.valid_to IS NULL OR m.valid_to >= ${day}::date)
           AND p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${day}::date))), 0)::int AS persons,
      coalesce(sum((SELECT count(*) FROM household_member m JOIN person p ON p.id = m.person_id JOIN ethnic_group e ON e.code = p.ethnic_code
         WHERE m.household_id = h.id AND m.valid_from <= ${day}::date AND (m.valid_to IS NULL OR m.valid_to >= ${day}::date)
           AND p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${day}::date) AND e.is_minority)), 0)::int AS minority
    FROM h GROUP BY h.code ORDER BY h.code`.execute(s.t.database.db);
  return r.rows;
}

describe('map values', () => {
  it('gives each new province the register measures a hand-written count gives', async () => {
    const hand = await handCounts('province', null, DAY, 2025);
    expect(hand.length).toBeGreaterThan(0);
    const admin = s.as('admin');
    const persons = await values(admin, `measure=persons&date=${DAY}`);
    expect(persons.level).toBe('province');
    expect(persons.levels).toEqual(['province', 'commune']);
    expect(persons.items).toHaveLength(34);
    expect(byCode(persons.items)).toEqual(Object.fromEntries(hand.filter((h) => h.persons).map((h) => [h.code, h.persons])));
    // Province 25 and its neighbours: the other measures on a smaller selection (each unit is one count).
    const households = await values(admin, `measure=households&date=${DAY}&level=province`);
    expect(byCode(households.items)).toEqual(Object.fromEntries(hand.filter((h) => h.households).map((h) => [h.code, h.households])));
    const minority = await values(s.as('tinh.phutho'), `measure=minorityPersons&date=${DAY}`);
    expect(byCode(minority.items)).toEqual(Object.fromEntries(hand.filter((h) => h.minority && h.code === '25').map((h) => [h.code, h.minority])));
    const poor = await values(s.as('tinh.phutho'), `measure=poorHouseholds&date=${DAY}&year=2025`);
    expect(byCode(poor.items)).toEqual(Object.fromEntries(hand.filter((h) => h.poor && h.code === '25').map((h) => [h.code, h.poor])));
    const rate = await values(admin, `measure=povertyRate&date=${DAY}&year=2025`);
    expect(rate.unit).toBe('percent');
    for (const h of hand) {
      const item = rate.items.find((i) => i.code === h.code)!;
      expect(item.value, h.code).toBe(Math.round((h.poor / h.households) * 1000) / 10);
      expect([item.numerator, item.denominator]).toEqual([h.poor, h.households]);
    }
    // A province without households has no rate rather than 0 %.
    expect(rate.items.find((i) => i.code === '01')).toMatchObject({ value: null, denominator: 0 });
    // Every province has a point (the mean of its communes' points), Phú Thọ near Việt Trì.
    expect(persons.items.every((i) => i.point !== null && i.hasChildren)).toBe(true);
    const pt = persons.items.find((i) => i.code === '25')!.point!;
    expect(pt[0]).toBeGreaterThan(104.5);
    expect(pt[0]).toBeLessThan(106);
    expect(pt[1]).toBeGreaterThan(20.3);
    expect(pt[1]).toBeLessThan(21.8);
  }, 180_000);

  it('drills down from Phú Thọ to its communes, each with its shipped point', async () => {
    const hand = await handCounts('commune', '25', DAY, 2025);
    const r = await values(s.as('tinh.phutho'), `measure=persons&parent=25&date=${DAY}`);
    expect(r.level).toBe('commune');
    expect(r.parent?.code).toBe('25');
    expect(r.items.length).toBe(148);
    expect(byCode(r.items)).toEqual(Object.fromEntries(hand.filter((h) => h.persons).map((h) => [h.code, h.persons])));
    const tanLac = r.items.find((i) => i.code === '05128')!;
    // From data/admin-units/commune-points-2025-07.csv.
    expect(tanLac.point).toEqual(await pointFromCsv('05128'));
    expect(tanLac.hasChildren).toBe(false);
  });

  it('uses the old provinces and districts before 01/07/2025', async () => {
    const r = await values(s.as('admin'), 'measure=households&date=2025-03-01');
    expect(r.levels).toEqual(['province', 'district', 'commune']);
    expect(r.items).toHaveLength(63);
    const districts = await values(s.as('admin'), 'measure=households&date=2025-03-01&parent=17');
    expect(districts.level).toBe('district');
    expect(districts.items.map((i) => i.code).sort()).toEqual(['148', '150', '152', '153', '154', '155', '156', '157', '158', '159']);
    expect(districts.items).toHaveLength(10);
    const communes = await values(s.as('admin'), 'measure=households&date=2025-03-01&parent=155');
    expect(communes.level).toBe('commune');
    expect(communes.items.length).toBeGreaterThan(5);
    // An old commune's bubble is where the commune it became is.
    expect(communes.items.every((i) => i.point !== null)).toBe(true);
    // The total over the old districts equals the old province's.
    const province = r.items.find((i) => i.code === '17')!.value!;
    expect(districts.items.reduce((sum, i) => sum + (i.value ?? 0), 0)).toBe(province);
  }, 120_000);

  it('gives a commune officer their commune only, whatever level is asked', async () => {
    const xa = s.as('xa.tanlac');
    const provinces = await values(xa, `measure=persons&date=${DAY}`);
    expect(provinces.items).toEqual([]);
    const communes = await values(xa, `measure=persons&date=${DAY}&level=commune`);
    expect(communes.items.map((i) => i.code)).toEqual(['05128']);
    const hand = await handCounts('commune', '25', DAY, 2025);
    expect(communes.items[0].value).toBe(hand.find((h) => h.code === '05128')!.persons);
    const below = await values(xa, `measure=persons&date=${DAY}&parent=25`);
    expect(below.items.map((i) => i.code)).toEqual(['05128']);
    // Another province is not there for them: the same answer as a unit that does not exist.
    const other = await xa.get(`/api/maps/values?measure=persons&date=${DAY}&parent=01`);
    const none = await xa.get(`/api/maps/values?measure=persons&date=${DAY}&parent=99`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe(none.json().error.code);
  });

  it('shows an officer of another province nothing of ours', async () => {
    const hanoi = await s.t.database.db
      .selectFrom('admin_unit')
      .select('id')
      .where('code', '=', '01')
      .where('valid_from', '=', '2025-07-01')
      .executeTakeFirstOrThrow();
    await insertUser(s.t.database.db, SYSTEM, {
      username: 'tinh.hanoi',
      password: 'HaNoi@2025x',
      fullName: 'Cán bộ Hà Nội',
      role: 'province_officer',
      scopeUnitId: hanoi.id,
    });
    const hn = await s.t.login('tinh.hanoi', 'HaNoi@2025x');
    const r = await values(hn, `measure=persons&date=${DAY}`);
    expect(r.items.map((i) => i.code)).toEqual(['01']);
    expect((await hn.get(`/api/maps/values?measure=persons&date=${DAY}&parent=25`)).statusCode).toBe(404);
    const commune = await values(hn, `measure=persons&date=${DAY}&level=commune`);
    expect(commune.items.some((i) => i.code === '05128')).toBe(false);
    // Their headline on the home page counts nothing of Phú Thọ.
    const overview = (await hn.get('/api/overview')).json();
    expect(overview.headline.persons).toBe(0);
    expect(overview.headline.povertyRate).toBeNull();
  });

  it('refuses bad input with a translated message', async () => {
    const admin = s.as('admin');
    const districts = await admin.get(`/api/maps/values?measure=persons&date=${DAY}&level=district`);
    expect(districts.statusCode).toBe(400);
    expect(districts.json().error).toMatchObject({ code: 'map_no_districts' });
    expect(districts.json().error.message).toContain('không còn cấp huyện');
    const above = await admin.get(`/api/maps/values?measure=persons&date=${DAY}&parent=05128&level=province`);
    expect(above.json().error.code).toBe('map_level_not_below');
    expect((await admin.get(`/api/maps/values?measure=people&date=${DAY}`)).statusCode).toBe(400);
    expect((await admin.get('/api/maps/values?measure=persons&date=2025-02-30')).json().error.code).toBe('invalid_date');
    expect((await admin.get(`/api/maps/values?measure=persons&date=${DAY}&parent=99999`)).statusCode).toBe(404);
  });
});

describe('headline figures', () => {
  it('gives the home page the area’s persons, households, minority share and poverty rate', async () => {
    const res = await s.as('tinh.phutho').get('/api/overview');
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json().headline;
    const today = res.json().date as string;
    // The latest year households were classified in, not an empty current year.
    const latest = await sql<{ year: number }>`SELECT max(year) AS year FROM household_poverty WHERE year <= ${Number(today.slice(0, 4))}`.execute(
      s.t.database.db,
    );
    const year = Number(latest.rows[0]!.year);
    const hand = (await handCounts('province', '25', today, year))[0];
    expect(hand.poor).toBeGreaterThan(0);
    expect(h).toEqual({
      year,
      persons: hand.persons,
      households: hand.households,
      minorityPersons: hand.minority,
      minorityShare: Math.round((hand.minority / hand.persons) * 1000) / 10,
      poorHouseholds: hand.poor,
      povertyRate: Math.round((hand.poor / hand.households) * 1000) / 10,
    });
    const xa = (await s.as('xa.tanlac').get('/api/overview')).json().headline;
    const handXa = (await handCounts('commune', '25', today, year)).find((r) => r.code === '05128')!;
    expect([xa.persons, xa.households, xa.poorHouseholds]).toEqual([handXa.persons, handXa.households, handXa.poor]);
  });
});

async function pointFromCsv(code: string): Promise<[number, number]> {
  const fs = await import('node:fs');
  const line = fs
    .readFileSync(new URL('../../../data/admin-units/commune-points-2025-07.csv', import.meta.url), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${code},`))!;
  const [, , , lat, lon] = line.split(',');
  return [Number(lon), Number(lat)];
}
