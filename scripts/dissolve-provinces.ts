/**
 * Builds data/admin-units/vn-provinces-2025-07.geojson: the 34 provinces valid from 01/07/2025, each the
 * polygon union of the old provinces (before 01/07/2025) that merged into it. Which old province went
 * into which new one is read from crosswalk-2025-07.csv: the province most of an old province's communes
 * moved to (the reform joined whole provinces; one commune of An Giang moved to Đồng Tháp).
 * Old provinces without a shape (Quảng Ninh, 22) are left out and listed in the file's `missing`.
 * Usage: npx tsx scripts/dissolve-provinces.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import polygonClipping, { type MultiPolygon as PcMultiPolygon } from 'polygon-clipping';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const dir = path.resolve(import.meta.dirname, '../data/admin-units');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

type Props = { code: string; name: string; level: string; type: string; parent_code: string };

/** old province code → new province code, by where most of its communes went. */
export function oldToNew(crosswalk: { old_province_code: string; new_province_code: string }[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const r of crosswalk) {
    const v = votes.get(r.old_province_code) ?? votes.set(r.old_province_code, new Map()).get(r.old_province_code)!;
    v.set(r.new_province_code, (v.get(r.new_province_code) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [old, v] of votes) out.set(old, [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  return out;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const roundAll = (c: unknown): unknown => (typeof c === 'number' ? round(c) : (c as unknown[]).map(roundAll));

function main() {
  const crosswalk = parse(read('crosswalk-2025-07.csv'), { columns: true }) as { old_province_code: string; new_province_code: string }[];
  const units = parse(read('units-2025-07.csv'), { columns: true }) as Props[];
  const old = JSON.parse(read('vn-provinces-2025-03.geojson')) as FeatureCollection<Polygon | MultiPolygon, Props>;
  const shapeOf = new Map(old.features.map((f) => [f.properties.code, f.geometry]));
  const map = oldToNew(crosswalk);
  const features: Feature<MultiPolygon | Polygon>[] = [];
  const missing: { code: string; oldCode: string }[] = [];
  for (const unit of units.filter((u) => u.level === 'province')) {
    const parts = [...map.entries()]
      .filter(([, n]) => n === unit.code)
      .map(([o]) => o)
      .sort();
    const shapes = parts.filter((p) => shapeOf.has(p)).map((p) => shapeOf.get(p)!);
    for (const p of parts) if (!shapeOf.has(p)) missing.push({ code: unit.code, oldCode: p });
    if (!shapes.length) continue;
    const geoms = shapes.map((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PcMultiPolygon);
    const union = polygonClipping.union(geoms[0], ...geoms.slice(1));
    const geometry: Polygon | MultiPolygon =
      union.length === 1
        ? { type: 'Polygon', coordinates: roundAll(union[0]) as Polygon['coordinates'] }
        : { type: 'MultiPolygon', coordinates: roundAll(union) as MultiPolygon['coordinates'] };
    features.push({
      type: 'Feature',
      properties: { code: unit.code, name: unit.name, level: 'province', type: unit.type, parent_code: '', parts: parts.join(' ') },
      geometry,
    });
  }
  const doc = { type: 'FeatureCollection', missing, features };
  fs.writeFileSync(path.join(dir, 'vn-provinces-2025-07.geojson'), `${JSON.stringify(doc)}\n`);
  console.log(`${features.length} provinces written; without shape: ${missing.map((m) => `${m.code} (old ${m.oldCode})`).join(', ') || 'none'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
