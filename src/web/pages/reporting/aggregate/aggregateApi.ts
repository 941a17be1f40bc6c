import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../api/client.js';
import type { Paged, Unit } from '../../../api/types.js';

export type SplitRule = 'flag' | 'proportional' | 'exclude';
export type OnUnits = 'asof' | 'today';

export interface AggregateItem {
  dataElement: { code: string; name: string; nameEn: string | null; aggregation: string; valueType: string; unit: string | null };
  total: number | null;
  groups?: { code: string; name: string; value: number }[];
  units: number;
  periods: string[];
}

export interface SplitUnit {
  code: string;
  name: string;
  successors: { code: string; name: string }[];
  rule: SplitRule;
  weight: number;
}

export interface AggregateResult {
  period: { id: string; type: string; name: string; start: string; end: string; calendar: string };
  unit: { code: string; name: string; level: string; validFrom: string | null; validTo: string | null };
  onUnits: OnUnits;
  splitRule: SplitRule;
  by: { code: string; name: string; nameEn: string | null } | null;
  items: AggregateItem[];
  mergedUnits: string[];
  splitUnits: SplitUnit[];
}

export interface AggregateParams {
  dataSet: string;
  period: string;
  unit: string;
  dataElements: string[];
  by?: string;
  splitRule: SplitRule;
  onUnits: OnUnits;
}

export interface CategoryMeta {
  code: string;
  nameVi: string;
  nameEn: string | null;
  options: { code: string; nameVi: string; nameEn: string | null; sortOrder: number; active: boolean }[];
}
export interface ComboMeta {
  code: string;
  categories: string[];
}
export interface ElementMeta {
  code: string;
  nameVi: string;
  nameEn: string | null;
  unit: string | null;
  categoryCombo: string;
  valueType: string;
}

/** The date the 2025 reorganisation of administrative units took effect. */
export const REFORM = '2025-07-01';

export function fetchAggregate(p: AggregateParams, unit = p.unit): Promise<AggregateResult> {
  return api<AggregateResult>(
    `/reporting/aggregate${qs({ dataElements: p.dataElements.join(','), period: p.period, unit, by: p.by, splitRule: p.splitRule, onUnits: p.onUnits, dataSet: p.dataSet })}`,
  );
}

/** Data elements, categories and category combinations, for names and the breakdown choices. */
export function useReportingMeta() {
  const elements = useQuery({ queryKey: ['reporting', 'data-elements', 'all500'], queryFn: () => api<Paged<ElementMeta>>('/reporting/data-elements?active=true&pageSize=500'), staleTime: 60_000 });
  const categories = useQuery({ queryKey: ['reporting', 'categories', 'all500'], queryFn: () => api<Paged<CategoryMeta>>('/reporting/categories?active=all&pageSize=500'), staleTime: 60_000 });
  const combos = useQuery({ queryKey: ['reporting', 'category-combos', 'all500'], queryFn: () => api<Paged<ComboMeta>>('/reporting/category-combos?active=all&pageSize=500'), staleTime: 60_000 });
  return { elements: elements.data?.items ?? [], categories: categories.data?.items ?? [], combos: combos.data?.items ?? [] };
}

/** Runs `fn` over `items` with at most `limit` at a time, reporting progress. */
export async function pool<T, R>(items: T[], limit: number, fn: (x: T) => Promise<R>, progress?: (done: number) => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
      progress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface UnitRow {
  unit: Unit;
  result: AggregateResult | null;
  error: string | null;
}

/** The units directly below `code` on `date`, in the caller's area. */
export function fetchChildren(code: string, date: string) {
  return api<Paged<Unit>>(`/admin-units${qs({ date, parent: code, pageSize: 500 })}`);
}
