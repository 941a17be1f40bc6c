import { sql, type Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import type { ChartType } from '../../db/schema.columns.js';

export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];
export type VisualisationRow = Awaited<ReturnType<typeof listVisualisations>>[number];

export function listIndicators(db: Kysely<DB>) {
  return db.selectFrom('analytics_indicator').selectAll().orderBy('code').execute();
}

export function indicatorsByCodes(db: Kysely<DB>, codes: string[]) {
  if (!codes.length) return Promise.resolve([] as IndicatorRow[]);
  return db.selectFrom('analytics_indicator').selectAll().where('code', 'in', codes).execute();
}

export function indicatorById(db: Kysely<DB>, id: number) {
  return db.selectFrom('analytics_indicator').selectAll().where('id', '=', id).executeTakeFirst();
}

export function indicatorByCodeOrUid(db: Kysely<DB>, code: string, uid: string | null) {
  let q = db.selectFrom('analytics_indicator').selectAll();
  q = uid ? q.where((eb) => eb.or([eb('dhis2_uid', '=', uid), eb('code', '=', code)])) : q.where('code', '=', code);
  return q.orderBy(sql`dhis2_uid IS NULL`).executeTakeFirst();
}

export interface IndicatorColumns {
  code: string;
  name_vi: string;
  name_en: string;
  description_vi: string;
  description_en: string;
  numerator: string;
  denominator: string;
  factor: number;
  decimals: number;
  dhis2_uid?: string | null;
}

export function insertIndicator(trx: Kysely<DB>, cols: IndicatorColumns, userId: number | null) {
  return trx
    .insertInto('analytics_indicator')
    .values({ ...cols, updated_by: userId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateIndicator(trx: Kysely<DB>, id: number, cols: IndicatorColumns, userId: number | null) {
  return trx
    .updateTable('analytics_indicator')
    .set({ ...cols, updated_by: userId, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteIndicator(trx: Kysely<DB>, id: number) {
  return trx.deleteFrom('analytics_indicator').where('id', '=', id).execute();
}

/** Visualisations a user may open: their own, or shared with their role or with them. */
export function listVisualisations(db: Kysely<DB>, userId: number, role: Role) {
  return db
    .selectFrom('analytics_visualisation')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('owner_id', '=', userId),
        sql<boolean>`shared_roles @> ${JSON.stringify([role])}::jsonb`,
        sql<boolean>`shared_user_ids @> ${JSON.stringify([userId])}::jsonb`,
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function visualisationById(db: Kysely<DB>, id: number) {
  return db.selectFrom('analytics_visualisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface VisualisationColumns {
  name: string;
  query: string;
  chart_type: ChartType;
  shared_roles: string;
  shared_user_ids: string;
}

export function insertVisualisation(trx: Kysely<DB>, cols: VisualisationColumns, ownerId: number) {
  return trx
    .insertInto('analytics_visualisation')
    .values({ ...cols, owner_id: ownerId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateVisualisation(trx: Kysely<DB>, id: number, cols: Partial<VisualisationColumns>) {
  return trx
    .updateTable('analytics_visualisation')
    .set({ ...cols, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteVisualisation(trx: Kysely<DB>, id: number) {
  return trx.deleteFrom('analytics_visualisation').where('id', '=', id).execute();
}

export async function suppressionThreshold(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('analytics_setting').select('suppression_threshold').where('id', '=', 1).executeTakeFirst();
  return r?.suppression_threshold ?? 10;
}

export function setSuppressionThreshold(trx: Kysely<DB>, threshold: number) {
  return trx.updateTable('analytics_setting').set({ suppression_threshold: threshold, updated_at: new Date() }).where('id', '=', 1).execute();
}

export function listConstants(db: Kysely<DB>) {
  return db.selectFrom('analytics_constant').selectAll().orderBy('code').execute();
}

export function upsertConstant(trx: Kysely<DB>, c: { code: string; name_vi: string; value: number; dhis2_uid?: string | null }) {
  return trx
    .insertInto('analytics_constant')
    .values(c)
    .onConflict((oc) => oc.column('code').doUpdateSet({ name_vi: c.name_vi, value: c.value, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Display names of units (shared read of the unit hierarchy). */
export async function unitLabels(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return new Map<number, { code: string; name: string }>();
  const rows = await db.selectFrom('admin_unit').select(['id', 'code', 'type', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: `${r.type} ${r.name}` }]));
}

/** Names of ethnic groups by code (shared read). */
export async function ethnicLabels(db: Kysely<DB>) {
  const rows = await db.selectFrom('ethnic_group').select(['code', 'name', 'sort_key']).orderBy('code').execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * The database's transaction snapshot: `next` is the first transaction id not yet given out (it grows with every
 * transaction that writes, in any process) and `busy` is whether a writing transaction is still open.
 */
export async function writeSnapshot(db: Kysely<DB>): Promise<{ next: string; busy: boolean }> {
  const { rows } = await sql<{ s: string }>`SELECT pg_current_snapshot()::text AS s`.execute(db);
  const [xmin, xmax, xip] = rows[0].s.split(':');
  return { next: xmax, busy: xmin !== xmax || xip !== '' };
}
