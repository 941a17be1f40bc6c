import type { ColumnSpec } from '../spreadsheets/sheet.parse.js';

/**
 * Columns of the data-entry template. The coded ones (form, period, unit, element, option
 * combination) are hidden and say where each value goes; the rest are for reading.
 */
export const EXCEL_COLUMNS = [
  { key: 'dataSet', headers: ['Mã biểu', 'dataSet'], required: true },
  { key: 'period', headers: ['Mã kỳ', 'period'], required: true },
  { key: 'unit', headers: ['Mã đơn vị', 'unit'], required: true },
  { key: 'element', headers: ['Mã chỉ tiêu', 'dataElement'], required: true },
  { key: 'combo', headers: ['Mã phân tổ', 'categoryOptionCombo'], required: true },
  { key: 'unitName', headers: ['Đơn vị báo cáo', 'unitName'] },
  { key: 'name', headers: ['Chỉ tiêu', 'dataElementName'] },
  { key: 'comboName', headers: ['Phân tổ', 'disaggregation'] },
  { key: 'measure', headers: ['Đơn vị tính', 'measure'] },
  { key: 'value', headers: ['Giá trị', 'value'], required: true },
  { key: 'comment', headers: ['Ghi chú', 'comment'] },
] as const satisfies readonly ColumnSpec[];

export type ExcelKey = (typeof EXCEL_COLUMNS)[number]['key'];

/** 1-based column of a key in the template. */
export const colOf = (key: ExcelKey) => EXCEL_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Rows above the header: the title block. */
export const HEADER_ROW = 6;
