import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { seededRandom } from '../villages/villages.demo.js';
import { demoVillagesOf } from '../villages/villages.service.js';
import { anyDemoList, communesUnderProvince, firstProvinceId, insertEntries, insertList } from './classifications.repository.js';

const DEMO = '(dữ liệu mô phỏng)';

/** Chance of region I / II (the rest III) for a rural commune, by old district: lowland east to mountainous west. */
const REGION_ODDS: Record<string, [number, number]> = {
  '148': [0.5, 0.5], // Hòa Bình city
  '152': [0.45, 0.4], // Lương Sơn
  '158': [0.35, 0.45], // Yên Thủy
  '159': [0.35, 0.45], // Lạc Thủy
  '153': [0.15, 0.4], // Kim Bôi
  '154': [0.15, 0.4], // Cao Phong
  '155': [0.1, 0.35], // Tân Lạc
  '157': [0.1, 0.35], // Lạc Sơn
  '150': [0.05, 0.25], // Đà Bắc
  '156': [0.05, 0.25], // Mai Châu
};

/** Share of villages on the extremely-difficult list by their commune's region. */
const VILLAGE_ODDS: Record<string, number> = { I: 0.05, II: 0.3, III: 0.5 };

/**
 * Demo classification lists for the old Hòa Bình communes (2021–2025): regions I/II/III (the real
 * basis was Decision 861/QĐ-TTg), extremely difficult communes (region III, as 861 defines them)
 * and extremely difficult villages (the real basis was Decision 612/QĐ-UBDT). Synthetic, seeded.
 */
export async function seedDemoClassifications(db: Kysely<DB>): Promise<void> {
  if (await anyDemoList(db)) return;
  const province = await firstProvinceId(db, '17');
  if (province === null) return;
  const communes = await communesUnderProvince(db, province);
  const villages = await demoVillagesOf(
    db,
    communes.map((c) => c.id),
  );

  const region = new Map<number, string>();
  for (const c of communes) {
    const rnd = seededRandom(`region:${c.code}`);
    const [one, two] = REGION_ODDS[c.district] ?? [0.3, 0.4];
    const x = rnd();
    region.set(c.id, c.type !== 'Xã' ? 'I' : x < one ? 'I' : x < one + two ? 'II' : 'III');
  }

  await db.transaction().execute(async (trx) => {
    const common = { scope_unit_id: province, is_demo: true, valid_to: '2025-06-30', period_label: '2021-2025' };
    const regions = await insertList(trx, {
      ...common,
      kind: 'ethnic_region',
      name: `Xã vùng đồng bào DTTS và miền núi theo khu vực I, II, III giai đoạn 2021-2025 — tỉnh Hòa Bình ${DEMO}`,
      basis: 'Mô phỏng theo Quyết định 861/QĐ-TTg ngày 04/06/2021 (không phải danh sách chính thức)',
      valid_from: '2021-06-04',
    });
    await insertEntries(
      trx,
      communes.map((c) => ({ list_id: regions, unit_id: c.id, village_id: null, category: region.get(c.id)! })),
    );

    const difficult = await insertList(trx, {
      ...common,
      kind: 'extremely_difficult_commune',
      name: `Xã đặc biệt khó khăn vùng đồng bào DTTS và miền núi giai đoạn 2021-2025 — tỉnh Hòa Bình ${DEMO}`,
      basis: 'Mô phỏng theo Quyết định 861/QĐ-TTg ngày 04/06/2021: xã khu vực III (không phải danh sách chính thức)',
      valid_from: '2021-06-04',
    });
    const third = communes.filter((c) => region.get(c.id) === 'III');
    await insertEntries(
      trx,
      third.map((c) => ({ list_id: difficult, unit_id: c.id, village_id: null, category: 'DBKK' })),
    );

    const hamlets = await insertList(trx, {
      ...common,
      kind: 'extremely_difficult_village',
      name: `Thôn đặc biệt khó khăn vùng đồng bào DTTS và miền núi giai đoạn 2021-2025 — tỉnh Hòa Bình ${DEMO}`,
      basis: 'Mô phỏng theo Quyết định 612/QĐ-UBDT ngày 16/09/2021 (không phải danh sách chính thức)',
      valid_from: '2021-09-16',
    });
    const picked = villages.filter((v) => seededRandom(`dbkk:${v.commune_id}:${v.code}`)() < VILLAGE_ODDS[region.get(v.commune_id) ?? 'I']);
    await insertEntries(
      trx,
      picked.map((v) => ({ list_id: hamlets, unit_id: null, village_id: v.id, category: 'DBKK' })),
    );
  });
}
