import type { MultiPolygon, Polygon, Position } from 'geojson';
import { AppError } from '../../server/errors.js';
import { firstCrossing } from './boundaries.sweep.js';

type Detail = AppError['details'][number];

/** A feature that passed every check, ready to store. */
export interface CheckedFeature {
  /** Position in the file's `features` array (0-based). */
  index: number;
  code: string;
  geometry: Polygon | MultiPolygon;
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
}

/** Rings longer than this are refused: no unit's border needs more to be drawn on a map. */
export const MAX_RING_POSITIONS = 20_000;
/** Positions of one feature, all rings together. */
export const MAX_FEATURE_POSITIONS = 100_000;
/** Rings of one feature (outer rings and holes): each keeps at least 4 positions when simplified. */
export const MAX_FEATURE_RINGS = 1_000;
/** Features of one upload (Việt Nam has about 10,000 communes). */
export const MAX_FEATURES = 20_000;
/** Positions of one upload. */
export const MAX_FILE_POSITIONS = 1_000_000;
/** Nesting of `[` and `{` (a MultiPolygon collection needs 7). */
export const MAX_JSON_DEPTH = 20;

/**
 * Refuses JSON nested deeper than MAX_JSON_DEPTH before it is parsed (a linear scan that skips
 * strings), so a file of a million `[` never reaches the parser or the checks.
 */
export function checkJsonDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH)
        throw new AppError(400, 'geojson_too_deep', { max: MAX_JSON_DEPTH }, [{ field: 'file', code: 'geojson_too_deep', params: { max: MAX_JSON_DEPTH } }]);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an uploaded GeoJSON document: a FeatureCollection of Polygon/MultiPolygon features, each
 * with a unit `code` property. Returns the good features and one problem per bad feature
 * (`row` = the feature's 1-based position in the file).
 */
export function checkFeatureCollection(doc: unknown): { features: CheckedFeature[]; problems: Detail[] } {
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new AppError(400, 'geojson_not_collection', {}, [{ field: 'file', code: 'geojson_not_collection' }]);
  }
  if (doc.features.length === 0) throw new AppError(400, 'geojson_no_features', {}, [{ field: 'file', code: 'geojson_no_features' }]);
  const count = doc.features.length;
  if (count > MAX_FEATURES)
    throw new AppError(400, 'geojson_too_many_features', { count, max: MAX_FEATURES }, [
      { field: 'file', code: 'geojson_too_many_features', params: { count, max: MAX_FEATURES } },
    ]);
  const features: CheckedFeature[] = [];
  const problems: Detail[] = [];
  const seen = new Map<string, number>();
  let positions = 0;
  doc.features.forEach((feature: unknown, index: number) => {
    positions += positionCount(feature);
    if (positions > MAX_FILE_POSITIONS) {
      throw new AppError(400, 'geojson_too_many_positions', { max: MAX_FILE_POSITIONS }, [
        { field: 'file', code: 'geojson_too_many_positions', params: { max: MAX_FILE_POSITIONS } },
      ]);
    }
    const checked = checkFeature(feature, index);
    if ('problem' in checked) {
      problems.push(checked.problem);
      return;
    }
    const { ok } = checked;
    const first = seen.get(ok.code);
    if (first !== undefined) {
      problems.push({
        row: index + 1,
        field: `features[${index}].properties.code`,
        code: 'duplicate_feature_code',
        value: ok.code,
        params: { code: ok.code, first: first + 1 },
      });
      return;
    }
    seen.set(ok.code, index);
    features.push(ok);
  });
  return { features, problems };
}

/** Positions in a feature's rings, counted without looking inside them (0 for anything malformed). */
function positionCount(feature: unknown): number {
  const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry : null;
  const coordinates = geometry?.coordinates;
  if (!Array.isArray(coordinates)) return 0;
  const polygons = geometry!.type === 'MultiPolygon' ? coordinates : [coordinates];
  let n = 0;
  for (const p of polygons) if (Array.isArray(p)) for (const r of p) if (Array.isArray(r)) n += r.length;
  return n;
}

function checkFeature(feature: unknown, index: number): { ok: CheckedFeature } | { problem: Detail } {
  const at = `features[${index}]`;
  const fail = (field: string, code: string, params: Record<string, unknown> = {}, value?: unknown) => ({
    problem: { row: index + 1, field: `${at}${field}`, code, value, params } as Detail,
  });
  if (!isObject(feature) || feature.type !== 'Feature') return fail('', 'feature_invalid');
  const code = isObject(feature.properties) ? feature.properties.code : undefined;
  if (typeof code !== 'string' || !/^(\d{2}|\d{3}|\d{5})$/.test(code))
    return fail('.properties.code', 'feature_code_invalid', { value: String(code ?? '') }, code);
  const geometry = feature.geometry;
  if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    const type = isObject(geometry) ? String(geometry.type) : String(geometry);
    return fail('.geometry.type', 'geometry_type', { code, type }, code);
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return fail('.geometry.coordinates', 'geometry_empty', { code }, code);
  const rings = polygons.reduce((n: number, p: unknown) => n + (Array.isArray(p) ? p.length : 0), 0);
  if (rings > MAX_FEATURE_RINGS) return fail('.geometry.coordinates', 'feature_too_many_rings', { code, count: rings, max: MAX_FEATURE_RINGS }, code);
  const count = positionCount(feature);
  if (count > MAX_FEATURE_POSITIONS) return fail('.geometry.coordinates', 'feature_too_many_positions', { code, count, max: MAX_FEATURE_POSITIONS }, code);
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    const base = geometry.type === 'Polygon' ? '.geometry.coordinates' : `.geometry.coordinates[${p}]`;
    if (!Array.isArray(rings) || rings.length === 0) return fail(base, 'geometry_empty', { code }, code);
    for (let r = 0; r < rings.length; r++) {
      const problem = checkRing(rings[r], box);
      if (problem) return fail(`${base}[${r}]`, problem.code, { code, ...problem.params }, code);
    }
  }
  return { ok: { index, code, geometry: geometry as unknown as Polygon | MultiPolygon, bbox: box } };
}

/** One ring: enough finite positions in range, closed, not crossing itself. Grows `box` as it goes. */
function checkRing(ring: unknown, box: [number, number, number, number]): { code: string; params: Record<string, unknown> } | null {
  if (!Array.isArray(ring) || ring.length < 4) return { code: 'ring_too_short', params: { count: Array.isArray(ring) ? ring.length : 0 } };
  if (ring.length > MAX_RING_POSITIONS) return { code: 'ring_too_large', params: { count: ring.length, max: MAX_RING_POSITIONS } };
  for (let i = 0; i < ring.length; i++) {
    const pos = ring[i];
    if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3 || !pos.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return { code: 'coordinate_invalid', params: { position: i + 1, value: JSON.stringify(pos)?.slice(0, 40) ?? String(pos) } };
    }
    const [lon, lat] = pos as number[];
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { code: 'coordinate_out_of_range', params: { position: i + 1, lon, lat } };
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'ring_not_closed', params: {} };
  // Repeated consecutive positions are allowed; left in, they would look like the ring touching itself.
  const distinct = (ring as Position[]).filter((pos, i, all) => i === 0 || pos[0] !== all[i - 1][0] || pos[1] !== all[i - 1][1]);
  if (distinct.length < 4) return { code: 'ring_too_short', params: { count: distinct.length } };
  const crossing = firstCrossing(distinct);
  if (crossing) return { code: 'ring_self_intersects', params: { lon: round(crossing[0]), lat: round(crossing[1]) } };
  return null;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
