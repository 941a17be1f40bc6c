/** Messages of the upload limits (file sizes, zip bombs, cells, rows, shapes) and of the upload gate. */
export const uploadsMessages: Record<string, { vi: string; en: string }> = {
  uploads_busy: {
    vi: 'Máy chủ đang xử lý nhiều tệp tải lên ({slots} tệp cùng lúc); hãy thử lại sau ít phút',
    en: 'The server is busy with other uploads ({slots} at a time); try again in a few minutes',
  },
  xlsx_unpacked_too_large: {
    vi: 'Tệp XLSX khi giải nén lớn hơn mức cho phép ({limit}); hãy chia thành nhiều tệp nhỏ hơn',
    en: 'The XLSX file unpacks to more than the limit ({limit}); split it into smaller files',
  },
  xlsx_shared_strings_too_large: {
    vi: 'Phần chữ dùng chung của tệp XLSX lớn hơn mức cho phép ({limit}); hãy chia thành nhiều tệp nhỏ hơn',
    en: 'The shared text of the XLSX file is larger than the limit ({limit}); split it into smaller files',
  },
  xlsx_ratio_too_high: {
    vi: 'Tệp XLSX nén bất thường (phần {part} nén {ratio} lần, tối đa {max} lần); tệp bị từ chối vì có thể gây quá tải máy chủ',
    en: 'The XLSX file is abnormally compressed ({part} is compressed {ratio} times, at most {max}); it is refused as it could overload the server',
  },
  xlsx_too_many_parts: {
    vi: 'Tệp XLSX có quá nhiều thành phần (tối đa {max})',
    en: 'The XLSX file has too many parts (at most {max})',
  },
  xlsx_cell_too_long: {
    vi: 'Tệp XLSX có ô dài quá {max} ký tự (giới hạn của Excel) trong phần {part}',
    en: 'The XLSX file has a cell longer than {max} characters (the Excel limit) in {part}',
  },
  cell_too_long: {
    vi: 'Dòng {row} có ô dài quá {max} ký tự (giới hạn của Excel)',
    en: 'Row {row} has a cell longer than {max} characters (the Excel limit)',
  },
  row_too_large: {
    vi: 'Dòng {row} quá lớn (tối đa {limit} mỗi dòng)',
    en: 'Row {row} is too large (at most {limit} a row)',
  },
  geojson_too_deep: {
    vi: 'Tệp GeoJSON lồng nhau quá {max} cấp',
    en: 'The GeoJSON file is nested more than {max} levels deep',
  },
  geojson_too_many_features: {
    vi: 'Tệp có {count} đối tượng, tối đa {max} mỗi lần tải lên; hãy chia thành nhiều tệp',
    en: 'The file has {count} features, at most {max} an upload; split it into several files',
  },
  geojson_too_many_positions: {
    vi: 'Tệp có hơn {max} điểm tọa độ; hãy đơn giản hóa hình hoặc chia thành nhiều tệp',
    en: 'The file has more than {max} positions; simplify the shapes or split the file',
  },
  feature_too_many_rings: {
    vi: 'Đơn vị {code}: hình có {count} vòng, tối đa {max}',
    en: 'Unit {code}: the shape has {count} rings, at most {max}',
  },
  feature_too_many_positions: {
    vi: 'Đơn vị {code}: hình có {count} điểm, tối đa {max}; hãy đơn giản hóa hình trước khi tải lên',
    en: 'Unit {code}: the shape has {count} positions, at most {max}; simplify it before uploading',
  },
};
