/**
 * Shapes are stored for drawing maps, so an uploaded shape is kept at most MAX_DISPLAY_POSITIONS
 * positions: Douglas–Peucker with the smallest tolerance (doubling from a millionth of the shape's
 * size) that brings it under the budget. Maps of many units then stay a few megabytes.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Positions a stored shape may have (the shipped shapes have at most about 2,100). */
export const MAX_DISPLAY_POSITIONS = 5_000;

/** Squared distance from p to the segment a–b. */
function distance2(p: Position, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  const dx = b[0] - x;
  const dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (p[0] - x) ** 2 + (p[1] - y) ** 2;
}

/** Douglas–Peucker on a closed ring; keeps it closed and at least 4 positions long. */
function simplifyRing(ring: Position[], tolerance: number): Position[] {
  const last = ring.length - 1;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[last] = 1;
  const t2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, last]];
  while (stack.length) {
    const [first, end] = stack.pop()!;
    let max = -1;
    let at = -1;
    for (let i = first + 1; i < end; i++) {
      const d = distance2(ring[i], ring[first], ring[end]);
      if (d > max) {
        max = d;
        at = i;
      }
    }
    if (at >= 0 && max > t2) {
      keep[at] = 1;
      stack.push([first, at], [at, end]);
    }
  }
  const out = ring.filter((_, i) => keep[i]);
  if (out.length >= 4) return out;
  return [ring[0], ring[Math.floor(last / 3)], ring[Math.floor((2 * last) / 3)], ring[last]];
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const countOf = (polygons: Position[][][]) => polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

/** The shape as stored for maps: unchanged when small enough, else simplified under the budget. */
export function displayShape(
  g: Polygon | MultiPolygon,
  bbox: readonly number[],
  max = MAX_DISPLAY_POSITIONS,
): { geometry: Polygon | MultiPolygon; simplified: boolean } {
  const polygons = polygonsOf(g);
  if (countOf(polygons) <= max) return { geometry: g, simplified: false };
  let tolerance = Math.max(bbox[2] - bbox[0], bbox[3] - bbox[1], 1e-9) * 1e-6;
  for (;;) {
    const simpler = polygons.map((p) => p.map((r) => simplifyRing(r, tolerance)));
    // Every ring keeps 4 positions, so a shape of very many rings may never fit: stop at its floor.
    if (countOf(simpler) <= max || tolerance > 1e3) {
      const geometry = g.type === 'Polygon' ? { type: 'Polygon' as const, coordinates: simpler[0] } : { type: 'MultiPolygon' as const, coordinates: simpler };
      return { geometry, simplified: true };
    }
    tolerance *= 2;
  }
}
