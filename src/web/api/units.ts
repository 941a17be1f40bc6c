import { useQuery } from '@tanstack/react-query';
import { call, http } from './client.js';
import type { Paged, Query, Unit, UnitLinks } from './types.js';
import { viCollator } from '../lib/format.js';

/** Sorts units the Vietnamese way by name, then code. */
export function sortUnits(units: Unit[]): Unit[] {
  return [...units].sort((a, b) => viCollator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** Provinces (parent undefined) or the children of `parent`, valid on `date`. */
export function fetchUnits(date: string, parent?: string): Promise<Paged<Unit>> {
  return call(http.GET('/api/admin-units', { params: { query: { date, parent, pageSize: 500 } } }));
}

export function searchUnits(date: string, q: string, level?: string, pageSize = 50): Promise<Paged<Unit>> {
  return call(http.GET('/api/admin-units', { params: { query: { date, q, level: level as Query<'/api/admin-units', 'get'>['level'], pageSize } } }));
}

export function useUnit(code: string | undefined, date: string) {
  return useQuery({
    queryKey: ['admin-unit', code, date],
    queryFn: () => call(http.GET('/api/admin-units/{code}', { params: { path: { code: code! }, query: { date } } })),
    enabled: !!code,
  });
}

export function useUnitLinks(code: string | undefined, date: string, which: 'successors' | 'predecessors') {
  return useQuery({
    queryKey: ['admin-unit', code, date, which],
    queryFn: (): Promise<UnitLinks> => {
      const params = { path: { code: code! }, query: { date } };
      return call(
        which === 'successors' ? http.GET('/api/admin-units/{code}/successors', { params }) : http.GET('/api/admin-units/{code}/predecessors', { params }),
      );
    },
    enabled: !!code,
  });
}

export function useUnitVersions(code: string | undefined) {
  return useQuery({
    queryKey: ['admin-unit', code, 'versions'],
    queryFn: async () => {
      const r = await call(http.GET('/api/admin-units/{code}/versions', { params: { path: { code: code! } } }));
      return r.items;
    },
    enabled: !!code,
  });
}

export function useUnitClassifications(code: string | undefined, date: string) {
  return useQuery({
    queryKey: ['classifications', 'unit', code, date],
    queryFn: () => call(http.GET('/api/classifications', { params: { query: { unit: code, date, pageSize: 100 } } })),
    enabled: !!code,
  });
}
