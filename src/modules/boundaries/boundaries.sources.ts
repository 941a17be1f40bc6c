/** The boundary files shipped in data/admin-units (see its SOURCES.md), and what to say about them. */
export interface ShippedBoundaries {
  file: string;
  /** The shapes are those of the units valid on this day. */
  asOf: string;
  /** Stored in `boundary.source`: names the upstream file and snapshot. */
  source: string;
  notes: { vi: string; en: string };
}

/** The upstream repository is GPL-3.0 and gives no separate data licence. */
export const SHIPPED_LICENCE = 'GPL-3.0';

export const SHIPPED_ATTRIBUTION =
  '© daohoangson/dvhcvn (GPL-3.0), github.com/daohoangson/dvhcvn @4b1b6b5; hình học từ bản đồ hành chính gis.chinhphu.vn, ngày 01/03/2025';

/** Shapes of the units valid on this day (the old three-level list). */
export const SHIPPED_AS_OF = '2025-03-01';
/** The provinces after the 2025 reorganisation. */
export const SHIPPED_NEW_AS_OF = '2025-07-01';

/** In load order: when two files hold the same unit, the first one is kept. */
export const SHIPPED_BOUNDARIES: ShippedBoundaries[] = [
  {
    file: 'vn-provinces-2025-03.geojson',
    asOf: SHIPPED_AS_OF,
    source: 'dvhcvn data/gis/NN.json (01/03/2025), simplified 30%',
    notes: {
      vi: '62 tỉnh, thành phố trước 01/07/2025; thiếu Quảng Ninh (22). Đã đơn giản hóa (giữ 30% số đỉnh, không hở giữa các tỉnh).',
      en: '62 provinces before 01/07/2025; Quảng Ninh (22) is missing. Simplified (30% of vertices kept, no gaps between provinces).',
    },
  },
  {
    file: 'hoa-binh-2025-03.geojson',
    asOf: SHIPPED_AS_OF,
    source: 'dvhcvn data/gis/17.json (01/03/2025)',
    notes: {
      vi: '10 huyện, thành phố của tỉnh Hòa Bình trước 01/07/2025; không có ranh giới cấp xã.',
      en: 'The 10 districts of Hòa Bình before 01/07/2025; no commune boundaries.',
    },
  },
  {
    file: 'vn-provinces-2025-07.geojson',
    source: 'dvhcvn data/gis/NN.json (01/03/2025), old provinces dissolved into the 34 of 01/07/2025',
    asOf: SHIPPED_NEW_AS_OF,
    notes: {
      vi: '33 trong 34 tỉnh, thành phố từ 01/07/2025, mỗi tỉnh là hợp ranh giới các tỉnh cũ sáp nhập vào (theo bảng chuyển đổi); thiếu Quảng Ninh (22) vì không có ranh giới tỉnh cũ.',
      en: '33 of the 34 provinces from 01/07/2025, each the union of the old provinces merged into it (by the crosswalk); Quảng Ninh (22) is missing because its old shape is.',
    },
  },
];
