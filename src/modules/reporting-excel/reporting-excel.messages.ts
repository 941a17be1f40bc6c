/** Error messages of the Excel template, its upload and the printable report. */
export const reportingExcelMessages: Record<string, { vi: string; en: string }> = {
  excel_mixed_form: { vi: 'Dòng này thuộc biểu mẫu hoặc kỳ khác với tệp ({code})', en: 'This row belongs to another form or period than the file ({code})' },
  excel_duplicate_cell: { vi: 'Ô số liệu {code} có hai lần trong tệp', en: 'The value {code} appears twice in the file' },
  excel_not_xlsx: {
    vi: 'Tệp không phải tệp Excel (.xlsx); hãy tải lên mẫu Excel đã điền',
    en: 'The file is not an Excel workbook (.xlsx); upload the filled Excel template',
  },
  excel_not_template: {
    vi: 'Tệp Excel này không phải mẫu nhập số liệu tải từ hệ thống (thiếu cột {columns}); hãy tải mẫu và điền vào đó',
    en: 'This workbook is not a data-entry template downloaded from the system (missing columns {columns}); download the template and fill it in',
  },
  excel_other_form: {
    vi: 'Tệp là mẫu của biểu {dataSet}, kỳ {period}, không phải biểu {expectedDataSet}, kỳ {expectedPeriod} đang mở; chưa ghi gì',
    en: 'The file is the template of form {dataSet}, period {period}, not of form {expectedDataSet}, period {expectedPeriod} open here; nothing was saved',
  },
  excel_units_count: { vi: 'Cần từ 1 đến {max} mã đơn vị', en: 'Give between 1 and {max} unit codes' },
};
