import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { colOf } from '../src/modules/reporting-excel/excel.columns.js';
import { ROOT } from '../src/server/paths.js';
import { e2eEnabled, login, newContext, PHONE, shot, settled } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

const FORM = 'TD_CHUONG_TRINH_QUY';
const UNIT = '05128';
/** Not the quarter e2e/reporting.test.ts writes to. */
const PERIOD = '2026Q3';
const ENTRY = `/reporting/entry?dataSet=${FORM}&unit=${UNIT}&period=${PERIOD}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function gridValues(page: Page): Promise<Record<string, string | null>> {
  const r = await fetchFromPage(page, `/api/data-entry/reports/${FORM}/${UNIT}/${PERIOD}`);
  const codes = new Map<number, string>();
  const combos = new Map<number, string>();
  for (const s of r.body.sections)
    for (const e of s.elements) {
      codes.set(e.id, e.code);
      for (const c of e.optionCombos) combos.set(c.id, c.code ?? 'none');
    }
  return Object.fromEntries(
    r.body.values.map((v: { dataElementId: number; categoryOptionComboId: number; value: string | null }) => [
      `${codes.get(v.dataElementId)}.${combos.get(v.categoryOptionComboId)}`,
      v.value,
    ]),
  );
}

async function load(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}
const bytes = async (d: Download) => fs.readFileSync((await d.path())!);

/** Clicks an item of the Excel menu and waits for the file it downloads. */
async function menuDownload(page: Page, item: string): Promise<Download> {
  await page.getByTestId('excel-menu').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
  return d;
}

function fill(ws: ExcelJS.Worksheet, element: string, combo: string, value: ExcelJS.CellValue) {
  let hit = 0;
  ws.eachRow((row) => {
    if (row.getCell(colOf('unit')).value === UNIT && row.getCell(colOf('element')).value === element && row.getCell(colOf('combo')).value === combo) {
      row.getCell(colOf('value')).value = value;
      hit++;
    }
  });
  expect(hit, `${element}.${combo}`).toBe(1);
}

/** A picture of what is on screen (a dialog over the page), in e2e/screenshots/. */
async function view(page: Page, name: string) {
  const dir = path.join(ROOT, 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

const fileInput = (page: Page) => page.locator('.ant-modal input[type=file]');
const choose = (page: Page, name: string, buffer: Buffer, mimeType = XLSX) => fileInput(page).setInputFiles({ name, mimeType, buffer });
const openUpload = async (page: Page) => {
  await page.getByTestId('excel-menu').click();
  await page.getByTestId('excel-upload').click();
  await page.locator('.ant-modal').getByText('Nhập số liệu từ Excel').waitFor();
};

let template: Buffer;
let bad: Buffer;

describe.skipIf(!e2eEnabled)('Excel round-trip in the browser', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('xa.tanlac');

  it('the commune officer downloads the template of the report from the Excel menu', async () => {
    const { page } = s;
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-heading').innerText()).toContain('Chương trình mục tiêu quốc gia');
    await page.getByTestId('excel-menu').click();
    await page.getByTestId('excel-report').waitFor();
    expect(await page.locator('.ant-dropdown-menu').innerText()).toMatch(/Tải mẫu Excel[\s\S]*Nhập từ Excel[\s\S]*Báo cáo in \(Excel\)/);
    await shot(page, 'reporting-excel-menu-1366x768');
    await page.keyboard.press('Escape');

    const d = await menuDownload(page, 'excel-template');
    expect(d.suggestedFilename()).toBe(`mau-nhap-${FORM}-${PERIOD}.xlsx`);
    template = await bytes(d);
    const ws = (await load(template)).getWorksheet('Biểu nhập')!;
    expect(String(ws.getCell(1, colOf('unitName')).value)).toContain('CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA');
    expect(String(ws.getCell(3, colOf('unitName')).value)).toContain('Tân Lạc');
    for (const k of ['dataSet', 'period', 'unit', 'element', 'combo'] as const) expect(ws.getColumn(colOf(k)).hidden, k).toBe(true);
    expect((ws as any).sheetProtection?.sheet).toBe(true);

    // One bad value (words in a number cell) among good ones.
    const wb = await load(template);
    const sheet = wb.getWorksheet('Biểu nhập')!;
    fill(sheet, 'CT_VON_GIAO', 'none', 500);
    fill(sheet, 'CT_VON_GIAI_NGAN', 'none', 'nhiều lắm');
    fill(sheet, 'CT_CONG_TRINH_KHOI_CONG', 'none', 4);
    fill(sheet, 'CT_NGUOI_HUONG_LOI', 'NAM', 120);
    bad = Buffer.from(await wb.xlsx.writeBuffer());
  });

  it('a file with a bad value lists the error by row and column, offers the error report and saves nothing', async () => {
    const { page } = s;
    await openUpload(page);
    await choose(page, 'bieu-loi.xlsx', bad);
    await poll(() => page.getByTestId('excel-upload-errors').innerText()).toContain('nhiều lắm');
    const table = await page.getByTestId('excel-upload-errors').innerText();
    expect(table).toContain('Giá trị');
    expect(table).toContain('Giá trị phải là số');
    expect(await page.getByTestId('excel-upload-errors-summary').innerText()).toContain('Tệp có 1 lỗi; chưa lưu giá trị nào');
    expect(await page.getByTestId('excel-upload-save').isDisabled()).toBe(true);
    expect(await gridValues(page)).toEqual({});
    // The error report is an XLSX listing the same problem.
    const href = (await page.getByTestId('excel-error-report').getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/reporting\/excel\/upload-errors\//);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('excel-error-report').click()]);
    const list = (await load(await bytes(d))).getWorksheet('Danh sách lỗi')!;
    expect(list.getRow(2).getCell(3).value).toBe('nhiều lắm');
    expect(String(list.getRow(2).getCell(4).value)).toContain('số');
    await view(page, 'reporting-excel-upload-1366x768');

    // Other bad files: not an Excel workbook, the template of another quarter.
    await choose(page, 'ghi-chu.txt', Buffer.from('Mã biểu;Giá trị\nabc;1\n'), 'text/plain');
    await poll(() => page.getByTestId('excel-upload-failure').innerText()).toContain('Tệp không phải tệp Excel (.xlsx)');
    const q4 = await page.evaluate(
      async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
      `/api/reporting/excel/template?dataSet=${FORM}&period=2026Q4&units=${UNIT}`,
    );
    await choose(page, 'quy-4.xlsx', Buffer.from(q4));
    await poll(() => page.getByTestId('excel-upload-failure').innerText()).toContain(`kỳ 2026Q4, không phải biểu ${FORM}, kỳ ${PERIOD}`);
    await choose(page, 'rong.xlsx', Buffer.alloc(0));
    await poll(() => page.getByTestId('excel-upload-failure').innerText()).toBe('Tệp trống');
    expect(await gridValues(page)).toEqual({});
    await page.getByTestId('excel-upload-close').click();
  });

  it('the fixed file is checked, saved, and its values show in the grid', async () => {
    const { page } = s;
    const wb = await load(bad);
    fill(wb.getWorksheet('Biểu nhập')!, 'CT_VON_GIAI_NGAN', 'none', 320);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    await openUpload(page);
    await choose(page, 'bieu.xlsx', good);
    await poll(() => page.getByTestId('excel-upload-ok').innerText()).toContain('4 giá trị mới');
    expect(await gridValues(page)).toEqual({}); // the check wrote nothing
    await page.getByTestId('excel-upload-save').click();
    await poll(() => page.getByTestId('excel-upload-saved').innerText()).toContain('Đã lưu: 4 giá trị mới');
    await page.getByTestId('excel-upload-close').click();
    expect(await gridValues(page)).toEqual({
      'CT_VON_GIAO.none': '500',
      'CT_VON_GIAI_NGAN.none': '320',
      'CT_CONG_TRINH_KHOI_CONG.none': '4',
      'CT_NGUOI_HUONG_LOI.NAM': '120',
    });
    const cell = (code: string) => page.locator(`[data-testid^="cell-${code}-"]`).first();
    await poll(() => cell('CT_VON_GIAO').inputValue()).toMatch(/^500$/);
    expect(await cell('CT_VON_GIAI_NGAN').inputValue()).toBe('320');
    expect(await cell('CT_CONG_TRINH_KHOI_CONG').inputValue()).toBe('4');
  });

  it('the print-ready report holds the title block and the values', async () => {
    const { page } = s;
    const d = await menuDownload(page, 'excel-report');
    expect(d.suggestedFilename()).toBe(`bao-cao-${FORM}-${UNIT}-${PERIOD}.xlsx`);
    const ws = (await load(await bytes(d))).getWorksheet('Báo cáo')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    const flat = rows.flat();
    expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(flat).toContain('XÃ TÂN LẠC');
    expect(flat.some((v) => v.startsWith('BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA'))).toBe(true);
    expect(flat.some((v) => v.startsWith('Kỳ báo cáo: Quý III') && v.includes('2026'))).toBe(true);
    const row = (name: string) => rows.find((r) => r.includes(name))!;
    expect(row('Vốn được giao trong năm')).toContain('500');
    expect(row('Vốn đã giải ngân lũy kế từ đầu năm')).toContain('320');
    expect(row('Số công trình khởi công mới')).toContain('4');
    expect(row('Số người được hưởng lợi')).toContain('120');
    expect(flat).toContain('NGƯỜI LẬP BIỂU');
  });

  it('on a phone the menu and the upload dialog fit the screen', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto(ENTRY);
    await poll(() => page.getByTestId('report-heading').innerText()).toContain('Chương trình');
    await page.getByTestId('excel-menu').click();
    await page.getByTestId('excel-report').waitFor();
    await shot(page, 'reporting-excel-menu-360x740');
    await page.getByTestId('excel-upload').click();
    await choose(page, 'bieu-loi.xlsx', bad);
    await poll(() => page.getByTestId('excel-upload-errors').innerText()).toContain('nhiều lắm');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await view(page, 'reporting-excel-upload-360x740');
    await page.getByTestId('excel-upload-close').click();
    // The completeness page offers the same menu (a template for several units, the upload).
    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${PERIOD}`);
    await page.getByTestId('excel-menu').click();
    await page.getByTestId('excel-many').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await view(page, 'reporting-excel-completeness-360x740');
    await ctx.close();
  });

  it('the province officer downloads one template for every commune that must report', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto(`/reporting/completeness?dataSet=${FORM}&period=${PERIOD}`);
    const total = page.getByTestId('total-expected').locator('.ant-statistic-content-value');
    await total.waitFor({ timeout: 60_000 }); // 148 communes on a busy machine
    const expected = Number(await total.innerText());
    expect(expected).toBeGreaterThan(1);
    await page.getByTestId('excel-menu').click();
    await page.getByTestId('excel-many').waitFor();
    await shot(page, 'reporting-excel-completeness-1366x768');
    await page.getByTestId('excel-many').click();
    await poll(() => page.getByTestId('excel-many-count').innerText()).toBe(`Đã chọn ${expected} đơn vị`);
    await view(page, 'reporting-excel-many-1366x768');
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('excel-many-download').click()]);
    const ws = (await load(await bytes(d))).getWorksheet('Biểu nhập')!;
    const units = new Set<string>();
    ws.eachRow((r) => {
      const u = r.getCell(colOf('unit')).value;
      if (r.number > 6 && typeof u === 'string') units.add(u);
    });
    expect(units.size).toBe(expected);
    expect(units.has(UNIT)).toBe(true);
    // A few units picked by hand.
    await page.getByTestId('excel-menu').click();
    await page.getByTestId('excel-many').click();
    await page.getByTestId('excel-many-all').click();
    await page.getByTestId('excel-many-units').click();
    await page.keyboard.type('05128');
    await page.locator('.ant-select-item-option', { hasText: 'Tân Lạc' }).first().click();
    await poll(() => page.getByTestId('excel-many-count').innerText()).toBe('Đã chọn 1 đơn vị');
    await page.locator('.ant-modal-title').click();
    const [d2] = await Promise.all([page.waitForEvent('download'), page.getByTestId('excel-many-download').click()]);
    const one = (await load(await bytes(d2))).getWorksheet('Biểu nhập')!;
    expect(String(one.getCell(3, colOf('unitName')).value)).toMatch(/^Đơn vị: [^;]*Tân Lạc$/);
    await ctx.close();
  });
});
