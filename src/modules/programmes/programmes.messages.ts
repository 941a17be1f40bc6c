/** Messages of the policy library, the programme tree and the programme budget. */
export const programmesMessages: Record<string, { vi: string; en: string }> = {
  money_not_integer: {
    vi: 'Số tiền tính bằng đồng phải là số nguyên dương, không có phần thập phân: «{value}»',
    en: 'Amounts are whole đồng: a positive integer without decimals: «{value}»',
  },
  money_too_large: { vi: 'Số tiền quá lớn: «{value}»', en: 'The amount is too large: «{value}»' },
  disbursement_exceeds_allocation: {
    vi: 'Không thể giải ngân {amount} đồng: vốn được giao năm {year} (cùng nguồn, cùng đơn vị, cùng hạng mục) là {allocated} đồng, đã giải ngân {used} đồng, chỉ còn {left} đồng',
    en: 'Cannot disburse {amount} đồng: the {year} allocation (same source, unit and item) is {allocated} đồng, {used} đồng already disbursed, {left} đồng left',
  },
  commitment_exceeds_allocation: {
    vi: 'Không thể cam kết chi {amount} đồng: vốn được giao năm {year} (cùng nguồn, cùng đơn vị, cùng hạng mục) là {allocated} đồng, đã cam kết {used} đồng, chỉ còn {left} đồng',
    en: 'Cannot commit {amount} đồng: the {year} allocation (same source, unit and item) is {allocated} đồng, {used} đồng already committed, {left} đồng left',
  },
  programme_node_unknown: { vi: 'Không có hạng mục chương trình số {id}', en: 'There is no programme item {id}' },
  programme_node_code_taken: { vi: 'Mã hạng mục «{code}» đã được dùng', en: 'The item code «{code}» is already used' },
  programme_node_kind_invalid: {
    vi: 'Dưới «{parent}» chỉ được thêm: {allowed}',
    en: 'Under «{parent}» only these can be added: {allowed}',
  },
  programme_indicator_code_taken: { vi: 'Chỉ tiêu «{code}» đã có trong hạng mục này', en: 'The indicator «{code}» already exists in this item' },
  programme_indicator_unknown: { vi: 'Không có chỉ tiêu số {id}', en: 'There is no indicator {id}' },
  data_element_unknown: {
    vi: 'Không có chỉ tiêu báo cáo mã «{code}» trong danh mục biểu mẫu',
    en: 'There is no data element «{code}» in the report catalogue',
  },
  legal_document_unknown: { vi: 'Không có văn bản số {id}', en: 'There is no document {id}' },
  legal_document_number_taken: { vi: 'Văn bản số «{number}» đã có trong thư viện', en: 'The document «{number}» is already in the library' },
  legal_document_dates_invalid: {
    vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực',
    en: 'The expiry date must come after the effective date',
  },
  legal_document_link_self: { vi: 'Một văn bản không thể liên kết với chính nó', en: 'A document cannot be linked to itself' },
  legal_document_link_exists: { vi: 'Liên kết này đã có', en: 'This link already exists' },
  legal_document_file_missing: { vi: 'Văn bản này chưa có tệp đính kèm', en: 'This document has no attached file' },
  legal_document_file_type: {
    vi: 'Chỉ nhận tệp PDF, Word hoặc ảnh (nhận được: {type})',
    en: 'Only PDF, Word or image files are accepted (received: {type})',
  },
  policy_unknown: { vi: 'Không có chính sách số {id} trong phạm vi của bạn', en: 'There is no policy {id} in your area' },
  policy_in_use: {
    vi: 'Không thể xóa chính sách này: đã có đợt chi trả hoặc quy tắc xét chọn gắn với nó',
    en: 'This policy cannot be deleted: benefit cycles or eligibility rules name it',
  },
  policy_dates_invalid: { vi: 'Ngày kết thúc của chính sách phải sau ngày bắt đầu', en: 'The policy must end after it starts' },
  programme_form_missing: {
    vi: 'Không có biểu báo cáo tiến độ chương trình (mã TD_CHUONG_TRINH_QUY)',
    en: 'The programme progress form (TD_CHUONG_TRINH_QUY) is missing',
  },
};
