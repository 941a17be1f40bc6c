/** DHIS2 CSV export: formula-like text values and comments are neutralised, numbers stay exact, and the file imports back unchanged. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDhis2Csv, toDhis2Csv } from './dhis2.csv.js';
import type { ExportedValue } from './dhis2.export.js';

const value = (v: string, comment: string | null = null): ExportedValue => ({
  dataElement: 'DE',
  period: '2025',
  orgUnit: '05128',
  categoryOptionCombo: 'default',
  attributeOptionCombo: 'default',
  value: v,
  storedBy: 'xa.tanlac',
  created: '2025-01-01T00:00:00.000',
  lastUpdated: '2025-01-01T00:00:00.000',
  comment,
  followup: false,
});

describe('DHIS2 CSV export', () => {
  const values = [
    value("+1+cmd|' /C calc'!A0", '-0.5+HYPERLINK("x")'),
    value('=1+1', '@SUM(1)'),
    value('-5', 'ghi chú'),
    value('+3'),
    value('1.5'),
    value('12345678901234567890'),
  ];

  it('neutralises text values and comments a spreadsheet would run, numbers untouched', () => {
    const rows = parse(toDhis2Csv(values)) as string[][];
    expect(rows.slice(1).map((r) => [r[5], r[8]])).toEqual([
      ["'+1+cmd|' /C calc'!A0", '\'-0.5+HYPERLINK("x")'],
      ["'=1+1", "'@SUM(1)"],
      ['-5', 'ghi chú'],
      ['+3', ''],
      ['1.5', ''],
      ['12345678901234567890', ''],
    ]);
  });

  it('reads its own export back to the original values', () => {
    const back = parseDhis2Csv(toDhis2Csv(values)).dataValues;
    expect(back.map((v) => [v.value, v.comment ?? null])).toEqual(values.map((v) => [v.value, v.comment]));
  });
});
