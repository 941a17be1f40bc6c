/** Messages of the register of prestigious persons (người có uy tín). */
export const prestigiousMessages: Record<string, { vi: string; en: string }> = {
  prestigious_person_not_found: {
    vi: 'Không tìm thấy người số {id} trong sổ hộ thuộc phạm vi của bạn vào ngày {date}',
    en: 'No person {id} in the register of your area on {date}',
  },
  prestigious_village_mismatch: {
    vi: 'Người này không sống ở thôn đã chọn vào ngày {date}; chọn đúng thôn nơi người đó cư trú',
    en: 'This person did not live in the chosen village on {date}; choose the village they live in',
  },
  prestigious_term_overlap: {
    vi: 'Người này đã được công nhận là người có uy tín trong nhiệm kỳ từ {from}',
    en: 'This person is already recognised as a prestigious person for the term from {from}',
  },
  prestigious_term_invalid: { vi: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu', en: 'The term must end after it starts' },
  prestigious_decision_after_term: {
    vi: 'Ngày quyết định công nhận không được sau ngày kết thúc nhiệm kỳ',
    en: 'The recognition decision cannot be dated after the term ends',
  },
  prestigious_term_ended: {
    vi: 'Nhiệm kỳ này đã kết thúc ngày {date}; không thể sửa hoặc kết thúc lại',
    en: 'This term ended on {date}; it can no longer be changed or ended',
  },
  prestigious_end_after_term: {
    vi: 'Ngày thôi nhiệm kỳ không được sau ngày kết thúc nhiệm kỳ ({date})',
    en: 'The end date cannot be after the end of the term ({date})',
  },
  prestigious_none_in_area: {
    vi: 'Không có người có uy tín nào đang trong nhiệm kỳ vào ngày {date} trong phạm vi này',
    en: 'No prestigious person in office on {date} in this area',
  },
};
