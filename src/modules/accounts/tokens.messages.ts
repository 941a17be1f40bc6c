/** Longest life of a token in days; a script that runs for years gets a new token each year. */
export const MAX_TOKEN_DAYS = 366;

/** Messages of access tokens and HTTP Basic. */
export const tokenMessages: Record<string, { vi: string; en: string }> = {
  token_invalid: { vi: 'Khóa truy cập API không đúng', en: 'The API access token is not valid' },
  token_revoked: { vi: 'Khóa truy cập API đã bị thu hồi', en: 'The API access token has been revoked' },
  token_expired: { vi: 'Khóa truy cập API đã hết hạn', en: 'The API access token has expired' },
  token_scope_missing: {
    vi: 'Khóa truy cập API không được cấp quyền cho phần này của API (hoặc chỉ được đọc)',
    en: 'The API access token is not granted this part of the API (or may only read it)',
  },
  token_name_required: { vi: 'Hãy đặt tên cho khóa', en: 'Give the token a name' },
  token_name_taken: { vi: 'Bạn đã có một khóa còn hiệu lực tên "{name}"', en: 'You already have a live token named "{name}"' },
  token_scopes_required: { vi: 'Hãy chọn ít nhất một phần API', en: 'Choose at least one API area' },
  token_expiry_too_long: {
    vi: `Khóa có hiệu lực từ 1 đến ${MAX_TOKEN_DAYS} ngày`,
    en: `A token lasts from 1 to ${MAX_TOKEN_DAYS} days`,
  },
  basic_auth_disabled: {
    vi: 'Máy chủ không nhận đăng nhập HTTP Basic; hãy dùng khóa truy cập API (Authorization: ApiToken …)',
    en: 'This server does not accept HTTP Basic; use an API access token (Authorization: ApiToken …)',
  },
  basic_two_factor: {
    vi: 'Tài khoản dùng xác thực hai bước không thể dùng HTTP Basic; hãy tạo khóa truy cập API',
    en: 'Accounts with two-step verification cannot use HTTP Basic; create an API access token',
  },
};
