import {
  DISTRICT_MIX,
  DISTRICT_POPULATION_2019,
  DISTRICT_POVERTY,
  ETHNIC_POVERTY,
  POVERTY_TARGETS,
  POVERTY_YEARS,
  SMALL_GROUPS,
} from './register-demo.calibration.js';

/** A 2025 commune that households are recorded in, with the old communes it was formed from. */
export interface RegisterCommune {
  id: number;
  code: string;
  name: string;
  type: string;
  /** Villages of the commune valid on the record date, with the old village each continues (null when none is known). */
  villages: { id: number; code: string; name: string; former?: { id: number; communeId: number } | null }[];
  /** Old (pre-2025) communes merged into it: id, old district code, old type, number of successors. */
  predecessors: { id: number; district: string; type: string; successors: number }[];
}

/** What the generator needs to know of a commune: how big, who lives there, how poor. */
export interface CommuneProfile {
  commune: RegisterCommune;
  /** Share of the province's people living here. */
  share: number;
  /** Ethnic group code → share of household heads. */
  mix: [string, number][];
  urban: boolean;
  /** Remote mountain commune (Đà Bắc, Mai Châu): more forestry, off-grid power. */
  remote: boolean;
  /** Relative poverty risk (province = about 1). */
  risk: number;
}

const OLD_TYPE_POVERTY: Readonly<Record<string, number>> = { Phường: 0.6, 'Thị trấn': 0.6, Xã: 1 };

/**
 * Profiles of the communes: each old commune contributes its district's population share (split
 * evenly among its successors after a division), ethnic mix and poverty risk. `jitter` (0–1 per
 * commune, from the seeded stream) spreads poverty rates between communes of one district.
 */
export function communeProfiles(communes: RegisterCommune[], jitter: (code: string) => number): CommuneProfile[] {
  const perDistrict = new Map<string, Set<number>>();
  for (const c of communes) for (const p of c.predecessors) (perDistrict.get(p.district) ?? perDistrict.set(p.district, new Set()).get(p.district)!).add(p.id);
  const raw = communes.map((c) => {
    let people = 0;
    const mix = new Map<string, number>();
    let risk = 0;
    for (const p of c.predecessors) {
      const w = (DISTRICT_POPULATION_2019[p.district] ?? 50_000) / perDistrict.get(p.district)!.size / p.successors;
      people += w;
      const dm = DISTRICT_MIX[p.district] ?? DISTRICT_MIX['157'];
      let rest = 1;
      for (const [g, s] of Object.entries(dm)) {
        mix.set(g, (mix.get(g) ?? 0) + w * s);
        rest -= s;
      }
      const small = SMALL_GROUPS.reduce((a, [, n]) => a + n, 0);
      for (const [g, n] of SMALL_GROUPS) mix.set(g, (mix.get(g) ?? 0) + (w * rest * n) / small);
      const city = p.district === '148';
      risk += w * (DISTRICT_POVERTY[p.district] ?? 1) * (city ? (p.type === 'Xã' ? 5 : 0.8) : (OLD_TYPE_POVERTY[p.type] ?? 1));
    }
    const districts = new Set(c.predecessors.map((p) => p.district));
    return {
      commune: c,
      people,
      mix: [...mix].map(([g, v]) => [g, v / people] as [string, number]).sort((a, b) => a[0].localeCompare(b[0])),
      urban: c.type === 'Phường',
      remote: districts.has('150') || districts.has('156'),
      risk: (risk / people) * (0.7 + 0.6 * jitter(c.code)),
    };
  });
  const total = raw.reduce((a, r) => a + r.people, 0);
  return raw.map(({ people, ...r }) => ({ ...r, share: people / total }));
}

/** Highest share of a group's households that can be poor (or poor and near-poor) in any commune. */
const CAP = { poor: 0.8, both: 0.95 };

function expected(profiles: CommuneProfile[], rate: (risk: number) => number): number {
  let sum = 0;
  for (const p of profiles) for (const [g, s] of p.mix) sum += p.share * s * rate(p.risk * (ETHNIC_POVERTY[g] ?? 1));
  return sum;
}

/** Finds k with expected(k) = target by bisection (expected is increasing in k). */
function solve(target: number, f: (k: number) => number): number {
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Per-year thresholds: a household of relative risk r is poor below poor(r), near-poor below both(r). */
export interface PovertyCurve {
  year: number;
  poor(risk: number): number;
  both(risk: number): number;
}

/**
 * Scales the commune and group risks so that, across the province, the expected shares of poor and
 * near-poor households equal each year's target.
 */
export function povertyCurves(profiles: CommuneProfile[]): PovertyCurve[] {
  return POVERTY_YEARS.map((year) => {
    const t = POVERTY_TARGETS[year];
    const poorAt = (k: number) => (r: number) => Math.min(CAP.poor, k * r);
    const kp = solve(t.poor, (k) => expected(profiles, poorAt(k)));
    // Near-poverty is spread more evenly than poverty: it grows with the square root of the risk.
    const bothAt = (k: number) => (r: number) => Math.min(CAP.both, poorAt(kp)(r) + k * Math.sqrt(r));
    const kb = solve(t.poor + t.nearPoor, (k) => expected(profiles, bothAt(k)));
    return { year, poor: poorAt(kp), both: bothAt(kb) };
  });
}
