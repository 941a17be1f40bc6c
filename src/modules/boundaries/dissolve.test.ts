import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import polygonClipping from 'polygon-clipping';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { oldToNew } from '../../../scripts/dissolve-provinces.js';

const dir = path.resolve(import.meta.dirname, '../../../data/admin-units');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
type Doc = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; parts?: string }> & { missing?: { code: string; oldCode: string }[] };
const oldDoc = JSON.parse(read('vn-provinces-2025-03.geojson')) as Doc;
const newDoc = JSON.parse(read('vn-provinces-2025-07.geojson')) as Doc;
const crosswalk = parse(read('crosswalk-2025-07.csv'), { columns: true }) as { old_province_code: string; new_province_code: string }[];
const newProvinces = (parse(read('units-2025-07.csv'), { columns: true }) as { code: string; level: string }[]).filter((u) => u.level === 'province');

/** Area on the sphere in km² (spherical excess of each ring, as d3 and turf compute it), holes subtracted. */
function ringArea(ring: Position[]): number {
  const R = 6371.0088;
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [l1, p1] = ring[i];
    const [l2, p2] = ring[i + 1];
    sum += (l2 - l1) * rad * (2 + Math.sin(p1 * rad) + Math.sin(p2 * rad));
  }
  return Math.abs((sum * R * R) / 2);
}
function area(g: Polygon | MultiPolygon): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.reduce((s, p) => s + ringArea(p[0]) - p.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);
}
const oldArea = new Map(oldDoc.features.map((f) => [f.properties.code, area(f.geometry)]));

describe('the 34 provinces of 01/07/2025 dissolved from the old ones', () => {
  it('maps the 63 old provinces onto the 34 new ones, whole', () => {
    const map = oldToNew(crosswalk);
    expect(map.size).toBe(63);
    expect(new Set(map.values()).size).toBe(34);
    expect(map.get('17')).toBe('25'); // Hòa Bình → Phú Thọ
    expect(map.get('26')).toBe('25'); // Vĩnh Phúc → Phú Thọ
    // An Giang's one commune moved to Đồng Tháp does not move the province.
    expect(map.get('89')).toBe('91');
    expect(
      oldToNew([
        ...crosswalk,
        { old_province_code: '99', new_province_code: '01' },
        { old_province_code: '99', new_province_code: '02' },
        { old_province_code: '99', new_province_code: '02' },
      ]).get('99'),
    ).toBe('02');
  });

  it('has a shape for every new province but Quảng Ninh, whose old shape is missing', () => {
    expect(newProvinces).toHaveLength(34);
    const have = new Set(newDoc.features.map((f) => f.properties.code));
    expect(newDoc.features).toHaveLength(33);
    expect(newProvinces.filter((p) => !have.has(p.code)).map((p) => p.code)).toEqual(['22']);
    expect(newDoc.missing).toEqual([{ code: '22', oldCode: '22' }]);
    expect(oldArea.has('22')).toBe(false);
  });

  it('gives each new province the area of its parts (shared borders cancel, nothing lost or doubled)', () => {
    const map = oldToNew(crosswalk);
    for (const f of newDoc.features) {
      const parts = [...map.entries()].filter(([, n]) => n === f.properties.code).map(([o]) => o);
      expect(f.properties.parts?.split(' ').sort(), f.properties.code).toEqual(parts.sort());
      const sum = parts.reduce((s, p) => s + (oldArea.get(p) ?? 0), 0);
      expect(Math.abs(area(f.geometry) - sum) / sum, `${f.properties.code} ${f.properties.name}`).toBeLessThan(0.001);
    }
    // Phú Thọ = Phú Thọ + Vĩnh Phúc + Hòa Bình: about 9,361 km² on the official lists.
    const phuTho = newDoc.features.find((f) => f.properties.code === '25')!;
    expect(area(phuTho.geometry)).toBeGreaterThan(8_800);
    expect(area(phuTho.geometry)).toBeLessThan(9_900);
  });

  it('is one outline where the old provinces touched: no slivers between merged provinces', () => {
    const phuTho = newDoc.features.find((f) => f.properties.code === '25')!;
    expect(phuTho.geometry.type).toBe('Polygon');
    const polygons = phuTho.geometry.type === 'Polygon' ? [phuTho.geometry.coordinates] : [];
    expect(polygons[0]).toHaveLength(1); // no holes
    // The union of Phú Thọ's parts computed again equals the shipped shape (the file is current).
    const parts = ['17', '25', '26'].map((c) => oldDoc.features.find((f) => f.properties.code === c)!.geometry);
    const geoms = parts.map((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)) as polygonClipping.MultiPolygon[];
    const union = polygonClipping.union(geoms[0], ...geoms.slice(1));
    expect(Math.abs(area({ type: 'MultiPolygon', coordinates: union }) - area(phuTho.geometry))).toBeLessThan(0.5);
  });
});
