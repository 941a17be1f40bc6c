import type { Insertable, Kysely } from 'kysely';
import type { DB, VillageTable, VillageType } from '../../db/schema.js';
import { anyDemoVillage, firstCommunesOfProvince, insertVillages, successorsOf } from './villages.repository.js';
import { LOWLAND_NAMES, MUONG_NAMES, THAI_NAMES } from './villages.demo-names.js';
import { nameKey, villageSearchText, villageSortKey } from './villages.types.js';

/** Last day of the old (3-level) unit list and first day of the 2025 one. */
export const OLD_LIST_END = '2025-06-30';
export const NEW_LIST_START = '2025-07-01';

/** A small seeded generator (mulberry32), so every run yields the same demo data. */
export function seededRandom(seed: string): () => number {
  let a = 2166136261;
  for (const ch of seed) a = Math.imul(a ^ ch.charCodeAt(0), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface OldCommune {
  id: number;
  code: string;
  name: string;
  type: string;
  district: string;
}

/** Villages of one old commune, by the naming habits of its district. */
export function demoVillagesOf(c: OldCommune): { name: string; type: VillageType }[] {
  const rnd = seededRandom(`village:${c.code}`);
  const n = 4 + Math.floor(rnd() * 9);
  const numbered = (prefix: string, type: VillageType) => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, type }));
  if (c.type === 'Phường') return numbered('Tổ', 'to_dan_pho');
  if (c.type === 'Thị trấn') return numbered('Tổ dân phố', 'to_dan_pho');
  let style: [string, VillageType, readonly string[]];
  if (c.district === '156' || (c.district === '150' && rnd() < 0.5)) style = ['Bản', 'ban', THAI_NAMES];
  else if (['152', '158', '159'].includes(c.district)) style = ['Thôn', 'thon', LOWLAND_NAMES];
  else style = ['Xóm', 'xom', MUONG_NAMES];
  if (style[1] !== 'ban' && rnd() < 0.15) return numbered(style[0], style[1]);
  return shuffled(style[2], rnd)
    .slice(0, n)
    .map((place) => ({ name: `${style[0]} ${place}`, type: style[1] }));
}

const row = (communeId: number, code: string, name: string, type: VillageType, extra: Partial<Insertable<VillageTable>>): Insertable<VillageTable> => ({
  commune_id: communeId,
  code,
  name,
  type,
  valid_from: null,
  valid_to: null,
  is_demo: true,
  search_text: villageSearchText(name, code),
  sort_key: villageSortKey(name),
  ...extra,
});

/**
 * Demo villages for Hòa Bình: 4–12 for each of the 151 old communes (ended 30/06/2025), carried
 * to the 2025 communes through the crosswalk (a split commune's villages are shared out in order
 * among its successors), each new village pointing to the old one it continues.
 */
export async function seedDemoVillages(db: Kysely<DB>): Promise<void> {
  if (await anyDemoVillage(db)) return;
  const old: OldCommune[] = await firstCommunesOfProvince(db, '17');
  if (!old.length) return;
  const links = await successorsOf(
    db,
    old.map((o) => o.id),
  );

  await db.transaction().execute(async (trx) => {
    const generated = old.map((c) => ({ commune: c, villages: demoVillagesOf(c).map((v, i) => ({ ...v, code: String(i + 1).padStart(3, '0') })) }));
    const oldIds = await insertVillages(
      trx,
      generated.flatMap((g) => g.villages.map((v) => row(g.commune.id, v.code, v.name, v.type, { valid_to: OLD_LIST_END, status: 'inactive' }))),
    );

    // Carry each old village to its commune's successor (shared out in order after a split).
    const carried = new Map<number, { name: string; type: VillageType; oldId: number; oldCommune: string }[]>();
    for (const g of generated) {
      const succ = links.filter((l) => l.oldId === g.commune.id);
      if (!succ.length) continue;
      g.villages.forEach((v, i) => {
        const to = succ[Math.floor((i * succ.length) / g.villages.length)].newId;
        const list = carried.get(to) ?? [];
        list.push({ name: v.name, type: v.type, oldId: oldIds.get(`${g.commune.id}:${v.code}`)!, oldCommune: g.commune.name });
        carried.set(to, list);
      });
    }
    const fresh: Insertable<VillageTable>[] = [];
    for (const [communeId, list] of carried) {
      const names = new Set<string>();
      list.forEach((v, i) => {
        // Merged communes often bring two "Xóm Mới"; the old commune's name tells them apart.
        let name = names.has(nameKey(v.name)) ? `${v.name} ${v.oldCommune}` : v.name;
        for (let k = 2; names.has(nameKey(name)); k++) name = `${v.name} ${v.oldCommune} ${k}`;
        names.add(nameKey(name));
        fresh.push(row(communeId, String(i + 1).padStart(3, '0'), name, v.type, { valid_from: NEW_LIST_START, predecessor_id: v.oldId }));
      });
    }
    await insertVillages(trx, fresh);
  });
}
