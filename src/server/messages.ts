/** Server messages by error code, in Vietnamese and English. `{name}` placeholders are filled from params. */
export type Lang = 'vi' | 'en';

export const messages: Record<string, { vi: string; en: string }> = {
  validation_failed: { vi: 'Dữ liệu không hợp lệ', en: 'The data is not valid' },
  body_too_large: { vi: 'Dữ liệu gửi lên quá lớn (tối đa {limit})', en: 'The request body is too large (at most {limit})' },
  bad_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
  unsupported_media_type: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  not_found: { vi: 'Không tìm thấy', en: 'Not found' },
  route_not_found: { vi: 'Không có địa chỉ API này', en: 'No such API route' },
  unauthenticated: { vi: 'Bạn cần đăng nhập', en: 'You need to log in' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  out_of_scope: { vi: 'Đơn vị này nằm ngoài phạm vi được giao cho bạn', en: 'This unit is outside your assigned area' },
  csrf_invalid: { vi: 'Phiên làm việc không hợp lệ, hãy tải lại trang', en: 'Invalid session token; reload the page' },
  rate_limited: { vi: 'Quá nhiều yêu cầu, hãy thử lại sau {after}', en: 'Too many requests; try again in {after}' },
  login_failed: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  account_locked: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau {seconds} giây',
    en: 'Account temporarily locked after repeated failures; try again in {seconds} seconds',
  },
  account_disabled: { vi: 'Tài khoản đã bị vô hiệu hóa', en: 'This account is disabled' },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  weak_password: {
    vi: 'Mật khẩu cần ít nhất 8 ký tự, gồm chữ và số',
    en: 'The password needs at least 8 characters with letters and digits',
  },
  username_taken: { vi: 'Tên đăng nhập đã tồn tại', en: 'This username is already taken' },
  unknown_unit: { vi: 'Không có đơn vị hành chính mã {code} vào ngày {date}', en: 'No administrative unit with code {code} on {date}' },
  unknown_ethnic_group: { vi: 'Không có dân tộc mã {code}', en: 'No ethnic group with code {code}' },
  invalid_date: { vi: 'Ngày không hợp lệ: {value}', en: 'Invalid date: {value}' },
  date_out_of_range: { vi: 'Ngày nằm ngoài khoảng cho phép ({min} – {max})', en: 'Date out of range ({min} – {max})' },
  conflict: { vi: 'Dữ liệu đã bị thay đổi hoặc trùng lặp', en: 'The data conflicts with existing records' },
  file_required: { vi: 'Hãy chọn tệp để tải lên', en: 'Choose a file to upload' },
  file_empty: { vi: 'Tệp trống', en: 'The file is empty' },
  file_invalid: { vi: 'Tệp không đọc được: {reason}', en: 'The file cannot be read: {reason}' },
  import_failed: { vi: 'Tệp có {count} dòng lỗi; chưa ghi gì vào cơ sở dữ liệu', en: 'The file has {count} bad rows; nothing was written' },
  missing_columns: { vi: 'Thiếu cột: {columns}', en: 'Missing columns: {columns}' },
  invalid_geometry: { vi: 'Hình học không hợp lệ: {reason}', en: 'Invalid geometry: {reason}' },
  scope_required: { vi: 'Vai trò này cần được giao một đơn vị', en: 'This role needs an assigned unit' },
  scope_level_mismatch: {
    vi: 'Cấp đơn vị không phù hợp với vai trò (cán bộ tỉnh: tỉnh/huyện; cán bộ xã: xã)',
    en: 'The unit level does not fit the role (provincial officer: province/district; commune officer: commune)',
  },
  cannot_demote_self: { vi: 'Bạn không thể tự khóa hoặc đổi vai trò của chính mình', en: 'You cannot disable or change the role of your own account' },
  internal: { vi: 'Lỗi hệ thống; sự cố đã được ghi lại', en: 'Internal error; it has been logged' },
};

/** Fills `{name}` placeholders. */
export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  const text = entry ? entry[lang] : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
