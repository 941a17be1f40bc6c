/**
 * Streams the rows of an uploaded file from disk (CSV or XLSX) without holding it whole (the
 * register import's files run to hundreds of megabytes):
 * finds the header among the first rows, detects the text encoding from the first bytes (Unicode,
 * Windows-1258 and TCVN3 are converted; VNI is refused by name) and counts the bytes read for
 * the progress bar.
 */
import fs from 'node:fs';
import type { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../server/errors.js';
import { tcvn3ToUnicode } from '../../shared/legacy-encodings.js';
import { cellText, type ColumnSpec, csvLimitError, fileKind, matchHeaders, type SheetRow, sniffDelimiter } from './sheet.parse.js';
import { detectEncoding, ENCODING_NAMES, legacyError, legacyInPieces, type TextEncoding } from './encoding.parse.js';
import type { SheetLimits } from '../uploads/uploads.limits.js';
import { checkXlsxInflated } from '../uploads/uploads.zip.js';

/** A file opened for streaming: its kind, encoding, header labels and rows. */
export interface OpenedFile<K extends string> {
  kind: 'xlsx' | 'csv';
  encoding: { detected: string; converted: boolean };
  labels: Record<K, string>;
  rows: AsyncGenerator<SheetRow<K>>;
  bytesRead(): number;
}

type Raw = { row: number; cells: string[] };
const SAMPLE = 64 * 1024;
const HEADER_SCAN = 10;

function head(path: string, n: number): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function counted(path: string, counter: { bytes: number }) {
  const stream = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  stream.on('data', (d) => (counter.bytes += (d as Buffer).length));
  return stream;
}

/** Refuses a row holding a cell longer than the limit. */
function checkCells(row: number, cells: readonly string[], limits: SheetLimits) {
  for (const c of cells) if (c && c.length > limits.maxCellChars) throw new AppError(400, 'cell_too_long', { row, max: limits.maxCellChars });
}

async function* xlsxRows(path: string, counter: { bytes: number }, limits: SheetLimits): AsyncGenerator<Raw> {
  // Real unpacked sizes, cell and row lengths, before exceljs inflates anything.
  await checkXlsxInflated(path, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted(path, counter), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  let first = true;
  for await (const sheet of reader) {
    // Only the first sheet holds data; the template's other sheets are codes and help.
    if (!first) continue;
    first = false;
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      checkCells(row.number, cells, limits);
      if (cells.some((v) => v !== '')) yield { row: row.number, cells };
    }
  }
}

async function* csvRows(path: string, encoding: TextEncoding, counter: { bytes: number }, limits: SheetLimits): AsyncGenerator<Raw> {
  const sample = head(path, 8192);
  const decode = (b: Buffer) =>
    encoding === 'utf-8' ? b.toString('utf8') : iconv.decode(b, encoding === 'utf-16le' ? 'utf16le' : encoding === 'windows-1258' ? 'windows1258' : 'latin1');
  const firstLine = decode(sample)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
  const source = counted(path, counter);
  const text: NodeJS.ReadableStream =
    encoding === 'utf-8'
      ? source
      : source.pipe(iconv.decodeStream(encoding === 'utf-16le' ? 'utf16le' : encoding === 'windows-1258' ? 'windows1258' : 'latin1') as unknown as Transform);
  const parser = text.pipe(
    parseCsv({
      delimiter: sniffDelimiter(firstLine),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: limits.maxRowBytes,
    }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = rec.record.map((c) => c.trim());
      checkCells(rec.info.lines, cells, limits);
      if (cells.some((v) => v !== '')) yield { row: rec.info.lines, cells };
    }
  } catch (e) {
    throw csvLimitError(e, limits);
  } finally {
    source.destroy();
  }
}

/** The encoding of a CSV from its first bytes (cut at a line end so no character is split). */
function csvEncoding(path: string): TextEncoding {
  let sample = head(path, SAMPLE);
  const cut = sample.lastIndexOf(10);
  if (cut > 0 && sample.length === SAMPLE) sample = sample.subarray(0, cut);
  return detectEncoding(sample);
}

/**
 * Opens an uploaded file named `name` at `path` for `columns`, within `limits`; throws a translated
 * error for an empty, unreadable or headerless file. Only the first sheet of a workbook is read.
 */
export async function openSheetFile<K extends string>(
  path: string,
  name: string,
  columns: readonly ColumnSpec<K>[],
  limits: SheetLimits,
): Promise<OpenedFile<K>> {
  const size = fs.statSync(path).size;
  if (size === 0) throw new AppError(400, 'file_empty');
  const kind = fileKind({ filename: name, data: head(path, 4096) }, 4096);
  const counter = { bytes: 0 };
  let encoding: TextEncoding = 'utf-8';
  if (kind === 'csv') {
    encoding = csvEncoding(path);
    if (encoding === 'vni') throw legacyError('vni');
  }
  // TCVN3: bytes of the .Vn… fonts, in an 8-bit file or already carried into a Unicode one.
  let tcvn3 = encoding === 'tcvn3';
  const source = kind === 'xlsx' ? xlsxRows(path, counter, limits) : csvRows(path, encoding, counter, limits);
  const fix = (cells: string[]) => cells.map((c) => (tcvn3 ? tcvn3ToUnicode(c) : c.normalize('NFC')));
  const next = async (): Promise<Raw | undefined> => {
    try {
      const r = await source.next();
      return r.done ? undefined : r.value;
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(400, 'file_invalid', { reason: kind.toUpperCase() });
    }
  };

  const scanned: Raw[] = [];
  let header: { raw: Raw; m: ReturnType<typeof matchHeaders<K>> } | null = null;
  let fewest: ReturnType<typeof matchHeaders<K>> | null = null;
  while (scanned.length < HEADER_SCAN) {
    const raw = await next();
    if (!raw) break;
    scanned.push(raw);
    if (!tcvn3) {
      const legacy = legacyInPieces(raw.cells);
      if (legacy === 'vni') throw legacyError('vni');
      if (legacy === 'tcvn3') tcvn3 = true;
    }
    const m = matchHeaders(fix(raw.cells), columns);
    if (m.missing.length === 0) {
      header = { raw, m };
      break;
    }
    if (!fewest || m.missing.length < fewest.missing.length) fewest = m;
  }
  if (!scanned.length) throw new AppError(400, 'file_empty');
  if (!header) {
    const names = fewest!.missing.map((c) => c.headers[0]);
    throw new AppError(
      400,
      'missing_columns',
      { columns: names.join(', ') },
      names.map((column) => ({ field: column, code: 'missing_column', params: { column } })),
    );
  }
  const { index, labels } = header.m;
  const converted = tcvn3 || encoding === 'windows-1258' || encoding === 'utf-16le';
  const detected = ENCODING_NAMES[tcvn3 ? 'tcvn3' : encoding];

  async function* rows(): AsyncGenerator<SheetRow<K>> {
    for (let raw = await next(); raw; raw = await next()) {
      const cells = fix(raw.cells);
      const values = {} as Record<K, string>;
      for (const c of columns) {
        const at = index.get(c.key);
        values[c.key] = at === undefined ? '' : (cells[at] ?? '');
      }
      yield { row: raw.row, values };
    }
  }
  return { kind, encoding: { detected, converted }, labels, rows: rows(), bytesRead: () => Math.min(counter.bytes, size) };
}
