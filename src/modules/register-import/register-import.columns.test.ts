import { describe, expect, it } from 'vitest';
import { tcvn3ToUnicode } from '../../shared/legacy-encodings.js';
import { toTcvn3 } from '../villages/villages.fixtures.js';
import { CODED, parseBirth, parseCoded, parseFlag } from './register-import.columns.js';

describe('register import cells', () => {
  it('reads coded cells by code, label or label without diacritics', () => {
    expect(parseCoded(CODED.housing, 'semi_solid')).toBe('semi_solid');
    expect(parseCoded(CODED.housing, 'Bán kiên cố')).toBe('semi_solid');
    expect(parseCoded(CODED.housing, 'BAN KIEN CO')).toBe('semi_solid');
    expect(parseCoded(CODED.relationship, 'Con dâu')).toBe('child_in_law');
    expect(parseCoded(CODED.relationship, 'chu ho')).toBe('head');
    expect(parseCoded(CODED.sex, 'Nữ')).toBe('female');
    expect(parseCoded(CODED.sex, 'Female')).toBe('female');
    expect(parseCoded(CODED.housing, 'nhà sàn')).toBeUndefined();
  });

  it('reads birth dates and years, refusing impossible days', () => {
    expect(parseBirth('12/04/1975')).toEqual({ birthDate: '1975-04-12', birthYear: 1975 });
    expect(parseBirth('1/2/2001')).toEqual({ birthDate: '2001-02-01', birthYear: 2001 });
    expect(parseBirth('1975-04-12')).toEqual({ birthDate: '1975-04-12', birthYear: 1975 });
    expect(parseBirth('1975')).toEqual({ birthDate: null, birthYear: 1975 });
    expect(parseBirth('31/02/2005')).toBeNull();
    expect(parseBirth('04-1975')).toBeNull();
  });

  it('reads yes/no cells', () => {
    expect([parseFlag('Có'), parseFlag('khong'), parseFlag('x'), parseFlag('0'), parseFlag('maybe')]).toEqual([true, false, true, false, undefined]);
  });

  it('converts TCVN3 text to Unicode', () => {
    const text = 'Bùi Văn Đức, xóm Mường Khến, dân tộc Mường';
    expect(tcvn3ToUnicode(toTcvn3(text).toString('latin1'))).toBe(text);
  });
});
