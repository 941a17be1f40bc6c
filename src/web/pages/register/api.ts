import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../api/client.js';
import type { EthnicGroup, Paged, Village } from '../../api/types.js';

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  fullName: string;
}
export interface PersonRef {
  id: number;
  fullName: string;
  sex: string;
  birthYear: number;
  ethnicCode: string;
}

export interface HouseholdItem {
  id: number;
  code: string;
  commune: UnitRef;
  village: { id: number; code: string; name: string } | null;
  head: PersonRef | null;
  address: string;
  housing: string | null;
  waterSource: string | null;
  internetAccess: string | null;
  memberCount: number;
  poverty: { year: number; status: string } | null;
  validFrom: string;
  validTo: string | null;
  deletedAt: string | null;
  isDemo: boolean;
}

export interface Member extends PersonRef {
  birthDate: string | null;
  relationship: string;
  validFrom: string;
  validTo: string | null;
  deathDate: string | null;
}

export interface PovertyYear {
  year: number;
  status: string;
  standard: string;
  deprivations: string[];
  incomePerCapita: number | null;
}

export interface LifeEvent {
  id: number;
  type: string;
  date: string;
  householdId: number | null;
  personId: number | null;
  relatedHouseholdId: number | null;
  fromCommuneId: number | null;
  toCommuneId: number | null;
  details: unknown;
  createdAt: string;
}

export interface Change {
  id: number;
  entity: string;
  entityId: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  effectiveDate: string;
  changedAt: string;
  changedBy: string | null;
  eventId: number | null;
}

export interface HouseholdDetail extends HouseholdItem {
  date: string;
  existsOnDate: boolean;
  phone: string | null;
  residentialLandM2: number | null;
  productionLandM2: number | null;
  electricity: string | null;
  toiletType: string | null;
  mainLivelihood: string | null;
  incomeBand: string | null;
  smartphones: number | null;
  computers: number | null;
  endReason: string | null;
  deletedReason: string | null;
  version: number;
  members: Member[];
  povertyHistory: PovertyYear[];
  events: LifeEvent[];
  timeline: Change[];
  canEdit: boolean;
}

export interface PersonItem {
  id: number;
  fullName: string;
  sex: string;
  birthYear: number;
  birthDate: string | null;
  ethnicCode: string;
  ethnicName: string;
  cccdMasked: string | null;
  commune: UnitRef;
  household: { id: number; code: string; relationship: string } | null;
  deathDate: string | null;
  isDemo: boolean;
}

export interface PersonDetail extends PersonItem {
  date: string;
  cccd: string | null;
  religion: string | null;
  maritalStatus: string | null;
  educationLevel: string | null;
  literate: boolean | null;
  speaksVietnamese: boolean | null;
  schoolEnrolment: string | null;
  occupation: string | null;
  healthInsurance: boolean | null;
  disability: string | null;
  version: number;
  deletedAt: string | null;
  deletedReason: string | null;
  memberships: { householdId: number; householdCode: string; relationship: string; validFrom: string; validTo: string | null }[];
  events: LifeEvent[];
  timeline: Change[];
  canEdit: boolean;
}

export type CodeListName =
  | 'relationship'
  | 'sex'
  | 'housing'
  | 'waterSource'
  | 'electricity'
  | 'toiletType'
  | 'mainLivelihood'
  | 'incomeBand'
  | 'internetAccess'
  | 'povertyStatus'
  | 'deprivation'
  | 'maritalStatus'
  | 'educationLevel'
  | 'schoolEnrolment'
  | 'disability'
  | 'religion';
export type CodeLists = Record<CodeListName, { code: string; vi: string; en: string }[]>;

/** The register's code lists with labels in the UI language: `label(list, code)` and `options(list)`. */
export function useCodes() {
  const { i18n } = useTranslation();
  const q = useQuery({ queryKey: ['register', 'codes'], queryFn: () => api<CodeLists>('/register/codes'), staleTime: Infinity });
  const en = i18n.language === 'en';
  const label = (list: CodeListName, code: string | null | undefined): string => {
    if (code === null || code === undefined || code === '') return '';
    const e = q.data?.[list]?.find((c) => c.code === code);
    return e ? (en ? e.en : e.vi) : code;
  };
  const options = (list: CodeListName) => (q.data?.[list] ?? []).map((c) => ({ value: c.code, label: en ? c.en : c.vi }));
  return { data: q.data, label, options, ready: !!q.data };
}

export function useEthnicGroups() {
  const q = useQuery({ queryKey: ['ethnic-groups', 'all'], queryFn: () => api<{ items: EthnicGroup[] }>('/ethnic-groups'), staleTime: Infinity });
  const name = (code: string | null | undefined) => q.data?.items.find((g) => g.code === code)?.name ?? code ?? '';
  const options = (q.data?.items ?? []).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }));
  return { name, options };
}

/** Active villages of a commune on a day (for filters and forms). */
export function useVillages(communeCode: string | undefined, date: string) {
  return useQuery({
    queryKey: ['villages', 'list', communeCode ?? '', date, '', 'active', 1, 500],
    queryFn: () => api<Paged<Village>>(`/villages${qs({ commune: communeCode, date, status: 'active', page: 1, pageSize: 500 })}`),
    enabled: !!communeCode,
    staleTime: 60_000,
  });
}

export const householdKey = (id: number, date?: string) => ['households', 'detail', id, date ?? ''] as const;

/**
 * The poverty year a list shows by default: the latest year classified on or before the year of
 * `onDate` (the yearly review ends in December, so in November the latest is usually last year's).
 * Undefined until the years are known.
 */
export function usePovertyYear(onDate: string): string | undefined {
  const q = useQuery({ queryKey: ['register', 'poverty-years'], queryFn: () => api<{ years: number[] }>('/register/poverty-years'), staleTime: 60_000 });
  if (!q.data) return q.isError ? onDate.slice(0, 4) : undefined;
  const year = Number(onDate.slice(0, 4));
  return String(q.data.years.find((y) => y <= year) ?? year);
}
