import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Item, Res } from '../../api/types.js';

export type HouseholdItem = Item<'/api/households'>;
export type HouseholdDetail = Res<'/api/households/{id}', 'get'>;
export type UnitRef = HouseholdItem['commune'];
export type PersonRef = NonNullable<HouseholdItem['head']>;
export type Member = HouseholdDetail['members'][number];
export type PovertyYear = HouseholdDetail['povertyHistory'][number];
export type LifeEvent = HouseholdDetail['events'][number];
export type Change = HouseholdDetail['timeline'][number];
export type PersonItem = Item<'/api/persons'>;
export type PersonDetail = Res<'/api/persons/{id}', 'get'>;
export type CodeLists = Res<'/api/register/codes', 'get'>;
export type CodeListName = keyof CodeLists;

/** The register's code lists with labels in the UI language: `label(list, code)` and `options(list)`. */
export function useCodes() {
  const { i18n } = useTranslation();
  const q = useQuery({ queryKey: ['register', 'codes'], queryFn: () => call(http.GET('/api/register/codes')), staleTime: Infinity });
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
  const q = useQuery({ queryKey: ['ethnic-groups', 'all'], queryFn: () => call(http.GET('/api/ethnic-groups')), staleTime: Infinity });
  const name = (code: string | null | undefined) => q.data?.items.find((g) => g.code === code)?.name ?? code ?? '';
  const options = (q.data?.items ?? []).map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }));
  return { name, options };
}

/** Active villages of a commune on a day (for filters and forms). */
export function useVillages(communeCode: string | undefined, date: string) {
  return useQuery({
    queryKey: ['villages', 'list', communeCode ?? '', date, '', 'active', 1, 500],
    queryFn: () => call(http.GET('/api/villages', { params: { query: { commune: communeCode, date, status: 'active', page: 1, pageSize: 500 } } })),
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
  const q = useQuery({ queryKey: ['register', 'poverty-years'], queryFn: () => call(http.GET('/api/register/poverty-years')), staleTime: 60_000 });
  if (!q.data) return q.isError ? onDate.slice(0, 4) : undefined;
  const year = Number(onDate.slice(0, 4));
  return String(q.data.years.find((y) => y <= year) ?? year);
}
