/** Error messages of register exports. */
export const registerExportMessages: Record<string, { vi: string; en: string }> = {
  export_columns_required: { vi: 'Hãy chọn ít nhất một cột để xuất. Các cột: {valid}', en: 'Choose at least one column to export. Columns: {valid}' },
  export_unknown_columns: { vi: 'Không có cột: {columns}. Các cột hợp lệ: {valid}', en: 'Unknown columns: {columns}. Valid columns: {valid}' },
  export_cccd_forbidden: { vi: 'Vai trò của bạn không được xuất số CCCD', en: 'Your role may not export citizen ID numbers' },
};
