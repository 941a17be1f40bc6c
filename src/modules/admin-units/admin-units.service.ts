import type { Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { isVisible, type Scope } from '../../server/scope.js';
import { clampToValidity } from './as-of.js';
import { formatDateVi } from './admin-units.lookup.js';
import { presentUnit, type UnitView } from './admin-units.presenter.js';
import { findUnitRow, listUnits, unitsByIds, unitVersions, type UnitRow } from './admin-units.repository.js';
import type { UnitGraph } from './unit-graph.js';

/** Who is asking and as of when: every answer about units depends on both. */
export interface AsOf {
  graph: UnitGraph;
  scope: Scope;
  date: string;
}

/** Presents rows with their parent code and the children the caller may see on the date. */
export function presentRows(v: AsOf, rows: UnitRow[]): UnitView[] {
  return rows.map((row) => {
    const day = clampToValidity({ validFrom: row.valid_from, validTo: row.valid_to }, v.date);
    const children = v.graph.childrenOn(row.id, day).filter((c) => isVisible(v.scope, c));
    const parent = row.parent_id === null ? undefined : v.graph.units.get(row.parent_id);
    return presentUnit(row, { parentCode: parent?.code ?? null, childCount: children.length });
  });
}

function unknownUnit(code: string, date: string, field: string) {
  const params = { code, date: formatDateVi(date) };
  return new AppError(404, 'unknown_unit', params, [{ field, code: 'unknown_unit', value: code, params }]);
}

/**
 * The unit carrying `code` on the date. A unit the caller may not see answers exactly like one
 * that does not exist, so nothing outside the caller's area can be probed.
 */
export async function resolveUnit(db: Kysely<DB>, v: AsOf, code: string, field = 'code'): Promise<UnitRow> {
  const row = await findUnitRow(db, code, v.date);
  if (!row || !isVisible(v.scope, row.id)) throw unknownUnit(code, v.date, field);
  return row;
}

export interface UnitQuery {
  level?: UnitLevel;
  parent?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Which units a list means, in terms a query can use. */
export interface UnitSelection {
  level?: UnitLevel;
  parentId?: number;
  ids: number[] | null;
}

/**
 * The list rule shared by units and boundaries: no filter means provinces; `parent` alone its direct
 * children; `parent` with `level` or a search, its descendants. Always cut to what the caller may see.
 */
export async function selectUnits(db: Kysely<DB>, v: AsOf, query: { level?: UnitLevel; parent?: string; q?: string }): Promise<UnitSelection> {
  let parentId: number | undefined;
  let ids: number[] | null = null;
  if (query.parent) {
    const parent = await resolveUnit(db, v, query.parent, 'parent');
    if (query.level || query.q) ids = v.graph.descendants(parent.id).filter((id) => id !== parent.id);
    else parentId = parent.id;
  }
  if (!v.scope.all) ids = ids ? ids.filter((id) => v.scope.visible.has(id)) : [...v.scope.visible];
  return { level: query.level ?? (query.parent || query.q ? undefined : 'province'), parentId, ids };
}

/** GET /admin-units: a page of the selected units, optionally searched. */
export async function listUnitsAsOf(db: Kysely<DB>, v: AsOf, query: UnitQuery) {
  const q = query.q?.trim() || undefined;
  const selection = await selectUnits(db, v, { level: query.level, parent: query.parent, q });
  const { rows, total } = await listUnits(db, { date: v.date, ...selection, q, page: query.page, pageSize: query.pageSize });
  return { items: presentRows(v, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Province → … → the unit, all as the caller sees them. */
export async function unitPath(db: Kysely<DB>, v: AsOf, row: UnitRow): Promise<UnitView[]> {
  const chain = v.graph.ancestry(row.id).reverse();
  const rows = new Map(
    (
      await unitsByIds(
        db,
        chain.map((u) => u.id),
      )
    ).map((r) => [r.id, r]),
  );
  return presentRows(v, chain.map((u) => rows.get(u.id)!).filter(Boolean));
}

/**
 * What the unit became (`successors`) or was made from (`predecessors`). Only units the caller may
 * see are listed: a partial link still says that part of the unit lies elsewhere, without naming it.
 */
export async function unitLinks(db: Kysely<DB>, v: AsOf, row: UnitRow, direction: 'successors' | 'predecessors') {
  const links = (direction === 'successors' ? v.graph.successors(row.id) : v.graph.predecessors(row.id)).filter((l) => isVisible(v.scope, l.unitId));
  const rows = new Map(
    (
      await unitsByIds(
        db,
        links.map((l) => l.unitId),
      )
    ).map((r) => [r.id, r]),
  );
  const items = links
    .map((l) => ({ link: l, row: rows.get(l.unitId)! }))
    .sort((a, b) => (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0))
    .map(({ link, row: r }) => ({ unit: presentRows(v, [r])[0], mergeType: link.mergeType, derived: link.derived }));
  return { unit: presentRows(v, [row])[0], items };
}

/** Every unit that has carried the code and that the caller may see; none → 404. */
export async function codeVersions(db: Kysely<DB>, v: AsOf, code: string): Promise<UnitView[]> {
  const rows = (await unitVersions(db, code)).filter((r) => isVisible(v.scope, r.id));
  if (!rows.length) {
    throw new AppError(404, 'unknown_unit_code', { code }, [{ field: 'code', code: 'unknown_unit_code', value: code, params: { code } }]);
  }
  return presentRows(v, rows);
}
