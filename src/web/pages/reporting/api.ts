import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Item, Query, Res } from '../../api/types.js';
import { todayVN } from '../../../shared/days.js';

/** The report routes' path (form, unit, period), as the generated API types name it. */
type ReportRoute = '/api/data-entry/reports/{dataSet}/{unit}/{period}';

// The shapes below are the routes' documented answers (src/web/api/schema.d.ts, generated from the server's schemas).
/** A report's grid: layout, values, status and what the caller may do. */
export type Grid = Res<ReportRoute, 'get'>;
export type GridElement = Grid['sections'][number]['elements'][number];
export type GridValue = Grid['values'][number];
export type ValueType = GridElement['valueType'];
export type ReportStatus = Grid['status'];

/** A failed validation rule. A refusal to submit lists the rules as error details, without their figures. */
export type Violation = Omit<Res<`${ReportRoute}/validation`, 'get'>['violations'][number], 'left' | 'right'> & { left: number | null; right: number | null };

export type Completeness = Res<'/api/data-entry/completeness', 'get'>;
export type CompletenessItem = Completeness['items'][number];
export type Timeliness = CompletenessItem['timeliness'];

/** An active report form as the data sets list gives it. */
export type DataSetMeta = Item<'/api/reporting/data-sets'>;
/** A reporting period, named in both languages. */
export type PeriodItem = Item<'/api/reporting/periods'>;

/** Tag colours of a report's status and timeliness, the same on every page. */
export const STATUS_COLOR: Record<ReportStatus, string> = { open: 'default', submitted: 'blue', approved: 'green', returned: 'volcano' };
export const TIMELINESS_COLOR: Record<Timeliness, string> = { on_time: 'green', late: 'orange', missing: 'red', not_due: 'default' };

export const reportPath = (dataSet: string, unit: string, period: string) =>
  `/data-entry/reports/${encodeURIComponent(dataSet)}/${encodeURIComponent(unit)}/${encodeURIComponent(period)}`;
/** The path parameters of a report from its reportPath (the inverse of reportPath). */
export function reportParams(path: string) {
  const [dataSet, unit, period] = path.split('/').slice(3).map(decodeURIComponent);
  return { path: { dataSet, unit, period } };
}
export const gridKey = (dataSet: string, unit: string, period: string) => ['data-entry', 'grid', dataSet, unit, period] as const;

/** Active report forms. */
export function useDataSets() {
  return useQuery({
    queryKey: ['reporting', 'data-sets', 'active'],
    queryFn: () => call(http.GET('/api/reporting/data-sets', { params: { query: { active: 'true', pageSize: 200 } } })),
    staleTime: 60_000,
  });
}

/** Periods of a form's type from two years back to today, newest first, named in the UI language. */
export function usePeriods(type: string | undefined, cutoff: string | undefined) {
  const { i18n } = useTranslation();
  const to = todayVN();
  const from = `${Number(to.slice(0, 4)) - 2}-01-01`;
  const q = useQuery({
    queryKey: ['reporting', 'periods', type, cutoff, from, to],
    queryFn: () => call(http.GET('/api/reporting/periods', { params: { query: { type, from, to, cutoff } as Query<'/api/reporting/periods', 'get'> } })),
    enabled: !!type,
    staleTime: 3600_000,
  });
  const items = [...(q.data?.items ?? [])].reverse();
  const name = (p: PeriodItem) => (i18n.language === 'en' ? p.nameEn : p.nameVi);
  return { ...q, items, name };
}

/** The form's name in the UI language. */
export function useLocalName() {
  const { i18n } = useTranslation();
  return (x: { nameVi?: string; name?: string; nameEn?: string | null }) => (i18n.language === 'en' && x.nameEn ? x.nameEn : (x.nameVi ?? x.name ?? ''));
}
