/** Messages of webhooks (vi, en). */
export const webhookMessages: Record<string, { vi: string; en: string }> = {
  webhook_url_invalid: {
    vi: 'Địa chỉ nhận phải là một URL http hoặc https đầy đủ, không chứa tên đăng nhập hay mật khẩu',
    en: 'The destination must be a full http or https URL, without a user name or password',
  },
  webhook_host_not_allowed: {
    vi: 'Máy chủ "{host}" chưa được quản trị viên cho phép nhận dữ liệu; hãy thêm nó vào danh sách máy chủ được phép trước',
    en: 'The host "{host}" is not one an administrator allowed as a destination; add it to the allowed hosts first',
  },
  webhook_private_address: {
    vi: 'Máy chủ "{host}" trỏ tới địa chỉ nội bộ ({address}); chỉ được gửi tới đó khi quản trị viên cho phép địa chỉ nội bộ cho máy chủ này',
    en: 'The host "{host}" points to a private address ({address}); it may only receive deliveries when an administrator allowed private addresses for it',
  },
  webhook_host_unresolved: {
    vi: 'Không tìm thấy địa chỉ của máy chủ "{host}"',
    en: 'The host "{host}" could not be resolved',
  },
  webhook_host_invalid: {
    vi: 'Tên máy chủ không hợp lệ (ví dụ: he-thong.tinh.gov.vn hoặc *.tinh.gov.vn)',
    en: 'The host name is not valid (for example he-thong.tinh.gov.vn or *.tinh.gov.vn)',
  },
  webhook_host_in_use: {
    vi: 'Máy chủ "{host}" đang được {count} đăng ký nhận sự kiện dùng; hãy xóa hoặc tắt các đăng ký đó trước',
    en: 'The host "{host}" is used by {count} subscriptions; delete or turn them off first',
  },
  webhook_events_required: { vi: 'Hãy chọn ít nhất một sự kiện', en: 'Choose at least one event' },
  webhook_name_taken: { vi: 'Đã có một đăng ký nhận sự kiện tên "{name}"', en: 'A subscription named "{name}" already exists' },
  webhook_http_status: { vi: 'Máy nhận trả lời mã HTTP {status}', en: 'The receiver answered HTTP {status}' },
  webhook_network_error: { vi: 'Không gửi được tới máy nhận ({detail})', en: 'Could not reach the receiver ({detail})' },
  webhook_timeout: { vi: 'Máy nhận không trả lời trong {seconds} giây', en: 'The receiver did not answer within {seconds} seconds' },
  webhook_turned_off: { vi: 'Đăng ký nhận sự kiện đã tắt', en: 'The subscription is turned off' },
  webhook_gave_up: { vi: 'Đã thử {attempts} lần không thành công; ngừng gửi', en: 'Failed {attempts} times; no more attempts' },
};
