import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVi, searchKey, sortKey } from './text.js';

const collator = new Intl.Collator('vi', { sensitivity: 'accent' });
const syllables = [
  'a',
  'à',
  'ả',
  'ã',
  'á',
  'ạ',
  'ă',
  'ằ',
  'ắ',
  'â',
  'ầ',
  'ậ',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'ế',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'ờ',
  'ộ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'ữ',
  'v',
  'x',
  'y',
  'ỳ',
];
const word = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('searchKey', () => {
  it('folds diacritics, case, đ and spacing', () => {
    expect(searchKey('  Mường   Đà Bắc ')).toBe('muong da bac');
    expect(searchKey('ĐẮK LẮK')).toBe('dak lak');
    expect(searchKey('Hoà Bình')).toBe(searchKey('Hòa Bình'));
  });
  it('is idempotent and never longer than its input', () => {
    fc.assert(fc.property(fc.string(), (s) => searchKey(searchKey(s)) === searchKey(s) && searchKey(s).length <= s.normalize('NFD').length));
  });
});

describe('sortKey', () => {
  it('orders the Vietnamese alphabet and tones', () => {
    const names = ['Đào', 'Dao', 'Ăn', 'An', 'Ân', 'Bình', 'Ba', 'Mường', 'Muông', 'Mùa', 'Mua'];
    expect([...names].sort(compareVi)).toEqual(['An', 'Ăn', 'Ân', 'Ba', 'Bình', 'Dao', 'Đào', 'Mua', 'Mùa', 'Muông', 'Mường']);
  });
  it('treats composed and decomposed forms alike', () => {
    expect(sortKey('Hoà Bình'.normalize('NFD'))).toBe(sortKey('Hoà Bình'.normalize('NFC')));
  });
  it('agrees with the ICU Vietnamese collation on letter order', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const ours = Math.sign(compareVi(a, b));
        const icu = Math.sign(collator.compare(a, b));
        // ICU and we agree whenever the words differ in letters; tone-only differences may order differently
        if (searchKey(a) === searchKey(b) || ours === 0 || icu === 0) return true;
        const primaryOnly = new Intl.Collator('vi', { sensitivity: 'base' }).compare(a, b);
        return primaryOnly === 0 || ours === icu;
      }),
      { numRuns: 2000 },
    );
  });
});
