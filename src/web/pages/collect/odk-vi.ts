/**
 * ODK Web Forms in Vietnamese. The library (0.22) has no language setting: its own words (buttons, error
 * counts, location and photo controls, the engine's default "required" and "constraint" messages) are
 * written in English in its components, and its date picker takes PrimeVue's locale. So the date
 * picker gets a Vietnamese PrimeVue locale, and the mounted form's own words are replaced in the page
 * as they appear (a MutationObserver on the form's element). The form's questions and its own messages
 * are the form's, in the language chosen in the form, and are never touched: only exact, whole texts of
 * the library are replaced.
 */

/** The library's exact texts (trimmed) and their Vietnamese. */
export const ODK_VI: Record<string, string> = {
  Send: 'Gửi phiếu',
  'Change language': 'Đổi ngôn ngữ',
  Add: 'Thêm',
  Remove: 'Xoá',
  Delete: 'Xoá',
  Cancel: 'Huỷ',
  'Try again': 'Thử lại',
  'Take picture': 'Chụp ảnh',
  'Choose image': 'Chọn ảnh',
  'Captured image preview': 'Ảnh vừa chụp',
  'Get location': 'Lấy vị trí',
  'Save location': 'Lưu vị trí',
  'Finding your location': 'Đang tìm vị trí của bạn',
  'Cannot access location': 'Không lấy được vị trí',
  'Grant location permission in the browser settings and make sure location is turned on.':
    'Hãy cho phép trình duyệt dùng vị trí trong phần cài đặt và bật định vị trên máy.',
  'Geolocation is not supported by this browser.': 'Trình duyệt này không hỗ trợ định vị.',
  'Error occurred while retrieving background location.': 'Có lỗi khi lấy vị trí.',
  'Good accuracy': 'Độ chính xác tốt',
  'Poor accuracy': 'Độ chính xác kém',
  'Unknown accuracy': 'Chưa rõ độ chính xác',
  'Powered by': 'Vận hành bởi',
  'Unknown error': 'Lỗi không xác định',
  'Invalid date': 'Ngày không hợp lệ',
  'Invalid time': 'Giờ không hợp lệ',
  'Invalid Time': 'Giờ không hợp lệ',
  '1 question with error.': '1 câu hỏi có lỗi.',
  'Condition not satisfied: required': 'Câu hỏi này bắt buộc phải trả lời',
  'Condition not satisfied: constraint': 'Câu trả lời không hợp lệ',
};

/** Texts with a number or a value in them. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d+) questions with errors\.$/, (m) => `${m[1]} câu hỏi có lỗi.`],
  [/^Accuracy: (.*)$/, (m) => `Độ chính xác: ${m[1]}`],
  [/^Time taken to capture location: (.*)$/, (m) => `Thời gian lấy vị trí: ${m[1]}`],
];

/** The Vietnamese of one text of the library, or null when it is not one of them. */
export function odkVietnamese(text: string): string | null {
  const core = text.trim();
  if (!core) return null;
  const exact = ODK_VI[core];
  const out =
    exact ??
    PATTERNS.reduce<string | null>((found, [re, f]) => {
      if (found !== null) return found;
      const m = re.exec(core);
      return m ? f(m) : null;
    }, null);
  if (out === null) return null;
  const lead = text.slice(0, text.indexOf(core));
  return lead + out + text.slice(lead.length + core.length);
}

const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

function translateNode(node: Node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const v = node.nodeValue ?? '';
    const vi = odkVietnamese(v);
    if (vi !== null && vi !== v) node.nodeValue = vi;
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as Element;
  // Buttons whose label is in an attribute, as well as text inside.
  for (const a of ATTRIBUTES) {
    const v = el.getAttribute(a);
    const vi = v === null ? null : odkVietnamese(v);
    if (vi !== null && vi !== v) el.setAttribute(a, vi);
  }
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) translateNode(n);
    else
      for (const a of ATTRIBUTES) {
        const e = n as Element;
        const v = e.getAttribute(a);
        const vi = v === null ? null : odkVietnamese(v);
        if (vi !== null && vi !== v) e.setAttribute(a, vi);
      }
  }
}

/**
 * Keeps the library's words in Vietnamese in `el` (and in the overlays PrimeVue puts under
 * `document.body`, such as the date picker) while the form is mounted; returns the function that stops.
 */
export function keepVietnamese(el: HTMLElement): () => void {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') translateNode(r.target);
      else if (r.type === 'attributes') translateNode(r.target);
      else r.addedNodes.forEach(translateNode);
    }
  });
  const options: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES };
  translateNode(el);
  observer.observe(el, options);
  // Overlays (date picker, dropdowns) are appended to the body, outside the form's element.
  const overlays = new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((n) => {
        if (n.nodeType === Node.ELEMENT_NODE && !el.contains(n)) {
          translateNode(n);
          observer.observe(n, options);
        }
      });
  });
  overlays.observe(document.body, { childList: true });
  return () => {
    observer.disconnect();
    overlays.disconnect();
  };
}

/** PrimeVue's locale in Vietnamese: the date picker's days and months, and its lists' empty messages. */
export const PRIMEVUE_VI = {
  dayNames: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  dayNamesShort: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  dayNamesMin: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  monthNames: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  monthNamesShort: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  today: 'Hôm nay',
  clear: 'Xoá',
  weekHeader: 'Tuần',
  firstDayOfWeek: 1,
  choose: 'Chọn',
  upload: 'Tải lên',
  cancel: 'Huỷ',
  accept: 'Đồng ý',
  reject: 'Không',
  searchMessage: '{0} kết quả',
  selectionMessage: 'Đã chọn {0} mục',
  emptySelectionMessage: 'Chưa chọn mục nào',
  emptySearchMessage: 'Không tìm thấy kết quả',
  emptyFilterMessage: 'Không tìm thấy kết quả',
  emptyMessage: 'Không có lựa chọn',
  chooseDate: 'Chọn ngày',
  chooseMonth: 'Chọn tháng',
  chooseYear: 'Chọn năm',
  prevMonth: 'Tháng trước',
  nextMonth: 'Tháng sau',
  prevYear: 'Năm trước',
  nextYear: 'Năm sau',
  am: 'SA',
  pm: 'CH',
};
