/** Messages of requests to use data and of the data-protection report. */
export const dataRequestMessages: Record<string, { vi: string; en: string }> = {
  data_request_unknown_fields: {
    vi: 'Không có trường dữ liệu: {fields}. Các trường có thể yêu cầu: {valid}',
    en: 'Unknown fields: {fields}. Fields that can be asked for: {valid}',
  },
  data_request_identities_needed: {
    vi: 'Các trường {fields} định danh một người: chỉ được yêu cầu khi xin cả thông tin định danh',
    en: 'The fields {fields} identify a person: ask for identities to request them',
  },
  data_request_period_invalid: { vi: 'Ngày bắt đầu của kỳ dữ liệu phải trước hoặc bằng ngày kết thúc', en: 'The period must start on or before its end' },
  data_request_purpose_required: { vi: 'Hãy nêu mục đích sử dụng dữ liệu (ít nhất 10 ký tự)', en: 'State the purpose of the use (at least 10 characters)' },
  data_request_legal_basis_required: {
    vi: 'Hãy nêu căn cứ pháp lý (văn bản, quyết định hoặc hợp đồng; ít nhất 5 ký tự)',
    en: 'State the legal basis (law, decision or contract; at least 5 characters)',
  },
  data_request_reason_required: { vi: 'Hãy ghi lý do của quyết định (ít nhất 5 ký tự)', en: 'Give the reason for the decision (at least 5 characters)' },
  data_request_not_pending: { vi: 'Yêu cầu này đã được xử lý', en: 'This request has already been decided' },
  data_request_not_active: { vi: 'Yêu cầu này không còn quyền truy cập đang hiệu lực', en: 'This request has no live access' },
  data_request_fields_not_asked: {
    vi: 'Chỉ được duyệt các trường đã yêu cầu; không có trong yêu cầu: {fields}',
    en: 'Only fields that were asked for can be approved; not asked for: {fields}',
  },
  data_request_identities_not_asked: {
    vi: 'Yêu cầu không xin thông tin định danh nên không thể duyệt',
    en: 'Identities were not asked for, so they cannot be granted',
  },
  data_request_days_exceed: {
    vi: 'Thời hạn truy cập được duyệt không được dài hơn thời hạn đã xin ({days} ngày)',
    en: 'Access granted cannot exceed the days asked for ({days})',
  },
  data_request_expired: {
    vi: 'Quyền truy cập của yêu cầu này đã hết hạn ngày {date}; dữ liệu không còn được tải',
    en: 'Access under this request expired on {date}; the data can no longer be downloaded',
  },
  data_request_revoked: { vi: 'Quyền truy cập của yêu cầu này đã bị thu hồi', en: 'Access under this request has been revoked' },
  data_request_not_approved: { vi: 'Yêu cầu chưa được duyệt hoặc đã bị từ chối', en: 'This request has not been approved' },
  data_request_no_extract: {
    vi: 'Yêu cầu này được duyệt để truy cập bằng khóa API, không phải tệp trích xuất',
    en: 'This request grants API token access, not a file extract',
  },
  data_request_no_token: { vi: 'Yêu cầu này được duyệt để tải tệp trích xuất, không cấp khóa API', en: 'This request grants a file extract, not an API token' },
  data_request_wrong_token: { vi: 'Khóa API này không thuộc yêu cầu sử dụng dữ liệu này', en: 'This API token does not belong to this data-use request' },
  data_request_own_decision: { vi: 'Không thể tự duyệt yêu cầu của chính mình', en: 'You cannot decide your own request' },
  retention_kind_unknown: { vi: 'Không có loại dữ liệu lưu giữ "{kind}"', en: 'No retention kind "{kind}"' },
};
