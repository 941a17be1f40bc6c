/** Texts of the register pages (households, persons, events). Every key in `vi` must also exist in `en`. */
export const registerVi = {
  title: 'Sổ hộ và nhân khẩu',
};

export const registerEn: typeof registerVi = {
  title: 'Households and persons',
};
