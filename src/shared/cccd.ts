/**
 * Citizen ID (căn cước công dân, CCCD) checks. Twelve digits: 1–3 the province where the birth was
 * registered (0 + the GSO province code), 4 century and sex (0/1 20th century male/female, 2/3
 * 21st, 4/5 22nd, …), 5–6 the last two digits of the birth year, 7–12 a serial number
 * (Circular 07/2016/TT-BCA, Decree 137/2015/NĐ-CP).
 */

/** GSO codes of the 63 provinces of 2008–2025; CCCD numbers are issued with these. */
export const CCCD_PROVINCES: ReadonlySet<string> = new Set(
  (
    '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 ' +
    '54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'
  ).split(' '),
);

/** What is wrong with a CCCD; the code is a message code, params fill it. */
export interface CccdProblem {
  code: 'cccd_format' | 'cccd_province' | 'cccd_sex' | 'cccd_birth_year';
  params: Record<string, string | number>;
}

/** The birth year and sex a CCCD encodes, or null when its format is wrong. */
export function decodeCccd(cccd: string): { province: string; sex: 'male' | 'female'; birthYear: number } | null {
  if (!/^\d{12}$/.test(cccd)) return null;
  const g = Number(cccd[3]);
  const century = 1900 + Math.floor(g / 2) * 100;
  return { province: cccd.slice(1, 3), sex: g % 2 === 0 ? 'male' : 'female', birthYear: century + Number(cccd.slice(4, 6)) };
}

/** Checks a CCCD against the person's birth year and sex; null when consistent. */
export function cccdProblem(cccd: string, person: { birthYear: number; sex: 'male' | 'female' }): CccdProblem | null {
  const d = decodeCccd(cccd);
  if (!d) return { code: 'cccd_format', params: { value: cccd } };
  if (cccd[0] !== '0' || !CCCD_PROVINCES.has(d.province)) return { code: 'cccd_province', params: { value: cccd.slice(0, 3) } };
  if (d.sex !== person.sex) return { code: 'cccd_sex', params: { digit: cccd[3] } };
  if (d.birthYear !== person.birthYear) return { code: 'cccd_birth_year', params: { year: d.birthYear, birthYear: person.birthYear } };
  return null;
}

/** Builds the first six digits of a CCCD for a person (tests and synthetic data). */
export function cccdPrefix(province: string, sex: 'male' | 'female', birthYear: number): string {
  const centuryIndex = Math.floor(birthYear / 100) - 19;
  const g = centuryIndex * 2 + (sex === 'female' ? 1 : 0);
  return `0${province}${g}${String(birthYear % 100).padStart(2, '0')}`;
}
