import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DATA_DIR } from '../../server/paths.js';
import { SYSTEM, writeAudit } from '../audit/audit.service.js';
import { validOnDate } from '../../db/query-helpers.js';
import { boundarySources, boundaryUnitIds, upsertBoundaries, type BoundaryInput } from './boundaries.repository.js';
import { SHIPPED_ATTRIBUTION, SHIPPED_BOUNDARIES, SHIPPED_LICENCE } from './boundaries.sources.js';

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
 * Loads the shipped shapes: the old provinces and Hòa Bình's districts (units valid on 01/03/2025) and
 * the 34 provinces of 01/07/2025 made from them, matched by code and level to the units valid on each
 * file's day. A file is loaded once: only while no shape from its source is held, so an installation
 * seeded before a file was shipped gets it on its next start, and shapes an administrator uploaded
 * for the same units are never overwritten. A unit in two files keeps the first file's shape (the
 * national layer, so neighbouring provinces share borders). Returns whether it loaded anything.
 */
export async function seedBoundaries(db: Kysely<DB>): Promise<boolean> {
  const held = new Set(await boundarySources(db));
  const pending = SHIPPED_BOUNDARIES.filter((s) => !held.has(s.source));
  if (!pending.length) return false;
  const taken = new Set(await boundaryUnitIds(db));
  const rows: BoundaryInput[] = [];
  const loaded: string[] = [];
  for (const shipped of pending) {
    const units = await validOnDate(db.selectFrom('admin_unit'), shipped.asOf).select(['id', 'code', 'level']).where('level', '!=', 'commune').execute();
    if (!units.length) continue;
    const idOf = new Map(units.map((u) => [`${u.level}:${u.code}`, u.id]));
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
    loaded.push(shipped.file);
  }
  if (!rows.length) return false;
  await db.transaction().execute(async (trx) => {
    await upsertBoundaries(trx, rows);
    await writeAudit(trx, SYSTEM, {
      action: 'load_boundaries',
      entity: 'boundary',
      entityId: null,
      after: { files: loaded, units: rows.length, licence: SHIPPED_LICENCE },
    });
  });
  return true;
}
