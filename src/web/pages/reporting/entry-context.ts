import { createContext, useContext } from 'react';
import type { NumberLang } from '../../lib/format.js';

/** A value the same unit gave for a cell in an earlier period. */
export interface EarlierValue {
  periodId: string;
  periodName: string;
  value: string;
}

/** What every cell of a report's grid shares, without the grid passing it cell by cell. */
export interface EntryCellShared {
  /** Numbers are read and shown in this language's style. */
  lang: NumberLang;
  /** Earlier periods' values by cell key (`element:optionCombo`), newest first. */
  earlier: Map<string, EarlierValue[]>;
  /** The period just before the report's: its value is the one shown beside the cell. */
  previousPeriod: { id: string; name: string } | null;
  /** The cell gave up its typed text for the stored value (Escape): its refusal goes. */
  onRevert: (key: string) => void;
  /** The cell holds typed text not yet handed to the save queue (true), or no more (false). */
  onDirty: (key: string, dirty: boolean) => void;
}

export const EntryCellContext = createContext<EntryCellShared>({
  lang: 'vi',
  earlier: new Map(),
  previousPeriod: null,
  onRevert: () => undefined,
  onDirty: () => undefined,
});

export const useEntryCell = () => useContext(EntryCellContext);

/** An outlier is more than this many times, or less than one over this of, the mean of the earlier values. */
export const OUTLIER_FACTOR = 3;

/**
 * Whether a value is far from the earlier periods': more than three times, or less than a third of,
 * the mean of the earlier periods that have a value. Needs at least one earlier value and a mean
 * above zero; null when there is nothing to compare with.
 */
export function outlierOf(value: number, earlier: number[]): { mean: number; high: boolean } | null {
  const known = earlier.filter((x) => Number.isFinite(x));
  if (!known.length || !Number.isFinite(value)) return null;
  const mean = known.reduce((s, x) => s + x, 0) / known.length;
  if (mean <= 0) return null;
  if (value > mean * OUTLIER_FACTOR) return { mean, high: true };
  if (value < mean / OUTLIER_FACTOR) return { mean, high: false };
  return null;
}

/** Moves the focus to a report's cell (its first disaggregation when none is given), scrolled to the middle of the screen. */
export function focusCell(dataElementId: number, categoryOptionComboId: number | null): boolean {
  const sel = categoryOptionComboId === null ? `input[data-de="${dataElementId}"]` : `input[data-de="${dataElementId}"][data-coc="${categoryOptionComboId}"]`;
  const input = document.querySelector<HTMLInputElement>(sel) ?? document.querySelector<HTMLInputElement>(`input[data-de="${dataElementId}"]`);
  if (!input) return false;
  input.scrollIntoView({ block: 'center', inline: 'center' });
  input.focus({ preventScroll: true });
  input.select();
  const box = input.closest<HTMLElement>('td') ?? input;
  box.classList.remove('rp-flash');
  void box.offsetWidth; // restart the highlight
  box.classList.add('rp-flash');
  return true;
}
