import type { VillageType } from '../../db/schema.js';
import { searchKey, sortKey } from '../../shared/text.js';

/** Village types with their Vietnamese labels (as written in templates) and English names. */
export const VILLAGE_TYPES: readonly { code: VillageType; vi: string; en: string }[] = [
  { code: 'thon', vi: 'Thôn', en: 'Village (thôn)' },
  { code: 'ban', vi: 'Bản', en: 'Village (bản)' },
  { code: 'xom', vi: 'Xóm', en: 'Hamlet (xóm)' },
  { code: 'to_dan_pho', vi: 'Tổ dân phố', en: 'Residential group' },
  { code: 'khac', vi: 'Khác', en: 'Other' },
];

export const VILLAGE_TYPE_CODES = VILLAGE_TYPES.map((t) => t.code) as [VillageType, ...VillageType[]];

// Every spelling an official might type, folded (no diacritics, no case).
const ALIASES = new Map<string, VillageType>([
  ...VILLAGE_TYPES.flatMap((t) => [
    [searchKey(t.code), t.code] as const,
    [searchKey(t.vi), t.code] as const,
    [searchKey(t.code.replace(/_/g, ' ')), t.code] as const,
  ]),
  ['tdp', 'to_dan_pho'],
  ['to', 'to_dan_pho'],
  ['other', 'khac'],
]);

/** Reads a type given as code or label, ignoring diacritics and case ("Ban", "bản", "to_dan_pho"). */
export function parseVillageType(input: string): VillageType | null {
  return ALIASES.get(searchKey(input.replace(/_/g, ' '))) ?? ALIASES.get(searchKey(input)) ?? null;
}

/** The type a name announces by its first word(s): "Bản Lác" → ban, "Tổ dân phố 3" → to_dan_pho. */
export function typeFromName(name: string): VillageType | null {
  const key = searchKey(name);
  if (key.startsWith('to dan pho ')) return 'to_dan_pho';
  const first = key.split(' ')[0];
  return first === 'thon' || first === 'ban' || first === 'xom' ? first : first === 'to' ? 'to_dan_pho' : null;
}

/** Cleans a name as stored: NFC, single spaces, trimmed. */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Compares names the way a duplicate check should: same letters and marks, any case or spacing. */
export function nameKey(name: string): string {
  return cleanName(name).toLocaleLowerCase('vi');
}

/** Vietnamese order with numbers in numeric order ("Xóm 2" before "Xóm 10"). */
export function villageSortKey(name: string): string {
  return sortKey(cleanName(name).replace(/\d+/g, (d) => d.padStart(6, '0')));
}

export function villageSearchText(name: string, code: string): string {
  return searchKey(`${name} ${code}`);
}

/** Village codes: letters, digits, dot, dash; a bare number is padded to 3 digits ("7" → "007"). */
export function normaliseVillageCode(code: string): string | null {
  const c = code.trim();
  if (/^\d{1,2}$/.test(c)) return c.padStart(3, '0');
  return /^[0-9A-Za-z._-]{1,20}$/.test(c) ? c : null;
}

/** The next free 3-digit code after the numeric codes already used. */
export function nextVillageCode(used: Iterable<string>): string {
  let max = 0;
  for (const c of used) if (/^\d+$/.test(c)) max = Math.max(max, Number(c));
  return String(max + 1).padStart(3, '0');
}

/** Whether a validity interval (null ends open) contains a date. */
export function validOn(v: { valid_from: string | null; valid_to: string | null }, date: string): boolean {
  return (v.valid_from === null || v.valid_from <= date) && (v.valid_to === null || v.valid_to >= date);
}

/** Whether two validity intervals share a day. */
export function overlaps(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  return (a.from === null || b.to === null || a.from <= b.to) && (b.from === null || a.to === null || b.from <= a.to);
}
