import type { UnitGraph } from '../admin-units/unit-graph.js';
import { inReach, type Scope } from '../../server/scope.js';
import type { SplitRule } from './aggregate.schema.js';

/** A commune whose values count towards the target, and with what weight. */
export interface Contributor {
  unitId: number;
  /** 1 for the target's own communes and old communes wholly merged into it; a share or 0 for split ones. */
  weight: number;
  via: 'own' | 'merged' | 'split';
}

export interface SplitUnit {
  unitId: number;
  /** The units (today's) the old unit's area went to. */
  successorIds: number[];
  /** How many of them lie inside the target. */
  inside: number;
  weight: number;
}

/** The units an old unit finally became, following the crosswalk until a unit of the target (or the end). */
function finalUnits(graph: UnitGraph, id: number, own: Set<number>, seen = new Set<number>()): number[] {
  if (own.has(id) || seen.has(id)) return [id];
  seen.add(id);
  const next = graph.successors(id);
  if (!next.length) return [id];
  return [...new Set(next.flatMap((s) => finalUnits(graph, s.unitId, own, seen)))];
}

/**
 * The communes whose values make up a unit's total: its own communes, plus the old communes that
 * merged into it through the crosswalk. An old commune that went wholly into the target counts in
 * full; one split between the target and other units follows the split rule: `flag` counts it in
 * full and lists it, `proportional` counts the share of its successors lying in the target (equal
 * shares), `exclude` leaves it out and lists it. Only units in the caller's area count.
 */
export function contributors(graph: UnitGraph, targetId: number, scope: Scope, rule: SplitRule) {
  const own = new Set(graph.descendants(targetId));
  const list: Contributor[] = [];
  const splits: SplitUnit[] = [];
  for (const id of graph.reach(targetId)) {
    const u = graph.units.get(id);
    if (!u || u.level !== 'commune' || !inReach(scope, id)) continue;
    if (own.has(id)) {
      list.push({ unitId: id, weight: 1, via: 'own' });
      continue;
    }
    const finals = finalUnits(graph, id, own);
    const inside = finals.filter((f) => own.has(f)).length;
    if (inside === 0) continue;
    if (inside === finals.length) {
      list.push({ unitId: id, weight: 1, via: 'merged' });
      continue;
    }
    const weight = rule === 'flag' ? 1 : rule === 'proportional' ? inside / finals.length : 0;
    splits.push({ unitId: id, successorIds: finals, inside, weight });
    if (weight > 0) list.push({ unitId: id, weight, via: 'split' });
  }
  return { list, splits };
}
