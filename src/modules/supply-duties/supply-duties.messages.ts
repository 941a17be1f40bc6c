/** Messages of supply duties (vi, en). */
export const supplyDutyMessages: Record<string, { vi: string; en: string }> = {
  supply_target_required: {
    vi: 'Hãy chọn đúng một thứ phải cung cấp: một biểu mẫu báo cáo hoặc một phần sổ đăng ký',
    en: 'Choose exactly one thing to supply: a report form or a register area',
  },
  supply_form_unknown: { vi: 'Không có biểu mẫu báo cáo này (hoặc biểu mẫu đã ngừng dùng)', en: 'No such report form (or it is no longer used)' },
  supply_unit_unknown: { vi: 'Không có đơn vị hành chính này', en: 'No such administrative unit' },
  supply_period_mismatch: {
    vi: 'Biểu mẫu này báo cáo theo kỳ "{expected}", không theo kỳ đã chọn',
    en: 'This form reports by "{expected}" periods, not by the period type chosen',
  },
  supply_email_invalid: { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'The e-mail address is not valid' },
  supply_duty_exists: { vi: 'Đơn vị này đã có nghĩa vụ cung cấp thứ này', en: 'This unit already has a duty to supply this' },
  supply_not_register_area: {
    vi: 'Chỉ xác nhận đã cung cấp cho phần sổ đăng ký; biểu mẫu được tính là đã cung cấp khi báo cáo được gửi',
    en: 'Only register areas are confirmed by hand; a form counts as supplied when its report is submitted',
  },
  supply_period_invalid: { vi: 'Kỳ báo cáo không hợp lệ cho nghĩa vụ này', en: 'The period is not valid for this duty' },
};
