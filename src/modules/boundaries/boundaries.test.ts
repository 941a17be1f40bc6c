import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, useTestApp } from '../../test/harness.js';

const session = useTestApp('admin');

interface Feature {
  type: string;
  bbox: number[];
  properties: { code: string; name: string; type: string; level: string; unitId: number };
  geometry: { type: string; coordinates: unknown };
}
const codes = (fc: { features: Feature[] }) => fc.features.map((f) => f.properties.code);

/** A small square around a point, as a closed ring. */
const square = (lon: number, lat: number, d = 0.01) => [
  [lon, lat],
  [lon + d, lat],
  [lon + d, lat + d],
  [lon, lat + d],
  [lon, lat],
];
const feature = (code: unknown, geometry: unknown) => ({ type: 'Feature', properties: { code }, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const send = (client: Client, doc: unknown, fields: Record<string, string> = { level: 'district', date: '2025-03-01' }) =>
  client.upload('/api/boundaries', fields, { file: { name: 'shapes.geojson', data: Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)) } });

async function boundaryState() {
  const r = await sql<{
    n: number;
    sum: string;
  }>`SELECT count(*)::int AS n, md5(string_agg(geometry::text, ',' ORDER BY unit_id)) AS sum FROM boundary`.execute(session.t.database.db);
  return r.rows[0];
}

describe('shipped boundaries', () => {
  it('holds the 62 province shapes of 01/03/2025 (Quảng Ninh missing) as GeoJSON', async () => {
    const res = await session.as('admin').get('/api/boundaries?date=2025-03-01');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(62);
    expect(codes(fc)).not.toContain('22');
    const hb = fc.features.find((f: Feature) => f.properties.code === '17');
    expect(hb.properties).toEqual({ code: '17', name: 'Hoà Bình', type: 'Tỉnh', level: 'province', unitId: expect.any(Number) });
    expect(hb.geometry.type).toMatch(/Polygon$/);
    const [w, s, e, n] = hb.bbox;
    expect(w).toBeGreaterThan(104.8);
    expect(e).toBeLessThan(106.0);
    expect(s).toBeGreaterThan(20.2);
    expect(n).toBeLessThan(21.2);
  });

  it('holds the 10 district shapes of Hòa Bình, the new provinces and no commune shapes', async () => {
    const districts = (await session.as('admin').get('/api/boundaries?date=2025-03-01&parent=17')).json();
    expect(codes(districts)).toEqual(['148', '150', '152', '153', '154', '155', '156', '157', '158', '159']);
    expect(districts.features.every((f: Feature) => f.properties.level === 'district')).toBe(true);
    expect((await session.as('admin').get('/api/boundaries?date=2025-03-01&parent=155')).json().features).toEqual([]);
    const after = (await session.as('admin').get('/api/boundaries?date=2025-08-01')).json();
    expect(after.features).toHaveLength(33);
    expect(codes(after)).not.toContain('22');
    expect((await session.as('admin').get('/api/boundaries?date=2025-08-01&parent=25')).json().features).toEqual([]);
  });

  it('keeps one shape per unit, with source, licence and attribution', async () => {
    const rows = await session.t.database.db.selectFrom('boundary').select(['unit_id', 'licence', 'attribution', 'source']).execute();
    expect(rows).toHaveLength(105);
    expect(new Set(rows.map((r) => r.unit_id)).size).toBe(105);
    expect(rows.every((r) => r.licence === 'GPL-3.0' && r.attribution.includes('dvhcvn'))).toBe(true);
    const sources = (await session.as('admin').get('/api/boundaries/sources')).json().items;
    expect(sources.map((s: { units: number; levels: string[] }) => [s.units, s.levels])).toEqual(
      expect.arrayContaining([
        [62, ['province']],
        [10, ['district']],
        [33, ['province']],
      ]),
    );
    expect(sources.find((s: { units: number }) => s.units === 62).notes).toContain('Quảng Ninh');
  });

  it('shows each user only the shapes of the area', async () => {
    const xa = await session.t.login('xa.tanlac');
    expect(codes((await xa.get('/api/boundaries?date=2025-03-01')).json())).toEqual(['17']);
    expect(codes((await xa.get('/api/boundaries?date=2025-03-01&parent=17')).json())).toEqual(['155']);
    expect((await xa.get('/api/boundaries?date=2025-03-01&parent=01')).statusCode).toBe(404);
    const tinh = await session.t.login('tinh.phutho');
    expect(codes((await tinh.get('/api/boundaries?date=2025-03-01')).json())).toEqual(['17', '25', '26']);
    // One unit by its code (the outline behind a map of its children), in the area only.
    const one = (await tinh.get('/api/boundaries?date=2025-08-01&code=25')).json();
    expect(codes(one)).toEqual(['25']);
    expect(one.features[0].geometry.coordinates.length).toBeGreaterThan(0);
    expect(codes((await xa.get('/api/boundaries?date=2025-03-01&code=17')).json())).toEqual(['17']);
    expect((await xa.get('/api/boundaries?date=2025-03-01&code=01')).statusCode).toBe(404);
  });

  it('rejects a bad date and unknown fields', async () => {
    expect((await session.as('admin').get('/api/boundaries?date=2025-3-1')).json().error.code).toBe('invalid_date');
    expect((await session.as('admin').get('/api/boundaries?date=2101-01-01')).json().error.code).toBe('date_out_of_range');
    expect((await session.as('admin').get('/api/boundaries?level=village')).statusCode).toBe(400);
    expect((await session.as('admin').get('/api/boundaries?bbox=1')).statusCode).toBe(400);
  });
});

describe('uploading boundaries', () => {
  it('replaces the shape of a unit and audits what it replaced', async () => {
    const res = await send(session.as('admin'), collection(feature('155', { type: 'Polygon', coordinates: [square(105.2, 20.6)] })), {
      level: 'district',
      date: '2025-03-01',
      licence: 'CC-BY-4.0',
      source: 'Khảo sát thử',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ count: 1, created: 0, replaced: 1, items: [{ code: '155', name: 'Huyện Tân Lạc', replaced: true }] });
    const shape = (await session.as('admin').get('/api/boundaries?date=2025-03-01&parent=17'))
      .json()
      .features.find((f: Feature) => f.properties.code === '155');
    expect(shape.geometry).toEqual({ type: 'Polygon', coordinates: [square(105.2, 20.6)] });
    expect(shape.bbox).toEqual([105.2, 20.6, 105.2 + 0.01, 20.6 + 0.01]);
    const audit = await session.t.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after', 'username'])
      .where('entity', '=', 'boundary')
      .where('action', '=', 'replace_boundary')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'admin', before: { licence: 'GPL-3.0' }, after: { licence: 'CC-BY-4.0', source: 'Khảo sát thử' } });
    const sources = (await session.as('admin').get('/api/boundaries/sources')).json().items;
    expect(sources.find((s: { source: string }) => s.source === 'Khảo sát thử')).toMatchObject({ licence: 'CC-BY-4.0', units: 1 });
  });

  it('adds shapes for communes, which ship without any', async () => {
    const res = await send(
      session.as('admin'),
      collection(feature('05128', { type: 'MultiPolygon', coordinates: [[square(105.25, 20.6, 0.02)], [square(105.3, 20.6)]] })),
      {
        level: 'commune',
        date: '2025-06-01',
      },
    );
    expect(res.json()).toMatchObject({ count: 1, created: 1, replaced: 0 });
    const xa = await session.t.login('xa.tanlac');
    expect(codes((await xa.get('/api/boundaries?date=2025-06-01&parent=155')).json())).toEqual(['05128']);
    const fc = (await session.as('admin').get('/api/boundaries?date=2025-06-01&parent=17&level=commune')).json();
    expect(fc.features[0].bbox).toEqual([105.25, 20.6, 105.3 + 0.01, 20.6 + 0.02]);
  });

  it('rejects invalid geometry feature by feature and writes nothing', async () => {
    const before = await boundaryState();
    const bowtie = [
      [105, 20],
      [105.1, 20.1],
      [105.1, 20],
      [105, 20.1],
      [105, 20],
    ];
    const doc = collection(
      feature('148', { type: 'Polygon', coordinates: [square(105.3, 20.8)] }),
      feature('150', { type: 'Polygon', coordinates: [square(105.3, 20.8).slice(0, 4)] }),
      feature('152', {
        type: 'Polygon',
        coordinates: [
          [
            [105, 20],
            [105.1, 20],
            [105.1, 20.1],
          ],
        ],
      }),
      feature('153', { type: 'Polygon', coordinates: [square(105.3, 95)] }),
      feature('154', {
        type: 'Polygon',
        coordinates: [
          [
            [105, 20],
            ['x', 20],
            [105.1, 20.1],
            [105, 20],
          ],
        ],
      }),
      feature('156', { type: 'Polygon', coordinates: [bowtie] }),
      feature('157', { type: 'Point', coordinates: [105, 20] }),
      feature('999', { type: 'Polygon', coordinates: [square(105.3, 20.8)] }),
      feature(159, { type: 'Polygon', coordinates: [square(105.3, 20.8)] }),
      feature('148', { type: 'Polygon', coordinates: [square(105.3, 20.8)] }),
    );
    const res = await send(session.as('admin'), doc);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: 'geojson_rejected', message: 'Có 9 đối tượng không hợp lệ; chưa ghi gì vào cơ sở dữ liệu' });
    expect(error.details.map((d: { row: number; code: string }) => `${d.row} ${d.code}`)).toEqual([
      '2 ring_not_closed',
      '3 ring_too_short',
      '4 coordinate_out_of_range',
      '5 coordinate_invalid',
      '6 ring_self_intersects',
      '7 geometry_type',
      '8 feature_unknown_unit',
      '9 feature_code_invalid',
      '10 duplicate_feature_code',
    ]);
    expect(error.details[0]).toMatchObject({
      field: 'features[1].geometry.coordinates[0]',
      value: '150',
      message: expect.stringContaining('Đơn vị 150: vòng không khép kín'),
    });
    expect(error.details[4].message).toBe('Đơn vị 156: đường biên tự cắt tại kinh độ 105.05, vĩ độ 20.05');
    expect(error.details[6].message).toBe('Không có đơn vị mã 999 thuộc cấp đã chọn còn hiệu lực ngày 01/03/2025');
    expect(await boundaryState()).toEqual(before);
  });

  it('rejects files that are not GeoJSON collections', async () => {
    const before = await boundaryState();
    expect((await send(session.as('admin'), '{"type": "FeatureCollection", "features": [')).json().error.code).toBe('geojson_invalid');
    expect((await send(session.as('admin'), { type: 'Feature', properties: { code: '148' }, geometry: null })).json().error.code).toBe(
      'geojson_not_collection',
    );
    expect((await send(session.as('admin'), collection())).json().error.code).toBe('geojson_no_features');
    expect((await send(session.as('admin'), '')).json().error.code).toBe('file_empty');
    const latin1 = await session
      .as('admin')
      .upload('/api/boundaries', { level: 'district' }, { file: { name: 'x.geojson', data: Buffer.from('{"name":"Hoà Bình"}', 'latin1') } });
    expect(latin1.json().error.code).toBe('file_not_utf8');
    expect((await send(session.as('admin'), collection(), { level: 'village' })).json().error.details[0].field).toBe('level');
    expect((await send(session.as('admin'), collection(), { level: 'district', date: '2025-02-30' })).json().error.code).toBe('invalid_date');
    expect((await session.as('admin').upload('/api/boundaries', { level: 'district' }, {})).json().error.code).toBe('file_required');
    expect(await boundaryState()).toEqual(before);
  });

  it('is for administrators only', async () => {
    const res = await send(await session.t.login('tinh.phutho'), collection(feature('155', { type: 'Polygon', coordinates: [square(105.2, 20.6)] })));
    expect(res.statusCode).toBe(403);
  });
});
