import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { parsePeriod, periodName } from '../reporting-periods/periods.js';
import { valuesOf } from '../data-entry/data-entry.service.js';
import { elementUnits } from '../reporting-metadata/catalogue.service.js';
import type { Form, FormPeriod } from '../data-entry/data-entry.types.js';
import { EXCEL_COLUMNS, HEADER_ROW, colOf } from './excel.columns.js';

export interface TemplateUnit {
  id: number;
  code: string;
  name: string;
}

const WIDTHS: Record<string, number> = { unitName: 24, name: 48, comboName: 26, measure: 12, value: 16, comment: 30 };
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;
const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9DB' } } as const;
const NUMERIC = new Set(['integer', 'number', 'percentage']);

/**
 * The data-entry template of a form and period for some units: one block of rows per unit, a row
 * per data element × disaggregation, prefilled with the values held. The sheet is protected; only
 * the value and comment cells can be changed. Hidden columns carry the codes read back on upload.
 */
export async function buildTemplate(db: Kysely<DB>, form: Form, period: FormPeriod, units: TemplateUnit[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dantoc';
  const ws = wb.addWorksheet('Biểu nhập', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const last = EXCEL_COLUMNS.length;
  const title = (row: number, text: string, size = 12) => {
    ws.mergeCells(row, colOf('unitName'), row, last);
    const c = ws.getCell(row, colOf('unitName'));
    c.value = text;
    c.font = { bold: row === 1, size };
    c.alignment = { horizontal: 'center' };
  };
  title(1, form.name.toUpperCase(), 14);
  title(2, `Kỳ báo cáo: ${periodName(parsePeriod(period.id)!)} (từ ${vi(period.start)} đến ${vi(period.end)}; hạn nộp ${vi(period.deadline)})`);
  title(3, `Đơn vị: ${units.map((u) => u.name).join('; ')}`);
  title(4, 'Chỉ nhập vào cột "Giá trị" và "Ghi chú" (ô màu vàng); không sửa các cột khác. Tải tệp lên để lưu, kiểm tra như khi nhập trên màn hình.', 10);
  const header = ws.getRow(HEADER_ROW);
  for (const [i, c] of EXCEL_COLUMNS.entries()) header.getCell(i + 1).value = c.headers[0];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  EXCEL_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[c.key] ?? 14;
    if (!(c.key in WIDTHS)) col.hidden = true;
  });

  const elementIds = form.sections.flatMap((s) => s.elements.map((e) => e.id));
  const measures = await elementUnits(db, elementIds);
  let r = HEADER_ROW + 1;
  for (const unit of units) {
    const stored = new Map((await valuesOf(db, unit.id, period.id, elementIds)).map((v) => [`${v.data_element_id}:${v.category_option_combo_id}`, v]));
    const heading = ws.getRow(r++);
    heading.getCell(colOf('unitName')).value = `${unit.name} (${unit.code})`;
    heading.font = { bold: true };
    heading.eachCell((c) => (c.fill = GREY));
    for (const section of form.sections) {
      ws.getRow(r).getCell(colOf('name')).value = section.name;
      ws.getRow(r++).font = { bold: true, italic: true };
      for (const el of section.elements) {
        for (const coc of el.optionCombos) {
          const v = stored.get(`${el.id}:${coc.id}`);
          const row = ws.getRow(r++);
          const value = v?.value ?? null;
          const cells: Partial<Record<Parameters<typeof colOf>[0], ExcelJS.CellValue>> = {
            dataSet: form.code,
            period: period.id,
            unit: unit.code,
            element: el.code,
            combo: coc.code ?? 'none',
            unitName: unit.name,
            name: el.name,
            comboName: coc.code === 'none' ? '' : coc.name,
            measure: measures.get(el.id) ?? '',
            value: displayValue(value, el.valueType),
            comment: v?.comment ?? null,
          };
          for (const [key, v] of Object.entries(cells)) row.getCell(colOf(key as Parameters<typeof colOf>[0])).value = v ?? null;
          for (const key of ['value', 'comment'] as const) {
            const cell = row.getCell(colOf(key));
            cell.protection = { locked: false };
            cell.fill = YELLOW;
          }
          if (el.valueType === 'text' || el.valueType === 'date') row.getCell(colOf('value')).numFmt = '@';
          const check = excelCheck(el);
          if (check) row.getCell(colOf('value')).dataValidation = check;
        }
      }
    }
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Numbers as numbers so Excel can sum them; yes/no as Vietnamese words (read back by the same checks). */
export function displayValue(value: string | null, valueType: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (NUMERIC.has(valueType)) return Number(value);
  if (valueType === 'boolean') return value === 'true' ? 'Có' : 'Không';
  return value;
}

/** Excel's own check on a value cell, a first help while typing offline; the upload checks again. */
function excelCheck(el: Form['sections'][number]['elements'][number]): ExcelJS.DataValidation | undefined {
  if (!NUMERIC.has(el.valueType))
    return el.valueType === 'boolean'
      ? { type: 'list', allowBlank: true, formulae: ['"Có,Không"'], showErrorMessage: true, error: 'Chọn Có hoặc Không' }
      : undefined;
  const min = el.min ?? (el.valueType === 'percentage' ? 0 : -1e15);
  const max = el.max ?? (el.valueType === 'percentage' ? 100 : 1e15);
  return {
    type: el.valueType === 'integer' ? 'whole' : 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorTitle: 'Giá trị không hợp lệ',
    error: `${el.valueType === 'integer' ? 'Nhập số nguyên' : 'Nhập số'}${el.min !== null || el.max !== null ? ` trong khoảng ${el.min ?? '…'} – ${el.max ?? '…'}` : ''}`,
  };
}
