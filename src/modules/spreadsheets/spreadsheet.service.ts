/** Upload reading and the answer of the imports that check a file in one request (villages, classifications…). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorDetail } from '../../server/errors.js';
import { translate, type Lang } from '../../server/messages.js';
import { requireUser } from '../../server/scope.js';
import { limitedParts, partBytes } from '../uploads/uploads.read.js';
import { fetchReport, storeReport, writeErrorReport } from './report.writer.js';
import type { ColumnSpec, RowError, SheetRow, UploadedFile } from './sheet.parse.js';
import { type ImportReport, XLSX_TYPE } from './spreadsheet.schema.js';

/** Row errors as details of an AppError; the handler fills each message in the user's language. */
export function rowErrorDetails(errors: readonly RowError[], limit = 1000): AppError['details'] {
  return errors.slice(0, limit).map((e) => ({
    row: e.row,
    field: e.column,
    code: e.code,
    value: e.value,
    params: { ...e.params, value: e.value, column: e.column },
  }));
}

/** Row errors in the error-detail shape with messages already translated (for reports sent with 200). */
export function translatedRowErrors(errors: readonly RowError[], lang: Lang, limit = 1000): ErrorDetail[] {
  return errors.slice(0, limit).map((e) => ({
    row: e.row,
    field: e.column,
    code: e.code,
    value: e.value,
    message: translate(e.code, lang, { ...e.params, value: e.value, column: e.column }),
  }));
}

/** Number of distinct rows with at least one error. */
export const badRowCount = (errors: readonly RowError[]) => new Set(errors.map((e) => e.row)).size;

/** Reads a multipart upload: the one file part (`file` unless named otherwise) and the text fields. */
export async function readUpload(request: FastifyRequest, fileField = 'file'): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  let file: UploadedFile | null = null;
  const fields: Record<string, string> = {};
  for await (const part of limitedParts(request)) {
    if (part.type === 'file') {
      const data = await partBytes(request, part);
      if (part.fieldname === fileField) file = { filename: part.filename ?? '', data };
      else fields[part.fieldname] = '(file)';
    } else {
      fields[part.fieldname] = String(part.value ?? '');
    }
  }
  if (!file) throw new AppError(400, 'file_required');
  return { file, fields };
}

/** A boolean form field: true, 1, yes, on (any case); absent is false. */
export function formFlag(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|yes|on|có|co)$/i.test(value.trim());
}

/** What an import did or would do to each row. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

/** Whether a checked import writes: never on a dry run, and not with bad rows unless they are skipped. */
export function shouldApply(errors: readonly RowError[], opts: { dryRun: boolean; skipInvalid: boolean }): boolean {
  return !opts.dryRun && (errors.length === 0 || opts.skipInvalid);
}

/**
 * Turns a checked (and maybe applied) import into the report. With bad rows it stores the XLSX
 * error report; a real run that refused the file answers 400 `import_failed` with the row details
 * and the report's address in the `X-Error-Report` header.
 */
export async function importResult<K extends string>(
  request: FastifyRequest,
  reply: { header(name: string, value: string): unknown },
  opts: {
    columns: readonly ColumnSpec<K>[];
    labels: Record<K, string>;
    rows: readonly SheetRow<K>[];
    errors: readonly RowError[];
    actions: ReadonlyMap<number, RowAction>;
    dryRun: boolean;
    skipInvalid: boolean;
    applied: boolean;
    /** Address prefix of the module's report download route; the token is appended. */
    reportPath: string;
    filename: string;
  },
): Promise<ImportReport> {
  const lang = request.user?.language ?? 'vi';
  const errors = [...opts.errors].sort((a, b) => a.row - b.row);
  let errorReportUrl: string | null = null;
  if (errors.length && request.user) {
    const data = await writeErrorReport({ columns: opts.columns, labels: opts.labels, rows: opts.rows, errors, lang });
    errorReportUrl = `${opts.reportPath}${storeReport(request.user.id, data, opts.filename)}`;
  }
  const invalid = badRowCount(errors);
  if (!opts.dryRun && errors.length && !opts.skipInvalid) {
    if (errorReportUrl) reply.header('x-error-report', errorReportUrl);
    throw new AppError(400, 'import_failed', { count: invalid }, rowErrorDetails(errors));
  }
  const tally = (a: RowAction) => [...opts.actions.values()].filter((x) => x === a).length;
  return {
    dryRun: opts.dryRun,
    applied: opts.applied && (tally('create') > 0 || tally('update') > 0),
    total: opts.rows.length,
    valid: opts.rows.length - invalid,
    invalid,
    created: tally('create'),
    updated: tally('update'),
    unchanged: tally('unchanged'),
    skipped: opts.applied ? invalid : 0,
    errors: translatedRowErrors(errors, lang),
    errorReportUrl,
    preview: opts.rows.slice(0, 1000).map((r) => ({
      row: r.row,
      action: errors.some((e) => e.row === r.row) ? 'error' : (opts.actions.get(r.row) ?? 'unchanged'),
      values: r.values as Record<string, string>,
    })),
  };
}

/** Sends the caller's error report `token` as an XLSX file; 404 when it is unknown, expired or another user's. */
export function sendErrorReport(request: FastifyRequest, reply: FastifyReply, token: string): FastifyReply {
  const report = fetchReport(requireUser(request).id, token);
  if (!report) throw new AppError(404, 'not_found');
  reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="${report.filename}"`);
  // Bytes go out as they are (no serializer runs on a Buffer); the schema documents them as binary.
  return reply.send(report.data as unknown as string);
}
