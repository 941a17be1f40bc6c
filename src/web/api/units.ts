import { useQuery } from '@tanstack/react-query';
import { api, qs } from './client.js';
import type { ClassificationEntry, Paged, Unit, UnitLinks } from './types.js';
import { viCollator } from '../lib/format.js';

/** Sorts units the Vietnamese way by name, then code. */
export function sortUnits(units: Unit[]): Unit[] {
  return [...units].sort((a, b) => viCollator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** Provinces (parent undefined) or the children of `parent`, valid on `date`. */
export function fetchUnits(date: string, parent?: string): Promise<Paged<Unit>> {
  return api<Paged<Unit>>(`/admin-units${qs({ date, parent, pageSize: 500 })}`);
}

export function searchUnits(date: string, q: string, level?: string, pageSize = 50): Promise<Paged<Unit>> {
  return api<Paged<Unit>>(`/admin-units${qs({ date, q, level, pageSize })}`);
}

export function useUnit(code: string | undefined, date: string) {
  return useQuery({
    queryKey: ['admin-unit', code, date],
    queryFn: () => api<Unit>(`/admin-units/${encodeURIComponent(code!)}${qs({ date })}`),
    enabled: !!code,
  });
}

export function useUnitLinks(code: string | undefined, date: string, which: 'successors' | 'predecessors') {
  return useQuery({
    queryKey: ['admin-unit', code, date, which],
    queryFn: () => api<UnitLinks>(`/admin-units/${encodeURIComponent(code!)}/${which}${qs({ date })}`),
    enabled: !!code,
  });
}

export function useUnitVersions(code: string | undefined) {
  return useQuery({
    queryKey: ['admin-unit', code, 'versions'],
    queryFn: async () => {
      const r = await api<Unit[] | { items: Unit[] }>(`/admin-units/${encodeURIComponent(code!)}/versions`);
      return Array.isArray(r) ? r : r.items;
    },
    enabled: !!code,
  });
}

export function useUnitClassifications(code: string | undefined, date: string) {
  return useQuery({
    queryKey: ['classifications', 'unit', code, date],
    queryFn: () => api<Paged<ClassificationEntry>>(`/classifications${qs({ unit: code, date, pageSize: 100 })}`),
    enabled: !!code,
  });
}
