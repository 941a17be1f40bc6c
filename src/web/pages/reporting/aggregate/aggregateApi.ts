import { useQuery } from '@tanstack/react-query';
import { call, http } from '../../../api/client.js';
import type { Paged, Query } from '../../../api/types.js';

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

// GET /api/reporting/aggregate declares no response schema yet: its answer is typed here until it does.

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

// The metadata routes answer loose objects, so these are typed here until their response schemas are precise.
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

const aggregateQuery = (p: AggregateParams, below?: 'children'): Query<'/api/reporting/aggregate', 'get'> => ({
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
  return call<AggregateResult>(http.GET('/api/reporting/aggregate', { params: { query: aggregateQuery(p) } }));
}

/** The chosen unit's totals and those of every unit directly below it (in the caller's area), in one request. */
export function fetchAggregateBelow(p: AggregateParams): Promise<AggregateBelowResult> {
  return call<AggregateBelowResult>(http.GET('/api/reporting/aggregate', { params: { query: aggregateQuery(p, 'children') } }));
}

/** Data elements, categories and category combinations, for names and the breakdown choices. */
export function useReportingMeta() {
  const elements = useQuery({
    queryKey: ['reporting', 'data-elements', 'all500'],
    queryFn: () => call<Paged<ElementMeta>>(http.GET('/api/reporting/data-elements', { params: { query: { active: 'true', pageSize: 500 } } })),
    staleTime: 60_000,
  });
  const categories = useQuery({
    queryKey: ['reporting', 'categories', 'all500'],
    queryFn: () => call<Paged<CategoryMeta>>(http.GET('/api/reporting/categories', { params: { query: { active: 'all', pageSize: 500 } } })),
    staleTime: 60_000,
  });
  const combos = useQuery({
    queryKey: ['reporting', 'category-combos', 'all500'],
    queryFn: () => call<Paged<ComboMeta>>(http.GET('/api/reporting/category-combos', { params: { query: { active: 'all', pageSize: 500 } } })),
    staleTime: 60_000,
  });
  return { elements: elements.data?.items ?? [], categories: categories.data?.items ?? [], combos: combos.data?.items ?? [] };
}
