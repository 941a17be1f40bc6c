import type { GridElement, GridValue } from './api.js';

/** How the server lays out a report's breakdowns (GET …/layout). */
export interface GridLayout {
  combos: { id: number; ethnicCode: string | null; row: string; rowEn: string; rest: string | null; restEn: string | null }[];
  groups: { code: string; name: string; persons: number }[];
}

export type Combo = GridElement['optionCombos'][number];
type ComboLayout = GridLayout['combos'][number];

/** One block of the grid: consecutive elements of a section broken down the same way. */
export interface Block {
  elements: GridElement[];
  combos: Combo[];
}

/** Consecutive elements broken down the same way share one table (same columns). */
export function blocks(elements: GridElement[]): Block[] {
  const out: Block[] = [];
  const sig = (el: GridElement) => el.optionCombos.map((c) => c.id).join(',');
  for (const el of elements) {
    const last = out[out.length - 1];
    if (last && sig(last.elements[0]!) === sig(el)) last.elements.push(el);
    else out.push({ elements: [el], combos: el.optionCombos });
  }
  return out;
}

/** Whether a block is an undisaggregated value per element. */
export const isSingle = (combos: Combo[]) => combos.length === 1 && (combos[0]!.code === 'none' || combos[0]!.code === null);

/** A breakdown this long reads better with one row per option (per ethnic group) than as columns. */
export const ROWS_FROM = 9;

/**
 * Whether a block is laid out as rows (one row per group or option, elements as columns): on a phone
 * any breakdown of more than two options, elsewhere breakdowns of more than eight.
 */
export function asRows(combos: Combo[], phone: boolean): boolean {
  if (isSingle(combos)) return false;
  return phone ? combos.length > 2 : combos.length >= ROWS_FROM;
}

/**
 * The block's option combinations in the order to show: those of an ethnic breakdown by group, the
 * groups with persons in the unit's register first, each part in the official code order (01 Kinh,
 * 02 Tày, 03 Thái, 04 Hoa, 05 Khơ-me, 06 Mường…); other breakdowns as the form declares them.
 */
export function orderCombos(combos: Combo[], layout: GridLayout | null): Combo[] {
  if (!layout) return combos;
  const info = layoutIndex(layout);
  const persons = new Map(layout.groups.map((g) => [g.code, g.persons]));
  const at = new Map(combos.map((c, i) => [c.id, i]));
  const key = (c: Combo) => {
    const e = info.get(c.id)?.ethnicCode;
    return e ? [(persons.get(e) ?? 0) > 0 ? 0 : 1, Number(e)] : [0, 0];
  };
  return [...combos].sort((a, b) => {
    const [pa, ca] = key(a);
    const [pb, cb] = key(b);
    return pa! - pb! || ca! - cb! || at.get(a.id)! - at.get(b.id)!;
  });
}

const indexes = new WeakMap<GridLayout, Map<number, ComboLayout>>();
/** The layout of each option combination by id. */
export function layoutIndex(layout: GridLayout): Map<number, ComboLayout> {
  let m = indexes.get(layout);
  if (!m) {
    m = new Map(layout.combos.map((c) => [c.id, c]));
    indexes.set(layout, m);
  }
  return m;
}

/** Whether the grid has a breakdown by ethnic group. */
export const hasEthnic = (layout: GridLayout | null) => !!layout?.combos.some((c) => c.ethnicCode !== null);

const filled = (v: GridValue | undefined) => v !== undefined && v.value !== null && v.value !== '';

/**
 * With `hideEmpty`, drops the ethnic groups that have nobody in the unit's register and no value in
 * any cell of the block: a group with a value always stays.
 */
export function visibleCombos(
  combos: Combo[],
  elements: GridElement[],
  layout: GridLayout | null,
  values: Map<string, GridValue>,
  cellKey: (el: number, coc: number) => string,
  hideEmpty: boolean,
): Combo[] {
  if (!hideEmpty || !layout) return combos;
  const info = layoutIndex(layout);
  const persons = new Map(layout.groups.map((g) => [g.code, g.persons]));
  const kept = new Set<string>();
  for (const c of combos) {
    const e = info.get(c.id)?.ethnicCode;
    if (e && ((persons.get(e) ?? 0) > 0 || elements.some((el) => filled(values.get(cellKey(el.id, c.id)))))) kept.add(e);
  }
  return combos.filter((c) => {
    const e = info.get(c.id)?.ethnicCode;
    return !e || kept.has(e);
  });
}

/** A row of the rows layout: one group (or option) with its combination per column part (`rest`). */
export interface GroupRow {
  key: string;
  label: string;
  ethnicCode: string | null;
  persons: number | null;
  byRest: Map<string, Combo>;
}

/**
 * The rows layout of a block: one row per group in the combinations' order, and the parts of each
 * element's columns (the other options, e.g. Nam / Nữ; one unnamed part when there are none).
 */
export function rowsOf(combos: Combo[], layout: GridLayout | null, en: boolean): { rows: GroupRow[]; parts: { key: string; label: string | null }[] } {
  const info = layout ? layoutIndex(layout) : new Map<number, ComboLayout>();
  const persons = new Map((layout?.groups ?? []).map((g) => [g.code, g.persons]));
  const rows: GroupRow[] = [];
  const byKey = new Map<string, GroupRow>();
  const parts: { key: string; label: string | null }[] = [];
  const seenParts = new Set<string>();
  for (const c of combos) {
    const l = info.get(c.id);
    const rowKey = l ? (l.ethnicCode ?? `r:${l.row}`) : `c:${c.id}`;
    const partKey = l?.rest ?? '';
    let row = byKey.get(rowKey);
    if (!row) {
      row = {
        key: rowKey,
        label: l ? (en ? l.rowEn : l.row) : c.name,
        ethnicCode: l?.ethnicCode ?? null,
        persons: l?.ethnicCode ? (persons.get(l.ethnicCode) ?? 0) : null,
        byRest: new Map(),
      };
      byKey.set(rowKey, row);
      rows.push(row);
    }
    row.byRest.set(partKey, c);
    if (!seenParts.has(partKey)) {
      seenParts.add(partKey);
      parts.push({ key: partKey, label: l?.rest ? (en ? l.restEn : l.rest) : null });
    }
  }
  return { rows, parts };
}
