import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { useTestApp, type Client, countRows } from '../../test/harness.js';
import { createTestForm, type TestForm } from '../data-entry/data-entry.fixtures.js';
import { colOf } from './excel.columns.js';

let f: TestForm;
let other: string;

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'admin');

beforeAll(async () => {
  f = await createTestForm(s.as('admin'), s.t.database.db);
  const row = await sql<{ code: string }>`
    SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.level = 'commune' AND p.code = '25' AND c.code <> '05128' AND c.valid_from = '2025-07-01' ORDER BY c.code LIMIT 1`.execute(s.t.database.db);
  other = row.rows[0].code;
});
async function workbook(data: Buffer | string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((Buffer.isBuffer(data) ? data : Buffer.from(data, 'binary')) as unknown as ArrayBuffer);
  return wb;
}
/** Sets the value cell of a unit × element × option combination in the template. */
function fill(ws: ExcelJS.Worksheet, unit: string, element: string, combo: string, value: unknown) {
  let hit = 0;
  ws.eachRow((row) => {
    if (row.getCell(colOf('unit')).value === unit && row.getCell(colOf('element')).value === element && row.getCell(colOf('combo')).value === combo) {
      row.getCell(colOf('value')).value = value as ExcelJS.CellValue;
      hit++;
    }
  });
  expect(hit, `${unit} ${element} ${combo}`).toBe(1);
}
const upload = (who: Client, data: Buffer, dryRun = false) =>
  who.upload(
    '/api/reporting/excel/upload',
    { dryRun: String(dryRun) },
    { file: { name: 'bieu.xlsx', data, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
  );
const stored = async () => {
  const rows = await s.t.database.db
    .selectFrom('data_value as v')
    .innerJoin('admin_unit as u', 'u.id', 'v.unit_id')
    .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
    .innerJoin('category_option_combo as c', 'c.id', 'v.category_option_combo_id')
    .select(['u.code as unit', 'e.code as el', 'c.code as coc', 'v.value'])
    .where('v.period_id', '=', '2025')
    .execute();
  return new Map(rows.map((r) => [`${r.unit}.${r.el}.${r.coc}`, r.value]));
};
const count = (table: 'data_value_history' | 'audit_log') => countRows(s.t.database.db, table);

let filled: Buffer;

describe('Excel round-trip', () => {
  it('downloads a locked template with hidden codes and a Vietnamese title block', async () => {
    const res = await s.as('tinh.phutho').get(`/api/reporting/excel/template?dataSet=TEST_Y&period=2025&units=05128,${other}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await workbook(res.rawPayload);
    const ws = wb.getWorksheet('Biểu nhập')!;
    expect(String(ws.getCell(1, colOf('unitName')).value)).toBe('BIỂU THỬ TEST_Y');
    expect(String(ws.getCell(2, colOf('unitName')).value)).toContain('Kỳ báo cáo: Năm 2025');
    expect(String(ws.getCell(3, colOf('unitName')).value)).toContain('Xã Tân Lạc');
    expect((ws as any).sheetProtection?.sheet).toBe(true);
    for (const k of ['dataSet', 'period', 'unit', 'element', 'combo'] as const) expect(ws.getColumn(colOf(k)).hidden, k).toBe(true);
    expect(ws.getColumn(colOf('value')).hidden).toBe(false);
    let valueRows = 0;
    ws.eachRow((row) => {
      if (row.getCell(colOf('element')).value && row.number > 6) {
        valueRows++;
        expect(row.getCell(colOf('value')).protection?.locked).toBe(false);
        expect(row.getCell(colOf('name')).protection?.locked ?? true).toBe(true);
      }
    });
    let check: any;
    ws.eachRow((row) => {
      if (row.getCell(colOf('element')).value === 'T_HH_TOTAL') check = row.getCell(colOf('value')).dataValidation;
    });
    expect(check).toMatchObject({ type: 'whole', formulae: [0, 100000] });
    expect(valueRows).toBe(2 * 7); // per unit: five undisaggregated elements + population by two sexes
    fill(ws, '05128', 'T_HH_TOTAL', 'none', 200);
    fill(ws, '05128', 'T_HH_POOR', 'none', 50);
    fill(ws, '05128', 'T_POP', 'NAM', 400);
    fill(ws, '05128', 'T_POP', 'NU', 410);
    fill(ws, '05128', 'T_HAS_ROAD', 'none', 'Có');
    fill(ws, other, 'T_HH_TOTAL', 'none', 300);
    filled = Buffer.from(await wb.xlsx.writeBuffer());
    // Outside the commune officer's area.
    expect((await s.as('xa.tanlac').get(`/api/reporting/excel/template?dataSet=TEST_Y&period=2025&units=${other}`)).statusCode).toBe(404);
  });

  it('checks on a dry run, then stores the values, audited', async () => {
    const dry = await upload(s.as('tinh.phutho'), filled, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, applied: false, created: 6, invalid: 0 });
    expect((await stored()).size).toBe(0);
    const audits = await count('audit_log');
    const res = await upload(s.as('tinh.phutho'), filled);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, created: 6, errors: [] });
    const kept = await stored();
    expect(kept.get('05128.T_HH_TOTAL.none')).toBe('200');
    expect(kept.get('05128.T_POP.NU')).toBe('410');
    expect(kept.get('05128.T_HAS_ROAD.none')).toBe('true');
    expect(kept.get(`${other}.T_HH_TOTAL.none`)).toBe('300');
    expect(await count('audit_log')).toBe(audits + 2); // one entry per report
    // The grid on screen shows what the file held.
    const grid = (await s.as('tinh.phutho').get('/api/data-entry/reports/TEST_Y/05128/2025')).json();
    expect(grid.values.find((v: any) => v.dataElementId === f.el.HH_POOR).value).toBe('50');
  });

  it('writes nothing when the same file is uploaded again', async () => {
    const [h, a] = [await count('data_value_history'), await count('audit_log')];
    const res = await upload(s.as('tinh.phutho'), filled);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 14 });
    expect([await count('data_value_history'), await count('audit_log')]).toEqual([h, a]);
  });

  it('lists bad values with row, column and reason, offers the error report, and writes nothing', async () => {
    const wb = await workbook(filled);
    const ws = wb.getWorksheet('Biểu nhập')!;
    fill(ws, '05128', 'T_HH_POOR', 'none', 'nhiều');
    fill(ws, other, 'T_HH_TOTAL', 'none', 250000);
    fill(ws, '05128', 'T_HH_TOTAL', 'none', 210); // good, but must not be written either
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await stored();
    const res = await upload(s.as('tinh.phutho'), bad);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('import_failed');
    expect(err.details.map((d: any) => [d.field, d.value, d.code])).toEqual([
      ['Giá trị', 'nhiều', 'value_not_integer'],
      ['Giá trị', '250000', 'value_above_max'],
    ]);
    expect(err.details[0].row).toBeGreaterThan(6);
    expect(err.details[0].message).toBe('Giá trị phải là số nguyên');
    expect(await stored()).toEqual(before);
    const report = await s.as('tinh.phutho').get(res.headers['x-error-report'] as string);
    expect(report.statusCode).toBe(200);
    const list = (await workbook(report.rawPayload)).getWorksheet('Danh sách lỗi')!;
    expect(list.getRow(2).values).toEqual([undefined, err.details[0].row, 'Giá trị', 'nhiều', 'Giá trị phải là số nguyên']);
    // The same on a dry run: answered with 200 and the report.
    const dry = (await upload(s.as('tinh.phutho'), bad, true)).json();
    expect(dry).toMatchObject({ dryRun: true, invalid: 2, applied: false });
    expect(dry.errorReportUrl).toMatch(/^\/api\/reporting\/excel\/upload-errors\//);
  });

  it('refuses rows for units outside the area and locked reports', async () => {
    const res = await upload(s.as('xa.tanlac'), filled);
    expect(res.statusCode).toBe(400);
    const codes = new Set(res.json().error.details.map((d: any) => d.code));
    expect([...codes]).toEqual(['out_of_scope']);
    const wb = await workbook(filled);
    fill(wb.getWorksheet('Biểu nhập')!, '05128', 'T_HH_TOTAL', 'none', 220);
    const changed = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await s.as('xa.tanlac').post('/api/data-entry/reports/TEST_Y/05128/2025/submit', {})).statusCode).toBe(200);
    const locked = await upload(s.as('tinh.phutho'), changed);
    expect(locked.json().error.details.map((d: any) => d.code)).toEqual(['report_submitted']);
    expect((await stored()).get('05128.T_HH_TOTAL.none')).toBe('200');
  });
});

describe('print-ready report', () => {
  it('lays out the filled report with the title block, values by disaggregation and signature lines', async () => {
    const res = await s.as('tinh.phutho').get('/api/reporting/excel/report?dataSet=TEST_Y&period=2025&unit=05128');
    expect(res.statusCode, res.body).toBe(200);
    const ws = (await workbook(res.rawPayload)).getWorksheet('Báo cáo')!;
    const cells: { r: number; c: number; v: string }[] = [];
    ws.eachRow((row) => row.eachCell((cell, c) => cells.push({ r: row.number, c, v: cell.value === null ? '' : String(cell.value) })));
    const find = (text: string) => cells.find((x) => x.v === text);
    expect(find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeDefined();
    expect(find('Độc lập - Tự do - Hạnh phúc')).toBeDefined();
    expect(find('XÃ TÂN LẠC')).toBeDefined();
    expect(find('BIỂU THỬ TEST_Y')?.r).toBe(4);
    expect(cells.some((x) => x.v.startsWith('Kỳ báo cáo: Năm 2025'))).toBe(true);
    // Population by sex: total 810, men 400 in the "Nam" column of its section.
    const pop = find('POP')!;
    const nam = cells.find((x) => x.v === 'Nam' && x.r < pop.r)!;
    expect(ws.getRow(pop.r).values).toEqual([undefined, 6, 'POP', '', 810, 400, 410]);
    expect(ws.getCell(pop.r, nam.c).value).toBe(400);
    expect(ws.getCell(find('HAS_ROAD')!.r, 4).value).toBe('Có');
    expect(find('Chia theo')).toBeDefined();
    expect(((ws as any).model.merges as string[]).length).toBeGreaterThan(5);
    const sign = find('NGƯỜI LẬP BIỂU')!;
    expect(find('THỦ TRƯỞNG ĐƠN VỊ')?.r).toBe(sign.r);
    expect(cells.some((x) => /ngày \d{2} tháng \d{2} năm \d{4}/.test(x.v) && x.r === sign.r - 1)).toBe(true);
    expect((await s.as('xa.tanlac').get(`/api/reporting/excel/report?dataSet=TEST_Y&period=2025&unit=${other}`)).statusCode).toBe(404);
  });
});
