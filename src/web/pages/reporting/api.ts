import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Paged, Query } from '../../api/types.js';
import { todayVN } from '../../../shared/dates.js';

export type ValueType = 'integer' | 'number' | 'percentage' | 'boolean' | 'text' | 'date';
export type ReportStatus = 'open' | 'submitted' | 'approved' | 'returned';
export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_due';

/** Tag colours of a report's status and timeliness, the same on every page. */
export const STATUS_COLOR: Record<ReportStatus, string> = { open: 'default', submitted: 'blue', approved: 'green', returned: 'volcano' };
export const TIMELINESS_COLOR: Record<Timeliness, string> = { on_time: 'green', late: 'orange', missing: 'red', not_due: 'default' };

// The data sets route answers loose objects (its response schema lists only the shared fields).
export interface DataSetMeta {
  code: string;
  nameVi: string;
  nameEn: string | null;
  description?: string | null;
  periodType: string;
  cutoff: string;
  deadlineDays: number;
  approvalRole: string;
  assignLevel: string | null;
  assignWithin: string | null;
  assignUnits: string[];
  sections: { code: string; nameVi: string; nameEn: string | null; dataElements: string[] }[];
  active: boolean;
}

// The periods, data entry and completeness routes declare no response schema yet: their answers are typed here until they do.
export interface PeriodItem {
  id: string;
  type: string;
  start: string;
  end: string;
  nameVi: string;
  nameEn: string;
}

export interface GridElement {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  valueType: ValueType;
  min: number | null;
  max: number | null;
  /** Unit of measure (triệu đồng, hộ, người…); null when it has none. */
  unit: string | null;
  optionCombos: { id: number; code: string | null; name: string }[];
}

export interface GridValue {
  dataElementId: number;
  categoryOptionComboId: number;
  value: string | null;
  comment: string | null;
  derived: boolean;
  overrideReason: string | null;
  updatedAt: string;
}

export interface Grid {
  dataSet: { id: number; code: string; name: string; nameEn: string | null; periodType: string; calendar: string };
  unit: { id: number; code: string; name: string; level: string };
  period: { id: string; start: string; end: string; deadline: string };
  status: ReportStatus;
  comment: string | null;
  submittedAt: string | null;
  canEdit: boolean;
  canApprove: boolean;
  canReopen: boolean;
  sections: { id: number; code: string; name: string; nameEn: string | null; elements: GridElement[] }[];
  derivable: number[];
  values: GridValue[];
}

export interface Violation {
  ruleId: number;
  code: string;
  name: string;
  importance: string;
  blocking: boolean;
  message: string;
  left: number;
  right: number;
  operator: string;
  /** Each side in words (element names), as the server wrote them in the caller's language. */
  leftText: string;
  rightText: string;
  /** The cells the rule reads, to jump to (categoryOptionComboId null: the element's first cell). */
  cells: { dataElementId: number; categoryOptionComboId: number | null; name: string }[];
}

export interface Completeness {
  dataSet: { id: number; code: string; name: string };
  period: { id: string; start: string; end: string; deadline: string };
  totals: Record<'expected' | 'reported' | 'approved' | 'onTime' | 'late' | 'missing' | 'notDue' | 'returned', number> & {
    completeness: number | null;
    timeliness: number | null;
  };
  items: CompletenessItem[];
  /** Units to chase, with their commune officers (whom to call). */
  chase: (CompletenessItem & { officers: { name: string; username: string }[] })[];
}
export interface CompletenessItem {
  unit: { id: number; code: string; name: string; level: string; parent: { code: string; name: string } | null };
  status: ReportStatus;
  /** False while nobody has saved anything for this report ("Chưa nhập"). */
  started: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  comment: string | null;
  timeliness: 'on_time' | 'late' | 'missing' | 'not_due';
}

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
    queryFn: () => call<Paged<DataSetMeta>>(http.GET('/api/reporting/data-sets', { params: { query: { active: 'true', pageSize: 200 } } })),
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
    queryFn: () =>
      call<Paged<PeriodItem>>(http.GET('/api/reporting/periods', { params: { query: { type, from, to, cutoff } as Query<'/api/reporting/periods', 'get'> } })),
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
