import ExcelJS from 'exceljs';
import { z } from 'zod';
import { isoDate } from '../../shared/paging.js';
import { VILLAGE_COLUMNS } from './villages.import.js';
import type { VillageRow } from './villages.repository.js';
import { VILLAGE_TYPES } from './villages.types.js';

const MAX_ROWS = 5000;

/** Query of the template download. */
export const templateQuery = z.strictObject({
  /** Prefill the sheet with this unit's villages valid on `date`. */
  commune: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/)
    .optional(),
  date: isoDate.optional(),
});

/**
 * The village sheet officials fill in: Vietnamese headers, a drop-down for the type, the
 * commune name greyed as a reading aid, optionally prefilled with the villages held (so a
 * corrected copy can be uploaded again), and a sheet of instructions.
 */
export async function villageTemplate(prefill: VillageRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dantoc';
  const ws = wb.addWorksheet('Danh sách thôn', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = VILLAGE_COLUMNS.map((c) => (c.key === 'communeName' ? `${c.headers[0]} (chỉ để đọc)` : c.headers[0]));
  ws.addRow(headers).font = { bold: true };
  ws.columns = [{ width: 10 }, { width: 28 }, { width: 10 }, { width: 30 }, { width: 16 }];
  const label = new Map(VILLAGE_TYPES.map((t) => [t.code, t.vi]));
  for (const v of prefill) ws.addRow([v.commune_code, `${v.commune_type} ${v.commune_name}`, v.code, v.name, label.get(v.type)]);
  // Codes stay text so Excel keeps their leading zeros.
  ws.getColumn(1).numFmt = '@';
  ws.getColumn(3).numFmt = '@';
  const grey = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;
  for (let r = 1; r <= Math.max(prefill.length + 1, 200); r++) ws.getCell(r, 2).fill = grey;
  // exceljs writes a range-wide validation (one rule, not one per cell) though its types omit it.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`E2:E${MAX_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${VILLAGE_TYPES.map((t) => t.vi).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Loại không hợp lệ',
    error: 'Chọn Thôn, Bản, Xóm, Tổ dân phố hoặc Khác',
  });

  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 18 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Cột', 'Cách ghi (Column — how to fill it)'],
    ['Mã xã', 'Mã xã/phường 5 chữ số theo danh mục hiện hành (có thể ghi tên xã). Commune code (or name).'],
    ['Tên xã', 'Chỉ để đọc, không bắt buộc. For reading only.'],
    ['Mã thôn', 'Để trống khi thêm thôn mới: hệ thống tự cấp số tiếp theo (001, 002…). Ghi mã để sửa tên/loại của thôn đã có. Leave empty for a new village.'],
    ['Tên thôn', 'Bắt buộc, tối đa 100 ký tự, ví dụ "Bản Lác", "Xóm Trại", "Thôn 1". Required.'],
    ['Loại', 'Thôn, Bản, Xóm, Tổ dân phố hoặc Khác (có thể bỏ dấu). Để trống thì lấy theo chữ đầu của tên. Type.'],
    ['', ''],
    ['Lưu ý', 'Tải lên cùng một tệp hai lần không thay đổi gì. Dòng lỗi được liệt kê kèm tệp báo lỗi. Uploading the same file twice changes nothing.'],
    ['Bảng mã', 'Dùng Unicode. Tệp gõ bằng phông TCVN3 (.VnTime) hoặc VNI bị từ chối; hãy chuyển mã bằng Unikey trước. Use Unicode.'],
  ];
  for (const l of lines) help.addRow(l);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
