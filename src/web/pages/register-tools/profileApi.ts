import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../api/client.js';

export type AgeBand = '0-5' | '6-14' | '15-17' | '18-59' | '60+';
export const AGE_BANDS: AgeBand[] = ['0-5', '6-14', '15-17', '18-59', '60+'];

export interface ProfileCounts {
  households: number;
  persons: number;
  male: number;
  female: number;
  poor: number;
  nearPoor: number;
  /** Percent of households, one decimal; null without households. */
  poorRate: number | null;
  nearPoorRate: number | null;
}

export interface EthnicRow extends ProfileCounts {
  /** null: households without a head. */
  code: string | null;
  name: string;
}

/** GET /api/register/profile: the register summed over a commune (or a district/province). */
export interface CommuneProfile {
  unit: { id: number; code: string; name: string; level: string; type?: string };
  date: string;
  year: number;
  isDemo: boolean;
  totals: ProfileCounts;
  byEthnic: EthnicRow[];
  byAgeSex: { band: AgeBand; male: number; female: number }[];
}

export function useProfile(commune: string | undefined, date: string, year: number) {
  return useQuery({
    queryKey: ['register', 'profile', commune, date, year],
    queryFn: () => api<CommuneProfile>(`/register/profile${qs({ commune, date, year })}`),
    enabled: !!commune,
    placeholderData: keepPreviousData,
  });
}

/** Address of the household list showing the same households as a profile number. */
export function householdsLink(p: { commune: string; date?: string; year?: number; ethnic?: string; poverty?: string }): string {
  return `/households${qs({ commune: p.commune, ethnic: p.ethnic, poverty: p.poverty, year: p.year, date: p.date })}`;
}

/** Address of the person list showing the same persons as a profile number. */
export function personsLink(p: { commune: string; ethnic?: string; sex?: string }): string {
  return `/persons${qs({ commune: p.commune, ethnic: p.ethnic, sex: p.sex })}`;
}
