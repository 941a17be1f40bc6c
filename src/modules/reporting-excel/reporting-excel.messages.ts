/** Error messages of the Excel template, its upload and the printable report. */
export const reportingExcelMessages: Record<string, { vi: string; en: string }> = {
  excel_mixed_form: { vi: 'Dòng này thuộc biểu mẫu hoặc kỳ khác với tệp ({code})', en: 'This row belongs to another form or period than the file ({code})' },
  excel_duplicate_cell: { vi: 'Ô số liệu {code} có hai lần trong tệp', en: 'The value {code} appears twice in the file' },
  excel_units_count: { vi: 'Cần từ 1 đến {max} mã đơn vị', en: 'Give between 1 and {max} unit codes' },
};
