/** An import row (with its live progress while it runs, and its first errors) as the API shows it. */
import type { RegisterImport, RegisterImportErrorTable } from '../../db/schema.import.js';
import type { Selectable } from 'kysely';
import { translate } from '../../server/messages.js';
import type { ImportProgress } from './register-import.run.js';
import type { ImportView } from './register-import.schema.js';

const zero = { rows: 0, valid: 0, invalid: 0, households: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 0, unchanged: 0 } };
/** A JSON column as read (text on one engine, parsed on the other). */
export const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** A failure as the API shows it, in the caller's language. */
export function presentFailure(f: unknown, lang: 'vi' | 'en'): { code: string; message: string } | null {
  if (!f) return null;
  const x = (typeof f === 'string' ? JSON.parse(f) : f) as { code: string; params?: Record<string, unknown> };
  return { code: x.code, message: translate(x.code, lang, x.params ?? {}) };
}

export function presentImport(
  r: RegisterImport,
  live: (ImportProgress & { status: 'queued' | 'running' }) | undefined,
  errors: Selectable<RegisterImportErrorTable>[],
  lang: 'vi' | 'en',
): ImportView {
  const bytesTotal = Number(r.bytes_total);
  const bytesRead = live ? live.bytesRead : Number(r.bytes_read);
  const status = live?.status ?? r.status;
  const counts = live?.counts ?? { ...zero, ...(json(r.counts) as object) };
  return {
    id: r.id,
    fileName: r.file_name,
    status,
    dryRun: r.dry_run,
    onlyValid: r.only_valid,
    applied: r.applied,
    progress: {
      bytesRead,
      bytesTotal,
      rowsRead: live?.rowsRead ?? r.rows_read,
      percent: status === 'done' ? 100 : bytesTotal ? Math.min(99, Math.floor((bytesRead / bytesTotal) * 100)) : 0,
    },
    encoding: { detected: r.encoding ?? '', converted: r.converted },
    counts,
    errorCount: live?.errorCount ?? r.error_count,
    errors: errors.map((e) => {
      const params = json(e.params) as Record<string, unknown>;
      return {
        row: e.row_number,
        column: e.column_name,
        value: e.value,
        code: e.code,
        message: translate(e.code, lang, { ...params, value: e.value, column: e.column_name }),
      };
    }),
    errorReportUrl: status === 'done' && r.error_count > 0 ? `/api/register/imports/${r.id}/errors.xlsx` : null,
    failure: presentFailure(r.failure, lang),
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    userId: r.user_id,
  };
}
