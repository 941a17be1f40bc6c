/**
 * Coded values of the register with their Vietnamese and English labels. The API takes and returns
 * the codes; forms, imports and exports show the labels.
 */
type Labels = Record<string, { vi: string; en: string }>;

function codes<T extends Labels>(labels: T) {
  return { labels, codes: Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]] };
}

export const RELATIONSHIP = codes({
  head: { vi: 'Chủ hộ', en: 'Head' },
  wife: { vi: 'Vợ', en: 'Wife' },
  husband: { vi: 'Chồng', en: 'Husband' },
  child: { vi: 'Con', en: 'Child' },
  child_in_law: { vi: 'Con dâu, con rể', en: 'Child-in-law' },
  grandchild: { vi: 'Cháu', en: 'Grandchild' },
  father: { vi: 'Bố', en: 'Father' },
  mother: { vi: 'Mẹ', en: 'Mother' },
  grandparent: { vi: 'Ông, bà', en: 'Grandparent' },
  sibling: { vi: 'Anh, chị, em', en: 'Sibling' },
  other: { vi: 'Khác', en: 'Other' },
});

export const SEX = codes({ male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } });

export const HOUSING = codes({
  solid: { vi: 'Kiên cố', en: 'Solid' },
  semi_solid: { vi: 'Bán kiên cố', en: 'Semi-solid' },
  makeshift: { vi: 'Thiếu kiên cố, đơn sơ', en: 'Makeshift' },
});

export const WATER_SOURCE = codes({
  piped: { vi: 'Nước máy', en: 'Piped water' },
  drilled_well: { vi: 'Giếng khoan', en: 'Drilled well' },
  dug_well: { vi: 'Giếng đào', en: 'Dug well' },
  spring: { vi: 'Nước khe, mó, suối đầu nguồn', en: 'Spring' },
  rainwater: { vi: 'Nước mưa', en: 'Rainwater' },
  surface: { vi: 'Sông, suối, ao, hồ', en: 'Surface water' },
  bought: { vi: 'Nước mua', en: 'Bought water' },
  other: { vi: 'Khác', en: 'Other' },
});

export const ELECTRICITY = codes({
  grid: { vi: 'Điện lưới quốc gia', en: 'National grid' },
  off_grid: { vi: 'Nguồn điện khác (thủy điện nhỏ, mặt trời, máy phát)', en: 'Off-grid (small hydro, solar, generator)' },
  none: { vi: 'Không có điện', en: 'No electricity' },
});

export const TOILET = codes({
  septic: { vi: 'Tự hoại', en: 'Septic tank' },
  semi_septic: { vi: 'Bán tự hoại', en: 'Semi-septic' },
  double_vault: { vi: 'Hai ngăn', en: 'Double-vault' },
  ventilated_pit: { vi: 'Chìm có ống thông hơi', en: 'Ventilated pit' },
  unhygienic: { vi: 'Không hợp vệ sinh', en: 'Unhygienic' },
  none: { vi: 'Không có nhà tiêu', en: 'None' },
});

export const LIVELIHOOD = codes({
  crops: { vi: 'Trồng trọt', en: 'Crops' },
  livestock: { vi: 'Chăn nuôi', en: 'Livestock' },
  forestry: { vi: 'Lâm nghiệp', en: 'Forestry' },
  aquaculture: { vi: 'Thủy sản', en: 'Aquaculture' },
  wage: { vi: 'Làm thuê, tiền lương', en: 'Wages' },
  trade_services: { vi: 'Buôn bán, dịch vụ', en: 'Trade and services' },
  handicraft: { vi: 'Tiểu thủ công nghiệp', en: 'Handicraft' },
  pension_allowance: { vi: 'Lương hưu, trợ cấp', en: 'Pension, allowances' },
  other: { vi: 'Khác', en: 'Other' },
});

/** Monthly income per person, thousand đồng (rural poverty line 1,500, near-poor 2,000 under Decree 07/2021). */
export const INCOME_BAND = codes({
  below_1500: { vi: 'Dưới 1,5 triệu đồng/người/tháng', en: 'Under 1.5 million đồng per person per month' },
  '1500_2000': { vi: 'Từ 1,5 đến dưới 2 triệu', en: '1.5 to 2 million' },
  '2000_4000': { vi: 'Từ 2 đến dưới 4 triệu', en: '2 to 4 million' },
  above_4000: { vi: 'Từ 4 triệu trở lên', en: '4 million or more' },
});

export const INTERNET = codes({
  fixed: { vi: 'Internet cố định (cáp quang, ADSL)', en: 'Fixed broadband' },
  mobile: { vi: 'Chỉ qua di động (3G/4G)', en: 'Mobile only' },
  none: { vi: 'Không có', en: 'None' },
});

export const POVERTY_STATUS = codes({
  poor: { vi: 'Hộ nghèo', en: 'Poor' },
  near_poor: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  not_poor: { vi: 'Không nghèo', en: 'Not poor' },
});

/** The 12 deprivation indicators of the multidimensional poverty standard 2022–2025 (Decree 07/2021/NĐ-CP). */
export const DEPRIVATION = codes({
  employment: { vi: 'Việc làm', en: 'Employment' },
  dependants: { vi: 'Người phụ thuộc trong hộ gia đình', en: 'Dependants in the household' },
  nutrition: { vi: 'Dinh dưỡng', en: 'Nutrition' },
  health_insurance: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
  adult_education: { vi: 'Trình độ giáo dục của người lớn', en: 'Education of adults' },
  school_attendance: { vi: 'Tình trạng đi học của trẻ em', en: 'School attendance of children' },
  housing_quality: { vi: 'Chất lượng nhà ở', en: 'Housing quality' },
  housing_area: { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Housing area per person' },
  domestic_water: { vi: 'Nguồn nước sinh hoạt', en: 'Domestic water' },
  toilet: { vi: 'Nhà tiêu hợp vệ sinh', en: 'Hygienic toilet' },
  telecom: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecom services' },
  information_access: { vi: 'Phương tiện phục vụ tiếp cận thông tin', en: 'Means of access to information' },
});

export const MARITAL = codes({
  single: { vi: 'Chưa kết hôn', en: 'Never married' },
  married: { vi: 'Đang có vợ/chồng', en: 'Married' },
  widowed: { vi: 'Góa', en: 'Widowed' },
  divorced: { vi: 'Ly hôn', en: 'Divorced' },
  separated: { vi: 'Ly thân', en: 'Separated' },
});

export const EDUCATION = codes({
  none: { vi: 'Chưa đi học', en: 'No schooling' },
  primary: { vi: 'Tiểu học', en: 'Primary' },
  lower_secondary: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  upper_secondary: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
  vocational: { vi: 'Sơ cấp, trung cấp nghề', en: 'Vocational' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học', en: 'University' },
  postgraduate: { vi: 'Sau đại học', en: 'Postgraduate' },
});

export const SCHOOL_ENROLMENT = codes({
  enrolled: { vi: 'Đang đi học', en: 'Enrolled' },
  dropped_out: { vi: 'Đã bỏ học', en: 'Dropped out' },
  never: { vi: 'Chưa từng đi học', en: 'Never attended' },
  finished: { vi: 'Đã thôi học, tốt nghiệp', en: 'Finished' },
  not_school_age: { vi: 'Không trong độ tuổi đi học', en: 'Not of school age' },
});

/** Degrees under the Law on Persons with Disabilities (2010). */
export const DISABILITY = codes({
  none: { vi: 'Không', en: 'None' },
  mild: { vi: 'Khuyết tật nhẹ', en: 'Mild' },
  severe: { vi: 'Khuyết tật nặng', en: 'Severe' },
  very_severe: { vi: 'Khuyết tật đặc biệt nặng', en: 'Very severe' },
});

export const RELIGION = codes({
  none: { vi: 'Không', en: 'None' },
  buddhism: { vi: 'Phật giáo', en: 'Buddhism' },
  catholicism: { vi: 'Công giáo', en: 'Catholicism' },
  protestantism: { vi: 'Tin Lành', en: 'Protestantism' },
  caodaism: { vi: 'Cao Đài', en: 'Caodaism' },
  hoa_hao: { vi: 'Phật giáo Hòa Hảo', en: 'Hoa Hao Buddhism' },
  islam: { vi: 'Hồi giáo', en: 'Islam' },
  other: { vi: 'Khác', en: 'Other' },
});
