import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../api/client.js';

export type ExportEntity = 'households' | 'persons';
export type ExportFormat = 'xlsx' | 'csv';

/** One column a register export can carry, labelled in both languages. */
export interface ExportColumn {
  key: string;
  vi: string;
  en: string;
}

export type ExportColumns = Record<ExportEntity, ExportColumn[]>;

export function useExportColumns(enabled: boolean) {
  return useQuery({
    queryKey: ['register', 'export', 'columns'],
    queryFn: () => api<ExportColumns>('/register/export/columns'),
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
