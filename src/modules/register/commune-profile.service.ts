import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AGE_BANDS, type Profile } from './commune-profile.schema.js';
import { ethnicNames, householdCounts, personCounts } from './commune-profile.repository.js';

/** Register counts by commune (on the day), for analytics. */
export { registerCells, type CellGroups, type HouseholdCell, type PersonCell } from './commune-profile.repository.js';
/** Register totals by commune (on the day), for maps of many units at once. */
export { communeTotals, type CommuneTotals } from './commune-profile.repository.js';
import { unitById } from './units.repository.js';

type Counts = Profile['totals'];

const empty = (): Counts => ({ households: 0, persons: 0, male: 0, female: 0, poor: 0, nearPoor: 0, poorRate: null, nearPoorRate: null });
const rate = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : null);
function withRates(c: Counts): Counts {
  return { ...c, poorRate: rate(c.poor, c.households), nearPoorRate: rate(c.nearPoor, c.households) };
}

/**
 * Population and households of some communes as of a day: households by the head's ethnic group and
 * their poverty in `year` (as the household list's `ethnic` and `poverty` filters count them),
 * persons by their own ethnic group, sex and age band.
 */
export async function communeProfile(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number) {
  const [households, persons] = await Promise.all([householdCounts(db, communeIds, date, year), personCounts(db, communeIds, date, year)]);
  const totals = empty();
  const groups = new Map<string | null, Counts>();
  const group = (code: string | null) => groups.get(code) ?? groups.set(code, empty()).get(code)!;
  for (const h of households) {
    const g = group(h.code);
    g.households += h.households;
    g.poor += h.poor;
    g.nearPoor += h.near_poor;
    totals.households += h.households;
    totals.poor += h.poor;
    totals.nearPoor += h.near_poor;
  }
  const bands = new Map<string, { male: number; female: number }>(AGE_BANDS.map((b) => [b, { male: 0, female: 0 }]));
  for (const p of persons) {
    const g = group(p.ethnic_code);
    g.persons += p.n;
    g[p.sex] += p.n;
    totals.persons += p.n;
    totals[p.sex] += p.n;
    bands.get(p.band)![p.sex] += p.n;
  }
  const names = await ethnicNames(
    db,
    [...groups.keys()].filter((c): c is string => c !== null),
  );
  const byEthnic = [...groups.entries()]
    .map(([code, c]) => ({ code, name: code === null ? 'Chưa có chủ hộ' : (names.get(code) ?? code), ...withRates(c) }))
    .sort((a, b) => b.persons - a.persons || b.households - a.households || String(a.code).localeCompare(String(b.code)));
  return {
    isDemo: households.some((h) => h.demo),
    totals: withRates(totals),
    byEthnic,
    byAgeSex: AGE_BANDS.map((band) => ({ band, ...bands.get(band)! })),
  };
}

/**
 * Persons living in some communes on a day, by their own ethnic group (code → persons), counted as
 * the profile counts them. For other modules (the entry grid puts the groups present first).
 */
export async function personsByEthnicGroup(db: Kysely<DB>, communeIds: number[], date: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!communeIds.length) return out;
  for (const p of await personCounts(db, communeIds, date, Number(date.slice(0, 4)))) out.set(p.ethnic_code, (out.get(p.ethnic_code) ?? 0) + p.n);
  return out;
}

/** The unit a caller's profile shows when they name none: their own. */
export async function profileUnit(db: Kysely<DB>, unitId: number) {
  const u = await unitById(db, unitId);
  if (!u) throw new Error(`unit ${unitId} not found`);
  return { id: u.id, code: u.code, name: u.name, type: u.type, level: u.level };
}
