import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from './register-export.columns.js';
import { csvField } from '../../shared/csv.js';

/** Batches of rows as they are read from the database. */
export type RowBatches = AsyncIterable<Cell[][]>;

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  return csvField(typeof v === 'boolean' ? (v ? 'Có' : 'Không') : String(v));
}
const csvLine = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly; rows are read only as fast as they are sent. */
export function csvStream(headers: string[], batches: RowBatches): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(`\uFEFF${csvLine(headers)}`, 'utf8');
      for await (const batch of batches) yield Buffer.from(batch.map(csvLine).join(''), 'utf8');
    })(),
    { objectMode: false },
  );
}

/** Waits until the reader has taken what was written so far (or has gone away). */
async function readerCaughtUp(out: PassThrough) {
  if (!out.writableNeedDrain) return;
  await Promise.race([once(out, 'drain'), once(out, 'close')]);
  if (out.destroyed) throw new Error('export reader closed');
}

/** Data rows per worksheet: Excel's limit of 1,048,576 rows, less the header. */
export const SHEET_ROWS = 1_048_575;

/** Worksheets written row by row to a zip stream, never holding the whole workbook; a new sheet every SHEET_ROWS rows. */
export function xlsxStream(sheetName: string, headers: string[], textColumns: number[], batches: RowBatches, sheetRows = SHEET_ROWS): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let sheets = 0;
  const newSheet = () => {
    sheets++;
    const ws = wb.addWorksheet(sheets === 1 ? sheetName : `${sheetName} (${sheets})`, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = headers.map((h, i) => ({ width: Math.min(40, Math.max(12, h.length + 2)), ...(textColumns.includes(i) ? { style: { numFmt: '@' } } : {}) }));
    const head = ws.getRow(1);
    head.values = headers;
    head.font = { bold: true };
    head.commit();
    return ws;
  };
  (async () => {
    let ws = newSheet();
    let rows = 0;
    for await (const batch of batches) {
      for (const cells of batch) {
        if (rows === sheetRows) {
          ws.commit();
          ws = newSheet();
          rows = 0;
        }
        ws.addRow(cells).commit();
        rows++;
      }
      await readerCaughtUp(out);
    }
    ws.commit();
    await wb.commit();
  })().catch((e) => out.destroy(e));
  return out;
}
