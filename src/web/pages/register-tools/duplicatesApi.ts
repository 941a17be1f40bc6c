import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../api/client.js';
import type { Paged } from '../../api/types.js';

export type DuplicateStatus = 'open' | 'merged' | 'not_duplicate';
export type DuplicateReason = 'same_cccd' | 'similar_name_birth_year_commune';

export interface DuplicatePerson {
  id: number;
  fullName: string;
  sex: string;
  birthYear: number;
  birthDate: string | null;
  ethnicName: string | null;
  cccdMasked: string | null;
  commune: { id: number; code: string; name: string } | null;
  household: { id: number; code: string } | null;
  deletedAt: string | null;
}

export interface DuplicateItem {
  id: number;
  reason: DuplicateReason;
  status: DuplicateStatus;
  a: DuplicatePerson;
  b: DuplicatePerson;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: number | string | { id?: number; username?: string; fullName?: string } | null;
  note?: string | null;
}

export function useDuplicates(params: { status: DuplicateStatus; commune?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['duplicates', params],
    queryFn: () => api<Paged<DuplicateItem>>(`/duplicates${qs(params)}`),
    placeholderData: keepPreviousData,
  });
}

export const scanDuplicates = (communeCode?: string) =>
  api<{ checked: number; added: number }>('/duplicates/scan', { method: 'POST', body: communeCode ? { communeCode } : {} });

export const mergeDuplicate = (id: number, keepPersonId: number) =>
  api<{ keptPersonId: number; mergedPersonId: number }>(`/duplicates/${id}/merge`, { method: 'POST', body: { keepPersonId } });

export const markNotDuplicate = (id: number, note?: string) =>
  api<DuplicateItem>(`/duplicates/${id}/not-duplicate`, { method: 'POST', body: note ? { note } : {} });

/** Who decided, whatever shape the server gives it in. */
export function deciderName(d: DuplicateItem['decidedBy']): string {
  if (d === null || d === undefined) return '';
  if (typeof d === 'object') return d.username ?? d.fullName ?? String(d.id ?? '');
  return String(d);
}
