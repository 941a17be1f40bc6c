/** The one formula-neutralising rule every CSV writer uses: formulas never run, numbers stay exact. */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from './csv-cell.js';
import { aggregateCsv } from '../web/pages/reporting/aggregate/aggregateCsv.js';

const PAYLOADS = ["+1+cmd|' /C calc'!A0", '-0.5+HYPERLINK("x")', '=1+1', '@SUM(1)', '\t=1', '\r=1', '＝1+1', '-', '+', '-1-1', '1+1', '+1e5x'];
const NUMBERS = ['-5', '+3', '1.5', '12345678901234567890', '-0.5', '1,5', '2e10', '-1E-3', '0', '.5'];
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

describe('neutraliseFormula', () => {
  it('prefixes every known payload with an apostrophe', () => {
    for (const p of PAYLOADS.filter((x) => FORMULA_START.test(x))) expect(neutraliseFormula(p), p).toBe(`'${p}`);
    expect(neutraliseFormula('1+1')).toBe('1+1');
  });

  it('leaves plain numbers exactly as written', () => {
    for (const n of NUMBERS) expect(neutraliseFormula(n), n).toBe(n);
  });

  it('never lets a value reach a spreadsheet starting with a formula character unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', 'a', '1', ''), fc.string(), (head, tail) => {
        const out = neutraliseFormula(head + tail);
        if (FORMULA_START.test(out)) expect(out).toMatch(/^[+-]?(\d+([.,]\d+)?|[.,]\d+)(e[+-]?\d+)?$/i);
        expect(out === head + tail || out === `'${head}${tail}`).toBe(true);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('keeps every integer and decimal exact', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.nat(), fc.boolean(), (i, frac, plus) => {
        const s = `${plus && i >= 0n ? '+' : ''}${i}.${frac}`;
        expect(neutraliseFormula(s)).toBe(s);
        expect(neutraliseFormula(String(i))).toBe(String(i));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});

describe('csvField', () => {
  it('round-trips any text through a CSV reader, apostrophe aside', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map((c) => csvField(c)).join(',');
        const [row] = parse(`${line}\n`, { relax_quotes: false }) as string[][];
        expect(row.map((c, i) => (c === cells[i] ? c : c.slice(1)))).toEqual(cells);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe("the web's aggregate CSV", () => {
  it('neutralises unit and element names and keeps numbers exact', () => {
    const item = (total: number) => ({ total, groups: [{ code: 'NAM', value: -5 }] }) as never;
    const text = aggregateCsv(
      ['Đơn vị', '=HEAD()', 'Tổng'],
      [
        { key: 'a', label: "+1+cmd|' /C calc'!A0", item: item(9007199254740991) },
        { key: 'b', label: '-0.5+HYPERLINK("x")', code: '05128', item: item(1.5) },
        { key: 'c', label: '@SUM(1)', item: item(3) },
      ],
      [{ code: 'NAM', name: 'Nam' }],
    );
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual(['Đơn vị', "'=HEAD()", 'Tổng']);
    expect(rows[1]).toEqual(["'+1+cmd|' /C calc'!A0", '-5', '9007199254740991']);
    expect(rows[2]).toEqual(['\'-0.5+HYPERLINK("x") (05128)', '-5', '1.5']);
    expect(rows[3]).toEqual(["'@SUM(1)", '-5', '3']);
  });
});
