import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs, upload } from '../../api/client.js';
import type { Paged } from '../../api/types.js';

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportError {
  row: number;
  column: string;
  value: unknown;
  code: string;
  message: string;
}

/** GET /api/register/imports/:id — one register import (dry run or real), processed in the background. */
export interface ImportJob {
  id: number | string;
  fileName: string;
  status: ImportStatus;
  dryRun: boolean;
  onlyValid: boolean;
  applied: boolean;
  progress: { bytesRead: number; bytesTotal: number; rowsRead: number; percent: number };
  encoding: { detected: string; converted: boolean };
  counts: { rows: number; valid: number; invalid: number; households: EntityCounts; persons: EntityCounts };
  errorCount: number;
  errors: ImportError[];
  errorReportUrl: string | null;
  failure: { code: string; message: string } | null;
  createdAt: string;
  finishedAt: string | null;
  userId: number;
}

export const isRunning = (s: ImportStatus | undefined) => s === 'queued' || s === 'running';

export const templateUrl = (format: 'xlsx' | 'csv') => `/api/register/import/template${qs({ format })}`;

/** The error report address as a link the browser can follow (the server may answer it with or without /api). */
export function errorReportHref(job: ImportJob): string {
  const url = job.errorReportUrl ?? `/register/imports/${job.id}/errors.xlsx`;
  return url.startsWith('/api/') || /^https?:/.test(url) ? url : `/api${url}`;
}

export function startImport(file: File, dryRun: boolean, onlyValid: boolean, onProgress: (p: number) => void) {
  const fd = new FormData();
  fd.append('dryRun', String(dryRun));
  fd.append('onlyValid', String(onlyValid));
  fd.append('file', file, file.name);
  return upload<{ id: number | string; status: ImportStatus }>('/register/imports', fd, onProgress);
}

/** One import, polled while the server is still working on it. */
export function useImportJob(id: number | string | null) {
  return useQuery({
    queryKey: ['register', 'imports', String(id)],
    queryFn: () => api<ImportJob>(`/register/imports/${id}`),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.error ? false : isRunning(q.state.data?.status) || !q.state.data ? 600 : false),
  });
}

export function useImportList(page: number, pageSize: number, refreshWhileRunning: boolean) {
  return useQuery({
    queryKey: ['register', 'imports', 'list', page, pageSize],
    queryFn: () => api<Paged<ImportJob>>(`/register/imports${qs({ page, pageSize })}`),
    placeholderData: keepPreviousData,
    refetchInterval: refreshWhileRunning ? 2000 : false,
  });
}
