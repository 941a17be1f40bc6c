import { sql, type Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';

export type MapRow = Awaited<ReturnType<typeof listMaps>>[number];
export type DashboardRow = Awaited<ReturnType<typeof listDashboards>>[number];

/** Rows the user owns or that are shared with their role or with them. */
const sharedWith = (userId: number, role: Role) => [
  sql<boolean>`owner_id = ${userId}`,
  sql<boolean>`shared_roles @> ${JSON.stringify([role])}::jsonb`,
  sql<boolean>`shared_user_ids @> ${JSON.stringify([userId])}::jsonb`,
];

export function listMaps(db: Kysely<DB>, userId: number, role: Role) {
  return db
    .selectFrom('analytics_map')
    .selectAll()
    .where((eb) => eb.or(sharedWith(userId, role)))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function mapById(db: Kysely<DB>, id: number) {
  return db.selectFrom('analytics_map').selectAll().where('id', '=', id).executeTakeFirst();
}

export function mapsByIds(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([] as MapRow[]);
  return db.selectFrom('analytics_map').selectAll().where('id', 'in', ids).execute();
}

export interface MapColumns {
  name: string;
  settings: string;
  shared_roles: string;
  shared_user_ids: string;
}

export function insertMap(trx: Kysely<DB>, cols: MapColumns, ownerId: number) {
  return trx
    .insertInto('analytics_map')
    .values({ ...cols, owner_id: ownerId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateMap(trx: Kysely<DB>, id: number, cols: Partial<MapColumns>) {
  return trx
    .updateTable('analytics_map')
    .set({ ...cols, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function deleteMap(trx: Kysely<DB>, id: number) {
  return trx.deleteFrom('analytics_map').where('id', '=', id).execute();
}

/** Dashboards the user may open by sharing (the area is checked by the service); the default ones first. */
export function listDashboards(db: Kysely<DB>, userId: number, role: Role) {
  return db
    .selectFrom('analytics_dashboard')
    .selectAll()
    .where((eb) => eb.or(sharedWith(userId, role)))
    .orderBy('is_default', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function dashboardById(db: Kysely<DB>, id: number) {
  return db.selectFrom('analytics_dashboard').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface DashboardColumns {
  name: string;
  description: string;
  items: string;
  unit_id: number | null;
  shared_roles: string;
  shared_user_ids: string;
  is_default?: boolean;
}

export function insertDashboard(trx: Kysely<DB>, cols: DashboardColumns, ownerId: number) {
  return trx
    .insertInto('analytics_dashboard')
    .values({ ...cols, owner_id: ownerId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateDashboard(trx: Kysely<DB>, id: number, cols: Partial<DashboardColumns>) {
  return trx
    .updateTable('analytics_dashboard')
    .set({ ...cols, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function deleteDashboard(trx: Kysely<DB>, id: number) {
  return trx.deleteFrom('analytics_dashboard').where('id', '=', id).execute();
}

/** Units by id with their code and name (shared read of the unit hierarchy). */
export async function unitsByIds(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return new Map<number, { code: string; name: string }>();
  const rows = await db.selectFrom('admin_unit').select(['id', 'code', 'type', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: `${r.type} ${r.name}` }]));
}
