import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { parseCsv } from '../../shared/csv.js';
import { cccdProblem } from '../../shared/cccd.js';
import * as CODES from '../register/register.codes.js';
import { CENSUS_2019, DAO, DISTRICT_POPULATION_2019, KINH, MONG, MUONG, POVERTY_TARGETS, TAY, THAI } from './register-demo.calibration.js';
import { generateRegister, RECORD_DATE, type DemoHousehold } from './register-demo.generator.js';
import type { RegisterCommune } from './register-demo.profile.js';
import { registerCommunes } from './register-demo.units.js';

const s = useTestApp();

let communes: RegisterCommune[];
let sample: DemoHousehold[];

beforeAll(async () => {
  communes = await registerCommunes(s.t.database.db);
  sample = [...generateRegister(communes, { seed: 'test', persons: 20_000 })];
});

const persons = () => sample.flatMap((h) => h.members);

describe('register generator', () => {
  it('covers the 46 communes formed from old Hòa Bình, each with villages valid on 1/7/2025', () => {
    expect(communes).toHaveLength(46);
    expect(communes.every((c) => c.villages.length >= 4 && c.predecessors.length >= 1)).toBe(true);
    expect(new Set(communes.flatMap((c) => c.predecessors.map((p) => p.district)))).toEqual(new Set(Object.keys(DISTRICT_POPULATION_2019)));
    // Every commune gets households.
    expect(new Set(sample.map((h) => h.communeId)).size).toBe(46);
  });

  it('founds households before 2022 in an old commune of their new one (in the old village theirs continues), members joining then or at birth', () => {
    const byId = new Map(communes.map((c) => [c.id, c]));
    const wrong: string[] = [];
    for (const h of sample) {
      const c = byId.get(h.communeId)!;
      if (!(h.validFrom >= '1990-01-01' && h.validFrom < '2022-01-01')) wrong.push(`${h.code} founded ${h.validFrom}`);
      if (!c.predecessors.some((o) => o.id === h.formerCommuneId)) wrong.push(`${h.code} former commune ${h.formerCommuneId}`);
      const village = c.villages.find((v) => v.id === h.villageId)!;
      if (village.former && (h.formerVillageId !== village.former.id || h.formerCommuneId !== village.former.communeId)) wrong.push(`${h.code} former village`);
      for (const m of h.members) {
        const expected = m.birthDate !== null && m.birthDate > h.validFrom ? m.birthDate : h.validFrom;
        if (m.memberFrom !== expected) wrong.push(`${h.code} member from ${m.memberFrom}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(sample.filter((h) => h.formerVillageId !== null).length / sample.length).toBeGreaterThan(0.9);
    // Old communes split among several new ones send households to each.
    const formers = new Set(sample.map((h) => h.formerCommuneId));
    expect(formers.size).toBeGreaterThan(100);
  });

  it('gives the same rows for the same seed and other rows for another seed', () => {
    const again = generateRegister(communes, { seed: 'test', persons: 20_000 });
    for (let i = 0; i < 50; i++) expect(again.next().value).toEqual(sample[i]);
    const other = generateRegister(communes, { seed: 'other', persons: 20_000 }).next().value as DemoHousehold;
    expect(other.members.map((p) => p.fullName)).not.toEqual(sample[0].members.map((p) => p.fullName));
    // Ids follow the first ids asked for.
    const shifted = generateRegister(communes, { seed: 'test', persons: 100, firstIds: { person: 1000, household: 500, member: 7000 } }).next()
      .value as DemoHousehold;
    expect(shifted.id).toBe(500);
    expect(shifted.members.map((m) => m.id)).toEqual(shifted.members.map((_, i) => 1000 + i));
    expect(shifted.members[0].memberId).toBe(7000);
  });

  it('matches the 2019 census ethnic shares of Hòa Bình within a few points on 20,000 persons', () => {
    const all = persons();
    expect(all.length).toBeGreaterThanOrEqual(19_900);
    expect(all.length).toBeLessThanOrEqual(20_300);
    const share = (code: string) => all.filter((p) => p.ethnicCode === code).length / all.length;
    const target = (code: string) =>
      code === KINH ? (CENSUS_2019.total - CENSUS_2019.minorities) / CENSUS_2019.total : CENSUS_2019.groups[code] / CENSUS_2019.total;
    const tolerance: Record<string, number> = { [MUONG]: 0.03, [KINH]: 0.03, [THAI]: 0.012, [TAY]: 0.01, [DAO]: 0.008, [MONG]: 0.005 };
    for (const [code, tol] of Object.entries(tolerance)) expect(Math.abs(share(code) - target(code)), `group ${code}: ${share(code)}`).toBeLessThanOrEqual(tol);
    expect(share(MUONG)).toBeGreaterThan(share(KINH));
    expect(share(KINH)).toBeGreaterThan(share(THAI));
  });

  it('varies the mix by commune: Mai Châu is mostly Thái, Đà Bắc holds the Tày and Dao, the city is mostly Kinh', () => {
    const byCommune = (code: string) => {
      const id = communes.find((c) => c.code === code)!.id;
      const people = sample.filter((h) => h.communeId === id).flatMap((h) => h.members);
      return (g: string) => people.filter((p) => p.ethnicCode === g).length / people.length;
    };
    expect(byCommune('05200')(THAI)).toBeGreaterThan(0.3); // Xã Mai Châu
    expect(byCommune('04831')(TAY) + byCommune('04831')(DAO)).toBeGreaterThan(0.3); // Xã Đà Bắc
    expect(byCommune('04795')(KINH)).toBeGreaterThan(0.4); // Phường Hòa Bình
    expect(byCommune('05266')(MUONG)).toBeGreaterThan(0.7); // Xã Lạc Sơn
  });

  it('names people by their group: Mông men "A", Mường families Bùi and Đinh, Thái families Lò, Hà, Vì', () => {
    const all = persons();
    const mongMen = all.filter((p) => p.ethnicCode === MONG && p.sex === 'male');
    expect(mongMen.filter((p) => p.fullName.split(' ')[1] === 'A').length / mongMen.length).toBeGreaterThan(0.7);
    const muong = all.filter((p) => p.ethnicCode === MUONG);
    expect(muong.filter((p) => /^(Bùi|Đinh) /.test(p.fullName)).length / muong.length).toBeGreaterThan(0.5);
    const thai = all.filter((p) => p.ethnicCode === THAI);
    expect(thai.filter((p) => /^(Lò|Hà|Vì|Lường|Sa|Mạc|Cầm) /.test(p.fullName)).length / thai.length).toBeGreaterThan(0.6);
    expect(all.filter((p) => p.ethnicCode !== KINH && p.fullName.startsWith('Nguyễn ')).length / all.length).toBeLessThan(0.05);
    // Children carry their father's family name.
    for (const h of sample.slice(0, 2000)) {
      const head = h.members[0];
      if (head.sex !== 'male') continue;
      for (const c of h.members.filter((m) => m.relationship === 'child')) expect(c.fullName.split(' ')[0]).toBe(head.fullName.split(' ')[0]);
    }
  });

  it('makes households of 1 to 9 people, about 3.8 on average, headed by one head who comes first', () => {
    const sizes = sample.map((h) => h.members.length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(4.1);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9);
    for (const h of sample) {
      expect(h.members[0].relationship).toBe('head');
      expect(h.members.filter((m) => m.relationship === 'head')).toHaveLength(1);
      expect(h.members.filter((m) => m.relationship === 'wife' || m.relationship === 'husband').length).toBeLessThanOrEqual(1);
    }
  });

  it('keeps ages consistent: children 16–45 years younger than each parent, parents of the head older by as much', () => {
    const wrong: string[] = [];
    let children = 0;
    for (const h of sample) {
      const head = h.members[0];
      const spouse = h.members.find((m) => m.relationship === 'wife' || m.relationship === 'husband');
      for (const m of h.members) {
        const gap = (older: { birthYear: number }) => m.birthYear - older.birthYear;
        const within = (g: number) => g >= 16 && g <= 45;
        if (m.relationship === 'child') {
          children++;
          if (!within(gap(head)) || (spouse && !within(gap(spouse)))) wrong.push(`${h.code} child ${m.birthYear}`);
        }
        if (m.relationship === 'grandchild' && gap(head) < 32) wrong.push(`${h.code} grandchild ${m.birthYear}`);
        if ((m.relationship === 'father' || m.relationship === 'mother') && !within(-gap(head))) wrong.push(`${h.code} parent ${m.birthYear}`);
        if (m.birthYear < 1920) wrong.push(`${h.code} born ${m.birthYear}`);
        if (m.birthDate && (m.birthDate >= RECORD_DATE || Number(m.birthDate.slice(0, 4)) !== m.birthYear)) wrong.push(`${h.code} date ${m.birthDate}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(children).toBeGreaterThan(5000);
  });

  it('gives adults valid, unique CCCD numbers of Hòa Bình (017) agreeing with sex and birth year, and none to children', () => {
    const all = persons();
    const seen = new Set<string>();
    let adults = 0;
    let withId = 0;
    const wrong: string[] = [];
    for (const p of all) {
      const age = 2025 - p.birthYear;
      if (age < 14 && p.cccd) wrong.push(`minor ${p.cccd}`);
      if (age >= 14) adults++;
      if (!p.cccd) continue;
      withId++;
      if (!/^017\d{9}$/.test(p.cccd) || cccdProblem(p.cccd, p) || seen.has(p.cccd)) wrong.push(p.cccd);
      seen.add(p.cccd);
    }
    expect(wrong).toEqual([]);
    expect(withId / adults).toBeGreaterThan(0.95);
    // Serials are spread out, not counted up from one value.
    expect(new Set([...seen].map((c) => c.slice(6, 9))).size).toBeGreaterThan(500);
  });

  it('classifies households each year 2022–2025 near the province rates, falling, consistent with Decree 07/2021', () => {
    let previous = 1;
    for (const year of [2022, 2023, 2024, 2025]) {
      const rows = sample.map((h) => h.poverty.find((p) => p.year === year)!);
      const poor = rows.filter((r) => r.status === 'poor').length / rows.length;
      const near = rows.filter((r) => r.status === 'near_poor').length / rows.length;
      expect(Math.abs(poor - POVERTY_TARGETS[year].poor), `${year} poor ${poor}`).toBeLessThan(0.025);
      expect(Math.abs(near - POVERTY_TARGETS[year].nearPoor), `${year} near-poor ${near}`).toBeLessThan(0.025);
      expect(poor).toBeLessThan(previous);
      previous = poor;
      for (const r of rows) {
        if (r.status === 'poor') expect(r.deprivations.length).toBeGreaterThanOrEqual(3);
        if (r.status === 'near_poor') expect(r.deprivations.length).toBeLessThanOrEqual(2);
        if (r.status !== 'not_poor') expect(r.incomePerCapita).toBeLessThanOrEqual(2_000_000);
      }
    }
  });

  it('ties living conditions to poverty: poor households are more often makeshift, without internet or smartphones', () => {
    const poor = sample.filter((h) => h.poverty[0].status === 'poor');
    const rich = sample.filter((h) => h.poverty[3].status === 'not_poor' && h.poverty[0].status === 'not_poor');
    const rate = (hs: DemoHousehold[], f: (h: DemoHousehold) => boolean) => hs.filter(f).length / hs.length;
    expect(rate(poor, (h) => h.housing !== 'solid')).toBeGreaterThan(rate(rich, (h) => h.housing !== 'solid') + 0.2);
    expect(rate(poor, (h) => h.internetAccess === 'none')).toBeGreaterThan(rate(rich, (h) => h.internetAccess === 'none'));
    expect(rate(poor, (h) => h.smartphones === 0)).toBeGreaterThan(rate(rich, (h) => h.smartphones === 0));
    // Poverty differs by commune: the city wards are far below the mountain communes of Đà Bắc.
    const poorIn = (code: string) => {
      const id = communes.find((c) => c.code === code)!.id;
      return rate(
        sample.filter((h) => h.communeId === id),
        (h) => h.poverty[0].status === 'poor',
      );
    };
    expect(poorIn('04795')).toBeLessThan(0.05);
    expect(poorIn('04831')).toBeGreaterThan(0.2);
  });

  it("uses only the register's codes in coded fields", () => {
    const check = (list: { codes: readonly string[] }, values: Iterable<string | null>) => {
      const bad = new Set([...values].filter((v) => v !== null && !list.codes.includes(v)));
      expect([...bad]).toEqual([]);
    };
    const all = persons();
    check(
      CODES.RELATIONSHIP,
      all.map((p) => p.relationship),
    );
    check(
      CODES.RELIGION,
      all.map((p) => p.religion),
    );
    check(
      CODES.MARITAL,
      all.map((p) => p.maritalStatus),
    );
    check(
      CODES.EDUCATION,
      all.map((p) => p.educationLevel),
    );
    check(
      CODES.SCHOOL_ENROLMENT,
      all.map((p) => p.schoolEnrolment),
    );
    check(
      CODES.DISABILITY,
      all.map((p) => p.disability),
    );
    check(
      CODES.HOUSING,
      sample.map((h) => h.housing),
    );
    check(
      CODES.WATER_SOURCE,
      sample.map((h) => h.waterSource),
    );
    check(
      CODES.ELECTRICITY,
      sample.map((h) => h.electricity),
    );
    check(
      CODES.TOILET,
      sample.map((h) => h.toiletType),
    );
    check(
      CODES.LIVELIHOOD,
      sample.map((h) => h.mainLivelihood),
    );
    check(
      CODES.INCOME_BAND,
      sample.map((h) => h.incomeBand),
    );
    check(
      CODES.INTERNET,
      sample.map((h) => h.internetAccess),
    );
    check(
      CODES.POVERTY_STATUS,
      sample.flatMap((h) => h.poverty.map((y) => y.status)),
    );
    check(
      CODES.DEPRIVATION,
      sample.flatMap((h) => h.poverty.flatMap((y) => y.deprivations)),
    );
  });

  it('uses the real figures of data/hoa-binh-population.csv and hoa-binh-poverty.csv', () => {
    const pop = parseCsv<Record<string, string>>(fs.readFileSync('data/hoa-binh-population.csv', 'utf8'));
    const census = (code: string) =>
      Number(pop.find((r) => r.unit_code === '17' && r.ethnic_code === code && r.year === '2019' && r.measure.startsWith('census'))!.population);
    for (const [code, n] of Object.entries(CENSUS_2019.groups)) expect(census(code)).toBe(n);
    for (const [district, n] of Object.entries(DISTRICT_POPULATION_2019)) {
      expect(Number(pop.find((r) => r.unit_code === district && r.year === '2019' && r.measure === 'average_population')!.population)).toBe(n);
    }
    const poverty = parseCsv<Record<string, string>>(fs.readFileSync('data/hoa-binh-poverty.csv', 'utf8'));
    expect(Number(poverty.find((r) => r.unit_code === '17' && r.standard.includes('2022-2025'))!.poor_rate_pct) / 100).toBe(POVERTY_TARGETS[2022].poor);
  });
});
