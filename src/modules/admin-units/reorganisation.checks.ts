import type { UnitLevel } from '../../db/schema.js';
import type { AppError } from '../../server/errors.js';
import type { UnitRow } from './reorganisations.schema.js';

type Detail = AppError['details'][number];

export const LEVELS: UnitLevel[] = ['province', 'district', 'commune'];
const CODE_LENGTH: Record<UnitLevel, number> = { province: 2, district: 3, commune: 5 };
const RANK: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

/**
 * Checks the shape of unit rows; returns row-level problems. Row numbers count the header as row 1;
 * fields name the file and the column (`units.code`).
 */
export function checkUnitRows(rows: UnitRow[]): Detail[] {
  const problems: Detail[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const level = r.level as UnitLevel;
    if (!LEVELS.includes(level)) {
      problems.push({ row, field: 'units.level', code: 'invalid_unit_level', value: r.level, params: { value: r.level } });
      return;
    }
    if (!new RegExp(`^\\d{${CODE_LENGTH[level]}}$`).test(r.code ?? '')) {
      problems.push({ row, field: 'units.code', code: 'invalid_unit_code', value: r.code, params: { value: r.code, digits: CODE_LENGTH[level] } });
    }
    if (!r.name?.trim()) problems.push({ row, field: 'units.name', code: 'value_required', value: r.name ?? '' });
    if (!r.type?.trim()) problems.push({ row, field: 'units.type', code: 'value_required', value: r.type ?? '' });
    if (level !== 'province' && !r.parent_code) problems.push({ row, field: 'units.parent_code', code: 'value_required', value: '' });
    if (level === 'province' && r.parent_code) problems.push({ row, field: 'units.parent_code', code: 'province_has_parent', value: r.parent_code });
    const key = `${level}:${r.code}`;
    if (seen.has(key)) problems.push({ row, field: 'units.code', code: 'duplicate_unit_code', value: r.code, params: { value: r.code } });
    seen.add(key);
  });
  return problems;
}

/**
 * Problems the new list would leave in the tree: a parent that is neither in the list (at a higher
 * level) nor a unit that continues, and a unit that ends while some of its children carry on.
 */
export function checkStructure(
  units: UnitRow[],
  newKeys: Set<string>,
  continuing: Map<string, { id: number; level: UnitLevel }>,
  current: { id: number; code: string; level: UnitLevel; parent_id: number | null }[],
  ended: Set<number>,
  children: Map<number, number[]>,
): Detail[] {
  const problems: Detail[] = [];
  units.forEach((u, i) => {
    if (!u.parent_code) return;
    const rank = RANK[u.level as UnitLevel];
    const inList = LEVELS.some((l) => RANK[l] < rank && newKeys.has(`${l}:${u.parent_code}`));
    const kept = continuing.get(u.parent_code);
    if (!inList && !(kept && RANK[kept.level] < rank)) {
      problems.push({ row: i + 2, field: 'units.parent_code', code: 'unknown_parent', value: u.parent_code, params: { value: u.parent_code } });
    }
  });
  for (const u of current) {
    if (!ended.has(u.id)) continue;
    const left = (children.get(u.id) ?? []).filter((k) => !ended.has(k)).length;
    if (left) problems.push({ field: 'crosswalk', code: 'children_left_behind', value: u.code, params: { value: u.code, count: left } });
  }
  return problems;
}
