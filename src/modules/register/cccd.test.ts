import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { cccdPrefix, cccdProblem, CCCD_PROVINCES, decodeCccd } from '../../shared/cccd.js';

const provinces = [...CCCD_PROVINCES];
const person = fc.record({
  province: fc.constantFrom(...provinces),
  sex: fc.constantFrom<'male' | 'female'>('male', 'female'),
  birthYear: fc.integer({ min: 1900, max: 2099 }),
  serial: fc.integer({ min: 0, max: 999999 }),
});
const build = (p: { province: string; sex: 'male' | 'female'; birthYear: number; serial: number }) =>
  `${cccdPrefix(p.province, p.sex, p.birthYear)}${String(p.serial).padStart(6, '0')}`;

describe('CCCD rules', () => {
  it('accepts every number built from a province, sex and birth year, and decodes it back', () => {
    fc.assert(
      fc.property(person, (p) => {
        const cccd = build(p);
        expect(cccd).toMatch(/^\d{12}$/);
        expect(cccdProblem(cccd, p)).toBeNull();
        expect(decodeCccd(cccd)).toEqual({ province: p.province, sex: p.sex, birthYear: p.birthYear });
      }),
    );
  });

  it('encodes century and sex in the 4th digit: 0/1 for 1900s, 2/3 for 2000s', () => {
    expect(cccdPrefix('17', 'male', 1975)).toBe('017075');
    expect(cccdPrefix('17', 'female', 1975)).toBe('017175');
    expect(cccdPrefix('01', 'male', 2005)).toBe('001205');
    expect(cccdPrefix('79', 'female', 2000)).toBe('079300');
    expect(decodeCccd('017475000001')).toMatchObject({ sex: 'male', birthYear: 2175 });
  });

  it('refuses a birth year that differs from the one encoded', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 1900, max: 2100 }), (p, other) => {
        fc.pre(other !== p.birthYear);
        expect(cccdProblem(build(p), { ...p, birthYear: other })?.code).toBe('cccd_birth_year');
      }),
    );
  });

  it('refuses the other sex', () => {
    fc.assert(
      fc.property(person, (p) => {
        const other = p.sex === 'male' ? 'female' : 'male';
        expect(cccdProblem(build(p), { ...p, sex: other })).toMatchObject({ code: 'cccd_sex', params: { digit: build(p)[3] } });
      }),
    );
  });

  it('refuses anything but exactly 12 digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        fc.pre(!/^\d{12}$/.test(s));
        expect(cccdProblem(s, { birthYear: 1990, sex: 'male' })?.code).toBe('cccd_format');
      }),
    );
    expect(cccdProblem('01707500000', { birthYear: 1975, sex: 'male' })?.code).toBe('cccd_format');
    expect(cccdProblem('01707500000a', { birthYear: 1975, sex: 'male' })?.code).toBe('cccd_format');
  });

  it('refuses a first three digits that name no province', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 0, max: 999 }), (p, code) => {
        const prefix = String(code).padStart(3, '0');
        fc.pre(!(prefix[0] === '0' && CCCD_PROVINCES.has(prefix.slice(1))));
        const cccd = prefix + build(p).slice(3);
        expect(cccdProblem(cccd, p)).toMatchObject({ code: 'cccd_province', params: { value: prefix } });
      }),
    );
  });
});

describe('CCCD province codes', () => {
  const session = useTestApp();

  it('are the 63 provinces of the list held before the 2025 reform', async () => {
    const r = await sql<{ code: string }>`SELECT code FROM admin_unit WHERE level = 'province' AND valid_from IS NULL ORDER BY code`.execute(
      session.t.database.db,
    );
    expect(r.rows.map((x) => x.code)).toEqual(provinces.sort());
    expect(provinces).toHaveLength(63);
  });
});
