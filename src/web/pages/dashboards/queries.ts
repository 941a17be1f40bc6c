import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call, http } from '../../api/client.js';
import type { Shapes } from '../../components/map/ChoroplethMap.js';
import { todayVN } from '../../../shared/dates.js';
import type { Filter } from './items.js';

/*
 * The dashboard page's reads, shared with the prefetch that starts them while the page's files still load:
 * the list, the dashboard, each item's data, then the map's boundaries; the same keys, so the page finds them.
 */

export const listQuery = { queryKey: ['dashboards'], queryFn: () => call(http.GET('/api/dashboards')) };

export const dashboardQuery = (id: number) => ({
  queryKey: ['dashboards', id],
  queryFn: () => call(http.GET('/api/dashboards/{id}', { params: { path: { id } } })),
});

export const itemQuery = (dashboardId: number, itemId: string, filter: Filter) => ({
  queryKey: ['dashboards', dashboardId, 'item', itemId, filter],
  queryFn: () => call(http.POST('/api/dashboards/{id}/items/{itemId}/data', { params: { path: { id: dashboardId, itemId } }, body: filter })),
  staleTime: 30_000,
});

/** Shapes of a level (below `parent`), or of the one unit `code` (the outline behind a map of its children). */
export const shapesQuery = (q: { date: string; level?: string; parent?: string; code?: string }) => ({
  queryKey: ['boundaries', q],
  queryFn: () =>
    call<Shapes>(
      http.GET('/api/boundaries', {
        params: { query: { date: q.date, level: q.level as 'province', ...(q.parent ? { parent: q.parent } : {}), ...(q.code ? { code: q.code } : {}) } },
      }),
    ),
  staleTime: 10 * 60_000,
});

/** The filter the address holds (`periods`, `unit`). */
export function filterOf(params: URLSearchParams): Filter {
  return {
    ...(params.get('periods') ? { periods: params.get('periods')!.split(',') } : {}),
    ...(params.get('unit') ? { unit: params.get('unit')! } : {}),
  };
}

const quietly = (p: Promise<unknown>) => p.catch(() => undefined);

/**
 * Everything the dashboard at this address draws, asked for at once: the list beside the dashboard with every
 * item's data (one request), then the map's boundaries; each answer is put where the page's own reads look.
 * Anything that fails is left for the page to ask again and show.
 */
export function prefetchDashboard(qc: QueryClient, params: URLSearchParams): Promise<void> {
  const p = openAll(qc, params);
  opening = p
    .catch(() => undefined)
    .finally(() => {
      opening = null;
    });
  return p;
}

/** The prefetch under way, if any: the page waits for it rather than asking for the same data item by item. */
let opening: Promise<unknown> | null = null;

/** Whether the page should still wait for the prefetch. */
export function useOpening(): boolean {
  const [waiting, setWaiting] = useState(opening !== null);
  useEffect(() => {
    let live = true;
    void opening?.then(() => live && setWaiting(false));
    return () => {
      live = false;
    };
  }, []);
  return waiting;
}

async function openAll(qc: QueryClient, params: URLSearchParams): Promise<void> {
  void quietly(qc.prefetchQuery(listQuery));
  const filter = filterOf(params);
  const asked = Number(params.get('id')) || undefined;
  const query = {
    ...(asked ? { id: asked } : {}),
    ...(filter.periods ? { periods: filter.periods.join(',') } : {}),
    ...(filter.unit ? { unit: filter.unit } : {}),
  };
  const { dashboard: d, items } = await call(http.GET('/api/dashboards/open', { params: { query } }));
  if (!d) return;
  qc.setQueryData(dashboardQuery(d.id).queryKey, d);
  for (const [itemId, data] of Object.entries(items)) {
    qc.setQueryData(itemQuery(d.id, itemId, filter).queryKey, data);
    const v = data.values;
    if (!data.map || !v) continue;
    const date = data.map.date ?? todayVN();
    void quietly(qc.prefetchQuery(shapesQuery({ date, level: v.level, parent: data.map.parent })));
    if (v.parent) void quietly(qc.prefetchQuery(shapesQuery({ date, level: v.parent.level, code: v.parent.code })));
  }
}
