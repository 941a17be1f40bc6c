/** Error messages of the commune profile. */
export const communeProfileMessages: Record<string, { vi: string; en: string }> = {
  profile_unit_required: { vi: 'Hãy chọn xã (hoặc huyện, tỉnh) để xem hồ sơ', en: 'Choose a commune (or district, province) to profile' },
};
