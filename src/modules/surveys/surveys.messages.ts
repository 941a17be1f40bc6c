/** Messages of surveys: forms, app users, OpenRosa and submissions (vi, en). */
export const surveyMessages: Record<string, { vi: string; en: string }> = {
  survey_aggregates_only: {
    vi: 'Tài khoản của bạn chỉ được xem số liệu tổng hợp: không mở, tải về hay xuất từng phiếu; hãy xem trang Kết quả',
    en: 'Your account may see aggregates only: single submissions cannot be opened, downloaded or exported; see the Results page',
  },
  survey_form_file_missing: { vi: 'Hãy chọn tệp biểu mẫu (XForm .xml)', en: 'Choose the form file (XForm .xml)' },
  survey_form_type: {
    vi: 'Tệp "{name}" không phải biểu mẫu: hãy tải lên tệp XLSForm (.xlsx, .csv) hoặc XForm (.xml)',
    en: 'The file "{name}" is not a form: upload an XLSForm (.xlsx, .csv) or an XForm (.xml)',
  },
  survey_xlsform_invalid: { vi: 'Biểu mẫu XLSForm có {count} lỗi; xem danh sách bên dưới', en: 'The XLSForm has {count} problems; see the list below' },
  survey_xlsform_problem: { vi: 'Lỗi trong biểu mẫu XLSForm', en: 'Problem in the XLSForm' },
  survey_form_invalid: { vi: 'Biểu mẫu XForm không đọc được ({reason})', en: 'The XForm cannot be read ({reason})' },
  survey_form_province: { vi: 'Biểu mẫu phải thuộc một tỉnh trong phạm vi của bạn', en: 'A form must belong to a province in your area' },
  survey_version_exists: {
    vi: 'Biểu mẫu "{formId}" đã có phiên bản "{version}"; hãy tăng số phiên bản (version) trong biểu mẫu',
    en: 'The form "{formId}" already has version "{version}"; raise the version in the form',
  },
  survey_state_change: { vi: 'Không thể chuyển biểu mẫu từ "{from}" sang "{to}"', en: 'A form cannot go from "{from}" to "{to}"' },
  survey_mapping_field: {
    vi: 'Trường sổ hộ "{field}" hoặc câu hỏi "{path}" không có trong biểu mẫu',
    en: 'The register field "{field}" or the question "{path}" does not exist',
  },
  survey_area_invalid: {
    vi: 'Địa bàn của điều tra viên phải là một tỉnh hoặc xã trong phạm vi của bạn',
    en: 'A surveyor’s area must be a province or commune in your area',
  },
  survey_assign_form: { vi: 'Biểu mẫu {id} không thuộc tỉnh của địa bàn điều tra viên', en: 'Form {id} does not belong to the surveyor’s province' },
  survey_token_invalid: {
    vi: 'Mã truy cập của điều tra viên không hợp lệ hoặc đã bị thu hồi',
    en: 'The surveyor’s access key is not valid or has been revoked',
  },
  survey_submission_file: { vi: 'Thiếu tệp xml_submission_file', en: 'The xml_submission_file part is missing' },
  survey_submission_xml: { vi: 'Bản ghi gửi lên không đọc được ({reason})', en: 'The submission cannot be read ({reason})' },
  survey_submission_form: { vi: 'Không có biểu mẫu "{formId}" được giao cho điều tra viên này', en: 'No form "{formId}" is assigned to this surveyor' },
  survey_submission_version: { vi: 'Biểu mẫu "{formId}" không có phiên bản "{version}"', en: 'The form "{formId}" has no version "{version}"' },
  survey_form_closed: { vi: 'Biểu mẫu "{formId}" đã đóng, không nhận thêm phiếu', en: 'The form "{formId}" is closed and accepts no more submissions' },
  survey_instance_missing: { vi: 'Phiếu thiếu mã instanceID', en: 'The submission has no instanceID' },
  survey_instance_conflict: {
    vi: 'Đã có phiếu với mã {instanceId} nhưng nội dung khác; phiếu sửa phải có mã mới',
    en: 'A submission with instanceID {instanceId} exists with different content; an edited submission needs a new instanceID',
  },
  survey_household_out_of_area: { vi: 'Hộ {id} không thuộc địa bàn của điều tra viên', en: 'Household {id} is outside the surveyor’s area' },
  survey_submission_received: { vi: 'Đã nhận đầy đủ phiếu', en: 'Full submission upload was successful!' },
  survey_review_state: { vi: 'Trạng thái duyệt không hợp lệ', en: 'Not a review state' },
  survey_comment_required: { vi: 'Hãy ghi lý do khi trả lại hoặc từ chối phiếu', en: 'Give a reason when marking issues or rejecting' },
  survey_edit_path: { vi: 'Câu hỏi "{path}" không có trong phiếu', en: 'The question "{path}" is not in the submission' },
  survey_register_update: { vi: 'Không cập nhật được sổ hộ: {reason}', en: 'The register could not be updated: {reason}' },
};
