/** The header of a register file as officers fill it in (Vietnamese column names, the template's order). */
export const SAMPLE_HEADER = [
  'Mã xã',
  'Mã hộ',
  'Quan hệ với chủ hộ',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Số CCCD',
  'Địa chỉ',
  'Nhà ở',
  'Năm xác định nghèo',
  'Tình trạng nghèo',
];

/** One CSV cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
