import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { selfCrossingRing, wavyRing } from '../uploads/uploads.fixtures.js';
import { firstCrossing } from './boundaries.sweep.js';
import { MAX_DISPLAY_POSITIONS } from './boundaries.simplify.js';

const s = useTestApp('admin');

const feature = (code: string, coordinates: unknown, type = 'Polygon') => ({ type: 'Feature', properties: { code }, geometry: { type, coordinates } });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const send = (doc: unknown) =>
  s
    .as('admin')
    .upload(
      '/api/boundaries',
      { level: 'district', date: '2025-03-01' },
      { file: { name: 'shapes.geojson', data: Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)) } },
    );
const state = async () =>
  (
    await sql<{ n: number; sum: string }>`SELECT count(*)::int AS n, md5(string_agg(geometry::text, ',' ORDER BY unit_id)) AS sum FROM boundary`.execute(
      s.t.database.db,
    )
  ).rows[0];
const positions = (c: unknown): number => (Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n: number, x: unknown) => n + positions(x), 0)) : 0);

describe('boundary upload limits', () => {
  it('refuses a 20,000-point ring crossing itself everywhere, fast, naming the unit', async () => {
    const before = await state();
    const doc = collection(feature('155', [selfCrossingRing(19_997)]));
    const started = performance.now();
    const res = await send(doc);
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(400);
    const detail = res.json().error.details[0];
    expect(detail).toMatchObject({ row: 1, code: 'ring_self_intersects', value: '155' });
    expect(detail.message).toMatch(/^Đơn vị 155: đường biên tự cắt tại kinh độ [\d.]+, vĩ độ [\d.]+$/);
    // Well under a second on an idle machine; the bound leaves room for a loaded test runner.
    expect(ms).toBeLessThan(3000);
    expect(await state()).toEqual(before);
  });

  it('stores a very detailed valid shape simplified, so maps stay small', async () => {
    const res = await send(collection(feature('155', [wavyRing(19_000, 105.3, 20.7, 0.1)])));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '155', replaced: true, simplified: true });
    const map = await s.as('admin').get('/api/boundaries?date=2025-03-01&parent=17');
    const shape = map.json().features.find((f: { properties: { code: string } }) => f.properties.code === '155');
    const n = positions(shape.geometry.coordinates);
    expect(n).toBeLessThanOrEqual(MAX_DISPLAY_POSITIONS);
    expect(n).toBeGreaterThan(100);
    // The box is the full shape's.
    expect(shape.bbox[0]).toBeCloseTo(105.3 - 0.105, 2);
    expect(map.body.length).toBeLessThan(2_000_000);
  });

  it('keeps a small valid shape as it was sent', async () => {
    const ring = wavyRing(200, 105.3, 20.7, 0.1);
    const res = await send(collection(feature('155', [ring])));
    expect(res.json().items[0]).toMatchObject({ simplified: false });
    const shape = (await s.as('admin').get('/api/boundaries?date=2025-03-01&parent=17'))
      .json()
      .features.find((f: { properties: { code: string } }) => f.properties.code === '155');
    expect(shape.geometry.coordinates).toEqual([ring]);
  });

  it('refuses too many positions, too many features and deep nesting before checking shapes', async () => {
    const before = await state();
    const big = Array.from({ length: 60 }, () => feature('155', [Array.from({ length: 19_000 }, () => [105, 20])]));
    const many = await send(collection(...big));
    expect(many.json().error).toMatchObject({
      code: 'geojson_too_many_positions',
      message: 'Tệp có hơn 1000000 điểm tọa độ; hãy đơn giản hóa hình hoặc chia thành nhiều tệp',
    });
    const features = await send(`{"type":"FeatureCollection","features":[${Array(20_001).fill('{}').join(',')}]}`);
    expect(features.json().error).toMatchObject({ code: 'geojson_too_many_features', message: expect.stringContaining('tối đa 20000') });
    const deep = await send(`{"type":"FeatureCollection","features":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(deep.json().error).toMatchObject({ code: 'geojson_too_deep', message: 'Tệp GeoJSON lồng nhau quá 20 cấp' });
    const rings = await send(
      collection(
        feature(
          '155',
          Array.from({ length: 1001 }, (_, i) => [
            [105, 20 + i * 0.001],
            [105.0005, 20 + i * 0.001],
            [105, 20.0005 + i * 0.001],
            [105, 20 + i * 0.001],
          ]),
        ),
      ),
    );
    expect(rings.json().error.details[0]).toMatchObject({ code: 'feature_too_many_rings', message: 'Đơn vị 155: hình có 1001 vòng, tối đa 1000' });
    expect(await state()).toEqual(before);
  });
});

describe('self-crossing check', () => {
  it('finds crossings, touches and spikes, and passes clean rings', () => {
    expect(
      firstCrossing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      firstCrossing([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual([0.5, 0.5]);
    // A ring touching itself at a vertex.
    expect(
      firstCrossing([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([1, 1]);
    // A spike running back along the edge before it.
    expect(
      firstCrossing([
        [0, 0],
        [3, 0],
        [2, 0],
        [3, 1],
        [0, 0],
      ]),
    ).not.toBeNull();
    expect(firstCrossing(wavyRing(5000))).toBeNull();
  });

  it('passes a comb of 20,000 edges, where every vertical line cuts thousands of them, in well under a second', () => {
    const comb: number[][] = [];
    for (let i = 0; i < 10_000; i++) comb.push([0, i], [1000, i + 0.5]);
    comb.push([-10, 10_000], [-10, 0], [0, 0]);
    const started = performance.now();
    expect(firstCrossing(comb)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
