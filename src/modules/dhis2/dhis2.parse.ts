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
