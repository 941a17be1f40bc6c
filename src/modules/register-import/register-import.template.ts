/**
 * The import template: the header row (Vietnamese, row 1), two example rows of one household,
 * drop-down lists for coded columns drawn from a hidden "Mã" sheet, and a help sheet. The CSV
 * template carries the same header and examples.
 */
import ExcelJS from 'exceljs';
import { csvField } from '../../shared/csv-cell.js';
import { CODED, DEPRIVATION_LABELS, IMPORT_COLUMNS, type ImportColumn } from './register-import.columns.js';

const MAX_ROWS = 10_000;

/** The example household: head and child, Mường, commune 05128 (Tân Lạc). */
export const EXAMPLE_ROWS: Partial<Record<ImportColumn, string>>[] = [
  {
    communeCode: '05128',
    householdCode: 'MAU-001',
    relationship: 'Chủ hộ',
    fullName: 'Bùi Văn Mẫu',
    sex: 'Nam',
    birth: '12/04/1975',
    ethnic: 'Mường',
    religion: 'Không',
    cccd: '017075000001',
    address: 'Xóm Mẫu',
    housing: 'Bán kiên cố',
    waterSource: 'Giếng đào',
    electricity: 'Điện lưới quốc gia',
    internetAccess: 'Chỉ qua di động (3G/4G)',
    smartphones: '1',
    povertyYear: '2025',
    povertyStatus: 'Hộ cận nghèo',
  },
  { communeCode: '05128', householdCode: 'MAU-001', relationship: 'Con', fullName: 'Bùi Thị Mẫu', sex: 'Nữ', birth: '2005', ethnic: '06' },
];

const CODED_COLUMNS: Partial<Record<ImportColumn, Record<string, { vi: string }>>> = CODED;

function letter(n: number): string {
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function xlsxTemplate(ethnicNames: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dantoc';
  const ws = wb.addWorksheet('Nhân khẩu', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(IMPORT_COLUMNS.map((c) => c.headers[0])).font = { bold: true };
  for (const ex of EXAMPLE_ROWS) ws.addRow(IMPORT_COLUMNS.map((c) => ex[c.key] ?? ''));
  IMPORT_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(12, c.headers[0].length + 4);
    ws.getColumn(i + 1).numFmt = '@';
  });
  const codes = wb.addWorksheet('Mã', { state: 'hidden' });
  const lists: [ImportColumn, string[]][] = [
    ...Object.entries(CODED_COLUMNS).map(([k, labels]) => [k as ImportColumn, Object.values(labels!).map((l) => l.vi)] as [ImportColumn, string[]]),
    ['ethnic', ethnicNames],
  ];
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  lists.forEach(([key, values], i) => {
    codes.getCell(1, i + 1).value = key;
    values.forEach((v, j) => {
      codes.getCell(j + 2, i + 1).value = v;
    });
    const at = IMPORT_COLUMNS.findIndex((c) => c.key === key);
    const col = letter(at);
    validations.add(`${col}2:${col}${MAX_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'Mã'!$${letter(i)}$2:$${letter(i)}$${values.length + 1}`],
      // Codes and names without diacritics are accepted too, so a warning rather than a stop.
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'Chọn trong danh sách (có thể ghi mã hoặc tên không dấu)',
    });
  });
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 28 }, { width: 100 }];
  const lines: [string, string][] = [
    ['Cột', 'Cách ghi (how to fill it)'],
    ['Mỗi dòng', 'Một nhân khẩu. Các cột của hộ (địa chỉ, nhà ở, nghèo…) ghi ở dòng chủ hộ; các dòng khác để trống là "như chủ hộ". One row per person.'],
    ['Mã xã, Mã hộ', 'Bắt buộc. Mã xã 5 chữ số đang có hiệu lực vào Ngày hiệu lực; mã hộ duy nhất trong xã. Các dòng của một hộ phải liền nhau.'],
    ['Quan hệ với chủ hộ', 'Mỗi hộ mới có đúng một "Chủ hộ".'],
    ['Ngày sinh', 'dd/mm/yyyy hoặc chỉ năm yyyy.'],
    ['Cột có danh sách', 'Ghi mã, tên tiếng Việt hoặc tên không dấu, ví dụ Dân tộc: "06", "Mường" hoặc "Muong".'],
    [
      'Chỉ số thiếu hụt',
      `Tên các chỉ số cách nhau bằng dấu chấm phẩy: ${Object.values(DEPRIVATION_LABELS)
        .map((l) => l.vi)
        .join('; ')}.`,
    ],
    ['Có/Không', 'Biết đọc, biết viết; Biết tiếng Việt; Bảo hiểm y tế: Có hoặc Không.'],
    ['Ngày hiệu lực', 'Không bắt buộc (mặc định hôm nay): ngày lập hộ mới hoặc ngày các thay đổi có hiệu lực.'],
    [
      'Nhập lại',
      'Nhập lại cùng một tệp không thay đổi gì; tệp đã sửa cập nhật đúng hộ (theo mã xã + mã hộ) và đúng người (theo CCCD, hoặc họ tên + năm sinh), có lưu lịch sử.',
    ],
    ['Bảng mã', 'Unicode (UTF-8). Tệp CSV Windows-1258 hoặc TCVN3 (ABC) được chuyển đổi; VNI bị từ chối.'],
  ];
  for (const l of lines) help.addRow(l);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// Quoted at a semicolon too: Excel in a Vietnamese locale splits CSV lines on it.
const csvCell = (v: string) => csvField(v, ',;');

export function csvTemplate(): Buffer {
  const lines = [
    IMPORT_COLUMNS.map((c) => csvCell(c.headers[0])).join(','),
    ...EXAMPLE_ROWS.map((ex) => IMPORT_COLUMNS.map((c) => csvCell(ex[c.key] ?? '')).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
