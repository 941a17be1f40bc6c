/**
 * Unit-type words in English. Unit names come from the server in Vietnamese with their type in front
 * ("Xã Tân Lạc", "Thôn Nhập Ba"); the English interface shows "Tân Lạc Commune", "Nhập Ba Village",
 * and a numbered one type first ("Residential Group 3"). Names stay as they are.
 */
const TYPES: [vi: string, en: string][] = [
  // Longest first, so "Thành phố" is not read as something shorter.
  ['Tổ dân phố', 'Residential Group'],
  ['Thành phố', 'City'],
  ['Thị trấn', 'Township'],
  ['Thị xã', 'Town'],
  ['Đặc khu', 'Special Zone'],
  ['Tỉnh', 'Province'],
  ['Huyện', 'District'],
  ['Quận', 'Urban District'],
  ['Phường', 'Ward'],
  ['Xã', 'Commune'],
  ['Thôn', 'Village'],
  ['Bản', 'Village'],
  ['Xóm', 'Hamlet'],
  ['Ấp', 'Hamlet'],
  ['Buôn', 'Village'],
  ['Sóc', 'Village'],
  ['Làng', 'Village'],
  ['Khu phố', 'Quarter'],
  ['Tổ', 'Group'],
];
const BY_VI = new Map(TYPES.map(([vi, en]) => [vi.toLowerCase(), en]));

/** The English word for a unit type ("Xã" → "Commune"), or the text itself when it is not one. */
export function unitTypeEn(type: string): string {
  return BY_VI.get(type.trim().normalize('NFC').toLowerCase()) ?? type;
}

/** "Xã Tân Lạc" → "Tân Lạc Commune", "Tổ dân phố 3" → "Residential Group 3"; other text unchanged. */
export function unitNameEn(fullName: string): string {
  const text = fullName.normalize('NFC');
  for (const [vi, en] of TYPES) {
    if (text.length > vi.length + 1 && text.slice(0, vi.length).toLowerCase() === vi.toLowerCase() && text[vi.length] === ' ') {
      const name = text.slice(vi.length + 1).trim();
      return /^\d/.test(name) ? `${en} ${name}` : `${name} ${en}`;
    }
  }
  return fullName;
}

const VILLAGE_TYPES = new Set(['thon', 'ban', 'xom', 'to_dan_pho', 'khac']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Puts the unit-type words of an API answer into English, in place, where they are surely unit names:
 * a unit's `fullName` and `type` (objects with a `code` and a `fullName` or `level`, never a person,
 * who has a `sex`), a village's `name` (under a `village`/`villages` key, or with a village type), and
 * `communeName`. Other texts (form and element names such as "Xã đạt chuẩn …") are left alone.
 */
export function unitWordsEn(value: unknown, key = ''): void {
  if (Array.isArray(value)) {
    for (const v of value) unitWordsEn(v, key);
    return;
  }
  if (!isObject(value)) return;
  const unitLike = typeof value.code === 'string' && !('sex' in value) && (typeof value.fullName === 'string' || typeof value.level === 'string');
  if (unitLike) {
    if (typeof value.fullName === 'string') value.fullName = unitNameEn(value.fullName);
    if (typeof value.type === 'string' && typeof value.level === 'string') value.type = unitTypeEn(value.type);
  }
  const villageLike =
    typeof value.name === 'string' &&
    typeof value.code === 'string' &&
    (key === 'village' || key === 'villages' || (typeof value.type === 'string' && VILLAGE_TYPES.has(value.type)));
  if (villageLike) value.name = unitNameEn(value.name as string);
  if (typeof value.communeName === 'string') value.communeName = unitNameEn(value.communeName);
  for (const [k, v] of Object.entries(value)) if (typeof v === 'object' && v !== null) unitWordsEn(v, k);
}
