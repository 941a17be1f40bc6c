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

/** Villages of communes active on `date`, by commune and code, with the old village each continues (and its commune). */
export function activeVillages(db: Kysely<DB>, communeIds: number[], date: string) {
  return db
    .selectFrom('village as v')
    .leftJoin('village as o', 'o.id', 'v.predecessor_id')
    .select(['v.id', 'v.code', 'v.name', 'v.commune_id', 'o.id as former_id', 'o.commune_id as former_commune_id'])
    .where('v.commune_id', 'in', communeIds)
    .where((eb) => eb.or([eb('v.valid_from', 'is', null), eb('v.valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', date)]))
    .where('v.status', '=', 'active')
    .orderBy('v.commune_id')
    .orderBy('v.code')
    .execute();
}
