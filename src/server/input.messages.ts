/** Messages of the input filter, the id bounds and the framework's own errors. */
export const inputMessages: Record<string, { vi: string; en: string }> = {
  invalid_character: {
    vi: 'Trường {field} chứa ký tự không được phép (ký tự NUL hoặc mã Unicode hỏng)',
    en: 'The field {field} holds a character that is not allowed (NUL or a broken Unicode code point)',
  },
  bad_url: { vi: 'Địa chỉ yêu cầu không hợp lệ', en: 'The request address is not valid' },
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'The request is not valid' },
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  value_out_of_range: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'A value is out of the allowed range' },
};
