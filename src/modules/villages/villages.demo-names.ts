/**
 * Name pools for the synthetic Hòa Bình villages: Mường hamlet names (most of the province),
 * Thái village names (Mai Châu, Đà Bắc) and lowland village names (Lương Sơn, Lạc Thủy, Yên Thủy).
 * Plausible, not the real list of any commune.
 */
export const MUONG_NAMES = [
  'Trại', 'Chiềng', 'Mới', 'Bãi', 'Đồng', 'Vó', 'Khoang', 'Bưng', 'Lác', 'Nà', 'Mu', 'Khả', 'Cọi', 'Bái', 'Sào', 'Đằm',
  'Tre', 'Vành', 'Rộc', 'Mường', 'Cháy', 'Mè', 'Thung', 'Bương', 'Lũy', 'Mạ', 'Chông', 'Cò', 'Mó', 'Mơ', 'Bến', 'Dệ',
  'Đồi', 'Bận', 'Khộp', 'Vôi', 'Gò', 'Gạo', 'Ráy', 'Trám', 'Mận', 'Sấu', 'Cốc', 'Bưởi', 'Bám', 'Khang', 'Vường', 'Ải',
  'Báy', 'Cang', 'Chạ', 'Ong', 'Mít', 'Nghẹ', 'Lộng', 'Báo', 'Đá Bạc', 'Đồng Bài', 'Thung Mài', 'Bãi Chạo', 'Mường Khến',
  'Mường Ai', 'Chiềng Khến', 'Khang Đồi', 'Bưng Mới', 'Cời', 'Đồng Tiến', 'Rậm', 'Thượng', 'Hạ', 'Trung', 'Thắng',
  'Bui', 'Đồng Mới', 'Bãi Lau', 'Vó Giữa', 'Ngoang', 'Sổ', 'Ba Bị', 'Mọi', 'Cháu', 'Khuyên', 'Trụ', 'Lốc', 'Chù',
];

export const THAI_NAMES = [
  'Lác', 'Văn', 'Pom Coọng', 'Nhót', 'Chiềng Sại', 'Đồng Bảng', 'Nà Phòn', 'Nà Chiềng', 'Bước', 'Sưng', 'Mỗ', 'Kè',
  'Mãn', 'Ang', 'Pù Bin', 'Nà Mèo', 'Tòng Đậu', 'Hang Trùng', 'Nà Sài', 'Piềng Cú', 'Chiềng Châu', 'Nà Thia', 'Lồ',
  'Vặn', 'Cha Lang', 'Tát', 'Kem', 'Pheo', 'Nà Luông', 'Thung Khe', 'Buổi', 'Xăm Khòe', 'Bò', 'Mờ', 'Nà Bó', 'Nà Lò',
  'Củm', 'Pưng', 'Cơm', 'Đá Mài', 'Nà Tang', 'Phiêng Sa', 'Hiềng', 'Mòn', 'Cun Pheo', 'Xà Lĩnh', 'Đoàn Kết', 'Sơn Thủy',
  'Thái Long', 'Nà Phặt', 'Pà Khôm', 'Tân Sơn', 'Bưa Sào', 'Nà Lốc', 'Tày Măng', 'Nà Mười', 'Chiềng Lau', 'Ké',
];

export const LOWLAND_NAMES = [
  'Đồng Tâm', 'Tân Lập', 'Yên Bình', 'Phú Thành', 'Hòa Bình', 'Thống Nhất', 'Quyết Tiến', 'Liên Hồng', 'Đồng Chanh',
  'Đồi Bù', 'Thành Công', 'Tân Thịnh', 'Đoàn Kết', 'Hợp Nhất', 'Minh Khai', 'Lương Thiện', 'An Bình', 'Phú Lão',
  'Ba Hàng', 'Đầm Đa', 'Bình Sơn', 'Đại Đồng', 'Văn Tiến', 'Lạc Hưng', 'Đồng Sương', 'Tiến Sơn', 'Thanh Cao',
  'Trung Hòa', 'Đồng Bến', 'Quèn Thị', 'Rộc Mý', 'Năm Lăng', 'Thung Khánh', 'Đồng Ké', 'Hạnh Phúc', 'Bình Minh',
];
