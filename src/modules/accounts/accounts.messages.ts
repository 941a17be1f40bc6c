import { MIN_PASSWORD_LENGTH } from './passwords.service.js';

/** Messages of sign-in, password rules, two-factor and first run. */
export const authMessages: Record<string, { vi: string; en: string }> = {
  login_throttled: {
    vi: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau khoảng {minutes} phút, hoặc đăng nhập từ máy đã dùng trước đây',
    en: 'Too many failed sign-ins; try again in about {minutes} minutes, or from a device you signed in on before',
  },
  login_challenge_expired: {
    vi: 'Bước xác thực đã hết hạn; hãy đăng nhập lại',
    en: 'The verification step has expired; sign in again',
  },
  two_factor_code_invalid: {
    vi: 'Mã xác thực không đúng, đã dùng rồi hoặc đã hết hạn',
    en: 'The code is wrong, already used or expired',
  },
  two_factor_enrolment_required: {
    vi: 'Quản trị viên phải bật xác thực hai bước trước khi làm việc: vào trang Bảo mật tài khoản',
    en: 'Administrators must turn on two-step verification before working: open Account security',
  },
  two_factor_already_enabled: { vi: 'Xác thực hai bước đã được bật', en: 'Two-step verification is already on' },
  two_factor_not_started: { vi: 'Hãy bắt đầu thiết lập lại từ đầu', en: 'Start the set-up again' },
  two_factor_not_enabled: { vi: 'Xác thực hai bước chưa được bật', en: 'Two-step verification is not on' },
  two_factor_required_for_role: {
    vi: 'Quản trị viên bắt buộc dùng xác thực hai bước; không thể tắt',
    en: 'Administrators must use two-step verification; it cannot be turned off',
  },
  password_too_short: {
    vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự; nên dùng một cụm từ dài dễ nhớ`,
    en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters; a long memorable phrase is best`,
  },
  password_common: {
    vi: 'Mật khẩu này quá phổ biến hoặc đã lộ trong các vụ rò rỉ dữ liệu; hãy chọn mật khẩu khác',
    en: 'This password is too common or has appeared in data breaches; choose another',
  },
  password_pattern: {
    vi: 'Mật khẩu lặp ký tự hoặc theo dãy dễ đoán (như aaaa, 1234, abcd, qwerty)',
    en: 'The password repeats characters or follows an easy sequence (like aaaa, 1234, abcd, qwerty)',
  },
  password_has_username: { vi: 'Mật khẩu không được chứa tên đăng nhập', en: 'The password must not contain the username' },
  password_unchanged: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại', en: 'The new password must differ from the current one' },
  setup_closed: {
    vi: 'Hệ thống đã có tài khoản; trang thiết lập ban đầu đã đóng',
    en: 'The system already has accounts; first-run set-up is closed',
  },
  setup_code_invalid: {
    vi: 'Mã thiết lập không đúng; xem mã in trên màn hình dòng lệnh khi khởi động máy chủ',
    en: 'Wrong set-up code; see the code printed on the server console at start',
  },
};
