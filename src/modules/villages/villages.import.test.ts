import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type Client, countRows, useTestApp } from '../../test/harness.js';
import { toTcvn3, toWindows1258 } from './villages.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac');

const DATE = '2025-08-01';
const HEADER = ['Mã xã', 'Tên xã', 'Mã thôn', 'Tên thôn', 'Loại'];

async function xlsx(rows: unknown[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách thôn');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function send(c: Client, data: Buffer, fields: Record<string, string> = {}, name = 'thon.xlsx') {
  return c.upload('/api/villages/import', { date: DATE, ...fields }, { file: { name, data } });
}

const villageCount = () => countRows(s.t.database.db, 'village');
const auditCount = () => countRows(s.t.database.db, 'audit_log');
const byName = (name: string) => s.t.database.db.selectFrom('village').selectAll().where('name', '=', name).execute();

async function readBook(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

describe('template', () => {
  it('has the Vietnamese headers and a type drop-down, prefilled for a commune officer', async () => {
    const res = await s.as('xa.tanlac').get('/api/villages/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readBook(res.rawPayload);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, 'Mã xã', 'Tên xã (chỉ để đọc)', 'Mã thôn', 'Tên thôn', 'Loại']);
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Thôn,Bản,Xóm,Tổ dân phố,Khác"'] });
    const today = (await s.as('xa.tanlac').get('/api/villages?pageSize=500')).json();
    expect(ws.actualRowCount - 1).toBe(today.total);
    expect(ws.getRow(2).getCell(1).value).toBe('05128');
    expect(wb.worksheets[1].name).toBe('Hướng dẫn');
    const empty = await readBook((await s.as('admin').get('/api/villages/template.xlsx')).rawPayload);
    expect(empty.worksheets[0].actualRowCount).toBe(1);
  });
});

describe('importing villages', () => {
  const good = [
    ['05128', 'Xã Tân Lạc', '', 'Bản Nhập Một', 'Ban'],
    ['Tân Lạc', '', '', 'Xóm Nhập Hai', 'xóm'],
    ['5128', '', '', 'Thôn Nhập Ba', ''],
  ];

  it('checks a file on a dry run, reporting row errors and writing nothing', async () => {
    const data = await xlsx([...good, ['05128', '', '', '', 'Làng'], ['99999', '', '', 'Xóm Ma', 'Xóm'], ['05134', '', '', 'Xóm Ngoài', 'Xóm']]);
    const [villages, audits] = [await villageCount(), await auditCount()];
    const res = await send(s.as('xa.tanlac'), data, { dryRun: 'true' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ dryRun: true, applied: false, total: 6, valid: 3, invalid: 3, created: 3, updated: 0, skipped: 0 });
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 5, field: 'Tên thôn', code: 'row_required', message: 'Cần nhập Tên thôn' }),
      expect.objectContaining({ row: 5, field: 'Loại', code: 'invalid_village_type', value: 'Làng' }),
      expect.objectContaining({ row: 6, field: 'Mã xã', code: 'unknown_commune', value: '99999' }),
      expect.objectContaining({ row: 7, field: 'Mã xã', code: 'row_out_of_scope', value: '05134' }),
    ]);
    expect(r.preview.map((p: { action: string }) => p.action)).toEqual(['create', 'create', 'create', 'error', 'error', 'error']);
    expect([await villageCount(), await auditCount()]).toEqual([villages, audits]);
    // The error report downloads as XLSX, for its uploader only.
    expect(r.errorReportUrl).toMatch(/^\/api\/villages\/import-errors\/[\w-]+$/);
    const report = await s.as('xa.tanlac').get(r.errorReportUrl);
    expect(report.statusCode).toBe(200);
    const wb = await readBook(report.rawPayload);
    expect(wb.worksheets[1].rowCount).toBe(5);
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe(5);
    expect((await s.as('admin').get(r.errorReportUrl)).statusCode).toBe(404);
  });

  it('refuses the whole file when a row is bad, unless told to skip bad rows', async () => {
    const data = await xlsx([...good, ['05134', '', '', 'Xóm Ngoài', 'Xóm']]);
    const villages = await villageCount();
    const refused = await send(s.as('xa.tanlac'), data);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'import_failed', message: 'Tệp có 1 dòng lỗi; chưa ghi gì vào cơ sở dữ liệu' });
    expect(refused.json().error.details).toEqual([expect.objectContaining({ row: 5, field: 'Mã xã', code: 'row_out_of_scope' })]);
    expect(refused.headers['x-error-report']).toMatch(/^\/api\/villages\/import-errors\//);
    expect(await villageCount()).toBe(villages);

    const skipped = await send(s.as('xa.tanlac'), data, { skipInvalid: 'true' });
    expect(skipped.statusCode, skipped.body).toBe(200);
    expect(skipped.json()).toMatchObject({ applied: true, created: 3, skipped: 1, invalid: 1 });
    expect(await villageCount()).toBe(villages + 3);
    const [one] = await byName('Bản Nhập Một');
    expect(one).toMatchObject({ type: 'ban', valid_to: null, status: 'active', is_demo: false });
    expect((await byName('Thôn Nhập Ba'))[0].type).toBe('thon');
    const audit = await s.t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'village').where('entity_id', '=', String(one.id)).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'create', username: 'xa.tanlac' })]);
  });

  it('changes nothing when the same file comes again', async () => {
    const data = await xlsx(good);
    const [villages, audits] = [await villageCount(), await auditCount()];
    const res = await send(s.as('xa.tanlac'), data);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 3, errorReportUrl: null });
    expect([await villageCount(), await auditCount()]).toEqual([villages, audits]);
  });

  it('updates in place from a corrected file, matching by commune and village code', async () => {
    const [one] = await byName('Bản Nhập Một');
    const data = await xlsx([
      ['05128', '', one.code, 'Bản Nhập Một Sửa', 'bản'],
      ['05128', '', '', 'Xóm Nhập Hai', 'Thôn'],
    ]);
    const res = await send(s.as('xa.tanlac'), data);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, created: 0, updated: 2, unchanged: 0 });
    const [fixed] = await s.t.database.db.selectFrom('village').selectAll().where('id', '=', one.id).execute();
    expect(fixed.name).toBe('Bản Nhập Một Sửa');
    expect((await byName('Xóm Nhập Hai'))[0].type).toBe('thon');
    const update = await s.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', String(one.id))
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(update.before).toMatchObject({ name: 'Bản Nhập Một' });
    expect(update.after).toMatchObject({ name: 'Bản Nhập Một Sửa', source: 'thon.xlsx' });
  });

  it('flags rows repeating another row or an existing name under another code', async () => {
    const [one] = await byName('Bản Nhập Một Sửa');
    const data = await xlsx([
      ['05128', '', '', 'Xóm Lặp', 'Xóm'],
      ['05128', '', '', 'xóm lặp', 'Xóm'],
      ['05128', '', '777', 'Bản Nhập Một Sửa', 'Bản'],
      ['05128', '', one.code, 'Thôn Nhập Ba', 'Thôn'],
    ]);
    const r = (await send(s.as('xa.tanlac'), data, { dryRun: '1' })).json();
    expect(r.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [3, 'row_duplicate'],
      [4, 'village_name_taken'],
      [5, 'village_name_taken'],
    ]);
  });

  it('converts a Windows-1258 CSV and refuses a TCVN3 one by name', async () => {
    const csv = 'Mã xã,Tên thôn,Loại\r\n05128,Xóm Cây Thị Mường,Xóm\r\n';
    const ok = await send(s.as('xa.tanlac'), toWindows1258(csv), {}, 'thon.csv');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().created).toBe(1);
    expect(await byName('Xóm Cây Thị Mường')).toHaveLength(1);
    const legacy = await send(s.as('xa.tanlac'), toTcvn3('Mã xã,Tên thôn,Loại\r\n05128,Bản Lác Đồng Tâm,Bản\r\n05128,Xóm Trại Mường,Xóm\r\n'), {}, 'thon.csv');
    expect(legacy.statusCode).toBe(400);
    expect(legacy.json().error.code).toBe('legacy_encoding');
    expect(legacy.json().error.message).toContain('TCVN3 (ABC)');
  });

  it('explains an empty file, missing columns and a missing file', async () => {
    const empty = await send(s.as('xa.tanlac'), Buffer.alloc(0), {}, 'thon.xlsx');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'file_empty', message: 'Tệp trống' });
    const missing = await send(s.as('xa.tanlac'), await xlsx([['05128', 'Bản A']], ['Mã xã', 'Tên']));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'missing_columns', message: 'Thiếu cột: Tên thôn' });
    const none = await s.as('xa.tanlac').upload('/api/villages/import', { dryRun: 'true' }, {});
    expect(none.json().error.code).toBe('file_required');
    const unknown = await s.as('xa.tanlac').upload('/api/villages/import', { dryRun: 'true', mode: 'x' }, { file: { name: 'a.xlsx', data: await xlsx(good) } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'mode', code: 'unrecognized_keys' });
  });

  it('is closed to viewers', async () => {
    const viewer = await s.t.login('lanhdao');
    const res = await send(viewer, await xlsx(good), { dryRun: 'true' });
    expect(res.statusCode).toBe(403);
  });
});
