/** Texts of the register tools (import, export, duplicates, commune profile, access log). Every key in `vi` must also exist in `en`. */
export const toolsVi = {
  title: 'Công cụ sổ hộ',
  export: {
    button: 'Xuất dữ liệu',
    title: { households: 'Xuất danh sách hộ', persons: 'Xuất danh sách nhân khẩu' },
    filtersApplied: 'Theo bộ lọc đang chọn',
    format: 'Định dạng',
    columns: 'Các cột',
    selectAll: 'Chọn tất cả',
    selectNone: 'Bỏ chọn',
    columnsRequired: 'Chọn ít nhất một cột',
    purpose: 'Mục đích sử dụng',
    purposeHint: 'Bắt buộc, được ghi vào nhật ký truy cập cùng bộ lọc và số dòng.',
    purposePlaceholder: 'Ví dụ: Lập danh sách hộ nghèo gửi UBND xã',
    purposeRequired: 'Nhập mục đích sử dụng',
    purposeLength: 'Mục đích dài từ 3 đến 300 ký tự',
    download: 'Tải về',
    count: 'Đã chọn {{count}}/{{total}} cột',
  },
};

export const toolsEn: typeof toolsVi = {
  title: 'Register tools',
  export: {
    button: 'Export',
    title: { households: 'Export households', persons: 'Export persons' },
    filtersApplied: 'Using the current filters',
    format: 'Format',
    columns: 'Columns',
    selectAll: 'Select all',
    selectNone: 'Select none',
    columnsRequired: 'Choose at least one column',
    purpose: 'Purpose',
    purposeHint: 'Required; recorded in the access log with the filters and the row count.',
    purposePlaceholder: 'E.g. list of poor households for the commune People’s Committee',
    purposeRequired: 'Enter the purpose',
    purposeLength: 'The purpose must be 3 to 300 characters long',
    download: 'Download',
    count: '{{count}} of {{total}} columns selected',
  },
};
