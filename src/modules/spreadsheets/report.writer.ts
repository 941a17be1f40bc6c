/** The row-by-row error report of an import (XLSX: row, column, value, reason), kept an hour for its uploader. */
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { translate, type Lang } from '../../server/messages.js';
import type { ColumnSpec, RowError, SheetRow } from './sheet.parse.js';

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
  data.columns.forEach((col, i) => {
    col.width = i === 0 ? 8 : i === headers.length + 1 ? 60 : 22;
  });
  const list = wb.addWorksheet(t.list);
  list.addRow([t.row, t.column, t.value, t.reason]).font = { bold: true };
  for (const e of opts.errors) list.addRow([e.row, e.column, e.value, reason(e)]);
  list.columns.forEach((col, i) => {
    col.width = [8, 22, 30, 70][i];
  });
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
