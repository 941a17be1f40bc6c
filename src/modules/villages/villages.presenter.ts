import type { VillageRow } from './villages.repository.js';

/** A village as the API shows it. */
export function presentVillage(v: VillageRow) {
  return {
    id: v.id,
    code: v.code,
    name: v.name,
    type: v.type,
    commune: { id: v.commune_id, code: v.commune_code, name: v.commune_name, type: v.commune_type, fullName: `${v.commune_type} ${v.commune_name}` },
    validFrom: v.valid_from,
    validTo: v.valid_to,
    status: v.status,
    mergedIntoId: v.merged_into_id,
    predecessorId: v.predecessor_id,
    isDemo: v.is_demo,
  };
}

/** A short reference to another village (predecessor, merge target). */
export function presentVillageRef(v: VillageRow) {
  return { id: v.id, code: v.code, name: v.name, type: v.type, communeName: `${v.commune_type} ${v.commune_name}` };
}

/** The fields an audit entry records for a village. */
export function auditedVillage(v: Pick<VillageRow, 'code' | 'name' | 'type' | 'commune_id' | 'valid_from' | 'valid_to' | 'status' | 'merged_into_id'>) {
  return {
    code: v.code,
    name: v.name,
    type: v.type,
    communeId: v.commune_id,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    status: v.status,
    mergedIntoId: v.merged_into_id,
  };
}
