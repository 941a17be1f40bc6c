import type { Res } from '../../api/types.js';

export type Dashboard = Res<'/api/dashboards/{id}', 'get'>;
export type Item = Dashboard['items'][number];
/** An item as the API stores it (without the names it is shown with). */
export type StoredItem = Omit<Item, 'visualisation' | 'map'>;
export interface Filter {
  periods?: string[];
  unit?: string;
}

export const storedItems = (items: Item[]): StoredItem[] => items.map(({ visualisation: _v, map: _m, ...rest }) => rest);

export function newItemId(items: { id: string }[]): string {
  let n = items.length + 1;
  while (items.some((i) => i.id === `i${n}`)) n++;
  return `i${n}`;
}

export { filterYear } from '../../../shared/filter-year.js';
