/** Error messages of the reporting metadata (forms, data elements, disaggregations, rules). */
export const reportingMetadataMessages: Record<string, { vi: string; en: string }> = {
  reporting_code_exists: { vi: 'Mã {code} đã được dùng', en: 'The code {code} is already in use' },
  reporting_unknown_code: { vi: 'Không có mục nào mang mã {code}', en: 'Nothing carries the code {code}' },
  dhis2_org_unit_uid_taken: {
    vi: 'Mã DHIS2 {uid} đã gắn với đơn vị {code}; một đơn vị DHIS2 chỉ ứng với một đơn vị',
    en: 'The DHIS2 id {uid} is already mapped to unit {code}; a DHIS2 org unit maps to one unit only',
  },
  reporting_duplicate_code: { vi: 'Mã {code} bị lặp', en: 'The code {code} appears twice' },
  reporting_code_mismatch: {
    vi: 'Mã trong nội dung phải trùng với mã trên địa chỉ ({code})',
    en: 'The code in the body must match the code in the address ({code})',
  },
  reporting_builtin: { vi: 'Tổ hợp {code} có sẵn trong hệ thống, không sửa được', en: 'The combination {code} is built in and cannot be changed' },
  reporting_combo_fixed: {
    vi: 'Không đổi được các phân tổ của tổ hợp {code} sau khi đã tạo; hãy tạo tổ hợp mới',
    en: 'The categories of combination {code} cannot change once it exists; create a new combination',
  },
  reporting_min_above_max: { vi: 'Giá trị nhỏ nhất ({min}) lớn hơn giá trị lớn nhất ({max})', en: 'The minimum ({min}) is above the maximum ({max})' },
  reporting_unknown_unit: { vi: 'Không có đơn vị hành chính mã {code}', en: 'No administrative unit has the code {code}' },
  reporting_bad_expression: {
    vi: 'Biểu thức không hợp lệ ({reason}) ở ký tự thứ {position}',
    en: 'The expression is not valid ({reason}) at character {position}',
  },
  reporting_unknown_operand: { vi: 'Biểu thức dùng mã không có: {code}', en: 'The expression uses an unknown code: {code}' },
  reporting_import_failed: { vi: 'Tệp siêu dữ liệu có {count} lỗi; chưa có gì được ghi', en: 'The metadata document has {count} errors; nothing was written' },
  reporting_element_in_use: {
    vi: 'Chỉ tiêu {code} đã có số liệu: không đổi được kiểu giá trị hay cách phân tổ; hãy tạo chỉ tiêu mới',
    en: 'Data element {code} already holds values: its value type and breakdown cannot change; create a new element',
  },
  reporting_owner_national: {
    vi: 'Mục {code} là cấu hình dùng chung toàn quốc: chỉ quản trị hệ thống được thay đổi',
    en: 'Item {code} is national configuration: only system administrators can change it',
  },
  reporting_owner_other: { vi: 'Mục {code} thuộc một địa bàn khác: bạn không thay đổi được', en: 'Item {code} belongs to another area: you cannot change it' },
  reporting_owner_outside: {
    vi: 'Chỉ giao được mục {code} cho địa bàn bạn quản lý',
    en: 'Item {code} can only be given to an area you manage',
  },
  reporting_unit_out_of_reach: { vi: 'Đơn vị {code} nằm ngoài địa bàn bạn quản lý', en: 'Unit {code} is outside your area' },
  reporting_assign_outside: {
    vi: 'Việc giao báo cáo theo cấp phủ cả ngoài địa bàn bạn quản lý: chỉ giao theo cấp trong tỉnh của bạn (chọn tỉnh ở ô “Trong tỉnh”)',
    en: 'Assigning by level reaches beyond your area: assign by level only within your province (choose it under “Within province”)',
  },
  reporting_bad_period: { vi: 'Mã kỳ báo cáo không hợp lệ: {id}', en: 'Not a valid period id: {id}' },
};
