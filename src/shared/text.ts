/**
 * Vietnamese text helpers shared by server and web: diacritic-insensitive search keys
 * and sort keys that order names the Vietnamese way under a byte-wise ("C") collation.
 */

/** Folds a string for search: lower case, no diacritics, đ→d, single spaces. */
export function searchKey(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Vietnamese alphabet order; each letter gets one sortable character.
const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONES: Record<string, number> = {
  '\u0300': 1, // huyền
  '\u0309': 2, // hỏi
  '\u0303': 3, // ngã
  '\u0301': 4, // sắc
  '\u0323': 5, // nặng
};
const LETTER_MARKS: Record<string, string> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031b': 'ơ',
  'u\u031b': 'ư',
};
const COMBINING = /[\u0300-\u036f]/;

/**
 * A key that sorts Vietnamese names correctly with plain string comparison:
 * letters first (a < ă < â < b … d < đ), then tones (none < huyền < hỏi < ngã < sắc < nặng).
 */
export function sortKey(input: string): string {
  const chars = input.toLowerCase().normalize('NFD');
  let primary = '';
  let tones = '';
  for (let i = 0; i < chars.length; i++) {
    let base = chars[i];
    let tone = 0;
    // NFD orders marks by combining class (dot below before circumflex), so read them all.
    while (i + 1 < chars.length && COMBINING.test(chars[i + 1])) {
      const mark = chars[++i];
      if (TONES[mark] !== undefined) tone = TONES[mark];
      else if (LETTER_MARKS[base + mark]) base = LETTER_MARKS[base + mark];
    }
    const rank = ALPHABET.indexOf(base);
    if (rank >= 0) {
      primary += String.fromCharCode(0x41 + rank);
      tones += String(tone);
    } else if (/\s/.test(base)) {
      primary += ' ';
    } else if (/[0-9]/.test(base)) {
      primary += base; // digits sort before letters
    } else {
      primary += String.fromCharCode(0x41 + ALPHABET.length) + base;
    }
  }
  return `${primary}\u0001${tones}`;
}

/** Compares two Vietnamese strings the way a Vietnamese reader expects. */
export function compareVi(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
