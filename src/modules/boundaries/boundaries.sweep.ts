/**
 * Whether a closed ring crosses or touches itself, by a sweep line (Shamos–Hoey): edges enter and
 * leave a list ordered from bottom to top as a vertical line moves left to right, and only edges
 * that become neighbours in that list are compared. It stops at the first crossing found, so a
 * ring crossing itself everywhere is refused as fast as a clean one is accepted: O(n log n)
 * comparisons instead of comparing every pair of edges.
 */

type Point = readonly [number, number];

interface Edge {
  /** Index in the ring: edges i and i+1 (and the last and the first) share a vertex. */
  i: number;
  /** Left end (smaller x, then smaller y) and right end. */
  l: Point;
  r: Point;
}

/** > 0 when c is left of the line a→b (above it when a→b runs left to right), 0 on it. */
const orient = (a: Point, b: Point, c: Point) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const before = (a: Point, b: Point) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
const onSegment = (a: Point, b: Point, p: Point) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** Where two edges meet (a point they share), or null. Touching counts. */
function meet(e: Edge, f: Edge): Point | null {
  const d1 = orient(e.l, e.r, f.l);
  const d2 = orient(e.l, e.r, f.r);
  const d3 = orient(f.l, f.r, e.l);
  const d4 = orient(f.l, f.r, e.r);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d3 / (d3 - d4);
    return [e.l[0] + t * (e.r[0] - e.l[0]), e.l[1] + t * (e.r[1] - e.l[1])];
  }
  if (d1 === 0 && onSegment(e.l, e.r, f.l)) return f.l;
  if (d2 === 0 && onSegment(e.l, e.r, f.r)) return f.r;
  if (d3 === 0 && onSegment(f.l, f.r, e.l)) return e.l;
  if (d4 === 0 && onSegment(f.l, f.r, e.r)) return e.r;
  return null;
}

/** Where two edges sharing a vertex run back over each other (a spike), or null. */
function spike(e: Edge, f: Edge): Point | null {
  const same = (p: Point, q: Point) => p[0] === q[0] && p[1] === q[1];
  const v = same(e.l, f.l) || same(e.l, f.r) ? e.l : e.r;
  const a = v === e.l ? e.r : e.l;
  const b = same(v, f.l) ? f.r : f.l;
  if (orient(v, a, b) !== 0) return null;
  return (a[0] - v[0]) * (b[0] - v[0]) + (a[1] - v[1]) * (b[1] - v[1]) > 0 ? v : null;
}

/**
 * Where a leaving edge is in the list: a binary search at its right end (the listed edges are
 * ordered there), then a few steps past edges through that same point.
 */
function position(list: Edge[], e: Edge): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = list[mid];
    if (t !== e && orient(t.l, t.r, e.r) > 0) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && k < lo + 16; k++) if (list[k] === e) return k;
  return list.indexOf(e);
}

/**
 * The first point where the ring (closed, no two consecutive positions equal) crosses or touches
 * itself, or null. Edges that follow each other meet at their shared vertex, which is not a
 * crossing unless one runs back over the other.
 */
export function firstCrossing(ring: readonly (readonly number[])[]): [number, number] | null {
  const n = ring.length - 1;
  if (n < 3) return null;
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i] as unknown as Point;
    const b = ring[i + 1] as unknown as Point;
    edges.push(before(a, b) ? { i, l: a, r: b } : { i, l: b, r: a });
  }
  const adjacent = (e: Edge, f: Edge) => {
    const d = Math.abs(e.i - f.i);
    return d === 1 || d === n - 1;
  };
  const check = (e: Edge | undefined, f: Edge | undefined): Point | null => {
    if (!e || !f) return null;
    return adjacent(e, f) ? spike(e, f) : meet(e, f);
  };

  // Events: each edge enters at its left end and leaves at its right end. At one point, entries
  // come first, so edges that only touch there are in the list together and get compared.
  const events: { p: Point; enter: boolean; e: Edge }[] = [];
  for (const e of edges) events.push({ p: e.l, enter: true, e }, { p: e.r, enter: false, e });
  events.sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || (a.enter === b.enter ? 0 : a.enter ? -1 : 1));

  // Edges cut by the sweep line, bottom to top. No two of them cross (the sweep stops at the
  // first crossing), so their order holds while they are in the list.
  const list: Edge[] = [];
  const below = (e: Edge, t: Edge) => {
    // Is the entering edge e below the listed edge t, where e starts?
    const o = orient(t.l, t.r, e.l);
    if (o !== 0) return o < 0;
    const o2 = orient(t.l, t.r, e.r);
    return o2 !== 0 ? o2 < 0 : e.i < t.i;
  };
  for (const ev of events) {
    if (ev.enter) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (below(ev.e, list[mid])) hi = mid;
        else lo = mid + 1;
      }
      list.splice(lo, 0, ev.e);
      const hit = check(ev.e, list[lo - 1]) ?? check(ev.e, list[lo + 1]);
      if (hit) return [hit[0], hit[1]];
    } else {
      const at = position(list, ev.e);
      list.splice(at, 1);
      const hit = check(list[at - 1], list[at]);
      if (hit) return [hit[0], hit[1]];
    }
  }
  return null;
}
