import { describe, expect, it, vi } from 'vitest';
import { formatNumber, numberLang, parseNumber } from './format.js';

// The i18n set-up needs a document; these functions only read the language from it (vi.mock is hoisted above the imports).
vi.mock('../i18n/index.js', () => ({ default: { language: 'vi' } }));

describe('numbers as Vietnamese and English write them', () => {
  it('reads Vietnamese numbers: dots group thousands, a comma marks decimals', () => {
    expect(parseNumber('1.000.000', 'vi')).toBe(1_000_000);
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('1234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('1,5', 'vi')).toBe(1.5);
    // Ambiguous in general, but in Vietnamese a dot is always a thousands separator.
    expect(parseNumber('1.234', 'vi')).toBe(1234);
    expect(parseNumber('1000000', 'vi')).toBe(1_000_000);
    expect(parseNumber(' 1 000 000 ', 'vi')).toBe(1_000_000);
    expect(parseNumber('1\u00a0000', 'vi')).toBe(1000);
    expect(parseNumber('-2,25', 'vi')).toBe(-2.25);
    expect(parseNumber('+7', 'vi')).toBe(7);
    expect(parseNumber('\u221212', 'vi')).toBe(-12);
    expect(parseNumber('0,5', 'vi')).toBe(0.5);
    expect(parseNumber(',5', 'vi')).toBe(0.5);
    expect(parseNumber('007', 'vi')).toBe(7);
  });

  it('refuses what is not a Vietnamese number', () => {
    for (const bad of [
      '',
      ' ',
      '-',
      '1.2.3,4,5',
      '1,2,3',
      '12.34',
      '2.5',
      '1.0000',
      '1..000',
      '.5',
      '1,',
      'abc',
      '12a',
      '1e5',
      '1.000 000',
      '١٢',
      '1,5,0',
      '--1',
    ])
      expect(parseNumber(bad, 'vi'), bad).toBeNull();
  });

  it('reads English numbers: commas group thousands, a dot marks decimals', () => {
    expect(parseNumber('1,000,000', 'en')).toBe(1_000_000);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1.5', 'en')).toBe(1.5);
    expect(parseNumber('1,234', 'en')).toBe(1234);
    expect(parseNumber('1 000 000', 'en')).toBe(1_000_000);
    for (const bad of ['1,5', '1.000.000', '1.2.3', '1,2,3.4.5', 'x', '1.', '12,34']) expect(parseNumber(bad, 'en'), bad).toBeNull();
  });

  it('writes stored values the language way, keeping every decimal', () => {
    expect(formatNumber('1000000', 'vi')).toBe('1.000.000');
    expect(formatNumber('1234.5', 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber('1000000', 'en')).toBe('1,000,000');
    expect(formatNumber('0.123456789', 'vi')).toBe('0,123456789');
    expect(formatNumber('-1500', 'vi')).toBe('-1.500');
    expect(formatNumber('999', 'vi')).toBe('999');
    expect(formatNumber('-0', 'vi')).toBe('0');
    expect(formatNumber(null, 'vi')).toBe('');
    expect(formatNumber('không phải số', 'vi')).toBe('không phải số');
    expect(formatNumber(1e21, 'vi')).toBe('1.000.000.000.000.000.000.000');
  });

  it('reads back what it writes', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const n of [0, 7, 999, 1000, 1234.5, 1_000_000, -2.25, 0.001, 123456789.123]) expect(parseNumber(formatNumber(n, lang), lang)).toBe(n);
  });

  it('takes the UI language: English writes the English way, any other the Vietnamese way', () => {
    expect(numberLang('en')).toBe('en');
    expect(numberLang('vi')).toBe('vi');
    expect(numberLang(undefined)).toBe('vi');
    expect(formatNumber('1000000')).toBe('1.000.000');
  });
});
