import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { buildZip, csvWithHugeLine, xlsxWithHugeCell } from './uploads.fixtures.js';
import { Gate } from './uploads.gate.js';
import { checkXlsx } from './uploads.zip.js';
import { SMALL_SHEET } from './uploads.limits.js';

const s = useTestApp('xa.tanlac', 'admin');

const HEADER = ['Mã xã', 'Tên xã', 'Mã thôn', 'Tên thôn', 'Loại'];
const ROW = ['05128', 'Xã Tân Lạc', '', 'Bản Tải Lên', 'Ban'];

const sendVillages = (data: Buffer, name = 'thon.xlsx') => s.as('xa.tanlac').upload('/api/villages/import', { date: '2025-08-01' }, { file: { name, data } });
const counts = async () =>
  (await sql<{ v: number; a: number }>`SELECT (SELECT count(*)::int FROM village) AS v, (SELECT count(*)::int FROM audit_log) AS a`.execute(s.t.database.db))
    .rows[0];

async function goodXlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách thôn');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('spreadsheet uploads past the limits', () => {
  it('refuses an XLSX whose one cell inflates to 64 MB, before inflating it, and writes nothing', async () => {
    const before = await counts();
    const bomb = await xlsxWithHugeCell(HEADER, ROW, 3, 64);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const res = await sendVillages(bomb);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'xlsx_shared_strings_too_large', message: expect.stringContaining('(32 MB)') });
    expect(await counts()).toEqual(before);
  });

  it('refuses an XLSX that lies about its sizes once the real bytes pass the limit', async () => {
    const before = await counts();
    const liar = await xlsxWithHugeCell(HEADER, ROW, 3, 40, { lie: true });
    const res = await sendVillages(liar);
    expect(res.statusCode).toBe(400);
    // The first limit met on the way: the 40 MB string is one cell far past Excel's 32,767 characters.
    expect(res.json().error).toMatchObject({ code: 'xlsx_cell_too_long', message: expect.stringContaining('32767 ký tự') });
    expect(await counts()).toEqual(before);
  });

  it('refuses a cell longer than Excel allows, naming the row', async () => {
    const before = await counts();
    const long = await xlsxWithHugeCell(HEADER, ROW, 3, 0, { hugeKb: 40 });
    const res = await sendVillages(long);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'cell_too_long', message: 'Dòng 2 có ô dài quá 32767 ký tự (giới hạn của Excel)' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a CSV row of 2 MB in one line, naming the limit', async () => {
    const before = await counts();
    const res = await sendVillages(csvWithHugeLine(HEADER, 2), 'thon.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'row_too_large', message: expect.stringContaining('tối đa 1 MB mỗi dòng') });
    expect(await counts()).toEqual(before);
  });

  it('refuses a unit-list CSV with a 2 MB line', async () => {
    const form = { name: 'Thử', effectiveDate: '2030-01-01', dryRun: 'true' };
    const crosswalk = Buffer.from('old_code,new_code,merge_type\n01,01,same\n');
    const res = await s.as('admin').upload('/api/admin-reorganisations', form, {
      units: { name: 'units.csv', data: csvWithHugeLine(['code', 'name', 'type', 'level', 'parent_code'], 2) },
      crosswalk: { name: 'crosswalk.csv', data: crosswalk },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'row_too_large', message: expect.stringContaining('1 MB') });
  });

  it('refuses a report-values XLSX bomb', async () => {
    const bomb = await xlsxWithHugeCell(['Biểu', 'Kỳ', 'Mã đơn vị', 'Mã chỉ tiêu', 'Giá trị'], ['X', '2025', '05128', 'A', '1'], 4, 64);
    const res = await s.as('admin').upload('/api/reporting/excel/upload', {}, { file: { name: 'bieu.xlsx', data: bomb } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('xlsx_shared_strings_too_large');
  });

  it('still reads an ordinary workbook', async () => {
    const res = await sendVillages(await goodXlsx([ROW]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, invalid: 0 });
  });
});

describe('file size limits', () => {
  it('names the limit of the upload route that was passed, not the JSON body limit', async () => {
    const res = await sendVillages(Buffer.alloc(11 * 1024 * 1024, 'a'), 'thon.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'body_too_large', message: 'Dữ liệu gửi lên quá lớn (tối đa 10 MB)' });
    const shapes = await s
      .as('admin')
      .upload('/api/boundaries', { level: 'district' }, { file: { name: 'a.geojson', data: Buffer.alloc(21 * 1024 * 1024, ' ') } });
    expect(shapes.statusCode).toBe(413);
    expect(shapes.json().error.message).toBe('Dữ liệu gửi lên quá lớn (tối đa 20 MB)');
  });

  it('names the JSON body limit for a JSON body', async () => {
    const res = await s.as('xa.tanlac').post('/api/villages', { name: 'x'.repeat(1100 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Dữ liệu gửi lên quá lớn (tối đa 1 MB)');
  });
});

describe('zip guard', () => {
  it('refuses parts declared as huge or too compressed without inflating them', async () => {
    const part = {
      name: 'xl/worksheets/sheet1.xml',
      prefix: '<worksheet><sheetData>',
      chunk: '<row r="1"><c><v>1</v></c></row>',
      times: 100_000,
      suffix: '</sheetData></worksheet>',
    };
    const claimsHuge = await buildZip([part], () => 300 * 1024 * 1024);
    await expect(checkXlsx(claimsHuge, SMALL_SHEET)).rejects.toMatchObject({ code: 'xlsx_unpacked_too_large', params: { limit: '200 MB' } });
    await expect(checkXlsx(await buildZip([part]), SMALL_SHEET)).rejects.toMatchObject({ code: 'xlsx_ratio_too_high', params: { max: 100 } });
  });

  it('refuses a worksheet row bigger than 1 MB', async () => {
    const zip = await buildZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        prefix: '<worksheet><sheetData><row r="1">',
        chunk: '<c t="inlineStr"><is><t>abc</t></is></c>',
        times: 40_000,
        suffix: '</row></sheetData></worksheet>',
      },
    ]);
    // Repeated text compresses far past the ratio limit; lift it to reach the row check.
    await expect(checkXlsx(zip, { ...SMALL_SHEET, maxRatio: 1e9 })).rejects.toMatchObject({ code: 'row_too_large', params: { row: 1, limit: '1 MB' } });
  });
});

describe('upload gate', () => {
  it('lets two through, queues the next, refuses past the line and hands slots on', async () => {
    const gate = new Gate(2, 1, 5_000);
    const a = await gate.acquire();
    const b = await gate.acquire();
    let third = false;
    const waiting = gate.acquire().then((release) => {
      third = true;
      return release;
    });
    await expect(gate.acquire()).rejects.toMatchObject({ status: 503, code: 'uploads_busy' });
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    expect(third).toBe(false);
    a();
    a();
    const c = await waiting;
    expect(third).toBe(true);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    b();
    c();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives up on a wait that lasts too long', async () => {
    const gate = new Gate(1, 4, 50);
    const a = await gate.acquire();
    await expect(gate.acquire()).rejects.toMatchObject({ code: 'uploads_busy' });
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    a();
  });
});
