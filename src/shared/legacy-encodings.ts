/**
 * Conversion of text typed with TCVN3 (ABC, the .Vn… fonts) to Unicode. TCVN3 puts each
 * Vietnamese letter with its marks on one byte, so the table is exact. Its capitals with tones
 * live in separate "H" fonts at the lowercase positions and come out as lowercase letters.
 * VNI writes marks as separate bytes whose meaning depends on the font in use, so it is refused
 * rather than guessed.
 */
const TCVN3_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3_BYTES = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';

const FROM_TCVN3 = new Map<string, string>([...TCVN3_BYTES].map((c, i) => [c, TCVN3_UNICODE[i]]));
const TCVN3_CHAR = /[\u00a1-\u00fe]/g;

/** Text whose characters are TCVN3 bytes read as Latin-1 (or a Unicode copy of such text), in Unicode. */
export function tcvn3ToUnicode(text: string): string {
  return text.replace(TCVN3_CHAR, (c) => FROM_TCVN3.get(c) ?? c).normalize('NFC');
}
