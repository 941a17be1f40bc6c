import { describe, expect, it } from 'vitest';
import vi from './vi.js';
import { registerVi } from '../pages/register/register.i18n.js';
import { toolsVi } from '../pages/register-tools/tools.i18n.js';
import { reportingVi } from '../pages/reporting/reporting.i18n.js';
import { excelVi } from '../pages/reporting/excel/excel.i18n.js';
import { metadataVi } from '../pages/reporting/metadata/metadata.i18n.js';
import { aggregateVi } from '../pages/reporting/aggregate/aggregate.i18n.js';
import { exchangeVi } from '../pages/reporting/exchange/exchange.i18n.js';
import { accountVi } from '../pages/account/account.i18n.js';
import { helpVi, printVi } from '../pages/help/help.i18n.js';
import { GUIDE_VI } from '../pages/help/guide.vi.js';
import { webhooksVi } from '../pages/webhooks/webhooks.i18n.js';
import { surveysVi } from '../pages/surveys/surveys.i18n.js';
import { collectVi } from '../pages/collect/collect.i18n.js';
import { analyticsVi } from '../pages/analytics/analytics.i18n.js';
import { dashboardsVi } from '../pages/dashboards/dashboards.i18n.js';
import { supplyDutiesVi } from '../pages/supply-duties/supply-duties.i18n.js';
import { dataUseVi } from '../pages/data-use/data-use.i18n.js';
import { mapsVi } from '../pages/boundaries/maps.i18n.js';
import { programmesVi } from '../pages/programmes/programmes.i18n.js';
import { beneficiariesVi } from '../pages/beneficiaries/beneficiaries.i18n.js';

/**
 * The vocabulary rules of the Vietnamese interface (docs/glossary.md):
 * - no English words: every word written without Vietnamese letters must be a Vietnamese syllable
 *   written without marks (codes such as GIOI_TINH, search examples such as "Muong") or a name on the
 *   allow-list (proper names, file formats, abbreviations);
 * - tone marks placed the new way (Hòa, Thủy, khỏe; not Hoà, Thuỷ, khoẻ), as in the province's name "Hòa Bình";
 * - the generated register is "Dữ liệu mô phỏng", never "dữ liệu mẫu", "minh họa" or "demo";
 * - no "thị trấn": after 1 July 2025 the commune level has xã, phường and đặc khu only.
 */
const ALLOWED = new Set([
  // proper names and products
  'DHIS2',
  'Excel',
  'Google',
  'Microsoft',
  'Authenticator',
  'Windows',
  'Internet',
  'Unicode',
  'AGPL',
  // keys on the keyboard and the machine interface's own names (what a script must type exactly)
  'Esc',
  'Enter',
  'Tab',
  'API',
  'Authorization',
  'ApiToken',
  // file formats and encodings
  'JSON',
  'CSV',
  'XML',
  'ADX',
  'GeoJSON',
  'PDF',
  'PNG',
  'SVG',
  'UTF',
  'VNI',
  'TCVN3',
  'xlsx',
  'csv',
  'json',
  'xml',
  // Vietnamese abbreviations and numbering
  'CCCD',
  'UBND',
  'UBDT',
  'CTDT',
  'CP',
  'TTg',
  'DS',
  'QR',
  'IP',
  'A4',
  'vd',
  'Vd',
  'II',
  'III',
  'IV',
  'VND',
  // the date pattern dd/mm/yyyy
  'dd',
  'mm',
  'yyyy',
]);
/** Keys whose text may name the pre-2025 "thị trấn" (none today). */
const TOWN_ALLOWED = new Set<string>([]);
/** Period ids a user types exactly (2025Q1, 2025M03, 2025W05, 2025S1), as in DHIS2. */
const PERIOD_ID = /^\d{4}[QMWS]\d{1,2}$/;

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
const OLD_TONE = /(?<![qQ])([uU])([ỳýỷỹỵ])$|([oO])([àáảãạèéẻẽẹ])$/u;
const MOVE_TONE: Record<string, [string, string]> = {
  ỳ: ['ù', 'y'],
  ý: ['ú', 'y'],
  ỷ: ['ủ', 'y'],
  ỹ: ['ũ', 'y'],
  ỵ: ['ụ', 'y'],
  à: ['ò', 'a'],
  á: ['ó', 'a'],
  ả: ['ỏ', 'a'],
  ã: ['õ', 'a'],
  ạ: ['ọ', 'a'],
  è: ['ò', 'e'],
  é: ['ó', 'e'],
  ẻ: ['ỏ', 'e'],
  ẽ: ['õ', 'e'],
  ẹ: ['ọ', 'e'],
};
const DEMO = /dữ liệu (mẫu|minh họa|minh hoạ|giả|thử|demo)|số liệu minh họa|trình diễn|\bdemo\b/giu;
const TOWN = /thị trấn/giu;

type Problem = { kind: 'english' | 'demo' | 'town'; word: string } | { kind: 'spelling'; word: string; expected: string };

function findVocabularyProblems(text: string, path = ''): Problem[] {
  const problems: Problem[] = [];
  const words =
    text
      .normalize('NFC')
      .replace(/\{\{[^}]*\}\}/g, ' ') // {{placeholders}}
      .replace(/#\{[^}]*\}/g, ' ') // #{CODE} in expressions
      .replace(/[\w.-]*\/[\w./-]*\.[A-Za-z]+/g, ' ') // paths: docs/reporting.md, /api/metadata.json
      .replace(/\d+\/[\p{L}-]+/gu, ' ') // decisions: 861/QĐ-TTg
      .replace(/\.[A-Za-z]\w*/g, ' ') // file extensions: .xlsx
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const w of words) {
    if (/^[A-Za-z0-9]+$/.test(w) && /[A-Za-z]/.test(w) && !ALLOWED.has(w) && !PERIOD_ID.test(w) && !SYLLABLE.test(w.toLowerCase()))
      problems.push({ kind: 'english', word: w });
    const m = OLD_TONE.exec(w);
    if (m) {
      const [vowel, toned] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
      const [first, second] = MOVE_TONE[toned];
      const upper = vowel === vowel.toUpperCase();
      problems.push({ kind: 'spelling', word: w, expected: w.slice(0, m.index) + (upper ? first.toUpperCase() : first) + second });
    }
  }
  for (const m of text.normalize('NFC').matchAll(DEMO)) problems.push({ kind: 'demo', word: m[0] });
  if (!TOWN_ALLOWED.has(path)) for (const m of text.normalize('NFC').matchAll(TOWN)) problems.push({ kind: 'town', word: m[0] });
  return problems;
}

function vocabularyProblems(text: string, path: string): string[] {
  return findVocabularyProblems(text, path).map((p) => (p.kind === 'spelling' ? `${p.kind} ${p.word} → ${p.expected}` : `${p.kind} ${p.word}`));
}

/** Every Vietnamese string the interface shows, with its key path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) strings(v, `${path}[${i}]`, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const DICTIONARIES = {
  vi,
  register: registerVi,
  registerTools: toolsVi,
  reporting: reportingVi,
  reportingExcel: excelVi,
  reportingMeta: metadataVi,
  reportAggregate: aggregateVi,
  reportExchange: exchangeVi,
  account: accountVi,
  webhooks: webhooksVi,
  surveys: surveysVi,
  collect: collectVi,
  analytics: analyticsVi,
  dashboards: dashboardsVi,
  supplyDuties: supplyDutiesVi,
  help: helpVi,
  print: printVi,
  guide: GUIDE_VI,
  dataUse: dataUseVi,
  maps: mapsVi,
  programmes: programmesVi,
  beneficiaries: beneficiariesVi,
};

describe('one vocabulary in the Vietnamese interface', () => {
  it('no Vietnamese string uses an English word, an old tone placement, another name for the simulated data or "thị trấn"', () => {
    const problems = Object.entries(DICTIONARIES).flatMap(([name, dict]) =>
      strings(dict, name).flatMap(([path, text]) => vocabularyProblems(text, path).map((p) => `${path}: ${p} — "${text}"`)),
    );
    expect(problems).toEqual([]);
  });

  it('the scan finds each kind of problem (so it can fail)', () => {
    expect(findVocabularyProblems('Mở Dashboard')).toEqual([{ kind: 'english', word: 'Dashboard' }]);
    expect(findVocabularyProblems('Bấm OK')).toEqual([{ kind: 'english', word: 'OK' }]);
    expect(findVocabularyProblems('Export ra Excel')).toEqual([{ kind: 'english', word: 'Export' }]);
    expect(findVocabularyProblems('ID hộ')).toEqual([{ kind: 'english', word: 'ID' }]);
    expect(findVocabularyProblems('Nhập metadata')).toEqual([{ kind: 'english', word: 'metadata' }]);
    expect(findVocabularyProblems('Tỉnh Hoà Bình')).toEqual([{ kind: 'spelling', word: 'Hoà', expected: 'Hòa' }]);
    expect(findVocabularyProblems('thuỷ lợi, hoá đơn, khoẻ')).toEqual([
      { kind: 'spelling', word: 'thuỷ', expected: 'thủy' },
      { kind: 'spelling', word: 'hoá', expected: 'hóa' },
      { kind: 'spelling', word: 'khoẻ', expected: 'khỏe' },
    ]);
    expect(findVocabularyProblems('Đây là dữ liệu mẫu')).toEqual([{ kind: 'demo', word: 'dữ liệu mẫu' }]);
    expect(findVocabularyProblems('Dữ liệu minh họa')).toEqual([{ kind: 'demo', word: 'Dữ liệu minh họa' }]);
    expect(findVocabularyProblems('Xã, phường, thị trấn')).toEqual([{ kind: 'town', word: 'thị trấn' }]);
  });

  it('allows proper names, file formats, codes and ordinary Vietnamese written without marks', () => {
    for (const ok of [
      'Trao đổi với DHIS2 (JSON, CSV, XML, ADX)',
      'Tải tệp mẫu Excel (.xlsx)',
      'Số CCCD gồm 12 chữ số',
      'Tìm theo tên hoặc tên gọi khác, ví dụ: Muong, Dao',
      'Dùng #{MA_CHI_TIEU.MA_TO_HOP}, vd: #{NGHEO_HO}',
      'Đã thêm hộ {{code}}',
      'Khổ giấy A4, Internet, Google Authenticator',
      'Quyết định 861/QĐ-TTg, tài liệu docs/reporting.md',
      'Dữ liệu mô phỏng',
      'Tải mẫu Excel',
      'Tỉnh Hòa Bình, quý III, khỏe, thủy sản, quả, toán, khoảng',
      '0,7%',
    ])
      expect(findVocabularyProblems(ok), ok).toEqual([]);
  });
});
