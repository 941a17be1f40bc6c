import type { Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { graphLinks, graphUnits } from './admin-units.repository.js';

/** A unit as the graph knows it: enough to walk the tree and the crosswalk. */
export interface GraphUnit {
  id: number;
  code: string;
  level: UnitLevel;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface Succession {
  unitId: number;
  mergeType: 'full' | 'partial';
  /** true when computed from the units' communes rather than stated in a crosswalk. */
  derived: boolean;
}

/**
 * The whole unit hierarchy and crosswalk in memory (about 14,000 units nationally).
 * Answers reach (what a user scoped to a unit may see, across reorganisations),
 * ancestry and successions without recursive SQL. Rebuilt after a reorganisation is loaded.
 */
export class UnitGraph {
  readonly units = new Map<number, GraphUnit>();
  private children = new Map<number, number[]>();
  private succ = new Map<number, { id: number; full: boolean }[]>();
  private pred = new Map<number, { id: number; full: boolean }[]>();
  private reachCache = new Map<number, Set<number>>();
  private visibleCache = new Map<number, Set<number>>();

  constructor(units: GraphUnit[], links: { oldId: number; newId: number; full: boolean }[]) {
    for (const u of units) {
      this.units.set(u.id, u);
      if (u.parentId !== null) push(this.children, u.parentId, u.id);
    }
    for (const l of links) {
      push(this.succ, l.oldId, { id: l.newId, full: l.full });
      push(this.pred, l.newId, { id: l.oldId, full: l.full });
    }
  }

  static async load(db: Kysely<DB>): Promise<UnitGraph> {
    const units = await graphUnits(db);
    const links = await graphLinks(db);
    return new UnitGraph(
      units,
      links.map((l) => ({ oldId: l.oldId, newId: l.newId, full: l.merge_type === 'full' })),
    );
  }

  childrenOf(id: number): number[] {
    return this.children.get(id) ?? [];
  }

  /** Children valid on a date (a unit's children change when a reorganisation ends some of them). */
  childrenOn(id: number, date: string): number[] {
    return this.childrenOf(id).filter((c) => {
      const u = this.units.get(c)!;
      return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
    });
  }

  /** The unit and every unit below it in its own tree. */
  descendants(id: number): number[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...this.childrenOf(out[i]));
    return out;
  }

  /** Parent chain from the unit up to its province (the unit first). */
  ancestry(id: number): GraphUnit[] {
    const out: GraphUnit[] = [];
    let cur = this.units.get(id);
    while (cur) {
      out.push(cur);
      cur = cur.parentId === null ? undefined : this.units.get(cur.parentId);
    }
    return out;
  }

  private communesOf(id: number): number[] {
    return this.descendants(id).filter((d) => this.units.get(d)?.level === 'commune');
  }

  /**
   * What a unit became. Communes (and island districts) have crosswalk rows; for a district or
   * province the answer is derived from its communes: units of the same level where the new
   * structure has that level, else the new communes.
   */
  successors(id: number): Succession[] {
    return this.linked(id, this.succ, 'forward');
  }

  /** Which units made up this one (the reverse of successors). */
  predecessors(id: number): Succession[] {
    return this.linked(id, this.pred, 'backward');
  }

  private linked(id: number, edges: Map<number, { id: number; full: boolean }[]>, dir: 'forward' | 'backward'): Succession[] {
    const direct = edges.get(id);
    if (direct) return direct.map((e) => ({ unitId: e.id, mergeType: e.full ? 'full' : 'partial', derived: false }));
    const unit = this.units.get(id);
    if (!unit || unit.level === 'commune') return [];
    const communes = this.communesOf(id);
    const reached = new Map<number, boolean>(); // target -> every link into it full
    for (const c of communes) {
      for (const e of edges.get(c) ?? []) {
        const target = this.atLevel(e.id, unit.level);
        reached.set(target, (reached.get(target) ?? true) && e.full);
      }
    }
    // As in a crosswalk, "full" means the whole old unit went into the new one.
    return [...reached.keys()].map((target) => {
      const [oldId, newId] = dir === 'forward' ? [id, target] : [target, id];
      return { unitId: target, mergeType: this.wholeInto(oldId, newId) ? 'full' : 'partial', derived: true } as Succession;
    });
  }

  private wholeInto(oldId: number, newId: number): boolean {
    const inside = new Set([newId, ...this.communesOf(newId)]);
    const communes = this.communesOf(oldId);
    return communes.length > 0 && communes.every((c) => (this.succ.get(c) ?? []).every((e) => inside.has(e.id)));
  }

  /** The ancestor of a unit at the given level, or the unit itself when its tree lacks that level. */
  private atLevel(id: number, level: UnitLevel): number {
    const hit = this.ancestry(id).find((u) => u.level === level);
    return hit ? hit.id : id;
  }

  /**
   * Every unit a user scoped to `scopeId` may reach: its subtree, every unit that merged into it
   * (through the crosswalk, transitively), and every old district or province all of whose
   * communes are reachable. A unit scoped to an old unit keeps its own history only.
   */
  reach(scopeId: number): Set<number> {
    const cached = this.reachCache.get(scopeId);
    if (cached) return cached;
    const set = new Set<number>();
    const queue: number[] = [];
    const add = (id: number) => {
      for (const d of this.descendants(id)) {
        if (!set.has(d)) {
          set.add(d);
          queue.push(d);
        }
      }
    };
    add(scopeId);
    while (queue.length) {
      const id = queue.pop()!;
      for (const p of this.pred.get(id) ?? []) add(p.id);
    }
    // Old districts/provinces wholly absorbed into the scope are reachable as well.
    const checked = new Set<number>();
    for (const id of [...set]) {
      let parent = this.units.get(id)?.parentId ?? null;
      while (parent !== null && !set.has(parent) && !checked.has(parent)) {
        checked.add(parent);
        const communes = this.communesOf(parent);
        if (communes.length === 0 || !communes.every((c) => set.has(c))) break;
        add(parent);
        parent = this.units.get(parent)?.parentId ?? null;
      }
    }
    this.reachCache.set(scopeId, set);
    return set;
  }

  /** Units a scoped user may see in lists: the reach plus the ancestors that give it context. */
  visible(scopeId: number): Set<number> {
    const cached = this.visibleCache.get(scopeId);
    if (cached) return cached;
    const set = new Set(this.reach(scopeId));
    for (const id of [...set]) for (const a of this.ancestry(id)) set.add(a.id);
    this.visibleCache.set(scopeId, set);
    return set;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
