import { formatNumber, numberLang, parseNumber, type NumberLang } from '../../lib/format.js';
import type { GridElement } from './api.js';

export type CheckResult = { ok: true; value: string | null } | { ok: false; key: string; params?: Record<string, unknown> };

const YES = ['có', 'co', 'c', 'yes', 'y', 'true', '1', 'x'];
const NO = ['không', 'khong', 'k', 'no', 'n', 'false', '0'];

/**
 * The same type and bound checks as the server, so a bad value is shown at once and never sent.
 * Numbers are read as the UI language writes them (1.000.000 and 1.234,5 in Vietnamese) and sent in
 * the stored form (1000000, 1234.5).
 */
export function checkValue(el: Pick<GridElement, 'valueType' | 'min' | 'max'>, raw: string, lang: NumberLang = numberLang()): CheckResult {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  let n: number | null = null;
  switch (el.valueType) {
    case 'integer':
      n = parseNumber(s, lang);
      if (n === null || !Number.isInteger(n)) return { ok: false, key: 'integer' };
      break;
    case 'number':
    case 'percentage': {
      n = parseNumber(s, lang);
      if (n === null) return { ok: false, key: 'number' };
      if (el.valueType === 'percentage' && el.min === null && el.max === null && (n < 0 || n > 100)) return { ok: false, key: 'percentage' };
      break;
    }
    case 'boolean': {
      const l = s.toLowerCase();
      if (YES.includes(l)) return { ok: true, value: 'true' };
      if (NO.includes(l)) return { ok: true, value: 'false' };
      return { ok: false, key: 'boolean' };
    }
    case 'date': {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
      const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
      const d = new Date(`${iso}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return { ok: false, key: 'date' };
      return { ok: true, value: iso };
    }
    case 'text':
      if (s.length > 2000) return { ok: false, key: 'text' };
      return { ok: true, value: s };
  }
  if (el.min !== null && n! < el.min) return { ok: false, key: 'min', params: { min: formatNumber(el.min, lang) } };
  if (el.max !== null && n! > el.max) return { ok: false, key: 'max', params: { max: formatNumber(el.max, lang) } };
  return { ok: true, value: String(n) };
}

/** A stored value as the cell shows it (yes/no in words, dates as dd/mm/yyyy, numbers in the UI language's style). */
export function displayValue(el: Pick<GridElement, 'valueType'>, v: string | null, yes: string, no: string, lang: NumberLang = numberLang()): string {
  if (v === null) return '';
  if (el.valueType === 'boolean') return v === 'true' ? yes : v === 'false' ? no : v;
  if (el.valueType === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
  if (el.valueType === 'integer' || el.valueType === 'number' || el.valueType === 'percentage') return formatNumber(v, lang);
  return v;
}
