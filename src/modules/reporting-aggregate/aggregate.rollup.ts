import { componentPeriods, type Period, type PeriodType } from '../reporting-periods/periods.js';

export type Aggregation = 'sum' | 'average' | 'last';

/** Coarsest first: a value stored for the period itself wins over values of its parts. */
const ORDER: PeriodType[] = ['yearly', 'nine_monthly', 'six_monthly', 'quarterly', 'monthly'];

/** Period ids whose values may make up `p`: itself and its finer parts, by type, coarsest first. */
export function sourcePeriods(p: Period): { type: PeriodType; periods: Period[] }[] {
  return ORDER.map((type) => ({ type, periods: componentPeriods(p, type) })).filter((s) => s.periods.length > 0);
}

/** The values stored for one cell in periods of one type, summed up by the database. */
export interface Stored {
  type: PeriodType;
  count: number;
  sum: number;
  /** The value of the latest period. */
  last: number;
  /** The periods (in no particular order). */
  periods: string[];
}

/**
 * One cell (element × option combination × unit) over a period from the values stored for it:
 * the values of the coarsest period type that has any (so months are not added to a quarter
 * already reported), combined by the element's aggregation over time.
 */
export function rollUp(stored: Stored[], sources: ReturnType<typeof sourcePeriods>, agg: Aggregation): { value: number; periods: string[] } | null {
  for (const s of sources) {
    const hit = stored.find((x) => x.type === s.type);
    if (!hit) continue;
    if (agg === 'last') return { value: hit.last, periods: hit.periods };
    return { value: agg === 'average' ? hit.sum / hit.count : hit.sum, periods: hit.periods };
  }
  return null;
}

/** Weighted total over units: sums for `sum` and `last` (stocks add up across units), a weighted mean for `average`. */
export function combine(cells: { value: number; weight: number }[], agg: Aggregation): number | null {
  const used = cells.filter((c) => c.weight > 0);
  if (!used.length) return null;
  const total = used.reduce((t, c) => t + c.value * c.weight, 0);
  const out = agg === 'average' ? total / used.reduce((t, c) => t + c.weight, 0) : total;
  return Math.round(out * 1e6) / 1e6;
}
