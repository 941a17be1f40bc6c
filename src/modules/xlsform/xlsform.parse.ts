/**
 * Reading an XLSForm workbook: `.xlsx` through exceljs or the XLSForm `.csv` layout (a row whose first
 * cell names a sheet, then that sheet's header and rows with the first cell empty). Sheet names are
 * matched in any letter case; headers are split into column, language and pass-through prefix.
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { AppError } from '../../server/errors.js';
import { translate } from '../../server/messages.js';
import { decodeText } from '../spreadsheets/encoding.parse.js';
import { cellText, sniffDelimiter } from '../spreadsheets/sheet.parse.js';
import { SMALL_SHEET } from '../uploads/uploads.limits.js';
import { checkXlsx } from '../uploads/uploads.zip.js';

/** The sheets an XLSForm may hold; any other sheet is ignored. */
export const XLSFORM_SHEETS = ['survey', 'choices', 'settings', 'external_choices', 'entities'] as const;
export type XlsFormSheetName = (typeof XLSFORM_SHEETS)[number];

/** One column of a sheet: where it is, how it was written and what it means. */
export interface SheetColumn {
  index: number;
  /** The header as written (whitespace and line breaks collapsed). */
  header: string;
  /** The column's meaning in lower case (`label`, `type`, `media::image`…), or the attribute of a pass-through column. */
  key: string;
  /** The language of a translated column (`Tiếng Việt (vi)`), null for an untranslated one. */
  lang: string | null;
  /** `bind`, `body` or `instance` for the pass-through columns. */
  passThrough: 'bind' | 'body' | 'instance' | null;
}

export interface SheetRowData {
  /** The row number Excel shows (the header row counts; for CSV, counted within the sheet). */
  row: number;
  cells: string[];
}

export interface RawSheet {
  /** The sheet's name as written in the file. */
  name: string;
  columns: SheetColumn[];
  rows: SheetRowData[];
}

export type ReadProblem = { code: string; params?: Record<string, unknown>; message?: { vi: string; en: string } };

/** Columns that may carry a language after `::` (or the legacy single `:`). */
const TRANSLATABLE = new Set([
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'constraint message',
  'required_message',
  'required message',
  'noapperrorstring',
  'no_app_error_string',
  'image',
  'big-image',
  'audio',
  'video',
  'caption',
  'jr:constraintmsg',
  'jr:requiredmsg',
  'media::image',
  'media::big-image',
  'media::audio',
  'media::video',
]);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Splits a header into its meaning, language and pass-through prefix. */
export function parseHeader(raw: string, index: number): SheetColumn {
  const header = collapse(raw);
  const pass = /^(bind|body|instance|control)\s*::?\s*(.+)$/i.exec(header);
  if (pass) {
    const kind = pass[1].toLowerCase();
    return { index, header, key: pass[2].trim(), lang: null, passThrough: kind === 'control' ? 'body' : (kind as 'bind' | 'body' | 'instance') };
  }
  let lower = header.toLowerCase();
  // pyxform's compact_tag (SMS compact submissions) is the instance attribute odk:tag.
  if (lower === 'compact_tag') return { index, header, key: 'odk:tag', lang: null, passThrough: 'instance' };
  let prefix = '';
  if (lower.startsWith('media::') || lower.startsWith('media:')) {
    prefix = 'media::';
    lower = lower.replace(/^media::?/, '');
  }
  for (const sep of ['::', ':']) {
    const at = lower.indexOf(sep);
    if (at <= 0) continue;
    const base = lower.slice(0, at).trim();
    if (TRANSLATABLE.has(prefix + base) || TRANSLATABLE.has(base)) {
      const rawLang = header.slice(header.length - (lower.length - at - sep.length)).trim();
      return { index, header, key: base, lang: rawLang || null, passThrough: null };
    }
  }
  return { index, header, key: lower.trim(), lang: null, passThrough: null };
}

function sheetFromRows(name: string, rows: SheetRowData[]): RawSheet {
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c !== ''));
  if (headerAt < 0) return { name, columns: [], rows: [] };
  const columns = rows[headerAt].cells.map((h, i) => parseHeader(h, i)).filter((c) => c.header !== '');
  const body = rows.slice(headerAt + 1).filter((r) => r.cells.some((c) => c !== ''));
  // Typographic quotes become plain ones in every value, as pyxform reads them (‘x’ in an expression is an error otherwise).
  for (const r of body)
    r.cells = r.cells.map((c) => (/[\u2018\u2019\u201c\u201d]/.test(c) ? c.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : c));
  return { name, columns, rows: body };
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A cell Excel stores as a date, time or date-time, written as pyxform reads it (openpyxl, then Python's
 * `str()`): `2022-04-11 16:26:28.971000`, `2018-09-18 00:00:00`, a time alone (`08:30:00`) for a value
 * below one day, and the serials before 1 March 1900 moved one day on, as Excel counts them.
 */
export function excelDateText(d: Date, date1904 = false): string {
  const serial = 25569 + d.getTime() / DAY_MS - (date1904 ? 1462 : 0);
  let ms = d.getTime();
  const clock = (t: Date) => {
    const micro = t.getUTCMilliseconds() ? `.${pad(t.getUTCMilliseconds(), 3)}000` : '';
    return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${micro}`;
  };
  if (serial >= 0 && serial < 1) return clock(d);
  if (serial > 0 && serial < 60 && !date1904) ms += DAY_MS;
  const t = new Date(ms);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${clock(t)}`;
}

/** Text of a cell, keeping line breaks inside labels (collapsed only in headers). */
function xlsxCell(value: unknown, date1904: boolean): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return excelDateText(value, date1904);
  // A formula: its stored result (a date, a number, TRUE/FALSE or text).
  if (value && typeof value === 'object' && 'result' in value) return xlsxCell((value as { result: unknown }).result, date1904);
  return cellText(value);
}

async function readXlsx(file: Buffer): Promise<Map<string, RawSheet>> {
  await checkXlsx(file, SMALL_SHEET);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sheets = new Map<string, RawSheet>();
  for (const ws of wb.worksheets) {
    const rows: SheetRowData[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) {
        let value = values[i];
        // exceljs leaves out a formula's result when it is FALSE, 0 or empty text; the cell still holds it.
        if (value && typeof value === 'object' && 'formula' in value && !('result' in value)) value = { ...value, result: row.getCell(i).result };
        cells.push(xlsxCell(value, date1904));
      }
      rows.push({ row: row.number, cells });
    });
    addSheet(sheets, sheetFromRows(ws.name, rows));
  }
  return sheets;
}

function addSheet(sheets: Map<string, RawSheet>, sheet: RawSheet) {
  const key = sheet.name.trim().toLowerCase();
  if (!sheets.has(key)) sheets.set(key, sheet);
}

/** pyxform's CSV layout: the sheet name in the first column, that sheet's rows below with the first cell empty. */
function readCsv(file: Buffer): Map<string, RawSheet> {
  const text = decodeText(file);
  const delimiter = sniffDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const sheets = new Map<string, RawSheet>();
  let current: { name: string; rows: SheetRowData[] } | null = null;
  const flush = () => {
    if (current) addSheet(sheets, sheetFromRows(current.name, current.rows));
  };
  for (const rec of records) {
    const cells = rec.map((c) => c.normalize('NFC'));
    const first = (cells[0] ?? '').trim();
    if (first !== '') {
      flush();
      current = { name: first, rows: [] };
      // A sheet's header may start on the same line as its name.
      const rest = cells.slice(1);
      if (rest.some((c) => c.trim() !== '')) current.rows.push({ row: 1, cells: rest.map((c) => c.trim()) });
      continue;
    }
    if (!current) continue;
    const rest = cells.slice(1).map((c) => c.trim());
    if (rest.every((c) => c === '')) continue;
    current.rows.push({ row: current.rows.length + 1, cells: rest });
  }
  flush();
  return sheets;
}

/** The file's sheets by lower-case name, or why it cannot be read. */
export async function readWorkbook(file: Buffer, fileName: string): Promise<{ sheets: Map<string, RawSheet> } | { problem: ReadProblem }> {
  const isZip = file.length >= 4 && file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04;
  const isOle = file.length >= 4 && file[0] === 0xd0 && file[1] === 0xcf && file[2] === 0x11 && file[3] === 0xe0;
  if (isOle || (/\.xls$/i.test(fileName) && !isZip)) return { problem: { code: 'xlsform_xls' } };
  try {
    if (isZip) return { sheets: await readXlsx(file) };
    if (/\.xlsx$/i.test(fileName)) return { problem: { code: 'xlsform_unreadable' } };
    if (file.subarray(0, 512).includes(0) && !(file[0] === 0xff && file[1] === 0xfe)) return { problem: { code: 'xlsform_unreadable' } };
    return { sheets: readCsv(file) };
  } catch (e) {
    if (e instanceof AppError) {
      return { problem: { code: e.code, message: { vi: translate(e.code, 'vi', e.params), en: translate(e.code, 'en', e.params) } } };
    }
    return { problem: { code: 'xlsform_unreadable' } };
  }
}
