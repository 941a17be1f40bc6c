/** Imports as the API shows them: progress, counts, the first errors translated, the XLSX report. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { RegisterImport } from '../../db/schema.import.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { translate } from '../../server/messages.js';
import { writeErrorReport, type RowError } from '../../shared/xlsx-import.js';
import { IMPORT_COLUMNS, type ImportColumn } from './register-import.columns.js';
import { liveProgress, presentFailure } from './register-import.jobs.js';

const tally = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const importView = z.object({
  id: z.number(),
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  dryRun: z.boolean(),
  onlyValid: z.boolean(),
  applied: z.boolean(),
  progress: z.object({ bytesRead: z.number(), bytesTotal: z.number(), rowsRead: z.number(), percent: z.number() }),
  encoding: z.object({ detected: z.string(), converted: z.boolean() }),
  counts: z.object({ rows: z.number(), valid: z.number(), invalid: z.number(), households: tally, persons: tally }),
  errorCount: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), value: z.string(), code: z.string(), message: z.string() })),
  errorReportUrl: z.string().nullable(),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  userId: z.number().nullable(),
});
type View = z.infer<typeof importView>;

const FIRST_ERRORS = 200;
const zero = { rows: 0, valid: 0, invalid: 0, households: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 0, unchanged: 0 } };
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

async function present(db: Kysely<DB>, r: RegisterImport, lang: 'vi' | 'en', withErrors: boolean): Promise<View> {
  const live = liveProgress(r.id);
  const bytesTotal = Number(r.bytes_total);
  const bytesRead = live ? live.bytesRead : Number(r.bytes_read);
  const status = live?.status ?? r.status;
  const errors = withErrors
    ? await db.selectFrom('register_import_error').selectAll().where('import_id', '=', r.id).orderBy('seq').limit(FIRST_ERRORS).execute()
    : [];
  const counts = live?.counts ?? { ...zero, ...(json(r.counts) as object) };
  const errorCount = live?.errorCount ?? r.error_count;
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
    errorCount,
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

/** An import the user may see: their own, or any for an administrator. */
async function visible(db: Kysely<DB>, user: SessionUser, id: number): Promise<RegisterImport> {
  const r = await db.selectFrom('register_import').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r || (user.role !== 'admin' && r.user_id !== user.id)) throw new AppError(404, 'import_not_found');
  return r;
}

export async function importDetail(db: Kysely<DB>, user: SessionUser, id: number): Promise<View> {
  return present(db, await visible(db, user, id), user.language, true);
}

export async function listImports(db: Kysely<DB>, user: SessionUser, page: number, pageSize: number) {
  let q = db.selectFrom('register_import');
  if (user.role !== 'admin') q = q.where('user_id', '=', user.id);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .selectAll()
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: await Promise.all(rows.map((r) => present(db, r, user.language, false))), total: Number(n) };
}

/** The XLSX error report: the rows with errors as uploaded (bad cells in red), then one line per error. */
export async function errorReport(db: Kysely<DB>, user: SessionUser, id: number): Promise<Buffer> {
  const r = await visible(db, user, id);
  const list = await db.selectFrom('register_import_error').selectAll().where('import_id', '=', id).orderBy('seq').execute();
  const stored = json(r.labels) as Partial<Record<ImportColumn, string>>;
  const labels = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, stored[c.key] ?? c.headers[0]])) as Record<ImportColumn, string>;
  const errors: RowError[] = list.map((e) => ({
    row: e.row_number,
    column: e.column_name,
    value: e.value,
    code: e.code,
    params: json(e.params) as Record<string, unknown>,
  }));
  const rows = list.filter((e) => e.row_values).map((e) => ({ row: e.row_number, values: json(e.row_values) as Record<ImportColumn, string> }));
  return writeErrorReport({ columns: IMPORT_COLUMNS, labels, rows, errors, lang: user.language });
}
