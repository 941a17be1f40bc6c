import { describe, expect, it } from 'vitest';
import { compare, evaluate, ExpressionError, operandsOf, parseExpression } from './expression.js';

const values: Record<string, number> = { HH: 100, POOR: 30, 'POOR.DT01': 10, 'POOR.DT02': 20, ZERO: 0 };
const lookup = (de: string, sub: string | null) => values[sub ? `${de}.${sub}` : de] ?? null;
const calc = (text: string) => evaluate(parseExpression(text), lookup);

describe('expressions', () => {
  it('computes with precedence, parentheses and unary minus', () => {
    expect(calc('1 + 2 * 3').value).toBe(7);
    expect(calc('(1 + 2) * 3').value).toBe(9);
    expect(calc('10 - 4 - 3').value).toBe(3);
    expect(calc('8 / 4 / 2').value).toBe(1);
    expect(calc('-2 * -3').value).toBe(6);
    expect(calc(' 1.5+0.25 ').value).toBe(1.75);
  });
  it('reads operands: totals, one combination, options', () => {
    expect(calc('#{POOR} / #{HH} * 100').value).toBe(30);
    expect(calc('#{POOR.DT01} + #{POOR.DT02}').value).toBe(30);
    expect(operandsOf(parseExpression('#{POOR.DT01} + #{POOR.DT01} + #{HH}'))).toEqual([
      { de: 'POOR', sub: 'DT01' },
      { de: 'HH', sub: null },
    ]);
  });
  it('names the operands that have no value', () => {
    expect(calc('#{HH} + #{NOPE} + #{POOR.DT99}')).toEqual({ value: null, missing: ['NOPE', 'POOR.DT99'] });
  });
  it('gives no value on division by zero', () => {
    expect(calc('#{HH} / #{ZERO}')).toEqual({ value: null, missing: [] });
  });
  it('rejects what is not an expression, with a position', () => {
    for (const [bad, reason] of [
      ['', 'unexpected_end'],
      ['1 +', 'unexpected_end'],
      ['(1 + 2', 'expected_close'],
      ['1 2', 'unexpected_char'],
      ['#{HH', 'expected_brace'],
      ['#{}', 'expected_code'],
      ['#{HH.}', 'expected_code'],
      ['process.exit()', 'unexpected_char'],
      ['1; 2', 'unexpected_char'],
      ['1 ** 2', 'unexpected_char'],
      ['('.repeat(60) + '1' + ')'.repeat(60), 'too_deep'],
    ] as const) {
      let error: unknown;
      try {
        parseExpression(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).reason, bad).toBe(reason);
    }
  });
  it('compares with rule operators', () => {
    expect(compare(30, '<=', 100)).toBe(true);
    expect(compare(100, '<=', 100)).toBe(true);
    expect(compare(0.1 + 0.2, '==', 0.3)).toBe(true);
    expect(compare(0.1 + 0.2, '>', 0.3)).toBe(false);
    expect(compare(3, '!=', 3)).toBe(false);
    expect(compare(4, '>=', 3)).toBe(true);
    expect(compare(4, '<', 3)).toBe(false);
  });
});
