import { describe, expect, it } from 'vitest';
import type { GridElement, GridValue } from './api.js';
import { asRows, orderCombos, rowsOf, visibleCombos, type GridLayout } from './grid-order.js';

// Options as the database may hand them over: Mường (06) after Người nước ngoài (55).
const codes = ['01', '02', '03', '04', '55', '06', '08'];
const names: Record<string, string> = { '01': 'Kinh', '02': 'Tày', '03': 'Thái', '04': 'Hoa', '06': 'Mường', '08': 'Mông', '55': 'Người nước ngoài' };
const sexes = [
  ['NAM', 'Nam', 'Male'],
  ['NU', 'Nữ', 'Female'],
];
const combos = codes.flatMap((c, i) => sexes.map(([s, vi], j) => ({ id: 100 + i * 2 + j, code: `DT${c}_${s}`, name: `${names[c]}, ${vi}` })));
const layout: GridLayout = {
  combos: codes.flatMap((c, i) =>
    sexes.map(([, vi, en], j) => ({ id: 100 + i * 2 + j, ethnicCode: c, row: names[c]!, rowEn: names[c]!, rest: vi!, restEn: en! })),
  ),
  groups: [...codes].sort().map((c) => ({ code: c, name: names[c]!, persons: c === '06' ? 40 : c === '08' ? 3 : 0 })),
};
const el = { id: 1, code: 'DS_NHAN_KHAU', name: 'Dân số', nameEn: null, valueType: 'integer', min: 0, max: null, optionCombos: combos } as GridElement;
const key = (e: number, c: number) => `${e}:${c}`;

describe('the order and layout of an ethnic breakdown', () => {
  it('puts the groups of the register first, then the others, each in code order, sexes kept in order', () => {
    const ordered = orderCombos(combos, layout).map((c) => c.code);
    expect(ordered).toEqual([
      'DT06_NAM',
      'DT06_NU',
      'DT08_NAM',
      'DT08_NU',
      'DT01_NAM',
      'DT01_NU',
      'DT02_NAM',
      'DT02_NU',
      'DT03_NAM',
      'DT03_NU',
      'DT04_NAM',
      'DT04_NU',
      'DT55_NAM',
      'DT55_NU',
    ]);
    expect(orderCombos(combos, null)).toBe(combos);
  });

  it('hides groups with nobody in the register and no value; a value keeps its group, both sexes', () => {
    const values = new Map<string, GridValue>([
      [key(1, 109), { dataElementId: 1, categoryOptionComboId: 109, value: '0', comment: null, derived: false, overrideReason: null, updatedAt: '' }],
    ]);
    const shown = visibleCombos(orderCombos(combos, layout), [el], layout, values, key, true).map((c) => c.code);
    expect(shown).toEqual(['DT06_NAM', 'DT06_NU', 'DT08_NAM', 'DT08_NU', 'DT55_NAM', 'DT55_NU']);
    expect(visibleCombos(combos, [el], layout, values, key, false)).toHaveLength(14);
  });

  it('lays a long breakdown out as one row per group with the other options as its cells', () => {
    const { rows, parts } = rowsOf(orderCombos(combos, layout), layout, false);
    expect(rows.map((r) => r.label)).toEqual(['Mường', 'Mông', 'Kinh', 'Tày', 'Thái', 'Hoa', 'Người nước ngoài']);
    expect(rows[0]!.persons).toBe(40);
    expect(parts).toEqual([
      { key: 'Nam', label: 'Nam' },
      { key: 'Nữ', label: 'Nữ' },
    ]);
    expect(rows[0]!.byRest.get('Nữ')!.code).toBe('DT06_NU');
    expect(rowsOf(combos, layout, true).parts[1]!.label).toBe('Female');
  });

  it('uses rows for more than eight options, and on a phone for more than two', () => {
    expect(asRows(combos, false)).toBe(true);
    expect(asRows(combos.slice(0, 8), false)).toBe(false);
    expect(asRows(combos.slice(0, 3), true)).toBe(true);
    expect(asRows(combos.slice(0, 2), true)).toBe(false);
    expect(asRows([{ id: 1, code: 'none', name: 'Không phân tổ' }], true)).toBe(false);
  });
});
