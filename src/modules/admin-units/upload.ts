import type { FastifyRequest } from 'fastify';
import { parse, CsvError } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { limitedParts, partBytes } from '../uploads/uploads.read.js';
import { humanBytes, SMALL_SHEET } from '../uploads/uploads.limits.js';

/** An uploaded file held in memory (capped by its route's file size limit, see uploads.limits.ts). */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/**
 * Reads a multipart form: the named file parts and the text fields, which `fields` checks
 * (a strict zod object, so unknown fields are refused). Missing or unexpected files are 400s.
 */
export async function readUpload<T extends z.ZodType>(
  request: FastifyRequest,
  fileNames: readonly string[],
  fields: T,
): Promise<{ fields: z.output<T>; files: Record<string, UploadedFile> }> {
  if (!request.isMultipart()) throw new AppError(415, 'unsupported_media_type');
  const files: Record<string, UploadedFile> = {};
  const values: Record<string, string> = {};
  const problems: AppError['details'] = [];
  for await (const part of limitedParts(request)) {
    if (part.type === 'file') {
      // Read every part to the end, even unwanted ones, or the request would stall.
      const data = await partBytes(request, part);
      if (!fileNames.includes(part.fieldname)) problems.push({ field: part.fieldname, code: 'upload_unknown_field' });
      else if (files[part.fieldname]) problems.push({ field: part.fieldname, code: 'upload_duplicate_field' });
      else files[part.fieldname] = { filename: part.filename, data };
    } else if (part.fieldname in values) {
      problems.push({ field: part.fieldname, code: 'upload_duplicate_field' });
    } else {
      values[part.fieldname] = String(part.value);
    }
  }
  if (problems.length) throw new AppError(400, 'validation_failed', {}, problems);
  const parsed = fields.parse(values);
  const missing = fileNames.filter((name) => !files[name]);
  if (missing.length)
    throw new AppError(
      400,
      'file_required',
      {},
      missing.map((field) => ({ field, code: 'file_required' })),
    );
  return { fields: parsed, files };
}

/** 'true'/'false' form fields (multipart has no booleans). */
export const formBoolean = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/**
 * Decodes an uploaded text file as UTF-8 and refuses anything else, naming the first bad line:
 * files saved from Excel in a legacy code page would otherwise load with garbled Vietnamese names.
 */
export function decodeUtf8(file: string, data: Buffer): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  // A newline byte never occurs inside a UTF-8 multi-byte sequence, so lines can be checked one by one.
  while (start <= data.length) {
    let end = data.indexOf(0x0a, start);
    if (end < 0) end = data.length;
    try {
      decoder.decode(data.subarray(start, end));
    } catch {
      throw new AppError(400, 'file_not_utf8', { file, row: line }, [{ field: file, row: line, code: 'file_not_utf8', params: { file, row: line } }]);
    }
    start = end + 1;
    line++;
  }
  return data.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Reads an uploaded CSV with a header row into records keyed by lower-case column names.
 * Comma, semicolon or tab separated (whichever the header uses). Row numbers in errors count the header as 1.
 */
export function readCsvUpload(file: string, data: Buffer, required: readonly string[]): Record<string, string>[] {
  const text = decodeUtf8(file, data);
  if (!text.trim()) throw new AppError(400, 'file_empty', { file }, [{ field: file, code: 'file_empty', params: { file } }]);
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
  let columns: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      delimiter,
      columns: (h: string[]) => (columns = h.map((c) => c.trim().toLowerCase())),
      skip_empty_lines: true,
      trim: true,
      max_record_size: SMALL_SHEET.maxRowBytes,
    }) as Record<string, string>[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      const params = { row: (e as CsvError & { lines?: number }).lines ?? 0, limit: humanBytes(SMALL_SHEET.maxRowBytes) };
      throw new AppError(400, 'row_too_large', params, [{ field: file, row: params.row, code: 'row_too_large', params }]);
    }
    const row = (e as CsvError & { lines?: number }).lines ?? 0;
    throw new AppError(400, 'csv_malformed', { file, row }, [{ field: file, row, code: 'csv_malformed', params: { file, row } }]);
  }
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    const params = { columns: missing.join(', ') };
    throw new AppError(400, 'missing_columns', params, [{ field: file, code: 'missing_columns', params }]);
  }
  if (!rows.length) throw new AppError(400, 'file_no_rows', { file }, [{ field: file, code: 'file_no_rows', params: { file } }]);
  rows.forEach((r, i) => {
    const max = SMALL_SHEET.maxCellChars;
    if (Object.values(r).some((v) => v.length > max))
      throw new AppError(400, 'cell_too_long', { row: i + 2, max }, [{ field: file, row: i + 2, code: 'cell_too_long', params: { row: i + 2, max } }]);
  });
  return rows;
}
