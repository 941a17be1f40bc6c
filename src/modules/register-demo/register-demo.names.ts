/**
 * Name lists for the synthetic register, per ethnic group. Family names carry weights (how common
 * the name is in Hòa Bình's communities: Bùi and Đinh dominate Mường villages, Lò/Hà/Vì Thái ones,
 * Giàng/Vàng/Sùng Mông ones); given names are split by sex. Names are written the way they appear
 * in Vietnamese civil records (Mông men carry the middle name "A", most women "Thị").
 */

/** A weighted list: [value, weight][]. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** Naming habits of one group. */
export interface NameStyle {
  family: Weighted<string>;
  middleMale: Weighted<string>;
  middleFemale: Weighted<string>;
  givenMale: readonly string[];
  givenFemale: readonly string[];
}

const COMMON_MALE = [
  'An', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Hưng', 'Huy', 'Khánh', 'Kiên',
  'Lâm', 'Long', 'Lộc', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quyết', 'Sơn', 'Thắng', 'Thành',
  'Thuận', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Bảo', 'Công', 'Định', 'Giang', 'Hậu', 'Khoa',
  'Lực', 'Tâm', 'Thái', 'Thịnh', 'Trường', 'Tú', 'Vũ',
];
const COMMON_FEMALE = [
  'Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Huyền', 'Lan',
  'Liên', 'Linh', 'Loan', 'Lụa', 'Mai', 'Mến', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo',
  'Thơm', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Yến', 'Hường', 'Khuyên', 'Lệ', 'Minh', 'Nguyệt', 'Nhàn',
  'Sen', 'Thắm', 'Thanh', 'Thúy', 'Uyên', 'Vui', 'Ánh',
];

const KINH: NameStyle = {
  family: [
    ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Đỗ', 3], ['Bùi', 3], ['Đặng', 2],
    ['Ngô', 2], ['Dương', 2], ['Phan', 2], ['Đinh', 2], ['Trịnh', 2], ['Đào', 1], ['Lương', 1], ['Tạ', 1], ['Cao', 1],
    ['Hà', 1], ['Mai', 1], ['Lý', 1],
  ],
  middleMale: [['Văn', 45], ['Đức', 10], ['Minh', 10], ['Quang', 7], ['Hữu', 7], ['Xuân', 5], ['Thành', 5], ['Tiến', 4], ['Ngọc', 4], ['Duy', 3]],
  middleFemale: [['Thị', 60], ['Thu', 8], ['Ngọc', 7], ['Thanh', 7], ['Minh', 5], ['Hồng', 5], ['Phương', 4], ['Kim', 4]],
  givenMale: COMMON_MALE,
  givenFemale: COMMON_FEMALE,
};

const MUONG: NameStyle = {
  family: [
    ['Bùi', 42], ['Đinh', 20], ['Quách', 7], ['Xa', 4], ['Hoàng', 4], ['Bạch', 4], ['Hà', 4], ['Nguyễn', 4], ['Cao', 2],
    ['Trương', 2], ['Lê', 1], ['Sa', 1], ['Kiều', 1],
  ],
  middleMale: [['Văn', 70], ['Công', 12], ['Đức', 5], ['Minh', 4], ['Xuân', 3], ['Tiến', 3], ['Quang', 3]],
  middleFemale: [['Thị', 85], ['Thu', 4], ['Thanh', 4], ['Ngọc', 3], ['Hồng', 2], ['Minh', 2]],
  givenMale: [...COMMON_MALE, 'Khiêm', 'Khương', 'Khánh', 'Pháp', 'Thiện', 'Luân', 'Ngân', 'Dự', 'Hoan', 'Chinh', 'Kỳ', 'Ước'],
  givenFemale: [...COMMON_FEMALE, 'Nhâm', 'Sợi', 'Thiêm', 'Bích', 'Chiêm', 'Luyến', 'Nhất', 'Ước', 'Dần', 'Hoài'],
};

const THAI: NameStyle = {
  family: [['Lò', 22], ['Hà', 22], ['Lường', 12], ['Vì', 12], ['Sa', 8], ['Mạc', 7], ['Xa', 5], ['Cầm', 4], ['Đinh', 4], ['Lê', 2], ['Tòng', 2]],
  middleMale: [['Văn', 85], ['Công', 5], ['Minh', 5], ['Đức', 5]],
  middleFemale: [['Thị', 92], ['Thu', 4], ['Thanh', 4]],
  givenMale: ['Pọm', 'Ọn', 'Khăm', 'Pánh', 'Ún', 'Xương', 'Tiên', 'Cương', 'Panh', 'Phiêng', 'Inh', 'Chiến', 'Thắng', 'Hùng', 'Dũng', 'Hải', 'Nam', 'Tuấn', 'Bình', 'Sơn', 'Thanh', 'Mạnh', 'Kiên', 'Quân', 'Long'],
  givenFemale: ['Ỏm', 'Ơn', 'Pằn', 'Xiêm', 'Ươi', 'Khái', 'Pheng', 'Biên', 'Ín', 'Lả', 'Hoa', 'Lan', 'Mai', 'Hương', 'Hạnh', 'Thảo', 'Thủy', 'Trang', 'Nhung', 'Phương', 'Yến', 'Linh', 'Thơm'],
};

const TAY: NameStyle = {
  family: [['Xa', 18], ['Đinh', 15], ['Hà', 14], ['Lò', 10], ['Mạc', 8], ['Nông', 7], ['Hoàng', 7], ['Lường', 6], ['Sa', 5], ['Vì', 4], ['Bàn', 2], ['Lê', 2], ['Nguyễn', 2]],
  middleMale: [['Văn', 80], ['Công', 8], ['Đức', 6], ['Minh', 6]],
  middleFemale: [['Thị', 88], ['Thu', 6], ['Thanh', 6]],
  givenMale: [...COMMON_MALE.slice(0, 30), 'Ỏn', 'Khiêm', 'Nhất', 'Tiên', 'Pâng', 'Chung'],
  givenFemale: [...COMMON_FEMALE.slice(0, 30), 'Ỏm', 'Lả', 'Bình', 'Pằn', 'Nhất'],
};

const DAO: NameStyle = {
  family: [['Triệu', 30], ['Bàn', 22], ['Đặng', 18], ['Lý', 12], ['Phùng', 7], ['Chảo', 4], ['Tẩn', 3], ['Hoàng', 2], ['Trương', 2]],
  middleMale: [['Văn', 55], ['Tiến', 15], ['Kim', 10], ['Vần', 10], ['Phúc', 10]],
  middleFemale: [['Thị', 88], ['Mùi', 6], ['Kim', 6]],
  givenMale: ['Phin', 'Kiểm', 'Chiêu', 'Tả', 'Chàn', 'Quẩy', 'Sình', 'Lở', 'Dùn', 'Phú', 'Quý', 'Sơn', 'Hùng', 'Minh', 'Tài', 'Vàng', 'Seo', 'Lâm', 'Kiên', 'Thành'],
  givenFemale: ['Mẩy', 'Chòi', 'Mùi', 'Nái', 'Dào', 'Phây', 'Tòn', 'Sói', 'Sai', 'Nhất', 'Mai', 'Lan', 'Hoa', 'Hương', 'Thủy', 'Liên', 'Nga', 'Xuân'],
};

const MONG: NameStyle = {
  family: [['Giàng', 26], ['Vàng', 18], ['Sùng', 16], ['Thào', 12], ['Lầu', 10], ['Mùa', 8], ['Hạng', 4], ['Lý', 3], ['Hờ', 2], ['Lồ', 1]],
  middleMale: [['A', 88], ['Văn', 8], ['Seo', 4]],
  middleFemale: [['Thị', 90], ['Y', 10]],
  givenMale: ['Páo', 'Sử', 'Chứ', 'Lử', 'Tồng', 'Pó', 'Dê', 'Chư', 'Của', 'Nủ', 'Vàng', 'Sính', 'Chồng', 'Dình', 'Tú', 'Lềnh', 'Chá', 'Sua', 'Thái', 'Vừ'],
  givenFemale: ['Dế', 'Mỷ', 'Sua', 'Chua', 'Dua', 'Súa', 'Chò', 'Mai', 'Dợ', 'Pằng', 'Chá', 'Lia', 'Xây', 'Mỷ', 'Sông', 'Ly', 'Dung', 'Hoa'],
};

const NUNG: NameStyle = { ...TAY, family: [['Nông', 30], ['Hoàng', 20], ['Lương', 15], ['Vi', 10], ['Lục', 10], ['Mã', 8], ['Chu', 7]] };

/** Name style of each ethnic group code; groups without their own list use Kinh habits. */
export const NAME_STYLES: Readonly<Record<string, NameStyle>> = {
  '01': KINH,
  '02': TAY,
  '03': THAI,
  '06': MUONG,
  '07': NUNG,
  '08': MONG,
  '09': DAO,
};

export function nameStyleOf(ethnicCode: string): NameStyle {
  return NAME_STYLES[ethnicCode] ?? KINH;
}
