/**
 * Legacy Vietnamese encoders used to produce test files: Windows-1258, TCVN3 (ABC) and VNI Windows.
 */
import iconv from 'iconv-lite';

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks. */
export function toWindows1258(text: string): Buffer {
  const out: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => TONES.includes(p));
    const base = parts
      .filter((p) => !TONES.includes(p))
      .join('')
      .normalize('NFC');
    out.push(iconv.encode(base + tones.join(''), 'windows1258'));
  }
  return Buffer.concat(out);
}

// TCVN3 (ABC): lowercase letters with marks in 0xA1–0xFE; capitals Ă Â Đ Ê Ô Ơ Ư only.
const TCVN3_FROM = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3_TO = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
export function toTcvn3(text: string): Buffer {
  const s = [...text.normalize('NFC')].map((c) => (TCVN3_FROM.includes(c) ? TCVN3_TO[TCVN3_FROM.indexOf(c)] : c)).join('');
  return Buffer.from(s, 'latin1');
}

// VNI Windows: base letter plus one byte carrying the marks.
const VNI_TONE: Record<string, string[]> = {
  plain: ['ù', 'ø', 'û', 'õ', 'ï'], // sắc, huyền, hỏi, ngã, nặng
  hat: ['á', 'à', 'å', 'ã', 'ä'], // â ê ô with tones
  breve: ['é', 'è', 'ú', 'ü', 'ë'],
};
const TONE_ORDER = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
export function toVni(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const base = parts[0];
    const tone = TONE_ORDER.indexOf(parts.find((p) => TONE_ORDER.includes(p)) ?? '');
    const hat = parts.includes('\u0302');
    const breve = parts.includes('\u0306');
    const horn = parts.includes('\u031b');
    if (ch === 'đ') out += 'ñ';
    else if (ch === 'Đ') out += 'Ñ';
    else if (base === 'i' && tone >= 0) out += ['í', 'ì', 'æ', 'ó', 'ò'][tone];
    else if (base === 'y' && tone === 4) out += 'î';
    else if (horn) out += (base === 'o' ? 'ô' : 'ö') + (tone >= 0 ? VNI_TONE.plain[tone] : '');
    else if (hat) out += base + (tone >= 0 ? VNI_TONE.hat[tone] : 'â');
    else if (breve) out += base + (tone >= 0 ? VNI_TONE.breve[tone] : 'ê');
    else out += base + (tone >= 0 ? VNI_TONE.plain[tone] : '');
  }
  return Buffer.from(out, 'latin1');
}
