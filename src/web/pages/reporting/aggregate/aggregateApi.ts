import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../api/client.js';
import type { Paged } from '../../../api/types.js';

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

/** The totals of one unit below the chosen one. */
export interface AggregateRow {
  unit: AggregateResult['unit'];
  items: AggregateItem[];
  mergedUnits: string[];
  splitUnits: SplitUnit[];
}

/** The chosen unit's totals and, in the same answer, those of each unit directly below it. */
export interface AggregateBelowResult extends AggregateResult {
  below: 'children' | 'communes';
  rows: AggregateRow[];
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

const aggregateQs = (p: AggregateParams, below?: 'children') =>
  qs({
    dataElements: p.dataElements.join(','),
    period: p.period,
    unit: p.unit,
    by: p.by,
    splitRule: p.splitRule,
    onUnits: p.onUnits,
    dataSet: p.dataSet,
    below,
  });

/** The chosen unit's totals. */
export function fetchAggregate(p: AggregateParams): Promise<AggregateResult> {
  return api<AggregateResult>(`/reporting/aggregate${aggregateQs(p)}`);
}

/** The chosen unit's totals and those of every unit directly below it (in the caller's area), in one request. */
export function fetchAggregateBelow(p: AggregateParams): Promise<AggregateBelowResult> {
  return api<AggregateBelowResult>(`/reporting/aggregate${aggregateQs(p, 'children')}`);
}

/** Data elements, categories and category combinations, for names and the breakdown choices. */
export function useReportingMeta() {
  const elements = useQuery({
    queryKey: ['reporting', 'data-elements', 'all500'],
    queryFn: () => api<Paged<ElementMeta>>('/reporting/data-elements?active=true&pageSize=500'),
    staleTime: 60_000,
  });
  const categories = useQuery({
    queryKey: ['reporting', 'categories', 'all500'],
    queryFn: () => api<Paged<CategoryMeta>>('/reporting/categories?active=all&pageSize=500'),
    staleTime: 60_000,
  });
  const combos = useQuery({
    queryKey: ['reporting', 'category-combos', 'all500'],
    queryFn: () => api<Paged<ComboMeta>>('/reporting/category-combos?active=all&pageSize=500'),
    staleTime: 60_000,
  });
  return { elements: elements.data?.items ?? [], categories: categories.data?.items ?? [], combos: combos.data?.items ?? [] };
}
