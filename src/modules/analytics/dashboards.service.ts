import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { assertReadable, inReach, isVisible, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import { headlineFigures } from '../boundaries/maps.service.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { userNamesByIds } from '../accounts/user-names.service.js';
import { checkUsers, openSaved, removeSaved, changeSaved, sharedWith, sharingColumns, uniq, withOwnerNames, type SavedKind } from './saved-items.service.js';
import { visualisationById, type VisualisationRow } from './analytics.repository.js';
import type { AnalyticsQuery } from './analytics.schema.js';
import {
  dashboardById,
  deleteDashboard,
  deleteMap,
  insertDashboard,
  insertMap,
  listDashboards,
  listMaps,
  mapById,
  mapsByIds,
  unitsByIds,
  updateDashboard,
  updateMap,
  type DashboardRow,
  type MapRow,
} from './dashboards.repository.js';
import { analyticsQuery } from './analytics.schema.js';
import type { dashboardBody, dashboardFilter, dashboardPatch, DashboardItem, mapBody, mapPatch, MapSettings } from './dashboards.schema.js';
import { runQuery } from './query.service.js';
import { filterYear } from '../../shared/filter-year.js';
import { levelsOn, mapValues } from '../boundaries/maps.service.js';
import { classifiedYears } from '../register/poverty.service.js';
import { formCompleteness } from '../data-entry/data-entry.completeness.js';
import { budgetSummary } from '../programmes/budget.service.js';
import { defaultProgrammeRoot } from '../programmes/programmes.service.js';

// ---------------------------------------------------------------- saved maps

const MAP: SavedKind<MapRow> = {
  entity: 'analytics_map',
  notYours: 'analytics_map_not_yours',
  byId: mapById,
  remove: deleteMap,
  describe: (r) => ({ name: r.name, settings: r.settings, sharedRoles: r.shared_roles, sharedUserIds: r.shared_user_ids }),
};

export async function mapsOf(db: Kysely<DB>, user: SessionUser) {
  return withOwnerNames(db, await listMaps(db, user.id, user.role));
}

export const openMap = (db: Kysely<DB>, user: SessionUser, id: number) => openSaved(db, MAP, user, id);

export async function saveMap(db: Kysely<DB>, user: SessionUser, actor: Actor, b: z.infer<typeof mapBody>) {
  await checkUsers(db, b.sharedUserIds);
  const row = await db.transaction().execute(async (trx) => {
    const row = await insertMap(
      trx,
      { name: b.name, settings: JSON.stringify(b.settings), shared_roles: uniq(b.sharedRoles), shared_user_ids: uniq(b.sharedUserIds) },
      user.id,
    );
    await writeAudit(trx, actor, { action: 'create', entity: 'analytics_map', entityId: row.id, after: { name: b.name, settings: b.settings } });
    return row;
  });
  return openMap(db, user, row.id);
}

export function changeMap(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number, b: z.infer<typeof mapPatch>) {
  return changeSaved(db, MAP, user, actor, id, {
    sharedUserIds: b.sharedUserIds,
    after: { name: b.name, settings: b.settings, sharedRoles: b.sharedRoles, sharedUserIds: b.sharedUserIds },
    update: (trx) =>
      updateMap(trx, id, {
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.settings !== undefined ? { settings: JSON.stringify(b.settings) } : {}),
        ...sharingColumns(b),
      }),
  });
}

export const removeMap = (db: Kysely<DB>, user: SessionUser, actor: Actor, id: number) => removeSaved(db, MAP, user, actor, id);

// ---------------------------------------------------------------- dashboards

/** Shared with the user, and about a unit in their area, above it (a commune officer opens the province's) or national. */
const canOpen = (row: DashboardRow, user: SessionUser, scope: Scope) => sharedWith(row, user) && (row.unit_id === null || isVisible(scope, row.unit_id));

export async function dashboardsOf(db: Kysely<DB>, user: SessionUser, scope: Scope) {
  const rows = (await listDashboards(db, user.id, user.role)).filter((r) => canOpen(r, user, scope));
  const [names, units] = await Promise.all([
    userNamesByIds(
      db,
      rows.map((r) => r.owner_id),
    ),
    unitsByIds(
      db,
      rows.flatMap((r) => (r.unit_id === null ? [] : [r.unit_id])),
    ),
  ]);
  return { rows, names, units };
}

export interface OpenDashboard {
  row: DashboardRow;
  names: Map<number, { fullName: string }>;
  units: Map<number, { code: string; name: string }>;
  visualisations: Map<number, VisualisationRow>;
  maps: Map<number, MapRow>;
}

/** One dashboard with what its items show; one the user may not open looks like one that does not exist. */
export async function openDashboard(db: Kysely<DB>, user: SessionUser, scope: Scope, id: number): Promise<OpenDashboard> {
  const row = await dashboardById(db, id);
  if (!row || !canOpen(row, user, scope)) throw new AppError(404, 'not_found');
  const items = row.items as DashboardItem[];
  const visIds = [...new Set(items.flatMap((i) => (i.kind === 'visualisation' && i.visualisationId ? [i.visualisationId] : [])))];
  const mapIds = [...new Set(items.flatMap((i) => (i.kind === 'map' && i.mapId ? [i.mapId] : [])))];
  const vis = (await Promise.all(visIds.map((v) => visualisationById(db, v)))).filter((v): v is VisualisationRow => !!v);
  const maps = await mapsByIds(db, mapIds);
  return {
    row,
    names: await userNamesByIds(db, [row.owner_id]),
    units: await unitsByIds(db, row.unit_id === null ? [] : [row.unit_id]),
    visualisations: new Map(vis.map((v) => [v.id, v])),
    maps: new Map(maps.map((m) => [m.id, m])),
  };
}

const itemError = (i: number, code: string, params: Record<string, string> = {}) => new AppError(400, code, params, [{ field: `items[${i}]`, code, params }]);

/** Items must name what they show, and the one who adds a visualisation or map must be able to open it. */
async function checkItems(db: Kysely<DB>, user: SessionUser, items: DashboardItem[] | undefined) {
  if (!items) return;
  const ids = new Set<string>();
  for (const [i, it] of items.entries()) {
    if (ids.has(it.id)) throw itemError(i, 'dashboard_item_twice', { id: it.id });
    ids.add(it.id);
    if (it.kind === 'visualisation') {
      const v = it.visualisationId ? await visualisationById(db, it.visualisationId) : undefined;
      if (!v || !sharedWith(v, user)) throw itemError(i, 'dashboard_item_unknown', { id: String(it.visualisationId ?? '') });
    } else if (it.kind === 'map') {
      const m = it.mapId ? await mapById(db, it.mapId) : undefined;
      if (!m || !sharedWith(m, user)) throw itemError(i, 'dashboard_item_unknown', { id: String(it.mapId ?? '') });
    } else if (it.kind === 'text' && !it.text?.trim()) throw itemError(i, 'dashboard_text_empty');
    else if (it.kind === 'completeness' && !it.dataSet) throw itemError(i, 'dashboard_data_set_missing');
  }
}

/** The unit a dashboard is about: a code in the caller's area, or the caller's own unit. */
async function areaUnit(db: Kysely<DB>, user: SessionUser, scope: Scope, code: string | undefined): Promise<number | null> {
  if (code === undefined) return user.scopeUnitId;
  const u = await findUnitOn(db, code, todayVN());
  if (!u || !inReach(scope, u.id))
    throw new AppError(400, 'dashboard_unit_outside', { code }, [{ field: 'unit', code: 'dashboard_unit_outside', params: { code } }]);
  return u.id;
}

export async function saveDashboard(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, b: z.infer<typeof dashboardBody>, isDefault = false) {
  await checkUsers(db, b.sharedUserIds);
  await checkItems(db, user, b.items);
  const unitId = await areaUnit(db, user, scope, b.unit);
  const row = await db.transaction().execute(async (trx) => {
    const row = await insertDashboard(
      trx,
      {
        name: b.name,
        description: b.description,
        items: JSON.stringify(b.items),
        unit_id: unitId,
        shared_roles: uniq(b.sharedRoles),
        shared_user_ids: uniq(b.sharedUserIds),
        is_default: isDefault,
      },
      user.id,
    );
    await writeAudit(trx, actor, { action: 'create', entity: 'analytics_dashboard', entityId: row.id, after: { name: b.name, items: b.items.length } });
    return row;
  });
  return openDashboard(db, user, scope, row.id);
}

async function ownedDashboard(db: Kysely<DB>, user: SessionUser, scope: Scope, id: number) {
  const { row } = await openDashboard(db, user, scope, id);
  if (row.owner_id !== user.id) throw new AppError(403, 'dashboard_not_yours');
  return row;
}

/** Renames, rearranges, re-shares a dashboard (its owner only). */
export async function changeDashboard(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, b: z.infer<typeof dashboardPatch>) {
  const before = await ownedDashboard(db, user, scope, id);
  await checkUsers(db, b.sharedUserIds);
  await checkItems(db, user, b.items);
  const unitId = b.unit !== undefined ? await areaUnit(db, user, scope, b.unit) : undefined;
  await db.transaction().execute(async (trx) => {
    await updateDashboard(trx, id, {
      ...(b.name !== undefined ? { name: b.name } : {}),
      ...(b.description !== undefined ? { description: b.description } : {}),
      ...(b.items !== undefined ? { items: JSON.stringify(b.items) } : {}),
      ...(unitId !== undefined ? { unit_id: unitId } : {}),
      ...sharingColumns(b),
    });
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'analytics_dashboard',
      entityId: id,
      before: { name: before.name, items: before.items, sharedRoles: before.shared_roles, sharedUserIds: before.shared_user_ids },
      after: { name: b.name, items: b.items, sharedRoles: b.sharedRoles, sharedUserIds: b.sharedUserIds },
    });
  });
  return openDashboard(db, user, scope, id);
}

export async function removeDashboard(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number) {
  const before = await ownedDashboard(db, user, scope, id);
  await db.transaction().execute(async (trx) => {
    await deleteDashboard(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: 'analytics_dashboard', entityId: id, before: { name: before.name } });
  });
}

type Filter = z.infer<typeof dashboardFilter>;

/** A visualisation's query with the dashboard's filter in place of its own periods and unit. */
export function filteredQuery(query: unknown, f: Filter): AnalyticsQuery {
  const q = analyticsQuery.parse(query);
  return { ...q, ...(f.periods ? { periods: f.periods } : {}), ...(f.unit ? { unit: f.unit } : {}) };
}

/** A map's settings with the dashboard's filter: the year of its last period (the end of it, or today) and the unit as parent. */
export function filteredMap(settings: MapSettings, f: Filter, today = todayVN()): MapSettings {
  const out = { ...settings };
  if (f.periods?.length) {
    const year = filterYear(f, 0, Number(today.slice(0, 4)));
    out.year = year;
    out.date = `${year}-12-31` < today ? `${year}-12-31` : today;
  }
  if (f.unit) {
    out.parent = f.unit;
    delete out.level;
  }
  return out;
}

/** What one item shows, with the dashboard's filter: the pivot answer of a visualisation (in the caller's area), or a map's settings. */
export async function dashboardItemData(db: Kysely<DB>, graph: UnitGraph, scope: Scope, user: SessionUser, id: number, itemId: string, f: Filter) {
  return itemDataOf(db, graph, scope, user, await openDashboard(db, user, scope, id), itemId, f);
}

/** What an item's data is kept under in the answer cache: per user (area, role, language, disclosure) and per day (relative periods). */
export const itemCacheKey = (user: SessionUser, id: number, itemId: string, f: Filter) =>
  JSON.stringify(['dashboard-item', user.id, user.language, id, itemId, f.periods ?? null, f.unit ?? null, todayVN()]);

/** One item's data of an opened dashboard. */
export async function itemDataOf(db: Kysely<DB>, graph: UnitGraph, scope: Scope, user: SessionUser, d: OpenDashboard, itemId: string, f: Filter) {
  const item = (d.row.items as DashboardItem[]).find((i) => i.id === itemId);
  if (!item) throw new AppError(404, 'not_found');
  if (item.kind === 'visualisation') {
    const v = item.visualisationId ? d.visualisations.get(item.visualisationId) : undefined;
    if (!v) throw new AppError(404, 'not_found');
    const query = filteredQuery(v.query, f);
    // A dashboard of a larger area opened by someone in part of it shows their part.
    if (query.unit && !f.unit && !scope.all) {
      const u = await findUnitOn(db, query.unit, query.asOf ?? todayVN());
      if (u && !inReach(scope, u.id) && isVisible(scope, u.id)) {
        delete query.unit;
        const own = user.scopeUnitId === null ? undefined : graph.units.get(user.scopeUnitId);
        if (own?.level === 'commune') query.unitLevel = 'self';
      }
    }
    return { ...none(item.kind), query, answer: await runQuery(db, graph, scope, user, query) };
  }
  if (item.kind === 'map') {
    const m = item.mapId ? d.maps.get(item.mapId) : undefined;
    if (!m) throw new AppError(404, 'not_found');
    const map = filteredMap(m.settings as MapSettings, f);
    return { ...none(item.kind), map, values: await mapItemValues(db, graph, scope, map) };
  }
  if (item.kind === 'headline') return { ...none(item.kind), headline: await headlineOf(db, graph, scope, user, d.row, f) };
  if (item.kind === 'completeness' && item.dataSet) return { ...none(item.kind), completeness: await completenessOf(db, graph, scope, item.dataSet, f) };
  if (item.kind === 'programme') return { ...none(item.kind), programme: await programmeOf(db, scope, f) };
  return none(item.kind);
}

const thisYear = () => Number(todayVN().slice(0, 4));

const none = (kind: DashboardItem['kind']) => ({
  kind,
  query: null,
  answer: null,
  map: null,
  values: null,
  headline: null,
  completeness: null,
  programme: null,
});

/** A map item's values on its date (default today), for its year (default the latest classified by then). */
async function mapItemValues(db: Kysely<DB>, graph: UnitGraph, scope: Scope, s: MapSettings) {
  const date = s.date ?? todayVN();
  const upTo = Number(date.slice(0, 4));
  const year = s.year ?? (await classifiedYears(db)).find((y) => y <= upTo) ?? upTo;
  let { level, parent } = s;
  const levels = levelsOn(date);
  const unit = parent ? await findUnitOn(db, parent, date) : undefined;
  if (unit && unit.level === levels[levels.length - 1]) {
    // A unit of the lowest level (the filter's commune) is drawn among those of its parent, to be seen where it lies.
    const up = graph.units.get(unit.id)?.parentId;
    level = unit.level;
    parent = up == null ? undefined : graph.units.get(up)?.code;
  }
  return mapValues(db, { scope, graph, date }, { measure: s.measure, level, parent, year });
}

/** Reporting completeness of a yearly form: last year's unless the filter names a year, under the filter's unit. */
async function completenessOf(db: Kysely<DB>, graph: UnitGraph, scope: Scope, dataSet: string, f: Filter) {
  const year = filterYear(f, thisYear() - 1, thisYear());
  const c = await formCompleteness(db, graph, scope, dataSet, String(year), f.unit);
  return { period: year, totals: c.totals };
}

/** Disbursement of the national target programme in the filter's year (default this year). */
async function programmeOf(db: Kysely<DB>, scope: Scope, f: Filter) {
  const year = filterYear(f, thisYear(), thisYear());
  const s = await budgetSummary(db, scope, { rootId: await defaultProgrammeRoot(db), year });
  return { nodeName: s.node.name, year, total: s.total };
}

/**
 * Headline figures of the dashboard's filter unit, else of the dashboard's unit, else of the caller's area;
 * a unit above the caller's area (a commune officer on the province's dashboard) gives their own area.
 */
async function headlineOf(db: Kysely<DB>, graph: UnitGraph, scope: Scope, user: SessionUser, row: DashboardRow, f: Filter) {
  const today = todayVN();
  let unitId: number | null = null;
  if (f.unit) {
    const u = await findUnitOn(db, f.unit, today);
    if (!u)
      throw new AppError(404, 'unknown_unit', { code: f.unit, date: formatDateVi(today) }, [
        { field: 'unit', code: 'unknown_unit', params: { code: f.unit, date: formatDateVi(today) } },
      ]);
    assertReadable(scope, u.id);
    unitId = u.id;
  } else if (row.unit_id !== null && inReach(scope, row.unit_id)) unitId = row.unit_id;
  else unitId = user.scopeUnitId;
  const figures = await headlineFigures(db, scope, today, unitId === null ? undefined : { graph, unitId });
  const names = unitId === null ? new Map<number, { code: string; name: string }>() : await unitsByIds(db, [unitId]);
  return { ...figures, unit: unitId === null ? null : (names.get(unitId) ?? null) };
}
