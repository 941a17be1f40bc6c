import { communeProfileMessages } from '../modules/register/commune-profile.messages.js';
import { registerImportMessages } from '../modules/register-import/register-import.messages.js';
import { registerExportMessages } from '../modules/register-export/register-export.messages.js';
import { duplicatesMessages } from '../modules/register/duplicates.messages.js';
import { reportingMetadataMessages } from '../modules/reporting-metadata/reporting-metadata.messages.js';
import { dataEntryMessages } from '../modules/data-entry/data-entry.messages.js';
import { dhis2Messages } from '../modules/dhis2/dhis2.messages.js';
import { reportingAggregateMessages } from '../modules/reporting-aggregate/reporting-aggregate.messages.js';
import { inputMessages } from './input.messages.js';
import { dbMessages } from '../db/db.messages.js';
import { reportingExcelMessages } from '../modules/reporting-excel/reporting-excel.messages.js';
import { authMessages } from '../modules/accounts/accounts.messages.js';
import { uploadsMessages } from '../modules/uploads/uploads.messages.js';
import { tokenMessages } from '../modules/accounts/tokens.messages.js';
import { webhookMessages } from '../modules/webhooks/webhooks.messages.js';
import { supplyDutyMessages } from '../modules/supply-duties/supply-duties.messages.js';
import { dataRequestMessages } from '../modules/data-requests/data-requests.messages.js';
import { mapMessages } from '../modules/boundaries/maps.messages.js';
import { surveyMessages } from '../modules/surveys/surveys.messages.js';
import { programmesMessages } from '../modules/programmes/programmes.messages.js';
import { beneficiaryMessages } from '../modules/beneficiaries/beneficiaries.messages.js';
import { prestigiousMessages } from '../modules/prestigious-persons/prestigious-persons.messages.js';
import { analyticsMessages } from '../modules/analytics/analytics.messages.js';
/** Server messages by error code, in Vietnamese and English. `{name}` placeholders are filled from params. */
export type Lang = 'vi' | 'en';

export const messages: Record<string, { vi: string; en: string }> = {
  ...duplicatesMessages,
  ...mapMessages,
  ...dbMessages,
  ...reportingMetadataMessages,
  ...dataEntryMessages,
  ...dhis2Messages,
  ...reportingAggregateMessages,
  ...reportingExcelMessages,
  ...inputMessages,
  ...authMessages,
  ...registerExportMessages,
  ...communeProfileMessages,
  ...registerImportMessages,
  ...uploadsMessages,
  ...tokenMessages,
  ...webhookMessages,
  ...supplyDutyMessages,
  ...dataRequestMessages,
  ...surveyMessages,
  ...programmesMessages,
  ...beneficiaryMessages,
  ...prestigiousMessages,
  ...analyticsMessages,
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
  rate_limited: { vi: 'Quá nhiều yêu cầu, hãy thử lại sau {seconds} giây', en: 'Too many requests; try again in {seconds} seconds' },
  login_failed: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
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
  // Administrative units, reorganisation uploads and boundaries.
  unknown_unit_code: { vi: 'Không có đơn vị hành chính mã {code}', en: 'No administrative unit with code {code}' },
  upload_unknown_field: { vi: 'Tệp hoặc trường không được phép', en: 'Unexpected file or field' },
  upload_duplicate_field: { vi: 'Trường này được gửi nhiều lần', en: 'This field was sent more than once' },
  file_not_utf8: {
    vi: 'Tệp {file} không được mã hóa UTF-8 (lỗi từ dòng {row}). Trong Excel, hãy lưu bằng "CSV UTF-8 (Comma delimited)"',
    en: 'The file {file} is not UTF-8 encoded (first bad line: {row}). In Excel, save it as "CSV UTF-8 (Comma delimited)"',
  },
  csv_malformed: {
    vi: 'Tệp {file} sai định dạng CSV ở dòng {row} (số cột không khớp tiêu đề hoặc thiếu dấu ngoặc kép đóng)',
    en: 'The file {file} is not valid CSV at line {row} (column count differs from the header, or a quote is not closed)',
  },
  file_no_rows: { vi: 'Tệp {file} chỉ có dòng tiêu đề, không có dữ liệu', en: 'The file {file} has a header but no data rows' },
  value_required: { vi: 'Không được để trống', en: 'Required' },
  invalid_unit_level: { vi: 'Cấp không hợp lệ: {value} (province, district hoặc commune)', en: 'Invalid level: {value} (province, district or commune)' },
  invalid_unit_code: { vi: 'Mã không hợp lệ: {value} (cần {digits} chữ số)', en: 'Invalid code: {value} ({digits} digits expected)' },
  province_has_parent: { vi: 'Tỉnh, thành phố không có đơn vị cấp trên', en: 'A province has no parent unit' },
  duplicate_unit_code: { vi: 'Mã {value} bị lặp trong tệp', en: 'Code {value} appears more than once in the file' },
  unknown_old_unit: {
    vi: 'Không có đơn vị cũ mã {value} còn hiệu lực ngày {date}',
    en: 'No old unit with code {value} valid on {date}',
  },
  unknown_new_unit: { vi: 'Mã mới {value} không có trong danh sách đơn vị mới', en: 'New code {value} is not in the list of new units' },
  invalid_merge_type: { vi: 'Kiểu sáp nhập không hợp lệ: {value} (full hoặc partial)', en: 'Invalid merge type: {value} (full or partial)' },
  duplicate_link: { vi: 'Cặp {old} → {new} bị lặp', en: 'The pair {old} → {new} appears more than once' },
  unknown_parent: {
    vi: 'Không có đơn vị cấp trên mã {value} (trong danh sách mới hoặc còn hiệu lực sau ngày sắp xếp)',
    en: 'No parent unit with code {value} (in the new list or still valid after the reorganisation)',
  },
  children_left_behind: {
    vi: 'Đơn vị {value} chấm dứt nhưng còn {count} đơn vị trực thuộc không có trong bảng chuyển đổi',
    en: 'Unit {value} ends but {count} of its units are not in the crosswalk',
  },
  reorganisation_not_latest: {
    vi: 'Ngày hiệu lực phải sau lần sắp xếp gần nhất ({date})',
    en: 'The effective date must be after the latest reorganisation ({date})',
  },
  geojson_invalid: { vi: 'Tệp không phải JSON hợp lệ: {reason}', en: 'The file is not valid JSON: {reason}' },
  geojson_not_collection: { vi: 'Tệp phải là một GeoJSON FeatureCollection', en: 'The file must be a GeoJSON FeatureCollection' },
  geojson_no_features: { vi: 'FeatureCollection không có đối tượng nào', en: 'The FeatureCollection has no features' },
  geojson_rejected: {
    vi: 'Có {count} đối tượng không hợp lệ; chưa ghi gì vào cơ sở dữ liệu',
    en: '{count} features are not valid; nothing was written',
  },
  feature_invalid: { vi: 'Phần tử không phải một Feature GeoJSON', en: 'The item is not a GeoJSON Feature' },
  feature_code_invalid: {
    vi: 'Thiếu thuộc tính code hoặc mã không hợp lệ: "{value}" (chuỗi 2, 3 hoặc 5 chữ số)',
    en: 'Missing or invalid code property: "{value}" (a string of 2, 3 or 5 digits)',
  },
  duplicate_feature_code: { vi: 'Mã {code} đã có ở đối tượng thứ {first}', en: 'Code {code} already appears in feature {first}' },
  feature_unknown_unit: {
    vi: 'Không có đơn vị mã {code} thuộc cấp đã chọn còn hiệu lực ngày {date}',
    en: 'No unit with code {code} at the chosen level valid on {date}',
  },
  geometry_type: {
    vi: 'Đơn vị {code}: hình học phải là Polygon hoặc MultiPolygon (nhận được {type})',
    en: 'Unit {code}: the geometry must be a Polygon or MultiPolygon (got {type})',
  },
  geometry_empty: { vi: 'Đơn vị {code}: hình học không có tọa độ', en: 'Unit {code}: the geometry has no coordinates' },
  ring_too_short: {
    vi: 'Đơn vị {code}: mỗi vòng cần ít nhất 4 điểm (có {count})',
    en: 'Unit {code}: each ring needs at least 4 positions (it has {count})',
  },
  ring_too_large: {
    vi: 'Đơn vị {code}: vòng có {count} điểm, tối đa {max}; hãy đơn giản hóa hình trước khi tải lên',
    en: 'Unit {code}: a ring has {count} positions, at most {max}; simplify the shapes before uploading',
  },
  coordinate_invalid: {
    vi: 'Đơn vị {code}: điểm thứ {position} không phải cặp số [kinh độ, vĩ độ]: {value}',
    en: 'Unit {code}: position {position} is not a [longitude, latitude] pair of numbers: {value}',
  },
  coordinate_out_of_range: {
    vi: 'Đơn vị {code}: điểm thứ {position} ngoài phạm vi (kinh độ {lon}, vĩ độ {lat}; cần -180…180, -90…90)',
    en: 'Unit {code}: position {position} is out of range (longitude {lon}, latitude {lat}; expected -180…180, -90…90)',
  },
  ring_not_closed: {
    vi: 'Đơn vị {code}: vòng không khép kín (điểm đầu và điểm cuối phải trùng nhau)',
    en: 'Unit {code}: a ring is not closed (its first and last positions must be equal)',
  },
  ring_self_intersects: {
    vi: 'Đơn vị {code}: đường biên tự cắt tại kinh độ {lon}, vĩ độ {lat}',
    en: 'Unit {code}: a ring crosses itself at longitude {lon}, latitude {lat}',
  },
  // Spreadsheet imports (shared machinery)
  legacy_encoding: {
    vi: 'Tệp dùng bảng mã {encoding}, hệ thống không chuyển đổi chính xác được. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi tải lên lại',
    en: 'The file uses the {encoding} encoding, which cannot be converted reliably. Convert it to Unicode (for example with the Unikey converter) and upload it again',
  },
  xls_not_supported: {
    vi: 'Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy lưu lại thành .xlsx hoặc CSV UTF-8',
    en: 'Excel 97-2003 (.xls) files are not supported; save the file as .xlsx or CSV UTF-8',
  },
  sheet_no_rows: { vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề', en: 'The file has no data rows under the header' },
  too_many_rows: { vi: 'Tệp có quá nhiều dòng (tối đa {max})', en: 'The file has too many rows (at most {max})' },
  missing_column: { vi: 'Thiếu cột "{column}"', en: 'Column "{column}" is missing' },
  row_required: { vi: 'Cần nhập {column}', en: '{column} is required' },
  row_too_long: { vi: 'Dài quá {max} ký tự', en: 'Longer than {max} characters' },
  row_duplicate: { vi: 'Trùng với dòng {other} trong tệp', en: 'Repeats row {other} of the file' },
  row_out_of_scope: { vi: 'Xã này nằm ngoài phạm vi được giao cho bạn', en: 'This commune is outside your assigned area' },
  unknown_commune: { vi: 'Không có xã mã hoặc tên "{value}" vào ngày {date}', en: 'No commune with code or name "{value}" on {date}' },
  ambiguous_commune: { vi: 'Có nhiều xã tên "{value}"; hãy ghi mã xã', en: 'Several communes are named "{value}"; give the commune code' },
  // Villages
  not_a_commune: { vi: 'Đơn vị mã {code} không phải cấp xã', en: 'Unit {code} is not a commune' },
  valid_from_outside_commune: { vi: 'Ngày bắt đầu {date} nằm ngoài thời gian hiệu lực của xã', en: "The start date {date} is outside the commune's validity" },
  invalid_village_code: {
    vi: 'Mã thôn không hợp lệ: {value} (chữ, số, dấu chấm, gạch; tối đa 20 ký tự)',
    en: 'Invalid village code: {value} (letters, digits, dot, dash; at most 20 characters)',
  },
  invalid_village_type: {
    vi: 'Loại "{value}" không hợp lệ; chọn Thôn, Bản, Xóm, Tổ dân phố hoặc Khác',
    en: 'Type "{value}" is not valid; use Thôn, Bản, Xóm, Tổ dân phố or Khác',
  },
  village_code_taken: { vi: 'Mã thôn {code} đã được dùng ở xã {commune}', en: 'Village code {code} is already used in commune {commune}' },
  village_name_taken: { vi: 'Xã {commune} đã có thôn "{name}" còn hiệu lực', en: 'Commune {commune} already has a village named "{name}" in force' },
  village_not_active: { vi: 'Thôn "{name}" không còn hoạt động vào ngày {date}', en: 'Village "{name}" is not active on {date}' },
  village_ended: {
    vi: 'Thôn "{name}" đã ngừng hoạt động hoặc đã sáp nhập; không sửa qua tệp được',
    en: 'Village "{name}" has ended or been merged; it cannot be changed by import',
  },
  unknown_village: { vi: 'Không có thôn "{value}" trong xã này vào ngày {date}', en: 'No village "{value}" in this commune on {date}' },
  merge_target_is_source: { vi: 'Thôn nhận sáp nhập không được nằm trong các thôn bị sáp nhập', en: 'The target village cannot be one of the villages merged' },
  merge_different_communes: { vi: 'Các thôn sáp nhập phải thuộc cùng một xã', en: 'Villages merged must belong to the same commune' },
  commune_not_valid_on: { vi: 'Xã không còn hiệu lực vào ngày {date}', en: 'The commune is not in force on {date}' },
  // Classifications
  invalid_category: { vi: 'Phân loại "{value}" không hợp lệ; dùng {allowed}', en: 'Category "{value}" is not valid; use {allowed}' },
  unit_outside_list: { vi: 'Xã nằm ngoài địa bàn của danh sách "{list}"', en: 'The commune is outside the area of list "{list}"' },
  // Register of households and persons
  purpose_required: {
    vi: 'Hãy nêu mục đích xem hồ sơ (ít nhất 3 ký tự); mỗi lần xem đều được ghi nhật ký',
    en: 'State the purpose of viewing this record (at least 3 characters); every view is logged',
  },
  purpose_too_long: { vi: 'Mục đích quá dài (tối đa {max} ký tự)', en: 'The purpose is too long (at most {max} characters)' },
  reason_required: { vi: 'Hãy nêu lý do xóa (ít nhất 3 ký tự)', en: 'Give a reason for deleting (at least 3 characters)' },
  cccd_format: { vi: 'Số CCCD phải gồm đúng 12 chữ số', en: 'A citizen ID (CCCD) must be exactly 12 digits' },
  cccd_province: { vi: 'Mã tỉnh "{value}" ở 3 số đầu của CCCD không hợp lệ', en: 'The province code "{value}" in the first 3 digits of the CCCD is not valid' },
  cccd_sex: { vi: 'Số thứ 4 của CCCD ({digit}) không khớp với giới tính', en: 'The 4th digit of the CCCD ({digit}) does not match the sex' },
  cccd_birth_year: {
    vi: 'CCCD ghi năm sinh {year}, không khớp với năm sinh {birthYear}',
    en: 'The CCCD encodes birth year {year}, which does not match the birth year {birthYear}',
  },
  cccd_taken: { vi: 'Số CCCD {value} đã có trong sổ', en: 'The CCCD {value} is already in the register' },
  birth_year_mismatch: { vi: 'Năm sinh {year} không khớp với ngày sinh {date}', en: 'Birth year {year} does not match the date of birth {date}' },
  birth_year_required: { vi: 'Cần ngày sinh hoặc năm sinh', en: 'A date or year of birth is required' },
  birth_date_future: { vi: 'Ngày sinh {date} nằm trong tương lai', en: 'The date of birth {date} is in the future' },
  birth_date_mismatch: { vi: 'Ngày sinh phải là ngày của sự kiện ({date})', en: 'The date of birth must be the date of the event ({date})' },
  child_older_than_parent: { vi: 'Con (cháu) không thể lớn tuổi hơn chủ hộ', en: 'A child (grandchild) cannot be older than the household head' },
  parent_younger_than_child: { vi: 'Bố, mẹ (ông, bà) không thể trẻ hơn chủ hộ', en: 'A parent (grandparent) cannot be younger than the household head' },
  commune_not_in_force: { vi: 'Xã mã {code} không còn (hoặc chưa) tồn tại vào ngày {date}', en: 'Commune {code} no longer (or not yet) exists on {date}' },
  village_not_in_commune: { vi: 'Thôn (mã số {id}) không thuộc xã của hộ', en: "Village {id} does not belong to the household's commune" },
  household_code_taken: { vi: 'Mã hộ {code} đã được dùng trong xã này', en: 'Household code {code} is already used in this commune' },
  household_deleted: { vi: 'Hộ này đã bị xóa', en: 'This household has been deleted' },
  household_ended: { vi: 'Hộ này đã kết thúc (tách, nhập hoặc chuyển đi) từ ngày {date}', en: 'This household ended (split, merged or moved away) on {date}' },
  version_conflict: {
    vi: 'Hồ sơ vừa được người khác sửa (phiên bản {version}); hãy tải lại rồi sửa tiếp',
    en: 'Someone else changed this record (now version {version}); reload it and try again',
  },
  date_future: { vi: 'Ngày {date} nằm trong tương lai', en: 'The date {date} is in the future' },
  effective_before_start: { vi: 'Ngày hiệu lực trước ngày lập hộ ({date})', en: 'The effective date is before the household was formed ({date})' },
  one_head_required: { vi: 'Hộ phải có đúng một chủ hộ (đang có {count})', en: 'A household needs exactly one head (found {count})' },
  poverty_year_repeated: { vi: 'Mỗi năm chỉ có một phân loại nghèo', en: 'Only one poverty classification per year' },
  not_deleted: { vi: 'Hồ sơ này chưa bị xóa', en: 'This record is not deleted' },
  person_in_other_household: {
    vi: '{name} đang là thành viên hộ {code}; một người chỉ thuộc một hộ tại một thời điểm',
    en: '{name} is a member of household {code}; a person belongs to one household at a time',
  },
  event_before_membership: {
    vi: 'Ngày sự kiện phải sau ngày người này vào hộ ({date})',
    en: 'The event must come after the person joined the household ({date})',
  },
  event_before_household: { vi: 'Ngày sự kiện trước ngày lập hộ ({date})', en: 'The event is dated before the household was formed ({date})' },
  not_a_member: { vi: 'Người (mã số {id}) không phải thành viên hiện tại của hộ', en: 'Person {id} is not a current member of the household' },
  new_head_required: { vi: 'Hãy chọn chủ hộ mới trong số các thành viên ở lại', en: 'Choose a new head among the members who stay' },
  head_via_event: {
    vi: 'Chủ hộ mới được chọn qua sự kiện thay đổi chủ hộ, không qua quan hệ',
    en: 'A new head is named through a change-of-head event, not a relationship',
  },
  household_has_head: { vi: 'Hộ đã có chủ hộ; dùng sự kiện thay đổi chủ hộ', en: 'The household already has a head; use a change-of-head event' },
  death_before_birth: { vi: 'Ngày mất trước ngày sinh ({date})', en: 'The date of death is before the birth ({date})' },
  already_head: { vi: 'Người này đã là chủ hộ', en: 'This person is already the head' },
  destination_required: { vi: 'Lập hộ ở nơi đến cần mã xã nơi đến', en: 'Forming a household at the destination needs the destination commune code' },
  destination_household_or_new: {
    vi: 'Chọn hoặc một hộ có sẵn ở nơi đến, hoặc lập hộ mới, không chọn cả hai',
    en: 'Choose either an existing household at the destination or a new one, not both',
  },
  destination_household_elsewhere: { vi: 'Hộ nơi đến không thuộc xã, phường đã chọn', en: 'The destination household is not in the chosen commune' },
  nothing_to_add: { vi: 'Chưa có ai được thêm vào', en: 'Nobody to add' },
  person_deceased: { vi: '{name} đã mất', en: '{name} has died' },
  person_repeated: { vi: 'Một người được nêu nhiều lần', en: 'A person is listed more than once' },
  split_needs_remaining: {
    vi: 'Tách hộ phải còn lại ít nhất một người ở hộ cũ; nếu cả hộ đi, dùng sự kiện chuyển đi',
    en: 'A split must leave someone in the old household; if everyone leaves, record a move',
  },
  merge_into_itself: { vi: 'Không thể nhập hộ vào chính nó', en: 'A household cannot be merged into itself' },
  person_deleted: { vi: 'Nhân khẩu này đã bị xóa', en: 'This person has been deleted' },
  later_change_exists: {
    vi: 'Trường {field} đã có thay đổi từ ngày {date}; không ghi được thay đổi có hiệu lực sớm hơn',
    en: 'Field {field} already has a change holding from {date}; an earlier-dated change cannot be recorded',
  },
  person_is_head: { vi: 'Người này đang là chủ hộ; hãy đổi chủ hộ trước khi xóa', en: 'This person heads a household; change the head before deleting' },
};

/** Fills `{name}` placeholders. */
export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  const text = entry ? entry[lang] : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
