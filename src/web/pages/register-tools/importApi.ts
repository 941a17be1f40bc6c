import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, http, qs, upload } from '../../api/client.js';
import type { Res } from '../../api/types.js';

/** GET /api/register/imports/{id}: one register import (dry run or real), processed in the background. */
export type ImportJob = Res<'/api/register/imports/{id}', 'get'>;
export type ImportStatus = ImportJob['status'];
export type EntityCounts = ImportJob['counts']['households'];
export type ImportError = ImportJob['errors'][number];

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
  return upload('/api/register/imports', '/api/register/imports', fd, onProgress);
}

/** One import, polled while the server is still working on it. */
export function useImportJob(id: number | string | null) {
  return useQuery({
    queryKey: ['register', 'imports', String(id)],
    queryFn: () => call(http.GET('/api/register/imports/{id}', { params: { path: { id: Number(id) } } })),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.error ? false : isRunning(q.state.data?.status) || !q.state.data ? 600 : false),
  });
}

export function useImportList(page: number, pageSize: number, refreshWhileRunning: boolean) {
  return useQuery({
    queryKey: ['register', 'imports', 'list', page, pageSize],
    queryFn: () => call(http.GET('/api/register/imports', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    refetchInterval: refreshWhileRunning ? 2000 : false,
  });
}
