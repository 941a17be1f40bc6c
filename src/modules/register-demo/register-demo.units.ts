import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { activeVillages, communeSuccessions } from './register-demo.repository.js';
import { RECORD_DATE } from './register-demo.generator.js';
import type { RegisterCommune } from './register-demo.profile.js';

/** Code of old Hòa Bình province, whose communes the demo register covers. */
export const HOA_BINH = '17';

/**
 * The 2025 communes formed from old Hòa Bình communes, each with its villages valid on the record
 * date (1/7/2025) and the old communes it came from (with their district and how many successors
 * each had). Empty when the reference data or the demo villages are not loaded.
 */
export async function registerCommunes(db: Kysely<DB>): Promise<RegisterCommune[]> {
  const links = await communeSuccessions(db, HOA_BINH, RECORD_DATE);
  if (!links.length) return [];
  const successors = new Map<number, number>();
  for (const l of links) successors.set(l.oldId, (successors.get(l.oldId) ?? 0) + 1);
  const byId = new Map<number, RegisterCommune>();
  for (const l of links) {
    let c = byId.get(l.newId);
    if (!c) {
      c = { id: l.newId, code: l.newCode, name: l.newName, type: l.newType, villages: [], predecessors: [] };
      byId.set(l.newId, c);
    }
    c.predecessors.push({ id: l.oldId, district: l.district, type: l.oldType, successors: successors.get(l.oldId)! });
  }
  const villages = await activeVillages(db, [...byId.keys()], RECORD_DATE);
  for (const v of villages) {
    const c = byId.get(v.commune_id)!;
    // The old village counts only when it lay in one of the commune's old communes.
    const former =
      v.former_id !== null && c.predecessors.some((o) => o.id === v.former_commune_id) ? { id: v.former_id, communeId: v.former_commune_id! } : null;
    c.villages.push({ id: v.id, code: v.code, name: v.name, former });
  }
  return [...byId.values()];
}
