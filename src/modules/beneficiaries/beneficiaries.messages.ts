/** Messages of eligibility rules, beneficiary lists, cycles, deliveries and grievances. */
export const beneficiaryMessages: Record<string, { vi: string; en: string }> = {
  rule_unknown_field: {
    vi: 'Điều kiện {condition}: không có trường "{field}" trong sổ hộ',
    en: 'Condition {condition}: the register has no field "{field}"',
  },
  rule_wrong_operator: {
    vi: 'Điều kiện {condition} ({field}): không dùng được phép so sánh "{operator}"; dùng một trong: {allowed}',
    en: 'Condition {condition} ({fieldEn}): operator "{operator}" cannot be used; use one of: {allowed}',
  },
  rule_wrong_value: {
    vi: 'Điều kiện {condition} ({field}): giá trị phải là {expected}',
    en: 'Condition {condition} ({fieldEn}): the value must be {expectedEn}',
  },
  rule_wrong_year: { vi: 'Điều kiện {condition}: năm xét nghèo phải từ 2000 đến 2100', en: 'Condition {condition}: the poverty year must be 2000–2100' },
  rule_condition_malformed: { vi: 'Điều kiện {condition} không đúng dạng', en: 'Condition {condition} is malformed' },
  rule_group_empty: { vi: 'Nhóm điều kiện {condition} chưa có điều kiện nào', en: 'Group {condition} has no conditions' },
  rule_unknown_group: {
    vi: 'Nhóm {condition}: không có phép ghép "{op}" (dùng VÀ, HOẶC, KHÔNG)',
    en: 'Group {condition}: no combinator "{op}" (use and, or, not)',
  },
  rule_too_large: { vi: 'Quy tắc có quá nhiều điều kiện (tối đa {max})', en: 'The rule has too many conditions (at most {max})' },
  rule_too_deep: { vi: 'Quy tắc lồng quá sâu (tối đa {max} tầng)', en: 'The rule is nested too deep (at most {max} levels)' },
  rule_unknown_commune: { vi: 'Không có xã mã {code}', en: 'No commune with code {code}' },
  rule_unchanged: { vi: 'Quy tắc không thay đổi so với phiên bản hiện tại', en: 'The rule is the same as its current version' },
  list_empty_area: { vi: 'Không có người nào trong phạm vi của bạn thỏa quy tắc vào ngày {date}', en: 'Nobody in your area meets the rule on {date}' },
  benefit_wrong_role_draft: {
    vi: 'Chỉ cán bộ xã (hoặc cán bộ được giao nhập liệu) mới được lập và gửi đợt chi trả',
    en: 'Only a commune officer (or a user who enters data) may draft and submit a cycle',
  },
  benefit_wrong_role_approve: {
    vi: 'Chỉ cán bộ cấp tỉnh được duyệt hoặc khóa đợt chi trả; cán bộ xã chỉ lập và gửi duyệt',
    en: 'Only a provincial officer may approve or close a cycle; commune officers draft and submit',
  },
  benefit_wrong_status: {
    vi: 'Đợt chi trả đang ở trạng thái "{status}", không thể {action}',
    en: 'The cycle is "{statusEn}" and cannot be {actionEn}',
  },
  benefit_cash_whole_dong: {
    vi: 'Số tiền phải là số nguyên đồng (không có phần lẻ), từ 0 đến {max}',
    en: 'The amount must be whole đồng (no decimals), 0 to {max}',
  },
  benefit_cash_amount_required: { vi: 'Trợ cấp tiền mặt cần số tiền mỗi người', en: 'A cash entitlement needs an amount per person' },
  benefit_item_required: { vi: 'Hiện vật cần tên và số lượng mỗi người', en: 'An in-kind entitlement needs an item and a quantity per person' },
  benefit_not_on_list: {
    vi: 'Người này không có trong danh sách thụ hưởng của đợt; không thể ghi nhận chi trả',
    en: 'This person is not on the beneficiary list of the cycle; no delivery can be recorded',
  },
  benefit_not_approved: { vi: 'Chỉ ghi nhận chi trả khi đợt đã được duyệt', en: 'Deliveries are recorded only once the cycle is approved' },
  benefit_already_delivered: {
    vi: 'Người này đã được ghi nhận nhận chi trả trong đợt này ngày {date}',
    en: 'A delivery to this person in this cycle was already recorded on {date}',
  },
  benefit_amount_exceeds: {
    vi: 'Số tiền chi trả ({amount} đồng) vượt mức hưởng của đợt ({limit} đồng)',
    en: 'The amount delivered ({amount} đồng) exceeds the cycle entitlement ({limit} đồng)',
  },
  benefit_evidence_type: { vi: 'Chữ ký hoặc ảnh phải là tệp PNG hoặc JPEG', en: 'The signature or photo must be a PNG or JPEG file' },
  benefit_evidence_missing: { vi: 'Hãy chọn tệp ảnh hoặc chữ ký', en: 'Choose the photo or signature file' },
  benefit_list_not_yours: { vi: 'Danh sách thụ hưởng không thuộc phạm vi của bạn', en: 'The beneficiary list is outside your area' },
};
