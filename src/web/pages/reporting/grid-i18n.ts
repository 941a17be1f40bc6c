/** Texts of the entry grid's layout of breakdowns (ethnic groups as rows, hiding empty groups). */
export const gridVi = {
  hideEmpty: 'Ẩn dân tộc không có số liệu',
  hideEmptyHint: 'Ẩn các dân tộc không có người trong sổ hộ của đơn vị và chưa có số liệu; dân tộc đã có số liệu luôn được hiện.',
  orderHint: 'Các dân tộc có người trong sổ hộ của đơn vị được xếp trước, theo thứ tự mã dân tộc (01 Kinh, 02 Tày, 03 Thái…).',
  hidden: 'Đang ẩn {{count}} dân tộc',
  ethnicGroup: 'Dân tộc',
  option: 'Phân tổ',
  persons: '{{count}} người trong sổ hộ',
};

export const gridEn: typeof gridVi = {
  hideEmpty: 'Hide ethnic groups without data',
  hideEmptyHint: "Hides the ethnic groups with nobody in the unit's register and no value yet; a group with a value is always shown.",
  orderHint: "Ethnic groups with people in the unit's register come first, in ethnic group code order (01 Kinh, 02 Tày, 03 Thái…).",
  hidden: '{{count}} ethnic groups hidden',
  ethnicGroup: 'Ethnic group',
  option: 'Breakdown',
  persons: '{{count}} in the register',
};
