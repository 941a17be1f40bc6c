import { sql, type Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { validOnDate } from '../../db/query-helpers.js';

/** What a stored shape is replaced with. */
export interface BoundaryInput {
  unitId: number;
  geometry: unknown;
  bbox: [number, number, number, number];
  source: string;
  licence: string;
  attribution: string;
}

/** The sources of the shapes held (what the seed has already loaded). */
export async function boundarySources(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('boundary').select('source').distinct().execute()).map((r) => r.source);
}

/** Units that have a shape. */
export async function boundaryUnitIds(db: Kysely<DB>): Promise<number[]> {
  return (await db.selectFrom('boundary').select('unit_id').execute()).map((r) => r.unit_id);
}

/** Inserts shapes, replacing any a unit already has. */
export async function upsertBoundaries(db: Kysely<DB>, rows: BoundaryInput[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('boundary')
    .values(
      rows.map((r) => ({
        unit_id: r.unitId,
        geometry: JSON.stringify(r.geometry),
        bbox: JSON.stringify(r.bbox),
        source: r.source,
        licence: r.licence,
        attribution: r.attribution,
      })),
    )
    .onConflict((oc) =>
      oc.column('unit_id').doUpdateSet((eb) => ({
        geometry: eb.ref('excluded.geometry'),
        bbox: eb.ref('excluded.bbox'),
        source: eb.ref('excluded.source'),
        licence: eb.ref('excluded.licence'),
        attribution: eb.ref('excluded.attribution'),
        loaded_at: sql`now()`,
      })),
    )
    .execute();
}

/** The shapes currently held for some units (what an upload replaces). */
export async function boundariesOf(db: Kysely<DB>, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db.selectFrom('boundary').select(['unit_id', 'source', 'licence', 'bbox']).where('unit_id', '=', sql<number>`ANY(${unitIds}::int[])`).execute();
}

/** Units at a level valid on a date, by code: what uploaded features are matched to. */
export async function unitsByCode(db: Kysely<DB>, level: UnitLevel, date: string, codes: string[]) {
  if (!codes.length) return [];
  return validOnDate(db.selectFrom('admin_unit'), date)
    .select(['id', 'code', 'name', 'type'])
    .where('level', '=', level)
    .where('code', '=', sql<string>`ANY(${codes}::text[])`)
    .execute();
}

export interface ShapeFilter {
  date: string;
  level?: UnitLevel;
  parentId?: number;
  /** Only these units; null = no restriction. */
  ids: number[] | null;
}

/** Shapes of the units valid on a date matching the filter; geometry and bbox stay JSON text. */
export async function listShapes(db: Kysely<DB>, f: ShapeFilter) {
  let q = validOnDate(db.selectFrom('admin_unit'), f.date).innerJoin('boundary as b', 'b.unit_id', 'admin_unit.id');
  if (f.level) q = q.where('admin_unit.level', '=', f.level);
  if (f.parentId !== undefined) q = q.where('admin_unit.parent_id', '=', f.parentId);
  if (f.ids) q = q.where('admin_unit.id', '=', sql<number>`ANY(${f.ids}::int[])`);
  return q
    .select([
      'admin_unit.id',
      'admin_unit.code',
      'admin_unit.name',
      'admin_unit.type',
      'admin_unit.level',
      sql<string>`b.geometry::text`.as('geometry'),
      sql<string>`b.bbox::text`.as('bbox'),
    ])
    .orderBy('admin_unit.code')
    .execute();
}

/** Where the held shapes come from: one row per source and licence. */
export async function listSources(db: Kysely<DB>) {
  return db
    .selectFrom('boundary as b')
    .innerJoin('admin_unit as u', 'u.id', 'b.unit_id')
    .select([
      'b.source',
      'b.licence',
      'b.attribution',
      sql<number>`count(*)::int`.as('units'),
      sql<string[]>`array_agg(DISTINCT u.level ORDER BY u.level)`.as('levels'),
      sql<Date>`max(b.loaded_at)`.as('loaded_at'),
    ])
    .groupBy(['b.source', 'b.licence', 'b.attribution'])
    .orderBy('b.source')
    .execute();
}
