import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestApp, type Client, countRows } from '../../test/harness.js';
import { createTestForm } from '../data-entry/data-entry.fixtures.js';
import { colOf } from './excel.columns.js';

/** Templates for many units at once and the refusals of bad uploads (nothing saved). */
let communes: { code: string; name: string }[];

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');

beforeAll(async () => {
  await createTestForm(s.as('admin'), s.t.database.db, 'TEST_M');
  await createTestForm(s.as('admin'), s.t.database.db, 'TEST_N');
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
async function workbook(data: Buffer | string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((Buffer.isBuffer(data) ? data : Buffer.from(data, 'binary')) as unknown as ArrayBuffer);
  return wb;
}
const upload = (who: Client, data: Buffer, fields: Record<string, string> = {}, name = 'bieu.xlsx') =>
  who.upload('/api/reporting/excel/upload', fields, { file: { name, data, type: XLSX } });
const valueCount = () => countRows(s.t.database.db, 'data_value', { period_id: '2025' });
const auditCount = () => countRows(s.t.database.db, 'audit_log');

/** A template of TEST_M for 05128 with one value filled. */
async function filledTemplate(who: Client, dataSet = 'TEST_M', value: unknown = 120) {
  const res = await who.get(`/api/reporting/excel/template?dataSet=${dataSet}&period=2025&units=05128`);
  expect(res.statusCode, res.body).toBe(200);
  const wb = await workbook(res.rawPayload);
  const ws = wb.getWorksheet('Biểu nhập')!;
  ws.eachRow((row) => {
    if (row.getCell(colOf('element')).value === 'T_HH_TOTAL') row.getCell(colOf('value')).value = value as ExcelJS.CellValue;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('templates for many units', () => {
  it('gives one workbook for every commune that must report in the area, listed by completeness', async () => {
    const list = await s.as('tinh.phutho').get('/api/data-entry/completeness?dataSet=TEST_M&period=2025');
    expect(list.statusCode, list.body).toBe(200);
    communes = list.json().items.map((i: any) => ({ code: i.unit.code, name: i.unit.name }));
    expect(communes.length).toBeGreaterThan(3);
    const some = communes.slice(0, 4).map((c) => c.code);
    const res = await s.as('tinh.phutho').get(`/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=${some.join(',')}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('mau-nhap-TEST_M-2025.xlsx');
    const ws = (await workbook(res.rawPayload)).getWorksheet('Biểu nhập')!;
    const units = new Map<string, number>();
    ws.eachRow((row) => {
      const u = row.getCell(colOf('unit')).value;
      if (row.number > 6 && typeof u === 'string') units.set(u, (units.get(u) ?? 0) + 1);
    });
    expect([...units.keys()]).toEqual(some);
    expect([...units.values()]).toEqual([7, 7, 7, 7]);
    // The same code twice counts once; a commune officer gets only their own commune.
    const twice = await s.as('tinh.phutho').get(`/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=${some[0]},${some[0]}`);
    expect(twice.statusCode).toBe(200);
    const outside = communes.find((c) => c.code !== '05128')!.code;
    const refused = await s.as('xa.tanlac').get(`/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=05128,${outside}`);
    expect(refused.statusCode).toBe(404);
  });

  it('refuses an empty list and more than 200 units with a translated message', async () => {
    const none = await s.as('tinh.phutho').get('/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=,,');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('Cần từ 1 đến 200 mã đơn vị');
    const many = Array.from({ length: 201 }, (_, i) => String(10000 + i)).join(',');
    expect((await s.as('tinh.phutho').get(`/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=${many}`)).statusCode).toBe(400);
  });
});

describe('bad uploads change nothing', () => {
  it('refuses a file that is not XLSX, an empty file and a workbook that is not the template', async () => {
    const [values, audits] = [await valueCount(), await auditCount()];
    const csv = await upload(s.as('xa.tanlac'), Buffer.from('Mã biểu,Mã kỳ\nTEST_M,2025\n'), {}, 'bieu.csv');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error).toMatchObject({ code: 'excel_not_xlsx', message: 'Tệp không phải tệp Excel (.xlsx); hãy tải lên mẫu Excel đã điền' });
    const pdf = await upload(s.as('xa.tanlac'), Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), {}, 'bieu.pdf');
    expect(pdf.json().error.code).toBe('excel_not_xlsx');
    const empty = await upload(s.as('xa.tanlac'), Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'file_empty', message: 'Tệp trống' });
    const broken = await upload(s.as('xa.tanlac'), Buffer.from('not a zip at all'), {}, 'bieu.xlsx');
    expect(broken.json().error.code).toBe('file_invalid');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['Họ tên', 'Số tiền']).commit();
    other.getWorksheet('Sheet1')!.addRow(['Nguyễn Văn A', 100]);
    const foreign = await upload(s.as('xa.tanlac'), Buffer.from(await other.xlsx.writeBuffer()));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('excel_not_template');
    expect(foreign.json().error.message).toContain('không phải mẫu nhập số liệu');
    expect([await valueCount(), await auditCount()]).toEqual([values, audits]);
    // In English for a user who reads English.
    expect((await s.as('tinh.phutho').put('/api/auth/language', { language: 'en' })).statusCode).toBe(200);
    expect((await upload(s.as('tinh.phutho'), Buffer.from('a,b\n1,2\n'), {}, 'x.csv')).json().error.message).toBe(
      'The file is not an Excel workbook (.xlsx); upload the filled Excel template',
    );
    expect((await s.as('tinh.phutho').put('/api/auth/language', { language: 'vi' })).statusCode).toBe(200);
  });

  it('refuses a template of another form or period than the page it is uploaded from', async () => {
    const file = await filledTemplate(s.as('xa.tanlac'));
    const [values, audits] = [await valueCount(), await auditCount()];
    for (const dryRun of ['true', 'false']) {
      const form = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_N', period: '2025', dryRun });
      expect(form.statusCode).toBe(400);
      expect(form.json().error).toMatchObject({
        code: 'excel_other_form',
        message: 'Tệp là mẫu của biểu TEST_M, kỳ 2025, không phải biểu TEST_N, kỳ 2025 đang mở; chưa ghi gì',
      });
      const period = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_M', period: '2024', dryRun });
      expect(period.json().error.code).toBe('excel_other_form');
      expect(period.json().error.message).toContain('kỳ 2024');
    }
    expect([await valueCount(), await auditCount()]).toEqual([values, audits]);
    // From the right page it goes through: checked first, then saved.
    const dry = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_M', period: '2025', dryRun: 'true' });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, applied: false, created: 1, invalid: 0 });
    expect(await valueCount()).toBe(values);
    const real = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_M', period: '2025' });
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ applied: true, created: 1 });
    expect(await valueCount()).toBe(values + 1);
    expect(await auditCount()).toBe(audits + 1);
  });

  it('refuses rows of a unit outside the area, naming the row, and saves none of the file', async () => {
    const outside = communes.find((c) => c.code !== '05128')!.code;
    const res = await s.as('tinh.phutho').get(`/api/reporting/excel/template?dataSet=TEST_M&period=2025&units=05128,${outside}`);
    const wb = await workbook(res.rawPayload);
    const ws = wb.getWorksheet('Biểu nhập')!;
    ws.eachRow((row) => {
      if (row.getCell(colOf('element')).value === 'T_HH_POOR') row.getCell(colOf('value')).value = 7;
    });
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const [values, audits] = [await valueCount(), await auditCount()];
    const dry = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_M', period: '2025', dryRun: 'true' });
    expect(dry.statusCode, dry.body).toBe(200);
    const errors = dry.json().errors;
    expect(errors.length).toBe(7); // every row of the other commune
    expect(new Set(errors.map((e: any) => e.field))).toEqual(new Set(['Mã đơn vị']));
    expect(errors[0]).toMatchObject({ code: 'out_of_scope', value: outside, message: 'Đơn vị này nằm ngoài phạm vi được giao cho bạn' });
    expect(dry.json().errorReportUrl).toMatch(/^\/api\/reporting\/excel\/upload-errors\//);
    const real = await upload(s.as('xa.tanlac'), file, { dataSet: 'TEST_M', period: '2025' });
    expect(real.statusCode).toBe(400);
    expect(real.json().error.code).toBe('import_failed');
    expect([await valueCount(), await auditCount()]).toEqual([values, audits]);
  });
});
