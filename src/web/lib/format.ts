import dayjs, { type Dayjs } from 'dayjs';
import i18n from '../i18n/index.js';

/** Dates as the UI shows them. */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** Dates as the API takes them. */
export const ISO = 'YYYY-MM-DD';

/** `YYYY-MM-DD` → `dd/mm/yyyy`; empty for null. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso.slice(0, 10), ISO, true);
  return d.isValid() ? d.format(DATE_FORMAT) : iso;
}

/** A timestamp in local time, `dd/mm/yyyy HH:mm:ss`. */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(`${DATE_FORMAT} HH:mm:ss`) : iso;
}

export function toIso(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format(ISO) : undefined;
}

export function fromIso(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso, ISO);
  return d.isValid() ? d : null;
}

const numberFormats = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/** 1.234.567,8 in Vietnamese, 1,234,567.8 in English. */
export function fmtNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '';
  return (i18n.language === 'en' ? numberFormats.en : numberFormats.vi).format(n);
}

export type NumberLang = 'vi' | 'en';

/** The UI language as number styles know it (anything but English writes numbers the Vietnamese way). */
export const numberLang = (lang: string | undefined = i18n.language): NumberLang => (lang === 'en' ? 'en' : 'vi');

/** Thousands separator and decimal mark of a language: 1.234.567,8 in Vietnamese, 1,234,567.8 in English. */
const MARKS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;

/**
 * A number as people type it in the language, or null when the text is not one. Vietnamese:
 * `1.000.000`, `1.234,5`, `1234,5`, `1,5`; a dot always groups thousands, so `1.234` is 1234 and
 * `2.5` is refused (a decimal takes a comma). English: `1,000,000`, `1,234.5`, `1.5`. Spaces may
 * group thousands too (`1 000 000`); a leading + or − sign is allowed. Groups after the first must
 * have three digits (`1.2.3,4,5` and `12.34` are refused). Empty text is not a number either.
 */
export function parseNumber(text: string, lang: NumberLang = numberLang()): number | null {
  let s = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  let sign = '';
  if (/^[-+\u2212]/.test(s)) {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1).trimStart();
  }
  const { group, decimal } = MARKS[lang];
  const cut = s.indexOf(decimal);
  const whole = cut < 0 ? s : s.slice(0, cut);
  const fraction = cut < 0 ? '' : s.slice(cut + 1);
  if (cut >= 0 && !/^\d+$/.test(fraction)) return null;
  let digits: string;
  if (/^\d*$/.test(whole)) digits = whole;
  else {
    // One kind of separator, each group after the first exactly three digits.
    const sep = whole.includes(group) ? group : ' ';
    const parts = whole.split(sep);
    if (!/^\d{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
    digits = parts.join('');
  }
  if (digits === '' && fraction === '') return null;
  const n = Number(`${sign}${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? n : null;
}

/**
 * A number (or a stored numeric text such as `1234.5`) written the language's way, exactly: every
 * decimal kept (no rounding), thousands grouped. Text that is not a plain number comes back as given.
 */
export function formatNumber(value: number | string | null | undefined, lang: NumberLang = numberLang()): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) {
    const n = typeof value === 'number' ? value : Number.NaN;
    return Number.isFinite(n) ? new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 20 }).format(n) : text;
  }
  const { group, decimal } = MARKS[lang];
  const whole = m[2]!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = m[1] === '-' && /[1-9]/.test(m[2]! + (m[3] ?? ''));
  return `${negative ? '-' : ''}${whole}${m[3] ? `${decimal}${m[3]}` : ''}`;
}

/** Vietnamese ordering of names (đ after d, tones in dictionary order). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byName<T>(get: (x: T) => string) {
  return (a: T, b: T) => viCollator.compare(get(a), get(b));
}
