/** Messages of analytics: indicators, pivot queries and saved visualisations. */
export const analyticsMessages: Record<string, { vi: string; en: string }> = {
  analytics_expression_invalid: {
    vi: 'Công thức {part} sai cú pháp tại vị trí {position}: {reason}',
    en: 'The {part} formula has a syntax error at position {position}: {reason}',
  },
  analytics_unknown_reference: {
    vi: 'Công thức {part} tham chiếu tới mục không có: {refs}',
    en: 'The {part} formula refers to something that does not exist: {refs}',
  },
  analytics_indicator_exists: { vi: 'Đã có chỉ tiêu mã {code}', en: 'An indicator with code {code} already exists' },
  analytics_indicator_in_use: {
    vi: 'Chỉ tiêu {code} đang được dùng trong chỉ tiêu khác: {refs}',
    en: 'Indicator {code} is used by other indicators: {refs}',
  },
  analytics_unknown_data: { vi: 'Không có dữ liệu: {items}', en: 'Unknown data: {items}' },
  analytics_unknown_period: { vi: 'Kỳ không hợp lệ: {period}', en: 'Not a period: {period}' },
  analytics_too_many_periods: { vi: 'Quá nhiều kỳ (tối đa {max})', en: 'Too many periods (at most {max})' },
  analytics_dimension_twice: {
    vi: 'Chiều {dimension} chỉ được đặt ở một chỗ (hàng hoặc cột)',
    en: 'The dimension {dimension} can be on rows or columns, not both',
  },
  analytics_unknown_category: { vi: 'Không có phân tổ {code}', en: 'Unknown category {code}' },
  analytics_too_many_cells: {
    vi: 'Bảng quá lớn ({cells} ô, tối đa {max}): hãy chọn ít đơn vị, kỳ hoặc chiều hơn',
    en: 'The table is too large ({cells} cells, at most {max}): choose fewer units, periods or dimensions',
  },
  analytics_visualisation_not_yours: {
    vi: 'Chỉ người tạo mới được sửa, chia sẻ hoặc xóa biểu đồ này',
    en: 'Only its owner can change, share or delete this visualisation',
  },
  analytics_map_not_yours: {
    vi: 'Chỉ người tạo mới được sửa, chia sẻ hoặc xóa bản đồ này',
    en: 'Only its owner can change, share or delete this map',
  },
  dashboard_not_yours: {
    vi: 'Chỉ người tạo mới được sửa, chia sẻ hoặc xóa bảng điều khiển này',
    en: 'Only its owner can change, share or delete this dashboard',
  },
  dashboard_item_twice: { vi: 'Mục {id} có hai lần trong bảng điều khiển', en: 'Item {id} appears twice on the dashboard' },
  dashboard_item_unknown: {
    vi: 'Không có biểu đồ hoặc bản đồ đã lưu số {id} mà bạn được xem',
    en: 'There is no saved visualisation or map {id} that you may open',
  },
  dashboard_text_empty: { vi: 'Mục văn bản chưa có nội dung', en: 'The text item is empty' },
  dashboard_data_set_missing: { vi: 'Hãy chọn biểu báo cáo cho mục tình hình nộp báo cáo', en: 'Choose the report form of the completeness item' },
  dashboard_unit_outside: { vi: 'Đơn vị {code} không thuộc địa bàn của bạn', en: 'Unit {code} is not in your area' },
  analytics_unknown_user: { vi: 'Không có người dùng: {ids}', en: 'Unknown users: {ids}' },
};

/** Names of register measures, filters and relative periods (vi, en). */
export const MEASURE_NAMES: Record<string, [string, string]> = {
  persons: ['Số người (sổ hộ)', 'Persons (register)'],
  households: ['Số hộ (sổ hộ)', 'Households (register)'],
  poor_households: ['Số hộ nghèo (sổ hộ)', 'Poor households (register)'],
  near_poor_households: ['Số hộ cận nghèo (sổ hộ)', 'Near-poor households (register)'],
};
export const FILTER_NAMES: Record<string, [string, string]> = {
  minority: ['dân tộc thiểu số', 'minority'],
  majority: ['không phải dân tộc thiểu số', 'not minority'],
  male: ['nam', 'male'],
  female: ['nữ', 'female'],
};
export const RELATIVE_NAMES: Record<string, [string, string]> = {
  THIS_YEAR: ['Năm nay', 'This year'],
  LAST_YEAR: ['Năm trước', 'Last year'],
  LAST_5_YEARS: ['5 năm gần nhất', 'Last 5 years'],
  THIS_QUARTER: ['Quý này', 'This quarter'],
  LAST_QUARTER: ['Quý trước', 'Last quarter'],
  LAST_4_QUARTERS: ['4 quý gần nhất', 'Last 4 quarters'],
  THIS_MONTH: ['Tháng này', 'This month'],
  LAST_MONTH: ['Tháng trước', 'Last month'],
  LAST_6_MONTHS: ['6 tháng gần nhất', 'Last 6 months'],
  LAST_12_MONTHS: ['12 tháng gần nhất', 'Last 12 months'],
};
/** Labels of dimension values that are not names in the database. */
export const VALUE_NAMES: Record<string, Record<string, [string, string]>> = {
  sex: { male: ['Nam', 'Male'], female: ['Nữ', 'Female'] },
  minority: { yes: ['Dân tộc thiểu số', 'Ethnic minority'], no: ['Không phải dân tộc thiểu số', 'Not minority'] },
  poverty: {
    poor: ['Hộ nghèo', 'Poor'],
    near_poor: ['Hộ cận nghèo', 'Near-poor'],
    not_poor: ['Không nghèo', 'Not poor'],
    none: ['Chưa xếp loại', 'Not classified'],
  },
  age: {
    '0-5': ['0–5 tuổi', '0–5 years'],
    '6-14': ['6–14 tuổi', '6–14 years'],
    '15-17': ['15–17 tuổi', '15–17 years'],
    '18-59': ['18–59 tuổi', '18–59 years'],
    '60+': ['Từ 60 tuổi', '60 and over'],
  },
};
export const TOTAL_NAME: [string, string] = ['Tổng', 'Total'];
