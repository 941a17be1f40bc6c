/** Messages of the XLSForm converter (errors and warnings naming sheet, row and column), in Vietnamese and English. */
export const xlsformMessages: Record<string, { vi: string; en: string }> = {
  xlsform_xls: {
    vi: 'Tệp Excel 97-2003 (.xls) không đọc được. Hãy lưu tệp thành .xlsx rồi tải lên lại',
    en: 'Excel 97-2003 (.xls) files cannot be read. Save the file as .xlsx and upload it again',
  },
  xlsform_unreadable: {
    vi: 'Tệp không đọc được như một biểu mẫu XLSForm (.xlsx hoặc .csv)',
    en: 'The file cannot be read as an XLSForm (.xlsx or .csv)',
  },
  xlsform_no_survey: {
    vi: 'Tệp không có trang tính "survey" (danh sách câu hỏi)',
    en: 'The file has no "survey" sheet (the list of questions)',
  },
  xlsform_no_type_column: {
    vi: 'Trang tính "{sheet}" không có cột "type"',
    en: 'The "{sheet}" sheet has no "type" column',
  },
  xlsform_no_name_column: {
    vi: 'Trang tính "{sheet}" không có cột "name"',
    en: 'The "{sheet}" sheet has no "name" column',
  },
  xlsform_empty_survey: {
    vi: 'Biểu mẫu không có câu hỏi nào',
    en: 'The form has no questions',
  },
  xlsform_no_type: {
    vi: 'Dòng có tên hoặc nhãn nhưng chưa có loại câu hỏi',
    en: 'The row has a name or label but no question type',
  },
  xlsform_unknown_type: {
    vi: 'Loại câu hỏi không được hỗ trợ: "{type}"',
    en: 'Unknown question type: "{type}"',
  },
  xlsform_include_unsupported: {
    vi: 'Loại "{type}" (ghép một biểu mẫu khác vào) không được hỗ trợ: hãy chép các câu hỏi của biểu mẫu đó vào trang survey',
    en: 'The type "{type}" (including another form) is not supported: copy that form\'s questions into the survey sheet',
  },
  xlsform_table_list_lists: {
    vi: 'Mọi câu hỏi chọn trong một nhóm table-list phải dùng cùng một danh sách lựa chọn: "{list}" khác với "{first}"',
    en: 'Every select question of a table-list group must use the same choice list: "{list}" differs from "{first}"',
  },
  xlsform_search_from_file: {
    vi: 'Câu hỏi "{name}" chọn từ tệp nên không dùng được search(): hãy bỏ search() hoặc đổi loại câu hỏi',
    en: 'The question "{name}" selects from a file, so it cannot use search(): remove search() or change the question type',
  },
  xlsform_search_shared_list: {
    vi: 'Câu hỏi "{name}" dùng search() với danh sách "{list}", nhưng danh sách này cũng được câu hỏi "{others}" dùng mà không có search(): hãy dùng search() cho mọi câu hỏi của danh sách, hoặc đặt một danh sách riêng cho câu hỏi dùng search()',
    en: 'The question "{name}" uses search() with the list "{list}", which the question "{others}" also uses without search(): use search() for every question of that list, or give the question using search() a list of its own',
  },
  xlsform_audit_name: {
    vi: 'Câu hỏi audit luôn có tên "audit": hãy để trống cột name thay vì "{name}"',
    en: 'An audit is always named "audit": leave the name column empty instead of "{name}"',
  },
  xlsform_duplicate_column: {
    vi: 'Cột "{column}" xuất hiện hai lần trong dòng tiêu đề',
    en: 'The column "{column}" appears twice in the header row',
  },
  xlsform_repeat_root_name: {
    vi: 'Nhóm lặp không được đặt tên "{name}", trùng với tên gốc của biểu mẫu',
    en: 'A repeat cannot be named "{name}", the name of the form\'s root',
  },
  xlsform_repeat_name_twice: {
    vi: 'Tên nhóm lặp "{name}" đã dùng ở dòng {first}: mỗi nhóm lặp cần một tên riêng trong cả biểu mẫu',
    en: 'The repeat name "{name}" is already used on row {first}: each repeat needs a name of its own in the whole form',
  },
  xlsform_no_name: {
    vi: 'Câu hỏi chưa có tên (cột name)',
    en: 'The question has no name (name column)',
  },
  xlsform_bad_name: {
    vi: 'Tên "{name}" không hợp lệ: chỉ dùng chữ, số, dấu gạch dưới, gạch ngang và dấu chấm, bắt đầu bằng chữ hoặc dấu gạch dưới',
    en: 'The name "{name}" is not valid: use letters, digits, underscores, hyphens and dots, starting with a letter or underscore',
  },
  xlsform_reserved_name: {
    vi: 'Tên "{name}" được dành riêng cho biểu mẫu; hãy đặt tên khác',
    en: 'The name "{name}" is reserved; choose another name',
  },
  xlsform_duplicate_name: {
    vi: 'Tên "{name}" bị trùng trong cùng nhóm (đã dùng ở dòng {first})',
    en: 'The name "{name}" is used twice in the same group (first at row {first})',
  },
  xlsform_no_label: {
    vi: 'Câu hỏi "{name}" chưa có nhãn (cột label) hoặc gợi ý (cột hint)',
    en: 'The question "{name}" has no label (label column) or hint (hint column)',
  },
  xlsform_no_list: {
    vi: 'Không có danh sách lựa chọn "{list}" trong trang tính {sheet}',
    en: 'There is no choice list "{list}" in the {sheet} sheet',
  },
  xlsform_empty_list: {
    vi: 'Danh sách lựa chọn "{list}" không có lựa chọn nào',
    en: 'The choice list "{list}" has no choices',
  },
  xlsform_choice_no_list: {
    vi: 'Lựa chọn chưa có tên danh sách (cột list_name)',
    en: 'The choice has no list name (list_name column)',
  },
  xlsform_choice_no_name: {
    vi: 'Lựa chọn chưa có giá trị (cột name)',
    en: 'The choice has no value (name column)',
  },
  xlsform_choice_duplicate: {
    vi: 'Giá trị "{name}" bị trùng trong danh sách "{list}" (đã dùng ở dòng {first}); nếu cố ý, đặt allow_choice_duplicates = yes trong trang settings',
    en: 'The value "{name}" is used twice in the list "{list}" (first at row {first}); if intended, set allow_choice_duplicates to yes in the settings sheet',
  },
  xlsform_choice_no_label: {
    vi: 'Lựa chọn "{name}" của danh sách "{list}" chưa có nhãn',
    en: 'The choice "{name}" of the list "{list}" has no label',
  },
  xlsform_unmatched_end: {
    vi: 'Dòng "{type}" không khớp với nhóm đang mở ({open})',
    en: '"{type}" does not match the open group ({open})',
  },
  xlsform_unclosed: {
    vi: 'Nhóm "{name}" mở ở dòng này chưa được đóng (thiếu dòng end {kind})',
    en: 'The {kind} "{name}" opened on this row is never closed (no end {kind} row)',
  },
  xlsform_bad_expression: {
    vi: 'Biểu thức không hợp lệ ({reason}): {expression}',
    en: 'The expression is not valid ({reason}): {expression}',
  },
  xlsform_unknown_reference: {
    vi: 'Không có câu hỏi nào tên "{name}" (được dùng trong ${{name}})',
    en: 'There is no question named "{name}" (referenced as ${{name}})',
  },
  xlsform_ambiguous_reference: {
    vi: 'Có nhiều câu hỏi cùng tên "{name}", nên ${{name}} không xác định được câu nào',
    en: 'Several questions are named "{name}", so ${{name}} is ambiguous',
  },
  xlsform_no_calculation: {
    vi: 'Câu hỏi tính toán "{name}" chưa có công thức (cột calculation)',
    en: 'The calculate question "{name}" has no formula (calculation column)',
  },
  xlsform_bad_parameter: {
    vi: 'Tham số không hợp lệ: "{parameter}"',
    en: 'Invalid parameter: "{parameter}"',
  },
  xlsform_bad_file_name: {
    vi: 'Tên tệp danh sách "{file}" phải kết thúc bằng .csv, .xml hoặc .geojson',
    en: 'The list file "{file}" must end in .csv, .xml or .geojson',
  },
  xlsform_or_other_filter: {
    vi: 'Không dùng được "or_other" cùng với choice_filter',
    en: '"or_other" cannot be used with a choice_filter',
  },
  xlsform_bad_trigger: {
    vi: 'Cột trigger phải là một tham chiếu ${{tên}} tới câu hỏi khác: "{trigger}"',
    en: 'The trigger column must be a ${{name}} reference to another question: "{trigger}"',
  },
  xlsform_entity_no_dataset: {
    vi: 'Trang tính entities chưa có tên danh sách thực thể (cột list_name)',
    en: 'The entities sheet has no dataset name (list_name column)',
  },
  xlsform_entity_bad_dataset: {
    vi: 'Tên danh sách thực thể "{name}" không hợp lệ (không bắt đầu bằng "__", không chứa dấu chấm)',
    en: 'The dataset name "{name}" is not valid (it may not start with "__" or contain a dot)',
  },
  xlsform_entity_no_label: {
    vi: 'Thực thể mới cần nhãn (cột label của trang tính entities)',
    en: 'A new entity needs a label (label column of the entities sheet)',
  },
  xlsform_entity_duplicate: {
    vi: 'Danh sách thực thể "{name}" đã được khai báo ở dòng {first} của trang tính entities: mỗi danh sách chỉ khai báo một lần',
    en: 'The entity list "{name}" is already declared on row {first} of the entities sheet: each list is declared once',
  },
  xlsform_entity_unknown_columns: {
    vi: 'Trang tính entities có cột không dùng được: {columns} (các cột được dùng: list_name, label, entity_id, create_if, update_if)',
    en: 'The entities sheet has columns that cannot be used: {columns} (the columns used: list_name, label, entity_id, create_if, update_if)',
  },
  xlsform_entity_update_no_id: {
    vi: 'Thực thể "{dataset}" có update_if nhưng không có entity_id: cần entity_id để cập nhật thực thể',
    en: 'The entity "{dataset}" has an update_if but no entity_id: updating an entity needs its entity_id',
  },
  xlsform_entity_upsert_no_update_if: {
    vi: 'Thực thể "{dataset}" có entity_id và create_if nhưng không có update_if: khi vừa tạo vừa cập nhật thì cần cả update_if',
    en: 'The entity "{dataset}" has an entity_id and a create_if but no update_if: creating or updating needs an update_if too',
  },
  xlsform_entity_crowded: {
    vi: 'Không có chỗ khai báo thực thể "{dataset}" trong phạm vi {scope}: mỗi biểu mẫu, nhóm hoặc nhóm lặp chỉ chứa một thực thể, và chỗ cần dùng đã thuộc thực thể ở dòng {other}',
    en: 'There is no place to declare the entity "{dataset}" in the scope {scope}: the survey, each group and each repeat hold one entity, and the place needed belongs to the entity of row {other}',
  },
  xlsform_entity_scope: {
    vi: 'Thực thể "{dataset}" dùng câu hỏi "{question}" ở {scope}, ngoài phạm vi {other} của các tham chiếu khác: mọi tham chiếu của một thực thể phải cùng một nhóm lặp hoặc ở nhóm lặp chứa nó',
    en: 'The entity "{dataset}" reads the question "{question}" in {scope}, outside the scope {other} of its other references: every reference of an entity must be in one repeat or in the repeats around it',
  },
  xlsform_save_to_scope: {
    vi: 'Câu hỏi ở {scope} lưu vào thực thể "{dataset}" nhưng thực thể này có tham chiếu ở phạm vi khác ({other}): các câu hỏi save_to của một thực thể phải nằm trong cùng một nhóm lặp',
    en: 'The question in {scope} saves to the entity "{dataset}", which has a reference in another scope ({other}): the save_to questions of an entity must be in the same repeat',
  },
  xlsform_save_to_hashes: {
    vi: 'Giá trị save_to "{value}" có nhiều hơn một dấu "#": hãy viết danh_sách#thuộc_tính',
    en: 'The save_to value "{value}" has more than one "#": write list#property',
  },
  xlsform_save_to_which_list: {
    vi: 'Biểu mẫu khai báo nhiều thực thể: hãy viết save_to dạng danh_sách#{property}',
    en: 'The form declares several entities: write save_to as list#{property}',
  },
  xlsform_save_to_unknown_list: {
    vi: 'Danh sách thực thể "{list}" của save_to không có trong trang tính entities',
    en: 'The entity list "{list}" of save_to is not on the entities sheet',
  },
  xlsform_save_to_no_entity: {
    vi: 'Cột save_to chỉ dùng được khi có trang tính entities',
    en: 'The save_to column needs an entities sheet',
  },
  xlsform_save_to_group: {
    vi: 'Nhóm "{name}" không lưu được vào thuộc tính thực thể: hãy đặt save_to trên từng câu hỏi',
    en: 'The group "{name}" cannot be saved to an entity property: put save_to on its questions',
  },
  xlsform_save_to_twice: {
    vi: 'Thuộc tính thực thể "{property}" đã được lưu từ dòng {first}: mỗi thuộc tính chỉ lưu từ một câu hỏi',
    en: 'The entity property "{property}" is already saved from row {first}: each property is saved from one question',
  },
  xlsform_save_to_bad: {
    vi: 'Không thể lưu "{name}" vào thuộc tính thực thể "{property}" (tên dành riêng hoặc không hợp lệ)',
    en: '"{name}" cannot be saved to the entity property "{property}" (a reserved or invalid name)',
  },
  xlsform_warn_or_other_translations: {
    vi: 'Câu hỏi dùng "or_other" trong biểu mẫu nhiều ngôn ngữ: lựa chọn "Khác" chỉ có nhãn "Other" ở mọi ngôn ngữ',
    en: 'The question uses "or_other" in a form with translations: the "Other" choice has the label "Other" in every language',
  },
  xlsform_warn_unknown_column: {
    vi: 'Cột "{column}" không được dùng và bị bỏ qua',
    en: 'The column "{column}" is not used and is ignored',
  },
};
