import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { todayVN } from '../../shared/paging.js';
import { valuesOf } from '../data-entry/data-entry.service.js';
import { elementUnits } from '../reporting-metadata/catalogue.service.js';
import type { Form, FormElement, FormPeriod } from '../data-entry/data-entry.types.js';
import { parsePeriod, periodName } from '../reporting-periods/periods.js';
import { displayValue, type TemplateUnit } from './excel.template.js';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const NUMERIC = new Set(['integer', 'number', 'percentage']);
const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Option combinations of a section's elements that hold a value: its breakdown columns. */
function sectionColumns(elements: FormElement[], has: (e: number, c: number) => boolean) {
  const seen = new Map<string, string>();
  for (const e of elements) for (const c of e.optionCombos) if (c.code !== 'none' && has(e.id, c.id) && c.code) seen.set(c.code, c.name);
  return [...seen.entries()].map(([code, name]) => ({ code, name }));
}

/**
 * A filled report laid out for printing: the national motto and the unit in the title block, the
 * form and period, one table per section with the disaggregations as columns under merged
 * headers, and dated signature lines for the preparer and the head of the unit.
 */
export async function buildReport(db: Kysely<DB>, form: Form, period: FormPeriod, unit: TemplateUnit): Promise<Buffer> {
  const elements = form.sections.flatMap((s) => s.elements);
  const measures = await elementUnits(
    db,
    elements.map((e) => e.id),
  );
  const values = new Map(
    (
      await valuesOf(
        db,
        unit.id,
        period.id,
        elements.map((e) => e.id),
      )
    )
      .filter((v) => v.value !== null)
      .map((v) => [`${v.data_element_id}:${v.category_option_combo_id}`, v.value!]),
  );
  const has = (e: number, c: number) => values.has(`${e}:${c}`);
  const columns = form.sections.map((s) => sectionColumns(s.elements, has));
  const width = Math.max(8, 4 + Math.max(0, ...columns.map((c) => c.length)));

  const wb = new ExcelJS.Workbook();
  wb.creator = 'dantoc';
  const ws = wb.addWorksheet('Báo cáo', {
    pageSetup: {
      paperSize: 9,
      orientation: width > 8 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = [{ width: 6 }, { width: 46 }, { width: 10 }, { width: 12 }, ...Array.from({ length: width - 4 }, () => ({ width: 12 }))];
  const half = Math.floor(width / 2);
  const put = (
    row: number,
    from: number,
    to: number,
    text: string,
    font: Partial<ExcelJS.Font> = {},
    align: Partial<ExcelJS.Alignment> = { horizontal: 'center' },
  ) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = text;
    c.font = { name: 'Times New Roman', size: 12, ...font };
    c.alignment = { vertical: 'middle', wrapText: true, ...align };
  };
  put(1, 1, half, unit.name.toUpperCase(), { bold: true });
  put(1, half + 1, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  put(2, half + 1, width, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true });
  put(4, 1, width, form.name.toUpperCase(), { bold: true, size: 14 });
  put(5, 1, width, `Kỳ báo cáo: ${periodName(parsePeriod(period.id)!)} (từ ngày ${vi(period.start)} đến ngày ${vi(period.end)})`, { italic: true });
  put(6, 1, width, `Đơn vị báo cáo: ${unit.name} (mã ${unit.code})`);

  let r = 8;
  form.sections.forEach((section, si) => {
    const cols = columns[si];
    put(r++, 1, width, section.name, { bold: true }, { horizontal: 'left' });
    const top = r;
    const heads = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số'];
    heads.forEach((h, i) => {
      if (cols.length) ws.mergeCells(top, i + 1, top + 1, i + 1);
      ws.getCell(top, i + 1).value = h;
    });
    if (cols.length) {
      if (cols.length > 1) ws.mergeCells(top, 5, top, 4 + cols.length);
      ws.getCell(top, 5).value = 'Chia theo';
      for (const [i, c] of cols.entries()) ws.getCell(top + 1, 5 + i).value = c.name;
    }
    const headRows = cols.length ? 2 : 1;
    for (let hr = top; hr < top + headRows; hr++)
      for (let c = 1; c <= 4 + cols.length; c++) {
        const cell = ws.getCell(hr, c);
        cell.font = { name: 'Times New Roman', bold: true, size: 11 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = BORDER;
      }
    r = top + headRows;
    section.elements.forEach((el, i) => {
      const cocOf = new Map(el.optionCombos.map((c) => [c.code, c.id]));
      const none = el.optionCombos.find((c) => c.code === 'none');
      const parts = el.optionCombos
        .filter((c) => c.code !== 'none')
        .map((c) => values.get(`${el.id}:${c.id}`))
        .filter((v): v is string => v !== undefined);
      const total = none
        ? displayValue(values.get(`${el.id}:${none.id}`) ?? null, el.valueType)
        : parts.length && NUMERIC.has(el.valueType)
          ? parts.reduce((s, v) => s + Number(v), 0)
          : null;
      const row = ws.getRow(r++);
      const line: ExcelJS.CellValue[] = [
        i + 1,
        el.name,
        measures.get(el.id) ?? '',
        total,
        ...cols.map((c) => (cocOf.has(c.code) ? displayValue(values.get(`${el.id}:${cocOf.get(c.code)}`) ?? null, el.valueType) : null)),
      ];
      for (const [c, v] of line.entries()) row.getCell(c + 1).value = v;
      for (let c = 1; c <= 4 + cols.length; c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        cell.font = { name: 'Times New Roman', size: 11 };
        cell.alignment = { vertical: 'middle', wrapText: c === 2, horizontal: c === 2 ? 'left' : 'center' };
        if (c >= 4) cell.numFmt = '#,##0.##';
      }
    });
    r++;
  });

  const [y, m, d] = todayVN().split('-');
  put(r + 1, half + 1, width, `......, ngày ${d} tháng ${m} năm ${y}`, { italic: true });
  put(r + 2, 1, half, 'NGƯỜI LẬP BIỂU', { bold: true });
  put(r + 2, half + 1, width, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  put(r + 3, 1, half, '(Ký, ghi rõ họ tên)', { italic: true });
  put(r + 3, half + 1, width, '(Ký tên, đóng dấu, ghi rõ họ tên)', { italic: true });
  ws.pageSetup.printArea = `A1:${ws.getColumn(width).letter}${r + 8}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
