import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.js';
import type { Item } from '../../api/types.js';

export type DuplicateItem = Item<'/api/duplicates'>;
export type DuplicateStatus = DuplicateItem['status'];
export type DuplicateReason = DuplicateItem['reason'];
export type DuplicatePerson = DuplicateItem['a'];

export function useDuplicates(params: { status: DuplicateStatus; commune?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['duplicates', params],
    queryFn: () => call(http.GET('/api/duplicates', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export const scanDuplicates = (communeCode?: string) => call(http.POST('/api/duplicates/scan', { body: communeCode ? { communeCode } : {} }));

export const mergeDuplicate = (id: number, keepPersonId: number) =>
  call(http.POST('/api/duplicates/{id}/merge', { params: { path: { id } }, body: { keepPersonId } }));

export const markNotDuplicate = (id: number, note?: string) =>
  call(http.POST('/api/duplicates/{id}/not-duplicate', { params: { path: { id } }, body: note ? { note } : {} }));

/** Who decided (their username), empty while undecided. */
export function deciderName(d: DuplicateItem['decidedBy']): string {
  return d ?? '';
}
