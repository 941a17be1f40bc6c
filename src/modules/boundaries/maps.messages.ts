/** Messages of the map values (vi, en). */
export const mapMessages: Record<string, { vi: string; en: string }> = {
  map_no_districts: {
    vi: 'Từ ngày 01/07/2025 không còn cấp huyện; hãy chọn cấp tỉnh hoặc cấp xã, hoặc chọn một ngày trước 01/07/2025',
    en: 'There are no districts from 01/07/2025; choose provinces or communes, or a date before 01/07/2025',
  },
  map_level_not_below: {
    vi: 'Cấp đơn vị đã chọn không nằm dưới đơn vị {code}; hãy chọn một cấp thấp hơn',
    en: 'The chosen level is not below unit {code}; choose a lower level',
  },
};
