/**
 * Text encodings of uploaded files: Unicode (UTF-8 with or without BOM, UTF-16), Windows-1258, and
 * the legacy font encodings TCVN3 (.Vn… fonts) and VNI recognised from the letters they produce.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../server/errors.js';

/** The encodings recognised. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1258' | 'tcvn3' | 'vni';

/** How encodings are named to users. */
export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
};

// TCVN3 puts its most frequent letters (à á ả ã ạ ă â ê ô ơ ư đ …) on bytes 0xA1–0xBE, which no
// Vietnamese word contains once read as Unicode or Windows-1258; other letters land on Latin-1
// letters foreign to Vietnamese (ä, ß, ö …), a weaker sign since VNI uses some of them too.
const TCVN3_STRONG = /(?<=[A-Za-z])[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]|[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be](?=[A-Za-z])/g;
const TCVN3_WEAK = /(?<=[A-Za-z])[ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ]|[ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ](?=[A-Za-z])/g;
// VNI writes a base vowel followed by a byte carrying the marks ("Vieät", "Baûn"); these pairs never
// occur in Vietnamese written in Unicode or Windows-1258.
const VNI_MARK = /[aeiouyAEIOUYôöÔÖ][ùøûõïåäëüÙØÛÕÏÅÄËÜ]|[aeoAEO][âÂáàåãäÁÀÅÃÄ]|[aA][êÊéèúüëÉÈÚÜË]/g;
// Windows-1258 writes tones as combining marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after the vowel.
const CP1258_MARK = /[aeiouyAEIOUYâêôõýãÂÊÔÕÝÃ][\u00cc\u00ec\u00d2\u00de\u00f2]/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function legacyScores(text: string) {
  const strong = count(text, TCVN3_STRONG);
  const weak = count(text, TCVN3_WEAK);
  return { strong, tcvn: strong + weak, vni: count(text, VNI_MARK) };
}

/** Recognises text typed with a TCVN3 (.Vn…) or VNI font: the font's bytes read as Latin letters. */
export function detectLegacyVietnamese(text: string, minHits = 2): 'tcvn3' | 'vni' | null {
  const s = legacyScores(text);
  // Without a letter from TCVN3's own range, foreign letters alone must clearly outweigh VNI's pairs.
  if (s.tcvn >= minHits && (s.strong > 0 ? s.tcvn > s.vni : s.tcvn > 2 * s.vni + 2)) return 'tcvn3';
  if (s.vni >= minHits) return 'vni';
  return null;
}

/** Guesses the encoding of a text file: Unicode when it decodes as such, else the 8-bit table that fits best. */
export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const latin = bytes.toString('latin1');
    const legacy = detectLegacyVietnamese(latin);
    const s = legacyScores(latin);
    const cp1258 = count(latin, CP1258_MARK);
    if (legacy === 'tcvn3' && s.tcvn > cp1258) return 'tcvn3';
    if (legacy === 'vni' && s.vni > cp1258) return 'vni';
    return 'windows-1258';
  }
  // Unicode that still carries a legacy font's letters (a .Vn… sheet saved as CSV UTF-8).
  return legacyInPieces(text.split(/\r?\n/, 5000)) ?? 'utf-8';
}

/**
 * Whether a legacy font's letters run through pieces of text (cells or lines): a fifth or more of
 * the pieces with accents must carry them, so a stray «quote» in a large Unicode file is no reason.
 */
export function legacyInPieces(pieces: readonly string[]): 'tcvn3' | 'vni' | null {
  const accented = pieces.filter((p) => /[^\x00-\x7f]/.test(p));
  const flagged = accented.filter((p) => detectLegacyVietnamese(p, 1));
  if (!flagged.length || flagged.length * 5 < accented.length || (flagged.length < 2 && flagged.length < accented.length)) return null;
  return detectLegacyVietnamese(flagged.join(' '), 1) ?? 'tcvn3';
}

/** The refusal of a file in a legacy font encoding, naming it. */
export function legacyError(encoding: TextEncoding): AppError {
  return new AppError(400, 'legacy_encoding', { encoding: ENCODING_NAMES[encoding] });
}

/** Decodes a text upload to NFC Unicode; converts Windows-1258, refuses TCVN3 and VNI by name. */
export function decodeText(bytes: Buffer): string {
  const encoding = detectEncoding(bytes);
  if (encoding === 'tcvn3' || encoding === 'vni') throw legacyError(encoding);
  const text = encoding === 'utf-16le' ? iconv.decode(bytes, 'utf16le') : encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'windows1258');
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}
