/**
 * Spreadsheet import machinery shared by every module that takes XLSX/CSV uploads: header
 * mapping by Vietnamese or English names, streaming row reading, legacy Vietnamese encoding
 * detection, row-level errors and the downloadable XLSX error report.
 */
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type ErrorDetail } from '../server/errors.js';
import { translate, type Lang } from '../server/messages.js';
import { searchKey } from './text.js';
import { isoDate } from './paging.js';
import { limitedParts, partBytes } from '../modules/uploads/uploads.read.js';
import { humanBytes, SMALL_SHEET, type SheetLimits } from '../modules/uploads/uploads.limits.js';
import { checkXlsx } from '../modules/uploads/uploads.zip.js';

/** A column an import looks for. The first header is the one templates and reports print. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Header names accepted (Vietnamese first, then English and technical names); compared loosely. */
  headers: readonly string[];
  required?: boolean;
}

/** One data row: its row number in the sheet (the header row counts) and its cells by column key. */
export interface SheetRow<K extends string = string> {
  row: number;
  values: Record<K, string>;
}

/** A problem with one cell: where, what was there, and why (a message code and its parameters). */
export interface RowError {
  row: number;
  /** The header as written in the file. */
  column: string;
  value: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1258' | 'tcvn3' | 'vni';

/** How encodings are named to users. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
};

/** Folds a header for comparison: no diacritics or case, no "(…)" notes, "*" marks or punctuation. */
export function headerKey(header: string): string {
  return searchKey(
    header
      .replace(/\([^)]*\)/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[*_.:\-/\\]+/g, ' '),
  );
}

/** Finds each column in a header row; reports the required ones that are missing. */
export function matchHeaders<K extends string>(headers: readonly string[], columns: readonly ColumnSpec<K>[]) {
  const keys = headers.map(headerKey);
  const index = new Map<K, number>();
  const labels = {} as Record<K, string>;
  for (const c of columns) {
    const wanted = new Set(c.headers.map(headerKey));
    const at = keys.findIndex((k, i) => k !== '' && wanted.has(k) && ![...index.values()].includes(i));
    if (at >= 0) index.set(c.key, at);
    labels[c.key] = at >= 0 ? headers[at].trim() : c.headers[0];
  }
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  return { index, labels, missing };
}

// TCVN3 puts its most frequent letters (à á ả ã ạ ă â ê ô ơ ư đ …) on bytes 0xA1–0xBE, which no
// Vietnamese word contains once read as Unicode or Windows-1258; other letters land on Latin-1
// letters foreign to Vietnamese (ä, ß, ö …), a weaker sign since VNI uses some of them too.
const TCVN3_STRONG = /(?<=[A-Za-z])[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]|[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be](?=[A-Za-z])/g;
const TCVN3_WEAK = /(?<=[A-Za-z])[ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]|[ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ](?=[A-Za-z])/g;
// VNI writes a base vowel followed by a byte carrying the marks ("Vieät", "Baûn"); these pairs never
// occur in Vietnamese written in Unicode or Windows-1258.
const VNI_MARK = /[aeiouyAEIOUYôöÔÖ][ùøûõïåäëüÙØÛÕÏÅÄËÜ]|[aeoAEO][âÂáàåãäÁÀÅÃÄ]|[aA][êÊéèúüëÉÈÚÜË]/g;
// Windows-1258 writes tones as combining marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after the vowel.
const CP1258_MARK = /[aeiouyAEIOUYâêôõýãÂÊÔÕÝÃ][\u00cc\u00ec\u00d2\u00de\u00f2]/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function legacyScores(text: string) {
  const strong = count(text, TCVN3_STRONG);
  const weak = count(text, TCVN3_WEAK);
  return { strong, tcvn: strong + weak, vni: count(text, VNI_MARK) };
}

/** Recognises text typed with a TCVN3 (.Vn…) or VNI font: the font's bytes read as Latin letters. */
export function detectLegacyVietnamese(text: string, minHits = 2): 'tcvn3' | 'vni' | null {
  const s = legacyScores(text);
  // Without a letter from TCVN3's own range, foreign letters alone must clearly outweigh VNI's pairs.
  if (s.tcvn >= minHits && (s.strong > 0 ? s.tcvn > s.vni : s.tcvn > 2 * s.vni + 2)) return 'tcvn3';
  if (s.vni >= minHits) return 'vni';
  return null;
}

/** Guesses the encoding of a text file: Unicode when it decodes as such, else the 8-bit table that fits best. */
export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const latin = bytes.toString('latin1');
    const legacy = detectLegacyVietnamese(latin);
    const s = legacyScores(latin);
    const cp1258 = count(latin, CP1258_MARK);
    if (legacy === 'tcvn3' && s.tcvn > cp1258) return 'tcvn3';
    if (legacy === 'vni' && s.vni > cp1258) return 'vni';
    return 'windows-1258';
  }
  // Unicode that still carries a legacy font's letters (a .Vn… sheet saved as CSV UTF-8).
  return legacyInPieces(text.split(/\r?\n/, 5000)) ?? 'utf-8';
}

/**
 * Whether a legacy font's letters run through pieces of text (cells or lines): a fifth or more of
 * the pieces with accents must carry them, so a stray «quote» in a large Unicode file is no reason.
 */
export function legacyInPieces(pieces: readonly string[]): 'tcvn3' | 'vni' | null {
  const accented = pieces.filter((p) => /[^\x00-\x7f]/.test(p));
  const flagged = accented.filter((p) => detectLegacyVietnamese(p, 1));
  if (!flagged.length || flagged.length * 5 < accented.length || (flagged.length < 2 && flagged.length < accented.length)) return null;
  return detectLegacyVietnamese(flagged.join(' '), 1) ?? 'tcvn3';
}

function legacyError(encoding: TextEncoding): AppError {
  return new AppError(400, 'legacy_encoding', { encoding: ENCODING_NAMES[encoding] });
}

/** Decodes a text upload to NFC Unicode; converts Windows-1258, refuses TCVN3 and VNI by name. */
export function decodeText(bytes: Buffer): string {
  const encoding = detectEncoding(bytes);
  if (encoding === 'tcvn3' || encoding === 'vni') throw legacyError(encoding);
  const text = encoding === 'utf-16le' ? iconv.decode(bytes, 'utf16le') : encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'windows1258');
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/** The delimiter of a CSV header line: comma, semicolon (Excel in Vietnamese locale) or tab. */
export function sniffDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** A cell value as text: rich text joined, formulas by result, dates as YYYY-MM-DD, NFC, trimmed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return cellText(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
    return '';
  }
  return String(value).normalize('NFC').trim();
}

type RawRow = { row: number; cells: string[] };
/** A non-empty row, or null at the end of a sheet. */
type RawItem = RawRow | null;

/** Refuses a row holding a cell longer than the limit (checked as rows are read). */
function checkCells(row: number, cells: readonly string[], limits: SheetLimits) {
  for (const c of cells) if (c && c.length > limits.maxCellChars) throw new AppError(400, 'cell_too_long', { row, max: limits.maxCellChars });
}

async function* xlsxRows(data: Buffer, limits: SheetLimits): AsyncGenerator<RawItem> {
  // Sizes, ratio, cell and row lengths are checked on the zip before exceljs inflates anything.
  await checkXlsx(data, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells = (row.values as unknown[]).slice(1).map(cellText);
      checkCells(row.number, cells, limits);
      if (cells.some((v) => v !== '')) yield { row: row.number, cells };
    }
    yield null;
  }
}

async function* csvRows(data: Buffer, limits: SheetLimits): AsyncGenerator<RawItem> {
  const text = decodeText(data);
  const delimiter = sniffDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const parser = Readable.from([text]).pipe(
    parseCsv({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, trim: true, max_record_size: limits.maxRowBytes }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = rec.record.map((c) => c.normalize('NFC').trim());
      checkCells(rec.info.lines, cells, limits);
      if (cells.some((v) => v !== '')) yield { row: rec.info.lines, cells };
    }
  } catch (e) {
    throw csvLimitError(e, limits);
  }
  yield null;
}

/** csv-parse's record size error as a translated one naming the limit; other errors unchanged. */
export function csvLimitError(e: unknown, limits: SheetLimits): unknown {
  if (!(e instanceof CsvError) || e.code !== 'CSV_MAX_RECORD_SIZE') return e;
  const row = (e as CsvError & { lines?: number }).lines ?? 0;
  return new AppError(400, 'row_too_large', { row, limit: humanBytes(limits.maxRowBytes) });
}

/** What kind of file an upload is, judged by its bytes first and its name second. */
export function fileKind(file: UploadedFile): 'xlsx' | 'csv' {
  const d = file.data;
  if (d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04) return 'xlsx';
  if (d.length >= 4 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0) throw new AppError(400, 'xls_not_supported');
  if (/\.xlsx$/i.test(file.filename)) throw new AppError(400, 'file_invalid', { reason: 'XLSX' });
  if (!(d[0] === 0xff && d[1] === 0xfe) && d.subarray(0, 512).includes(0)) throw new AppError(400, 'file_invalid', { reason: 'CSV/XLSX' });
  return 'csv';
}

export interface Table<K extends string> {
  /** The header of each column as written in the file (the template's for absent columns). */
  labels: Record<K, string>;
  /** Row number of the header row. */
  headerRow: number;
  rows: AsyncIterable<SheetRow<K>>;
}

const HEADER_SCAN = 10;
const LEGACY_SAMPLE = 200;

/**
 * Opens an XLSX or CSV upload and finds the header row among the first rows of the first sheet
 * that has one (a title line above it is fine). Throws a translated error for an empty file,
 * missing columns, a legacy font encoding, an unreadable file or one past the limits (zip sizes,
 * cell and row lengths, see uploads.limits.ts); rows then stream.
 */
export async function openTable<K extends string>(
  file: UploadedFile,
  columns: readonly ColumnSpec<K>[],
  opts: { maxRows?: number; limits?: SheetLimits } = {},
): Promise<Table<K>> {
  if (file.data.length === 0) throw new AppError(400, 'file_empty');
  const kind = fileKind(file);
  const limits = opts.limits ?? SMALL_SHEET;
  const source = kind === 'xlsx' ? xlsxRows(file.data, limits) : csvRows(file.data, limits);
  const next = async (): Promise<RawItem | undefined> => {
    try {
      const r = await source.next();
      return r.done ? undefined : r.value;
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(400, 'file_invalid', { reason: kind.toUpperCase() });
    }
  };

  let best: { missing: ColumnSpec<K>[]; cells: string[] } | null = null;
  for (let finished = false; !finished; ) {
    const head: RawRow[] = [];
    let sheetOver = false;
    while (head.length < HEADER_SCAN) {
      const item = await next();
      if (item === undefined) finished = true;
      if (!item) {
        sheetOver = true;
        break;
      }
      head.push(item);
    }
    for (const [i, raw] of head.entries()) {
      const m = matchHeaders(raw.cells, columns);
      if (m.missing.length === 0) return table(raw, m, head.slice(i + 1), sheetOver ? async () => null : next, opts.maxRows ?? 100_000);
      if (!best || m.missing.length < best.missing.length) best = { missing: m.missing, cells: raw.cells };
    }
    // No header in this sheet: skip the rest of it.
    while (!sheetOver) {
      const item = await next();
      if (item === undefined) finished = true;
      if (!item) sheetOver = true;
    }
  }
  if (!best) throw new AppError(400, 'file_empty');
  const legacy = legacyInPieces(best.cells);
  if (legacy) throw legacyError(legacy);
  const names = best.missing.map((c) => c.headers[0]);
  throw new AppError(
    400,
    'missing_columns',
    { columns: names.join(', ') },
    names.map((column) => ({ field: column, code: 'missing_column', params: { column } })),
  );
}

function table<K extends string>(
  header: RawRow,
  m: ReturnType<typeof matchHeaders<K>>,
  first: RawRow[],
  next: () => Promise<RawItem | undefined>,
  maxRows: number,
): Table<K> {
  const legacyHeader = legacyInPieces(header.cells);
  if (legacyHeader) throw legacyError(legacyHeader);
  const toRow = (raw: RawRow): SheetRow<K> | null => {
    const values = {} as Record<K, string>;
    for (const [key, at] of m.index) values[key] = raw.cells[at] ?? '';
    return Object.values<string>(values).some((v) => v !== '') ? { row: raw.row, values } : null;
  };
  async function* pull(): AsyncGenerator<SheetRow<K>> {
    for (const raw of first) {
      const r = toRow(raw);
      if (r) yield r;
    }
    for (let raw = await next(); raw; raw = await next()) {
      const r = toRow(raw);
      if (r) yield r;
    }
  }
  async function* rows(): AsyncGenerator<SheetRow<K>> {
    const it = pull();
    // Look at the first rows before handing any out: a sheet typed with a .Vn… or VNI font
    // reads as Unicode gibberish and is refused as a whole.
    const sample: SheetRow<K>[] = [];
    while (sample.length < LEGACY_SAMPLE) {
      const r = await it.next();
      if (r.done) break;
      sample.push(r.value);
    }
    checkLegacy(sample.flatMap((r) => Object.values<string>(r.values)));
    if (sample.length === 0) throw new AppError(400, 'sheet_no_rows');
    let seen = 0;
    for (const r of sample) {
      if (++seen > maxRows) throw new AppError(400, 'too_many_rows', { max: maxRows });
      yield r;
    }
    for await (const r of it) {
      if (++seen > maxRows) throw new AppError(400, 'too_many_rows', { max: maxRows });
      yield r;
    }
  }
  return { labels: m.labels, headerRow: header.row, rows: rows() };
}

/** Refuses a sample of cells typed with a legacy font. */
function checkLegacy(cells: string[]) {
  const legacy = legacyInPieces(cells);
  if (legacy) throw legacyError(legacy);
}

/** Reads every row of a table into memory (for imports small enough to check as a whole). */
export async function readAll<K extends string>(t: Table<K>): Promise<SheetRow<K>[]> {
  const out: SheetRow<K>[] = [];
  for await (const r of t.rows) out.push(r);
  return out;
}

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

const REPORT_TEXT = {
  vi: { data: 'Dữ liệu lỗi', list: 'Danh sách lỗi', row: 'Dòng', column: 'Cột', value: 'Giá trị', reason: 'Lý do', errors: 'Lỗi' },
  en: { data: 'Rows with errors', list: 'Errors', row: 'Row', column: 'Column', value: 'Value', reason: 'Reason', errors: 'Errors' },
};

/**
 * The error report: the rows with errors as uploaded plus an "errors" column, bad cells in red
 * (fix them and upload this sheet again), then one line per error.
 */
export async function writeErrorReport<K extends string>(opts: {
  columns: readonly ColumnSpec<K>[];
  labels: Record<K, string>;
  rows: readonly SheetRow<K>[];
  errors: readonly RowError[];
  lang: Lang;
}): Promise<Buffer> {
  const t = REPORT_TEXT[opts.lang];
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(t.data);
  const headers = opts.columns.map((c) => opts.labels[c.key] ?? c.headers[0]);
  data.addRow([t.row, ...headers, t.errors]).font = { bold: true };
  const byRow = new Map<number, RowError[]>();
  for (const e of opts.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const reason = (e: RowError) => translate(e.code, opts.lang, { ...e.params, value: e.value, column: e.column });
  for (const r of opts.rows) {
    const errs = byRow.get(r.row);
    if (!errs) continue;
    const line = data.addRow([r.row, ...opts.columns.map((c) => r.values[c.key] ?? ''), errs.map((e) => `${e.column}: ${reason(e)}`).join('; ')]);
    opts.columns.forEach((c, i) => {
      if (errs.some((e) => e.column === opts.labels[c.key])) {
        line.getCell(i + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
      }
    });
  }
  data.columns.forEach((col, i) => (col.width = i === 0 ? 8 : i === headers.length + 1 ? 60 : 22));
  const list = wb.addWorksheet(t.list);
  list.addRow([t.row, t.column, t.value, t.reason]).font = { bold: true };
  for (const e of opts.errors) list.addRow([e.row, e.column, e.value, reason(e)]);
  list.columns.forEach((col, i) => (col.width = [8, 22, 30, 70][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const REPORT_TTL_MS = 60 * 60 * 1000;
const REPORT_MAX = 200;
const reports = new Map<string, { userId: number; data: Buffer; filename: string; at: number }>();

/** Keeps an error report for its uploader for an hour; returns the token that fetches it. */
export function storeReport(userId: number, data: Buffer, filename: string): string {
  const now = Date.now();
  for (const [k, v] of reports) if (now - v.at > REPORT_TTL_MS || reports.size >= REPORT_MAX) reports.delete(k);
  const token = crypto.randomBytes(18).toString('base64url');
  reports.set(token, { userId, data, filename, at: now });
  return token;
}

/** A stored report, only for the user who made it. */
export function fetchReport(userId: number, token: string): { data: Buffer; filename: string } | null {
  const r = reports.get(token);
  if (!r || r.userId !== userId || Date.now() - r.at > REPORT_TTL_MS) return null;
  return { data: r.data, filename: r.filename };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** The answer of every import endpoint (dry run or real). */
export const importReport = z.object({
  dryRun: z.boolean(),
  /** Whether anything was written (false for a dry run or a file with nothing to change). */
  applied: z.boolean(),
  /** Data rows read. */
  total: z.number(),
  valid: z.number(),
  invalid: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Bad rows left out (with skipInvalid). */
  skipped: z.number(),
  /** Row errors in the error-detail shape (first 1,000). */
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string(), row: z.number().optional(), value: z.unknown().optional() })),
  /** Where to download the XLSX error report (for an hour, by the same user); null without errors. */
  errorReportUrl: z.string().nullable(),
  /** Each row and what happens to it (first 1,000 rows). */
  preview: z.array(z.object({ row: z.number(), action: z.enum(['create', 'update', 'unchanged', 'error']), values: z.record(z.string(), z.string()) })),
});
export type ImportReport = z.infer<typeof importReport>;

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

/** The form fields every import takes beside the file. */
export const importFormFields = z.strictObject({
  /** true: check only and report what would happen. */
  dryRun: z.string().max(10).optional(),
  /** true: write the good rows and leave out the bad ones (all-or-nothing otherwise). */
  skipInvalid: z.string().max(10).optional(),
  /** Day on which unit codes and names are looked up (default today). */
  date: isoDate.optional(),
});

/** Path parameter of an error report download. */
export const reportTokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });
