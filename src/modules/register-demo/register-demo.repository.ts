/** Reads the demo generator needs: which 2025 communes came from which old ones, and their villages. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Successions from old communes of the province `provinceCode` to communes in force on `date`, with each old commune's district. */
export function communeSuccessions(db: Kysely<DB>, provinceCode: string, date: string) {
  return db
    .selectFrom('admin_unit_succession as s')
    .innerJoin('admin_unit as o', 'o.id', 's.old_unit_id')
    .innerJoin('admin_unit as d', 'd.id', 'o.parent_id')
    .innerJoin('admin_unit as p', 'p.id', 'd.parent_id')
    .innerJoin('admin_unit as n', 'n.id', 's.new_unit_id')
    .select(['n.id as newId', 'n.code as newCode', 'n.name as newName', 'n.type as newType', 'o.id as oldId', 'o.type as oldType', 'd.code as district'])
    .where('p.code', '=', provinceCode)
    .where('p.valid_from', 'is', null)
    .where('o.level', '=', 'commune')
    .where('n.level', '=', 'commune')
    .where((eb) => eb.or([eb('n.valid_from', 'is', null), eb('n.valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', date)]))
    .orderBy('n.code')
    .orderBy('o.code')
    .execute();
}

/** Villages of communes active on `date`, by commune and code. */
export function activeVillages(db: Kysely<DB>, communeIds: number[], date: string) {
  return db
    .selectFrom('village')
    .select(['id', 'code', 'name', 'commune_id'])
    .where('commune_id', 'in', communeIds)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .where('status', '=', 'active')
    .orderBy('commune_id')
    .orderBy('code')
    .execute();
}
