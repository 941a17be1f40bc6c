/** Value types a data element may have; values are stored as text in a canonical form. */
export type ValueType = 'integer' | 'number' | 'percentage' | 'boolean' | 'text' | 'date';

export interface ElementRule {
  valueType: ValueType;
  min: number | null;
  max: number | null;
}

export type Checked = { ok: true; value: string | null } | { ok: false; code: string; params: Record<string, unknown> };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a typed value against its element's type and bounds and returns the stored form
 * (null = emptied). Decimal commas are accepted as Vietnamese users type them.
 */
export function checkValue(raw: string | number | boolean | null | undefined, rule: ElementRule): Checked {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const text = String(raw).trim();
  if (text === '') return { ok: true, value: null };
  switch (rule.valueType) {
    case 'text':
      return text.length > 2000 ? { ok: false, code: 'value_too_long', params: { max: 2000 } } : { ok: true, value: text };
    case 'boolean': {
      const t = text.toLowerCase();
      if (['true', '1', 'yes', 'có', 'co', 'x'].includes(t)) return { ok: true, value: 'true' };
      if (['false', '0', 'no', 'không', 'khong'].includes(t)) return { ok: true, value: 'false' };
      return { ok: false, code: 'value_not_boolean', params: {} };
    }
    case 'date': {
      const m = DATE.exec(text);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return { ok: false, code: 'value_not_date', params: {} };
      return { ok: true, value: text };
    }
    default: {
      const normal = text.replace(/\s/g, '').replace(',', '.');
      if (!/^-?\d+(\.\d+)?$/.test(normal)) return { ok: false, code: rule.valueType === 'integer' ? 'value_not_integer' : 'value_not_number', params: {} };
      const n = Number(normal);
      if (rule.valueType === 'integer' && !Number.isInteger(n)) return { ok: false, code: 'value_not_integer', params: {} };
      const min = rule.min ?? (rule.valueType === 'percentage' ? 0 : null);
      const max = rule.max ?? (rule.valueType === 'percentage' ? 100 : null);
      if (min !== null && n < min) return { ok: false, code: 'value_below_min', params: { min } };
      if (max !== null && n > max) return { ok: false, code: 'value_above_max', params: { max } };
      return { ok: true, value: String(n) };
    }
  }
}
