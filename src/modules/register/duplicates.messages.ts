/** Error messages of the duplicate review queue. */
export const duplicatesMessages: Record<string, { vi: string; en: string }> = {
  possible_duplicate_birth: {
    vi: 'Hộ đã có {name} cùng giới tính, sinh ngày {date}: có thể đây là lần khai sinh thứ hai của cùng một trẻ',
    en: 'The household already has {name}, of the same sex, born on {date}: this may be the same child entered twice',
  },
  duplicate_decided: { vi: 'Cặp này đã được xử lý ({status})', en: 'This pair has already been decided ({status})' },
  keep_person_not_in_pair: { vi: 'Người được giữ lại phải là một trong hai người của cặp', en: 'The person kept must be one of the pair' },
  merge_person_is_head: {
    vi: '{name} đang là chủ hộ; hãy giữ lại người này, hoặc đổi chủ hộ trước khi gộp',
    en: '{name} heads a household; keep this person, or change the head before merging',
  },
};
