import { csvField } from '../../../../shared/csv-cell.js';
import type { AggregateItem } from './aggregateApi.js';

export interface Row {
  key: string;
  label: string;
  code?: string;
  unitOfMeasure?: string | null;
  item: AggregateItem | null;
  /** Explains a flagged row (old units split between this unit and others). */
  flag?: string | null;
}
export interface Column {
  code: string;
  name: string;
}

/** Value of a row for one option column, or its total when `option` is undefined. */
export function cellValue(item: AggregateItem | null, option?: string): number | null {
  if (!item) return null;
  if (option === undefined) return item.total;
  return item.groups?.find((g) => g.code === option)?.value ?? null;
}

/** The table's CSV text: unit names and headers are formula-neutralised, numbers written exactly. */
export function aggregateCsv(head: string[], rows: Row[], columns: Column[], total?: Row | null): string {
  const esc = (s: string) => csvField(s, ',;');
  const num = (n: number | null) => (n === null ? '' : String(n));
  const line = (r: Row) =>
    [r.code ? `${r.label} (${r.code})` : r.label, ...columns.map((c) => num(cellValue(r.item, c.code))), num(cellValue(r.item))].map(esc).join(',');
  return [head.map(esc).join(','), ...rows.map(line), ...(total ? [line(total)] : [])].join('\r\n');
}
