/** Messages of the register import (row errors, job failures). */
export const registerImportMessages: Record<string, { vi: string; en: string }> = {
  import_invalid_code: { vi: '"{value}" không có trong danh mục {column}', en: '"{value}" is not in the list of {column}' },
  import_invalid_date: { vi: 'Ngày "{value}" không hợp lệ (ghi dd/mm/yyyy)', en: 'Date "{value}" is not valid (write dd/mm/yyyy)' },
  import_invalid_birth: {
    vi: 'Ngày sinh "{value}" không hợp lệ (ghi dd/mm/yyyy hoặc năm sinh yyyy)',
    en: 'Birth "{value}" is not valid (write dd/mm/yyyy or the year yyyy)',
  },
  import_invalid_number: { vi: '"{value}" không phải số hợp lệ cho {column}', en: '"{value}" is not a valid number for {column}' },
  import_invalid_flag: { vi: '"{value}" không hợp lệ; ghi Có hoặc Không', en: '"{value}" is not valid; write Có (yes) or Không (no)' },
  import_invalid_text: { vi: '"{value}" không hợp lệ cho {column}', en: '"{value}" is not valid for {column}' },
  import_unknown_village: { vi: 'Không có thôn "{value}" trong xã {commune}', en: 'No village "{value}" in commune {commune}' },
  import_rows_apart: {
    vi: 'Các dòng của hộ {code} phải liền nhau (đã gặp ở dòng {other})',
    en: 'The rows of household {code} must be together (already seen at row {other})',
  },
  import_cccd_repeated: { vi: 'Số CCCD {value} đã có ở dòng {other} của tệp', en: 'CCCD {value} already appears at row {other} of the file' },
  import_person_repeated: { vi: 'Người này đã có ở dòng {other} của hộ', en: 'This person already appears at row {other} of the household' },
  import_head_differs: {
    vi: 'Chủ hộ trong tệp khác chủ hộ đang có ({name}); hãy dùng sự kiện "Đổi chủ hộ"',
    en: 'The head in the file differs from the current head ({name}); use the "change head" event',
  },
  import_household_skipped: { vi: 'Hộ {code} bị bỏ qua vì có dòng lỗi', en: 'Household {code} was skipped because it has rows with errors' },
  import_poverty_incomplete: { vi: 'Cần cả năm xác định và tình trạng nghèo', en: 'Both the poverty year and the poverty status are needed' },
  import_unknown_deprivation: { vi: 'Chỉ số thiếu hụt "{value}" không có trong danh mục', en: 'Deprivation "{value}" is not in the list' },
  import_not_found: { vi: 'Không tìm thấy lần nhập này', en: 'This import was not found' },
  import_file_too_large: { vi: 'Tệp lớn quá {max} MB', en: 'The file is larger than {max} MB' },
  import_interrupted: {
    vi: 'Lần nhập bị gián đoạn do máy chủ khởi động lại; hãy tải tệp lên lại',
    en: 'The import was interrupted by a server restart; upload the file again',
  },
};
