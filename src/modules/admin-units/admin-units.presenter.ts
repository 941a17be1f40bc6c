import type { UnitRow } from './admin-units.repository.js';

/** What a row alone cannot say: the parent's code and the children the caller may see on the date. */
export interface UnitExtras {
  parentCode: string | null;
  childCount: number;
}

/** The `Unit` shape of docs/api-contract.md. */
export function presentUnit(row: UnitRow, extras: UnitExtras) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    level: row.level,
    fullName: `${row.type} ${row.name}`,
    parentId: row.parent_id,
    parentCode: extras.parentCode,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    childCount: extras.childCount,
  };
}

export type UnitView = ReturnType<typeof presentUnit>;
