import { describe, expect, it } from 'vitest';
import { checkValue, type ElementRule } from './data-entry.values.js';

const rule = (valueType: ElementRule['valueType'], min: number | null = null, max: number | null = null): ElementRule => ({ valueType, min, max });

describe('value checks', () => {
  it('stores numbers in one canonical form and checks bounds', () => {
    expect(checkValue(' 1 200 ', rule('integer'))).toEqual({ ok: true, value: '1200' });
    expect(checkValue('12,50', rule('number'))).toEqual({ ok: true, value: '12.5' });
    expect(checkValue('007', rule('integer'))).toEqual({ ok: true, value: '7' });
    expect(checkValue('1.5', rule('integer'))).toMatchObject({ ok: false, code: 'value_not_integer' });
    expect(checkValue('1e3', rule('number'))).toMatchObject({ ok: false, code: 'value_not_number' });
    expect(checkValue(-1, rule('integer', 0))).toEqual({ ok: false, code: 'value_below_min', params: { min: 0 } });
    expect(checkValue(11, rule('number', null, 10))).toEqual({ ok: false, code: 'value_above_max', params: { max: 10 } });
    expect(checkValue(100.1, rule('percentage'))).toMatchObject({ ok: false, code: 'value_above_max' });
    expect(checkValue(150, rule('percentage', 0, 200))).toEqual({ ok: true, value: '150' });
  });

  it('reads yes/no, dates and text; empty clears', () => {
    expect(checkValue(true, rule('boolean'))).toEqual({ ok: true, value: 'true' });
    expect(checkValue('Không', rule('boolean'))).toEqual({ ok: true, value: 'false' });
    expect(checkValue('2024-02-29', rule('date'))).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkValue('2025-02-29', rule('date'))).toMatchObject({ ok: false, code: 'value_not_date' });
    expect(checkValue('29/02/2024', rule('date'))).toMatchObject({ ok: false, code: 'value_not_date' });
    expect(checkValue('  ghi chú ', rule('text'))).toEqual({ ok: true, value: 'ghi chú' });
    expect(checkValue('x'.repeat(2001), rule('text'))).toMatchObject({ ok: false, code: 'value_too_long' });
    for (const empty of ['', '  ', null, undefined]) expect(checkValue(empty, rule('integer', 1))).toEqual({ ok: true, value: null });
  });
});
