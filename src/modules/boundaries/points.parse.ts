import path from 'node:path';
import { DATA_DIR } from '../../server/paths.js';
import { readCsvFile } from '../spreadsheets/csv-file.parse.js';

/** Communes valid from this day have a shipped point (data/admin-units/commune-points-2025-07.csv). */
export const POINTS_FROM = '2025-07-01';

let points: Map<string, [number, number]> | null = null;

/** Shipped approximate centre [longitude, latitude] of each commune valid from 01/07/2025, by code. */
export function communePoints(): Map<string, [number, number]> {
  if (!points) {
    const rows = readCsvFile<{ code: string; lat: string; lon: string }>(path.join(DATA_DIR, 'admin-units', 'commune-points-2025-07.csv'));
    points = new Map(rows.filter((r) => r.lat && r.lon).map((r) => [r.code, [Number(r.lon), Number(r.lat)] as [number, number]]));
  }
  return points;
}
