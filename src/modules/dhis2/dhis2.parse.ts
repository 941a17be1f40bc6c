import { checkValue, type Checked, type ElementRule } from '../data-entry/data-entry.values.js';

/** Value types whose values are numbers. */
export const NUMERIC_TYPES = new Set(['integer', 'number', 'percentage']);

/** A number as DHIS2 writes it: `.` for decimals, no grouping, an optional exponent. */
const DHIS2_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const EXPONENT = /^([-+]?)(\d*)(?:\.(\d*))?[eE]([-+]?\d+)$/;

/** Writes a number given in exponent notation (`1e+23`, `2.5E-7`) in plain decimal digits; other text is returned as it is. */
export function plainDecimal(text: string): string {
  const m = EXPONENT.exec(text);
  if (!m) return text;
  const sign = m[1] === '-' ? '-' : '';
  const digits = `${m[2]}${m[3] ?? ''}`;
  const point = m[2].length + Number(m[4]);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + canonical(out);
}

/** One way to write a decimal: no `+`, no leading or trailing zeros, `0` for zero. */
function canonical(text: string): string {
  let t = text.replace(/^\+/, '');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  let [int, frac = ''] = t.split('.');
  int = int.replace(/^0+/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return negative && out !== '0' ? `-${out}` : out;
}

/**
 * Checks a value sent in a DHIS2 file. Numbers must be written as DHIS2 writes them (`1000`,
 * `12.5`, `1e+23`; never `1,000` or `1 000`), and are taken only when the stored number is
 * exactly the one sent: digits beyond what can be kept exactly are a conflict, never rounded.
 * Everything else goes through the data-entry checks.
 */
export function checkDhis2Value(raw: string | number | boolean | null | undefined, rule: ElementRule): Checked {
  if (!NUMERIC_TYPES.has(rule.valueType) || raw === null || raw === undefined) return checkValue(raw, rule);
  if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
    // A JSON number this large lost its digits when the body was read: we cannot know what was sent.
    return { ok: false, code: 'dhis2_number_not_exact', params: { value: String(raw) } };
  }
  const text = (typeof raw === 'number' ? String(raw) : String(raw)).trim();
  if (text === '') return checkValue(text, rule);
  if (!DHIS2_NUMBER.test(text)) {
    if (/^[-+]?[\d.,\s]+$/.test(text) && /\d/.test(text)) return { ok: false, code: 'dhis2_number_format', params: { value: text } };
    return checkValue(text, rule);
  }
  const plain = plainDecimal(text);
  const checked = checkValue(plain, rule);
  if (!checked.ok || checked.value === null) return checked;
  if (canonical(plainDecimal(checked.value)) !== canonical(plain)) {
    return { ok: false, code: 'dhis2_number_not_exact', params: { value: text } };
  }
  return checked;
}

const validDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
/** ISO weeks in a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
const isoWeeks = (y: number) => {
  const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
};
/** DHIS2's period id shapes (2.39 and later), each with the check of its number. */
const DHIS2_PERIODS: [string, RegExp, (y: number, n: number[]) => boolean][] = [
  ['Daily', /^(\d{4})(\d{2})(\d{2})$/, (y, [m, d]) => validDay(y, m, d)],
  ['Weekly', /^(\d{4})W(\d{1,2})$/, (y, [w]) => w >= 1 && w <= isoWeeks(y)],
  ['WeeklyWednesday', /^(\d{4})WedW(\d{1,2})$/, (_, [w]) => w >= 1 && w <= 53],
  ['WeeklyThursday', /^(\d{4})ThuW(\d{1,2})$/, (_, [w]) => w >= 1 && w <= 53],
  ['WeeklySaturday', /^(\d{4})SatW(\d{1,2})$/, (_, [w]) => w >= 1 && w <= 53],
  ['WeeklySunday', /^(\d{4})SunW(\d{1,2})$/, (_, [w]) => w >= 1 && w <= 53],
  ['BiWeekly', /^(\d{4})BiW(\d{1,2})$/, (_, [w]) => w >= 1 && w <= 27],
  ['Monthly', /^(\d{4})(\d{2})$/, (_, [m]) => m >= 1 && m <= 12],
  ['BiMonthly', /^(\d{4})(\d{2})B$/, (_, [m]) => m >= 1 && m <= 6],
  ['Quarterly', /^(\d{4})Q(\d)$/, (_, [q]) => q >= 1 && q <= 4],
  ['QuarterlyNov', /^(\d{4})NovQ(\d)$/, (_, [q]) => q >= 1 && q <= 4],
  ['SixMonthly', /^(\d{4})S(\d)$/, (_, [h]) => h === 1 || h === 2],
  ['SixMonthlyApril', /^(\d{4})AprilS(\d)$/, (_, [h]) => h === 1 || h === 2],
  ['SixMonthlyNov', /^(\d{4})NovS(\d)$/, (_, [h]) => h === 1 || h === 2],
  ['Yearly', /^(\d{4})$/, () => true],
  ['FinancialFeb', /^(\d{4})Feb$/, () => true],
  ['FinancialApril', /^(\d{4})April$/, () => true],
  ['FinancialJuly', /^(\d{4})July$/, () => true],
  ['FinancialAug', /^(\d{4})Aug$/, () => true],
  ['FinancialSep', /^(\d{4})Sep$/, () => true],
  ['FinancialOct', /^(\d{4})Oct$/, () => true],
  ['FinancialNov', /^(\d{4})Nov$/, () => true],
];

/** Our period types under DHIS2's names. */
export const DHIS2_PERIOD_TYPE: Record<string, string> = { monthly: 'Monthly', quarterly: 'Quarterly', six_monthly: 'SixMonthly', yearly: 'Yearly' };

/** The DHIS2 period type of a DHIS2 period id (`2025W3` → Weekly, `2025AprilS1` → SixMonthlyApril), or null when it is none. */
export function dhis2PeriodType(id: string): string | null {
  for (const [type, re, ok] of DHIS2_PERIODS) {
    const m = re.exec(id);
    if (!m) continue;
    const year = Number(m[1]);
    if (year >= 1900 && year <= 2100 && ok(year, m.slice(2).map(Number))) return type;
  }
  return null;
}
