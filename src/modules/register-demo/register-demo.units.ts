import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
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
  const links = await db
    .selectFrom('admin_unit_succession as s')
    .innerJoin('admin_unit as o', 'o.id', 's.old_unit_id')
    .innerJoin('admin_unit as d', 'd.id', 'o.parent_id')
    .innerJoin('admin_unit as p', 'p.id', 'd.parent_id')
    .innerJoin('admin_unit as n', 'n.id', 's.new_unit_id')
    .select(['n.id as newId', 'n.code as newCode', 'n.name as newName', 'n.type as newType', 'o.id as oldId', 'o.type as oldType', 'd.code as district'])
    .where('p.code', '=', HOA_BINH)
    .where('p.valid_from', 'is', null)
    .where('o.level', '=', 'commune')
    .where('n.level', '=', 'commune')
    .where((eb) => eb.or([eb('n.valid_from', 'is', null), eb('n.valid_from', '<=', RECORD_DATE)]))
    .where((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', RECORD_DATE)]))
    .orderBy('n.code')
    .orderBy('o.code')
    .execute();
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
  const villages = await db
    .selectFrom('village')
    .select(['id', 'code', 'name', 'commune_id'])
    .where('commune_id', 'in', [...byId.keys()])
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', RECORD_DATE)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', RECORD_DATE)]))
    .where('status', '=', 'active')
    .orderBy('commune_id')
    .orderBy('code')
    .execute();
  for (const v of villages) byId.get(v.commune_id)!.villages.push({ id: v.id, code: v.code, name: v.name });
  return [...byId.values()];
}
