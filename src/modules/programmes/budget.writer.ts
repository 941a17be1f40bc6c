import ExcelJS from 'exceljs';
import type { progressRows } from './budget.service.js';

type Row = Awaited<ReturnType<typeof progressRows>>[number];

/** A number cell while it is exact in a spreadsheet (below 2^53); text beyond, so no đồng is lost. */
const cell = (v: bigint) => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString());

/**
 * The programme's progress report: one line per item (programme, projects, sub-projects, activities,
 * each with everything under it), allocation and disbursement by source, and the disbursement rate.
 */
export async function progressWorkbook(rows: Row[], head: { title: string; year: number; area: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiến độ giải ngân');
  const sources = ['Trung ương', 'Địa phương', 'Vốn vay', 'Khác'];
  ws.addRow([`BÁO CÁO TIẾN ĐỘ GIẢI NGÂN VỐN NĂM ${head.year}`]);
  ws.addRow([head.title]);
  ws.addRow([`Địa bàn: ${head.area}`, '', '', '', '', '', '', '', '', '', '', '', '', 'Đơn vị tính: đồng']);
  ws.addRow([]);
  const top = ws.addRow([
    'STT',
    'Nội dung',
    'Kế hoạch vốn được giao',
    '',
    '',
    '',
    '',
    'Vốn đã giải ngân',
    '',
    '',
    '',
    '',
    'Tỷ lệ giải ngân (%)',
    'Vốn đã cam kết',
  ]);
  const sub = ws.addRow(['', '', 'Tổng số', ...sources, 'Tổng số', ...sources, '', '']);
  ws.mergeCells(top.number, 1, sub.number, 1);
  ws.mergeCells(top.number, 2, sub.number, 2);
  ws.mergeCells(top.number, 3, top.number, 7);
  ws.mergeCells(top.number, 8, top.number, 12);
  ws.mergeCells(top.number, 13, sub.number, 13);
  ws.mergeCells(top.number, 14, sub.number, 14);
  for (const r of [top, sub]) {
    r.font = { bold: true };
    r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  ws.getRow(1).font = { bold: true, size: 13 };
  for (const r of rows) {
    const rate = r.totals.allocated > 0n ? Number((r.totals.disbursed * 10_000n) / r.totals.allocated) / 100 : null;
    const line = ws.addRow([
      r.node.code,
      `${'  '.repeat(r.node.depth)}${r.node.name}`,
      cell(r.totals.allocated),
      ...r.allocated.map(cell),
      cell(r.totals.disbursed),
      ...r.disbursed.map(cell),
      rate,
      cell(r.totals.committed),
    ]);
    if (r.node.depth <= 1) line.font = { bold: true };
    line.alignment = { vertical: 'top', wrapText: true };
    for (let c = 3; c <= 14; c++) line.getCell(c).numFmt = c === 13 ? '0.00' : '#,##0';
  }
  ws.columns.forEach((col, i) => {
    col.width = i === 1 ? 60 : i === 0 ? 12 : 16;
  });
  ws.views = [{ state: 'frozen', ySplit: sub.number, xSplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
