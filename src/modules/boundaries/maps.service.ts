import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB, UnitLevel } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { validOn } from '../admin-units/as-of.js';
import { listUnitsAsOf, resolveUnit, type AsOf } from '../admin-units/admin-units.service.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { listEthnicGroups } from '../ethnic-groups/ethnic-groups.service.js';
import { communeProfile, communeTotals } from '../register/commune-profile.service.js';
import { classifiedYears } from '../register/poverty.service.js';
import type { headlineShape, valuesResponse } from './maps.schema.js';
import { communePoints, POINTS_FROM } from './points.parse.js';

export type Measure = z.infer<typeof valuesResponse>['measure'];
export type AreaFigures = Omit<z.infer<typeof headlineShape>, 'year'>;

/** Districts were abolished on this day. */
const NO_DISTRICTS_FROM = '2025-07-01';

/** The unit levels in use on a day, top first. */
export function levelsOn(date: string): UnitLevel[] {
  return date >= NO_DISTRICTS_FROM ? ['province', 'commune'] : ['province', 'district', 'commune'];
}

/** Percent with one decimal; null when there is nothing to divide by. */
const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : null);

/** Codes of the ethnic groups marked as minorities. */
export async function minorityCodes(db: Kysely<DB>): Promise<Set<string>> {
  return new Set((await listEthnicGroups(db, { minority: true })).map((g) => g.code));
}

/**
 * Persons, households, minority persons and poor households of some communes (null = everywhere) on a
 * day, counted by the register's area profile: households where they lived that day, poverty of `year`.
 */
export async function areaFigures(db: Kysely<DB>, communeIds: number[] | null, date: string, year: number, minority: Set<string>): Promise<AreaFigures> {
  const zero = { persons: 0, households: 0, minorityPersons: 0, minorityShare: null, poorHouseholds: 0, povertyRate: null };
  if (communeIds && !communeIds.length) return zero;
  const p = await communeProfile(db, communeIds, date, year);
  const minorityPersons = p.byEthnic.filter((g) => g.code !== null && minority.has(g.code)).reduce((s, g) => s + g.persons, 0);
  const { persons, households, poor } = p.totals;
  return {
    persons,
    households,
    minorityPersons,
    minorityShare: percent(minorityPersons, persons),
    poorHouseholds: poor,
    povertyRate: percent(poor, households),
  };
}

/**
 * The headline figures of the caller's area (the home page), or of one unit of it (a dashboard's unit):
 * its communes the caller may reach.
 */
export async function headlineFigures(db: Kysely<DB>, scope: Scope, date: string, unit?: { graph: UnitGraph; unitId: number }) {
  // The poverty rate of the latest year classified (households are classified once a year, late in it), not an empty current year.
  const thisYear = Number(date.slice(0, 4));
  const year = (await classifiedYears(db)).find((y) => y <= thisYear) ?? thisYear;
  const communeIds = unit ? communesOf(unit.graph, scope, unit.unitId) : scope.all ? null : [...scope.reach];
  return { year, ...(await areaFigures(db, communeIds, date, year, await minorityCodes(db))) };
}

/** The communes the caller may reach that make up a unit on a day (as the register's unit filter counts them). */
function communesOf(graph: UnitGraph, scope: Scope, unitId: number): number[] {
  return [...graph.reach(unitId)].filter((id) => graph.units.get(id)?.level === 'commune' && inReach(scope, id));
}

/**
 * Where to draw a unit's bubble: a commune valid from 01/07/2025 at its shipped point; an older commune
 * at the mean of the points of the communes it became; a province or district at the mean of its
 * communes' points on the day. Null when none is known.
 */
export function pointOf(graph: UnitGraph, unitId: number, date: string, cache = new Map<number, [number, number] | null>()): [number, number] | null {
  if (cache.has(unitId)) return cache.get(unitId)!;
  const unit = graph.units.get(unitId);
  let parts: ([number, number] | null)[] = [];
  if (!unit) parts = [];
  else if (unit.level === 'commune' && unit.validFrom !== null && unit.validFrom >= POINTS_FROM) parts = [communePoints().get(unit.code) ?? null];
  else if (unit.level === 'commune') parts = graph.successors(unitId).map((s) => pointOf(graph, s.unitId, POINTS_FROM, cache));
  else
    parts = graph
      .descendants(unitId)
      .filter((id) => {
        const u = graph.units.get(id)!;
        return u.level === 'commune' && validOn(u, date);
      })
      .map((id) => pointOf(graph, id, date, cache));
  const known = parts.filter((p): p is [number, number] => p !== null);
  const point: [number, number] | null = known.length
    ? [
        Math.round((known.reduce((s, p) => s + p[0], 0) / known.length) * 1e4) / 1e4,
        Math.round((known.reduce((s, p) => s + p[1], 0) / known.length) * 1e4) / 1e4,
      ]
    : null;
  cache.set(unitId, point);
  return point;
}

export interface ValuesQuery {
  measure: Measure;
  level?: UnitLevel;
  parent?: string;
  year: number;
}

const measureOf = (m: Measure, f: AreaFigures): number | null => (m === 'povertyRate' ? f.povertyRate : f[m]);

/**
 * One register measure for each unit of a level (below `parent`) valid on the day, limited to the
 * units the caller may reach: a commune officer gets their commune only, whatever level is asked.
 */
export async function mapValues(db: Kysely<DB>, v: AsOf, q: ValuesQuery): Promise<z.infer<typeof valuesResponse>> {
  const levels = levelsOn(v.date);
  const parent = q.parent ? await resolveUnit(db, v, q.parent, 'parent') : null;
  const level = q.level ?? (parent ? (levels[levels.indexOf(parent.level) + 1] ?? parent.level) : 'province');
  if (!levels.includes(level)) throw new AppError(400, 'map_no_districts', {}, [{ field: 'level', code: 'map_no_districts', value: level }]);
  if (parent && levels.indexOf(level) <= levels.indexOf(parent.level)) {
    throw new AppError(400, 'map_level_not_below', { code: parent.code }, [
      { field: 'level', code: 'map_level_not_below', value: level, params: { code: parent.code } },
    ]);
  }
  const units = (await listUnitsAsOf(db, v, { level, parent: q.parent, page: 1, pageSize: 20_000 })).items.filter((u) => inReach(v.scope, u.id));
  const cache = new Map<number, [number, number] | null>();
  // One set-based count by commune for the whole map, then each unit adds up its communes.
  const communes = units.map((u) => communesOf(v.graph, v.scope, u.id));
  const all = [...new Set(communes.flat())];
  const byCommune = await communeTotals(db, v.scope.all && !parent ? null : all, v.date, q.year);
  const items: z.infer<typeof valuesResponse>['items'] = units.map((u, k) => {
    const sum = { persons: 0, minorityPersons: 0, households: 0, poorHouseholds: 0 };
    for (const id of communes[k]) {
      const c = byCommune.get(id);
      if (!c) continue;
      sum.persons += c.persons;
      sum.minorityPersons += c.minorityPersons;
      sum.households += c.households;
      sum.poorHouseholds += c.poorHouseholds;
    }
    const f: AreaFigures = {
      ...sum,
      minorityShare: percent(sum.minorityPersons, sum.persons),
      povertyRate: percent(sum.poorHouseholds, sum.households),
    };
    const rate = q.measure === 'povertyRate';
    return {
      code: u.code,
      name: u.name,
      type: u.type,
      level: u.level,
      value: measureOf(q.measure, f),
      numerator: rate ? f.poorHouseholds : null,
      denominator: rate ? f.households : null,
      point: pointOf(v.graph, u.id, v.date, cache),
      hasChildren: u.level !== 'commune' && u.childCount > 0,
    };
  });
  return {
    measure: q.measure,
    unit: q.measure === 'povertyRate' ? 'percent' : 'count',
    level,
    date: v.date,
    year: q.year,
    parent: parent ? { code: parent.code, name: parent.name, type: parent.type, level: parent.level } : null,
    levels,
    items,
  };
}
