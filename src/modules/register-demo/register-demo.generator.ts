import type { PovertyStatus, Relationship, Sex } from '../../db/schema.register.js';
import { cccdPrefix } from '../../shared/cccd.js';
import { DAO, ETHNIC_POVERTY, HOUSEHOLD_SIZES, KINH, MONG, MUONG, SIZE_OFFSET, TAY, THAI } from './register-demo.calibration.js';
import { composeHousehold, SNAPSHOT_YEAR, type Kin } from './register-demo.family.js';
import { householdConditions, incomeBand, povertyYear, type Conditions, type PovertyYear } from './register-demo.household.js';
import { nameStyleOf } from './register-demo.names.js';
import { personTraits, religionOf, type PersonTraits } from './register-demo.person.js';
import { communeProfiles, povertyCurves, type CommuneProfile, type PovertyCurve, type RegisterCommune } from './register-demo.profile.js';
import { Draw, Table } from './register-demo.random.js';

/** The day households are recorded in the 2025 communes (moved there from the old ones they were founded in). */
export const RECORD_DATE = '2025-07-01';

/** One generated person, with their place in the household. */
export interface DemoPerson extends PersonTraits {
  id: number;
  memberId: number;
  fullName: string;
  sex: Sex;
  birthDate: string | null;
  birthYear: number;
  ethnicCode: string;
  religion: string;
  cccd: string | null;
  relationship: Relationship;
  /** The day the person joined the household: its founding day, or their birth when born later. */
  memberFrom: string;
}

/** One generated household with its members (head first) and its yearly poverty classification. */
export interface DemoHousehold extends Conditions {
  id: number;
  code: string;
  communeId: number;
  villageId: number;
  address: string;
  incomeBand: string;
  /** The day the household was founded (in its old commune, before the 2025 reform). */
  validFrom: string;
  /** The old (pre-2025) commune the household lived in until 30/6/2025 (its commune when it did not move). */
  formerCommuneId: number;
  /** The old village it lived in until 30/6/2025, when known. */
  formerVillageId: number | null;
  poverty: PovertyYear[];
  members: DemoPerson[];
}

export interface GenerateOptions {
  seed: number | string;
  /** About how many persons to generate (households are added until each commune's share is reached). */
  persons: number;
  /** First ids to assign; the loader reserves them from the tables' sequences. */
  firstIds?: { person: number; household: number; member: number };
}

const sizes = new Table(HOUSEHOLD_SIZES);

/**
 * Allocates unique CCCD serials: within each 6-digit prefix (province, century and sex, birth year)
 * an affine map n → (a·n + b) mod 10⁶ with a prime to 10 is a permutation, so serials look random
 * yet never repeat; b differs by prefix so that equal counters do not give equal serials.
 */
class CccdSerials {
  private readonly next = new Map<string, { n: number; b: number }>();
  constructor(
    private readonly a: number,
    private readonly b: number,
  ) {}
  issue(prefix: string): string {
    let state = this.next.get(prefix);
    if (!state) {
      state = { n: 0, b: (this.b + Number(prefix) * 7_919) % 1_000_000 };
      this.next.set(prefix, state);
    }
    const serial = (this.a * state.n++ + state.b) % 1_000_000;
    return prefix + String(serial).padStart(6, '0');
  }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A random day of `year` as YYYY-MM-DD; nobody is born after the record date (30/6 of the snapshot year). */
function dateIn(year: number, d: Draw): string {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  let day = d.int(0, year === SNAPSHOT_YEAR ? 180 : leap ? 365 : 364);
  let month = 0;
  for (; ; month++) {
    const len = month === 1 && leap ? 29 : MONTH_DAYS[month];
    if (day < len) break;
    day -= len;
  }
  return `${year}-${pad2(month + 1)}-${pad2(day + 1)}`;
}

function sizeFor(d: Draw, ethnicCode: string): number {
  let n = sizes.draw(d);
  const off = SIZE_OFFSET[ethnicCode] ?? 0;
  const whole = Math.trunc(off);
  n += whole + (d.chance(Math.abs(off - whole)) ? Math.sign(off) : 0);
  return Math.max(1, Math.min(9, n));
}

/** Groups a village can be named after; the very small ones live scattered. */
const MAIN_GROUPS = new Set([KINH, MUONG, THAI, TAY, DAO, MONG]);

/** The group at cumulative share q (0–1) of a mix, rescaled to the groups it lists. */
function quantile(mix: [string, number][], q: number): string {
  let rest = q * mix.reduce((a, [, s]) => a + s, 0);
  for (const [g, share] of mix) {
    rest -= share;
    if (rest < 0) return g;
  }
  return mix[mix.length - 1][0];
}

interface VillagePlan {
  village: RegisterCommune['villages'][number];
  dominant: string;
}

/**
 * Generates a synthetic register commune by commune, one household at a time (nothing is kept
 * after it is yielded, so a million persons need no more memory than one). Same seed, same
 * communes → same rows.
 */
export function* generateRegister(communes: RegisterCommune[], options: GenerateOptions): Generator<DemoHousehold> {
  const seed = String(options.seed);
  const ids = { ...(options.firstIds ?? { person: 1, household: 1, member: 1 }) };
  const setup = new Draw(`register:${seed}`);
  const jitter = new Map(communes.map((c) => [c.code, new Draw(`jitter:${seed}:${c.code}`).u()]));
  const profiles = communeProfiles(
    communes.filter((c) => c.villages.length > 0),
    (code) => jitter.get(code) ?? 0.5,
  );
  const curves = povertyCurves(profiles);
  let a = setup.int(100_000, 999_999) | 1;
  if (a % 5 === 0) a += 2;
  const cccd = new CccdSerials(a, setup.int(0, 999_999));
  for (const profile of profiles) yield* communeHouseholds(profile, curves, Math.round(options.persons * profile.share), seed, ids, cccd);
}

function* communeHouseholds(
  p: CommuneProfile,
  curves: PovertyCurve[],
  persons: number,
  seed: string,
  ids: { person: number; household: number; member: number },
  cccd: CccdSerials,
): Generator<DemoHousehold> {
  const d = new Draw(`commune:${seed}:${p.commune.code}`);
  // History is drawn from a stream of its own, so the households themselves stay as they were.
  const hd = new Draw(`history:${seed}:${p.commune.code}`);
  // An old commune split among several new ones sends each a share of its households.
  const formers = new Table(p.commune.predecessors.map((o) => [o.id, 1 / Math.max(1, o.successors)] as const));
  const mix = new Table(p.mix);
  // Villages lean to one group each (a Thái bản, a Kinh thôn); systematic sampling over the mix
  // gives each group its share of villages, so the commune keeps its mix.
  const offset = d.u();
  const order = p.commune.villages.map((v) => [v, d.u()] as const).sort((a, b) => a[1] - b[1]);
  const main = p.mix.filter(([g]) => MAIN_GROUPS.has(g));
  const plans: VillagePlan[] = order.map(([village], i) => ({ village, dominant: quantile(main, (i + offset) / order.length) }));
  const villages = new Table(plans.map((v) => [v, 0.4 + d.u() * 1.2] as const));
  const place = `${p.commune.type.toLowerCase()} ${p.commune.name}`;
  let made = 0;
  for (let seq = 1; made < persons; seq++) {
    const plan = villages.draw(d);
    const group = d.chance(0.6) ? plan.dominant : mix.draw(d);
    const household = makeHousehold(d, p, curves, group, mix, ids, cccd);
    household.code = `${p.commune.code}-${String(seq).padStart(5, '0')}`;
    household.villageId = plan.village.id;
    household.address = `${plan.village.name}, ${place}`;
    // Households lived in the old village the new one continues (in its old commune), else in one of the old communes.
    const former = plan.village.former;
    if (former) {
      household.formerCommuneId = former.communeId;
      household.formerVillageId = former.id;
    } else if (p.commune.predecessors.length) household.formerCommuneId = formers.draw(hd);
    foundHousehold(hd, household);
    made += household.members.length;
    yield household;
  }
}

function makeHousehold(
  d: Draw,
  p: CommuneProfile,
  curves: PovertyCurve[],
  group: string,
  mix: Table<string>,
  ids: { person: number; household: number; member: number },
  cccd: CccdSerials,
): DemoHousehold {
  const kin = composeHousehold(d, sizeFor(d, group));
  const risk = p.risk * (ETHNIC_POVERTY[group] ?? 1);
  const rank = d.u();
  const statuses = curves.map((c): PovertyStatus => {
    const v = rank + d.normal(0, 0.015);
    return v < c.poor(risk) ? 'poor' : v < c.both(risk) ? 'near_poor' : 'not_poor';
  });
  const adults = kin.filter((k) => SNAPSHOT_YEAR - k.birthYear >= 15).length;
  const conditions = householdConditions(d, rank, p.urban, Math.max(1, adults), p.remote);
  const poorNow = statuses[statuses.length - 1] !== 'not_poor';
  const line = p.urban ? 2_000_000 : 1_500_000;
  const income2025 = line * (1.1 + 4 * rank ** 1.5) * Math.exp(d.normal(0, 0.15));
  const poverty = curves.map((c, i) => povertyYear(d, c.year, statuses[i], conditions, p.urban, income2025));
  const members = makePeople(d, kin, group, mix, { wealth: rank, urban: p.urban, poor: poorNow }, ids, cccd);
  // Fields are listed, not spread: object spread is far slower and this runs a million times.
  const c = conditions;
  return {
    housing: c.housing,
    residentialLandM2: c.residentialLandM2,
    productionLandM2: c.productionLandM2,
    waterSource: c.waterSource,
    electricity: c.electricity,
    toiletType: c.toiletType,
    mainLivelihood: c.mainLivelihood,
    internetAccess: c.internetAccess,
    smartphones: c.smartphones,
    computers: c.computers,
    phone: c.phone,
    id: ids.household++,
    code: '',
    communeId: p.commune.id,
    villageId: 0,
    address: '',
    incomeBand: incomeBand(poverty[poverty.length - 1].incomePerCapita),
    validFrom: RECORD_DATE,
    formerCommuneId: p.commune.id,
    formerVillageId: null,
    poverty,
    members,
  };
}

function makePeople(
  d: Draw,
  kin: Kin[],
  group: string,
  mix: Table<string>,
  setting: Parameters<typeof personTraits>[3],
  ids: { person: number; member: number },
  cccd: CccdSerials,
): DemoPerson[] {
  const groups: string[] = [];
  const families: string[] = [];
  const religion = religionOf(d, group);
  const other = () => mix.draw(d);
  kin.forEach((k, i) => {
    const fatherIdx = k.parents.find((x) => kin[x].sex === 'male');
    const motherIdx = k.parents.find((x) => kin[x].sex === 'female');
    let g: string;
    let family: string | undefined;
    switch (k.relationship) {
      // The head's father and siblings carry the head's family name.
      case 'head':
      case 'sibling':
      case 'father':
        g = i === 0 ? group : groups[0];
        family = i === 0 ? undefined : families[0];
        break;
      case 'child':
      case 'grandchild': {
        const from = fatherIdx ?? motherIdx!;
        g = d.chance(0.85) || motherIdx === undefined ? groups[from] : groups[motherIdx];
        family = families[from];
        break;
      }
      default:
        g = d.chance(k.relationship === 'mother' || k.relationship === 'wife' || k.relationship === 'husband' ? 0.88 : 0.7) ? group : other();
    }
    groups.push(g);
    families.push(family ?? d.weighted(nameStyleOf(g).family));
  });
  return kin.map((k, i) => {
    const style = nameStyleOf(groups[i]);
    const middle = d.weighted(k.sex === 'male' ? style.middleMale : style.middleFemale);
    const given = d.pick(k.sex === 'male' ? style.givenMale : style.givenFemale);
    const age = SNAPSHOT_YEAR - k.birthYear;
    const yearOnly = k.birthYear < 1960 && d.chance(0.08);
    const t = personTraits(d, k, groups[i], setting);
    return {
      maritalStatus: t.maritalStatus,
      educationLevel: t.educationLevel,
      literate: t.literate,
      speaksVietnamese: t.speaksVietnamese,
      schoolEnrolment: t.schoolEnrolment,
      occupation: t.occupation,
      healthInsurance: t.healthInsurance,
      disability: t.disability,
      id: ids.person++,
      memberId: ids.member++,
      fullName: `${families[i]} ${middle} ${given}`,
      sex: k.sex,
      birthDate: yearOnly ? null : dateIn(k.birthYear, d),
      birthYear: k.birthYear,
      ethnicCode: groups[i],
      religion,
      cccd: age >= 14 && d.chance(0.98) ? cccd.issue(cccdPrefix('17', k.sex, k.birthYear)) : null,
      relationship: k.relationship,
      memberFrom: RECORD_DATE,
    };
  });
}

/**
 * Dates the household back to its founding (when its head was about 20–30, between 1990 and 2021,
 * so it holds its 2022–2024 poverty years): members born before join that day, the others at birth.
 */
function foundHousehold(hd: Draw, h: DemoHousehold): void {
  const head = h.members[0];
  const year = Math.max(1990, Math.min(2021, head.birthYear + hd.int(20, 30)));
  const founded = dateIn(year, hd);
  h.validFrom = founded;
  for (const m of h.members) m.memberFrom = m.birthDate !== null && m.birthDate > founded ? m.birthDate : founded;
}
