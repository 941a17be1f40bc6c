import { useQuery } from '@tanstack/react-query';
import { call, http, qs } from '../../api/client.js';
import type { Res } from '../../api/types.js';

export type ExportEntity = 'households' | 'persons';
export type ExportFormat = 'xlsx' | 'csv';

export type ExportColumns = Res<'/api/register/export/columns', 'get'>;
/** One column a register export can carry, labelled in both languages. */
export type ExportColumn = ExportColumns[ExportEntity][number];

export function useExportColumns(enabled: boolean) {
  return useQuery({
    queryKey: ['register', 'export', 'columns'],
    queryFn: () => call(http.GET('/api/register/export/columns')),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** The download address: the list's own filters plus format, columns and the stated purpose. */
export function exportUrl(entity: ExportEntity, filters: Record<string, string | undefined>, format: ExportFormat, columns: string[], purpose: string): string {
  // Paging belongs to the list on screen, not to the export (the server refuses it).
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/${entity}/export${qs({ ...rest, format, columns: columns.join(','), purpose: purpose.trim() })}`;
}

/** Starts a plain browser download so large files stream to disk instead of into memory. */
export function startDownload(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
