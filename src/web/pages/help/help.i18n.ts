/** Texts of the help button, the user guide page and printing. Every key in `vi` must also exist in `en`. */
export const helpVi = {
  button: 'Hướng dẫn',
  buttonHint: 'Hướng dẫn sử dụng trang này',
  menu: 'Hướng dẫn',
  contents: 'Mục lục',
  glossaryLink: 'Thuật ngữ',
  steps: 'Các bước',
  backToPage: 'Quay lại trang đang làm',
};

export const helpEn: typeof helpVi = {
  button: 'Help',
  buttonHint: 'How to use this page',
  menu: 'Help',
  contents: 'Contents',
  glossaryLink: 'Glossary',
  steps: 'Steps',
  backToPage: 'Back to the page',
};

export const printVi = {
  button: 'In',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  printedOn: 'Ngày in: {{date}} · Người in: {{user}}',
  maker: 'Người lập biểu',
  head: 'Thủ trưởng đơn vị',
  placeDate: '…, ngày … tháng … năm …',
  signHint: '(Ký, ghi rõ họ tên)',
  signHintSeal: '(Ký, ghi rõ họ tên, đóng dấu)',
  listTitle: 'In danh sách',
  moreRows: 'Danh sách có {{total}} dòng theo điều kiện lọc, trang đang xem chỉ có {{shown}} dòng.',
  shownOnly: 'In {{n}} dòng đang xem',
  all: 'In tất cả ({{n}} dòng)',
  tooMany: 'Mỗi lần in tối đa {{max}} dòng; lọc thêm để in phần còn lại.',
  partial: 'Bản in gồm {{shown}} trong số {{total}} dòng theo điều kiện lọc.',
  householdCard: 'Phiếu hộ gia đình {{code}}',
  profile: 'Hồ sơ địa bàn {{unit}}',
};

export const printEn: typeof printVi = {
  button: 'Print',
  nation: 'SOCIALIST REPUBLIC OF VIET NAM',
  motto: 'Independence - Freedom - Happiness',
  printedOn: 'Printed on {{date}} by {{user}}',
  maker: 'Prepared by',
  head: 'Head of unit',
  placeDate: '…, date …',
  signHint: '(Signature and full name)',
  signHintSeal: '(Signature, full name and seal)',
  listTitle: 'Print the list',
  moreRows: 'The list has {{total}} rows under the filters; the page shows only {{shown}}.',
  shownOnly: 'Print the {{n}} rows shown',
  all: 'Print all ({{n}} rows)',
  tooMany: 'At most {{max}} rows per printout; filter further to print the rest.',
  partial: 'This printout holds {{shown}} of the {{total}} rows under the filters.',
  householdCard: 'Household card {{code}}',
  profile: 'Area profile: {{unit}}',
};
