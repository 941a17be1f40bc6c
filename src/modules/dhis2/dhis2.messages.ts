/** Messages of the DHIS2 data exchange (dataValueSets import and export). */
export const dhis2Messages: Record<string, { vi: string; en: string }> = {
  dhis2_unknown_data_element: { vi: 'Không có chỉ tiêu "{code}"', en: 'There is no data element "{code}"' },
  dhis2_unknown_option_combo: { vi: 'Không có phân tổ "{code}" cho chỉ tiêu này', en: 'There is no category option combo "{code}" for this data element' },
  dhis2_unknown_org_unit: { vi: 'Không có đơn vị "{code}" trong kỳ {period}', en: 'There is no organisation unit "{code}" in period {period}' },
  dhis2_unknown_period: { vi: 'Kỳ "{period}" không hợp lệ', en: 'Period "{period}" is not valid' },
  dhis2_unknown_data_set: { vi: 'Không có biểu mẫu báo cáo "{code}"', en: 'There is no data set "{code}"' },
  dhis2_no_data_set: {
    vi: 'Chỉ tiêu "{code}" không thuộc biểu mẫu nào có kỳ {period} mà đơn vị phải báo cáo',
    en: 'Data element "{code}" is on no data set of period {period} that the unit reports',
  },
  dhis2_attribute_combo_unsupported: {
    vi: 'Không hỗ trợ attributeOptionCombo "{code}"; chỉ dùng mặc định',
    en: 'attributeOptionCombo "{code}" is not supported; only the default is',
  },
  dhis2_number_format: {
    vi: 'Số "{value}" không đúng cách viết của DHIS2: dùng dấu chấm cho phần thập phân và không dùng dấu phân cách hàng nghìn (ví dụ 1000 hoặc 12.5)',
    en: 'The number "{value}" is not written as DHIS2 writes numbers: a dot for decimals and no thousands separators (e.g. 1000 or 12.5)',
  },
  dhis2_number_not_exact: {
    vi: 'Số "{value}" có nhiều chữ số hơn mức lưu được chính xác (khoảng 15 chữ số có nghĩa, số nguyên đến 9007199254740991); không lưu để tránh làm sai số',
    en: 'The number "{value}" has more digits than can be kept exactly (about 15 significant digits; integers up to 9007199254740991); it was not stored rather than changed',
  },
  dhis2_missing_field: { vi: 'Thiếu {field}', en: '{field} is missing' },
  dhis2_bad_csv: { vi: 'Tệp CSV không đọc được: {reason}', en: 'The CSV file cannot be read: {reason}' },
  dhis2_import_success: { vi: 'Nhập dữ liệu thành công', en: 'Import process completed successfully' },
  dhis2_import_failed: { vi: 'Có {count} xung đột; không lưu giá trị nào', en: 'Conflicts found: {count}; nothing was imported' },
  dhis2_import_partial: { vi: 'Có {count} xung đột; đã bỏ qua các giá trị đó', en: 'Conflicts found: {count}; those values were ignored' },
  dhis2_dry_run: { vi: 'Chạy thử: không lưu gì', en: 'Dry run: nothing was saved' },
  dhis2_export_needs: {
    vi: 'Cần dataSet, orgUnit và period (hoặc startDate và endDate)',
    en: 'dataSet, orgUnit and period (or startDate and endDate) are required',
  },
  dhis2_bad_xml: { vi: 'Tệp XML không đọc được: {reason}', en: 'The XML cannot be read: {reason}' },
  dhis2_xml_doctype: {
    vi: 'Tệp XML không được có khai báo DOCTYPE (không hỗ trợ DTD và thực thể tự định nghĩa)',
    en: 'The XML must not have a DOCTYPE (DTDs and custom entities are not supported)',
  },
  dhis2_xml_wrong_root: { vi: 'Phần tử gốc phải là <{expected}>, không phải <{found}>', en: 'The root element must be <{expected}>, not <{found}>' },
  dhis2_too_many_values: { vi: 'Quá {max} giá trị trong một lần gửi', en: 'More than {max} values in one request' },
  dhis2_format_mismatch: { vi: 'Nội dung gửi không phải {format}; hãy đặt Content-Type phù hợp', en: 'The body is not {format}; set a matching Content-Type' },
  dhis2_adx_nine_months: { vi: 'Kỳ 9 tháng không có trong DHIS2 và ADX', en: 'Nine-month periods have no DHIS2 or ADX equivalent' },
  dhis2_adx_period_unsupported: {
    vi: 'Kỳ ADX "{period}" không tương ứng với kỳ báo cáo nào (chỉ nhận P1M, P3M, P6M, P1Y bắt đầu từ ngày đầu kỳ)',
    en: 'ADX period "{period}" matches no reporting period (only P1M, P3M, P6M, P1Y starting on the first day of the period)',
  },
  dhis2_adx_missing_category: {
    vi: 'Chỉ tiêu "{code}" thiếu thuộc tính phân tổ {category}',
    en: 'Data element "{code}" is missing the category attribute {category}',
  },
  dhis2_adx_unknown_category: { vi: 'Chỉ tiêu "{code}" không phân tổ theo "{category}"', en: 'Data element "{code}" is not broken down by "{category}"' },
  dhis2_adx_unknown_option: { vi: 'Phân tổ {category} không có lựa chọn "{option}"', en: 'Category {category} has no option "{option}"' },
  dhis2_metadata_unsupported: {
    vi: 'Có {count} mục DHIS2 không chuyển được; chưa nhập gì',
    en: 'DHIS2 items that cannot be converted: {count}; nothing was imported',
  },
  dhis2_value_type_unsupported: { vi: 'Kiểu giá trị DHIS2 "{type}" chưa được hỗ trợ', en: 'DHIS2 value type "{type}" is not supported' },
  dhis2_period_type_unsupported: { vi: 'Loại kỳ DHIS2 "{type}" chưa được hỗ trợ', en: 'DHIS2 period type "{type}" is not supported' },
  dhis2_period_type_not_used: {
    vi: 'Kỳ "{period}" thuộc loại kỳ DHIS2 {type}; không biểu mẫu nào ở đây dùng loại kỳ này (chỉ có tháng, quý, 6 tháng, năm)',
    en: 'Period "{period}" is a DHIS2 {type} period; no form here uses that period type (only Monthly, Quarterly, SixMonthly, Yearly)',
  },
  dhis2_period_type_mismatch: {
    vi: 'Kỳ "{period}" thuộc loại {type}, nhưng biểu mẫu của chỉ tiêu này dùng loại kỳ {expected}',
    en: 'Period "{period}" is {type}, but the form of this data element uses period type {expected}',
  },
  dhis2_job_not_found: { vi: 'Không có tác vụ nhập "{id}"', en: 'There is no import job "{id}"' },
  dhis2_value_not_found: { vi: 'Không có giá trị này', en: 'Data value does not exist' },
  dhis2_value_missing_param: { vi: 'Thiếu tham số {field}', en: 'Parameter {field} is missing' },
  dhis2_bad_parameter: { vi: 'Tham số {name} không hợp lệ: "{value}"', en: 'Parameter {name} is not valid: "{value}"' },
  dhis2_missing_category_combo: {
    vi: 'Chỉ tiêu dùng nhóm phân tổ "{id}" không có trong tệp; thêm nhóm phân tổ đó vào tệp',
    en: 'The data element uses category combo "{id}", which is not in the file; add it to the file',
  },
};
