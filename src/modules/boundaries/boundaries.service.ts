import type { Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, type Scope } from '../../server/scope.js';
import { formatDateVi } from '../admin-units/admin-units.lookup.js';
import { decodeUtf8, type UploadedFile } from '../admin-units/upload.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { checkFeatureCollection, checkJsonDepth } from './boundaries.geometry.js';
import { displayShape } from './boundaries.simplify.js';
import { boundariesOf, unitsByCode, upsertBoundaries } from './boundaries.repository.js';

export interface BoundaryUpload {
  file: UploadedFile;
  level: UnitLevel;
  date: string;
  source?: string;
  licence?: string;
  attribution?: string;
}

/**
 * Stores the shapes of an uploaded GeoJSON file for units of one level valid on one date.
 * All or nothing: any bad feature rejects the file with one problem per bad feature. A unit that
 * already has a shape gets the new one, and each replacement is audited with what it replaced.
 * Shapes are checked in full and stored simplified for maps when they are very detailed.
 */
export async function replaceBoundaries(db: Kysely<DB>, scope: Scope, actor: Actor, u: BoundaryUpload) {
  const text = decodeUtf8('file', u.file.data);
  if (!text.trim()) throw new AppError(400, 'file_empty', { file: 'file' }, [{ field: 'file', code: 'file_empty' }]);
  checkJsonDepth(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message.slice(0, 200);
    throw new AppError(400, 'geojson_invalid', { reason }, [{ field: 'file', code: 'geojson_invalid', params: { reason } }]);
  }
  const { features, problems } = checkFeatureCollection(doc);
  const units = new Map(
    (
      await unitsByCode(
        db,
        u.level,
        u.date,
        features.map((f) => f.code),
      )
    ).map((r) => [r.code, r]),
  );
  for (const f of features) {
    if (!units.has(f.code)) {
      const params = { code: f.code, level: u.level, date: formatDateVi(u.date) };
      problems.push({ row: f.index + 1, field: `features[${f.index}].properties.code`, code: 'feature_unknown_unit', value: f.code, params });
    }
  }
  if (problems.length) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new AppError(400, 'geojson_rejected', { count: problems.length }, problems);
  }
  for (const unit of units.values()) assertWritable(scope, unit.id);

  const source = u.source ?? (u.file.filename || 'upload');
  const licence = u.licence ?? 'unspecified';
  const attribution = u.attribution ?? '';
  return db.transaction().execute(async (trx) => {
    const before = new Map(
      (
        await boundariesOf(
          trx,
          [...units.values()].map((x) => x.id),
        )
      ).map((b) => [b.unit_id, b]),
    );
    const shown = new Map(features.map((f) => [f.code, displayShape(f.geometry, f.bbox)]));
    const rows = features.map((f) => ({ unitId: units.get(f.code)!.id, geometry: shown.get(f.code)!.geometry, bbox: f.bbox, source, licence, attribution }));
    await upsertBoundaries(trx, rows);
    for (const r of rows) {
      const old = before.get(r.unitId);
      await writeAudit(trx, actor, {
        action: old ? 'replace_boundary' : 'create_boundary',
        entity: 'boundary',
        entityId: r.unitId,
        unitId: r.unitId,
        before: old ? { source: old.source, licence: old.licence, bbox: old.bbox } : undefined,
        after: { source, licence, bbox: r.bbox, level: u.level, date: u.date },
      });
    }
    const items = features.map((f) => {
      const unit = units.get(f.code)!;
      return { unitId: unit.id, code: unit.code, name: `${unit.type} ${unit.name}`, replaced: before.has(unit.id), simplified: shown.get(f.code)!.simplified };
    });
    const replaced = items.filter((i) => i.replaced).length;
    return { count: items.length, created: items.length - replaced, replaced, items };
  });
}

/** Plain reads (shapes of units on a day, where the shapes came from) hand over to the repository. */
export { listShapes, listSources } from './boundaries.repository.js';
