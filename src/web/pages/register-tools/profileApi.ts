import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, http, qs } from '../../api/client.js';
import type { Res } from '../../api/types.js';

export type AgeBand = '0-5' | '6-14' | '15-17' | '18-59' | '60+';
export const AGE_BANDS: AgeBand[] = ['0-5', '6-14', '15-17', '18-59', '60+'];

/** GET /api/register/profile: the register summed over a commune (or a district/province). */
export type CommuneProfile = Res<'/api/register/profile', 'get'>;
export type ProfileCounts = CommuneProfile['totals'];
export type EthnicRow = CommuneProfile['byEthnic'][number];

export function useProfile(commune: string | undefined, date: string, year: number) {
  return useQuery({
    queryKey: ['register', 'profile', commune, date, year],
    queryFn: () => call(http.GET('/api/register/profile', { params: { query: { commune, date, year } } })),
    enabled: !!commune,
    placeholderData: keepPreviousData,
  });
}

/** Address of the household list showing the same households as a profile number. */
export function householdsLink(p: { commune: string; date?: string; year?: number; ethnic?: string; poverty?: string }): string {
  return `/households${qs({ commune: p.commune, ethnic: p.ethnic, poverty: p.poverty, year: p.year, date: p.date })}`;
}

/** Address of the person list showing the same persons as a profile number (the persons of that day's households). */
export function personsLink(p: { commune: string; date: string; ethnic?: string; sex?: string }): string {
  return `/persons${qs({ commune: p.commune, ethnic: p.ethnic, sex: p.sex, date: p.date })}`;
}
