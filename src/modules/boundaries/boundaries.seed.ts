import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DATA_DIR } from '../../server/paths.js';
import { SYSTEM, writeAudit } from '../audit/audit.service.js';
import { validOnDate } from '../../db/query-helpers.js';
import { boundaryCount, upsertBoundaries, type BoundaryInput } from './boundaries.repository.js';
import { SHIPPED_AS_OF, SHIPPED_ATTRIBUTION, SHIPPED_BOUNDARIES, SHIPPED_LICENCE } from './boundaries.sources.js';

interface ShippedFeature {
  properties: { code: string; level: string };
  geometry: { type: string; coordinates: unknown };
}

/** [west, south, east, north] of any nesting of positions. */
export function bboxOf(coordinates: unknown): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else c.forEach(walk);
  };
  walk(coordinates);
  return box;
}

/**
 * Loads the shipped province and Hòa Bình district shapes into an empty boundary table, matched by
 * code and level to the units valid on 01/03/2025. A unit in two files keeps the first file's shape
 * (the national layer, so neighbouring provinces share borders). Returns whether it loaded anything.
 */
export async function seedBoundaries(db: Kysely<DB>): Promise<boolean> {
  if ((await boundaryCount(db)) > 0) return false;
  const units = await validOnDate(db.selectFrom('admin_unit'), SHIPPED_AS_OF).select(['id', 'code', 'level']).where('level', '!=', 'commune').execute();
  if (!units.length) return false;
  const idOf = new Map(units.map((u) => [`${u.level}:${u.code}`, u.id]));
  const rows: BoundaryInput[] = [];
  const taken = new Set<number>();
  for (const shipped of SHIPPED_BOUNDARIES) {
    const doc = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'admin-units', shipped.file), 'utf8')) as { features: ShippedFeature[] };
    for (const f of doc.features) {
      const unitId = idOf.get(`${f.properties.level}:${f.properties.code}`);
      if (unitId === undefined || taken.has(unitId)) continue;
      taken.add(unitId);
      rows.push({
        unitId,
        geometry: f.geometry,
        bbox: bboxOf(f.geometry.coordinates),
        source: shipped.source,
        licence: SHIPPED_LICENCE,
        attribution: SHIPPED_ATTRIBUTION,
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    await upsertBoundaries(trx, rows);
    await writeAudit(trx, SYSTEM, {
      action: 'load_boundaries',
      entity: 'boundary',
      entityId: null,
      after: { files: SHIPPED_BOUNDARIES.map((s) => s.file), units: rows.length, licence: SHIPPED_LICENCE },
    });
  });
  return rows.length > 0;
}
