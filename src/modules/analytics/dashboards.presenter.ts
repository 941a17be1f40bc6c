import type { DashboardRow, MapRow } from './dashboards.repository.js';
import type { DashboardItem, MapSettings } from './dashboards.schema.js';
import type { OpenDashboard } from './dashboards.service.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentMap(r: MapRow, names: Map<number, { fullName: string }>, userId: number) {
  return {
    id: r.id,
    name: r.name,
    settings: r.settings as MapSettings,
    ownerId: r.owner_id,
    ownerName: names.get(r.owner_id)?.fullName ?? null,
    mine: r.owner_id === userId,
    sharedRoles: r.shared_roles as string[],
    sharedUserIds: r.shared_user_ids as number[],
    updatedAt: iso(r.updated_at),
  };
}

export function presentDashboardSummary(
  r: DashboardRow,
  names: Map<number, { fullName: string }>,
  units: Map<number, { code: string; name: string }>,
  userId: number,
) {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    unit: r.unit_id === null ? null : (units.get(r.unit_id) ?? null),
    ownerId: r.owner_id,
    ownerName: names.get(r.owner_id)?.fullName ?? null,
    mine: r.owner_id === userId,
    isDefault: r.is_default,
    sharedRoles: r.shared_roles as string[],
    sharedUserIds: r.shared_user_ids as number[],
    updatedAt: iso(r.updated_at),
    itemCount: (r.items as unknown[]).length,
  };
}

export function presentDashboard(d: OpenDashboard, userId: number) {
  const { itemCount: _, ...summary } = presentDashboardSummary(d.row, d.names, d.units, userId);
  return {
    ...summary,
    items: (d.row.items as DashboardItem[]).map((i) => {
      const v = i.kind === 'visualisation' && i.visualisationId ? d.visualisations.get(i.visualisationId) : undefined;
      const m = i.kind === 'map' && i.mapId ? d.maps.get(i.mapId) : undefined;
      return {
        ...i,
        ...(i.kind === 'visualisation'
          ? { visualisation: v ? { id: v.id, name: v.name, chartType: v.chart_type, query: v.query as Record<string, unknown> } : null }
          : {}),
        ...(i.kind === 'map' ? { map: m ? { id: m.id, name: m.name, settings: m.settings as MapSettings } : null } : {}),
      };
    }),
  };
}
