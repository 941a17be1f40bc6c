/**
 * Reading spreadsheets for every import: XLSX or CSV, the header row found among the first rows and
 * matched by aliases (Vietnamese or English names, compared loosely), the text encoding detected
 * (see encoding.parse.ts), rows streamed with their row numbers. Uploads held in memory go through
 * openTable; large files on disk stream through openSheetFile.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, parse as parseCsv } from 'csv-parse';
import { AppError } from '../../server/errors.js';
import { searchKey } from '../../shared/text.js';
import { humanBytes, SMALL_SHEET, type SheetLimits } from '../uploads/uploads.limits.js';
import { checkXlsx } from '../uploads/uploads.zip.js';
import { decodeText, legacyError, legacyInPieces } from './encoding.parse.js';

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
  let read = false;
  try {
    for await (const item of readXlsx(data, limits)) {
      read = true;
      yield item;
    }
  } catch (e) {
    if (e instanceof AppError || read) throw e;
    // The streaming zip reader now and then fails on a valid workbook while the machine is busy (see
    // checkXlsxInflated): nothing was read yet, so the same bytes are read once more. A broken file fails again.
    console.warn(`XLSX read failed once (${(e as Error).message}); reading it again`);
    yield* readXlsx(data, limits);
  }
}

async function* readXlsx(data: Buffer, limits: SheetLimits): AsyncGenerator<RawItem> {
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

/** What kind of file an upload is, judged by its bytes first and its name second (a NUL byte among the first `nulScan` marks a binary file). */
export function fileKind(file: UploadedFile, nulScan = 512): 'xlsx' | 'csv' {
  const d = file.data;
  if (d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04) return 'xlsx';
  if (d.length >= 4 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0) throw new AppError(400, 'xls_not_supported');
  if (/\.xlsx$/i.test(file.filename)) throw new AppError(400, 'file_invalid', { reason: 'XLSX' });
  if (!(d[0] === 0xff && d[1] === 0xfe) && d.subarray(0, nulScan).includes(0)) throw new AppError(400, 'file_invalid', { reason: 'CSV/XLSX' });
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
