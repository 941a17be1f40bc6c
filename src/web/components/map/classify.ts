/**
 * Legend classes for choropleth maps: pure functions, no browser or ECharts needed. A classification is
 * its breaks, ascending, from the lowest value to the highest: class i holds values v with
 * breaks[i] ≤ v < breaks[i + 1], the last class also its upper break.
 */
export type Method = 'equal' | 'quantile' | 'fixed';

const finite = (values: (number | null | undefined)[]) => values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** Removes repeated breaks (a class can only be as narrow as one value). */
const distinct = (breaks: number[]) => breaks.filter((b, i) => i === 0 || b > breaks[i - 1]);

/** `k` classes of equal width between the smallest and largest value. One class when all values are equal; none without values. */
export function equalInterval(values: (number | null | undefined)[], k: number): number[] {
  const v = finite(values);
  if (!v.length) return [];
  const min = Math.min(...v);
  const max = Math.max(...v);
  if (min === max || k < 2) return [min, max];
  const width = (max - min) / k;
  return [min, ...Array.from({ length: k - 1 }, (_, i) => min + width * (i + 1)), max];
}

/**
 * `k` classes holding about as many units each: break i is the smallest value at rank ⌈i·n/k⌉ of the
 * sorted values. Ties can make fewer classes (never an empty one).
 */
export function quantiles(values: (number | null | undefined)[], k: number): number[] {
  const v = finite(values).sort((a, b) => a - b);
  if (!v.length) return [];
  const n = v.length;
  if (k < 2 || v[0] === v[n - 1]) return [v[0], v[n - 1]];
  const inner = Array.from({ length: k - 1 }, (_, i) => v[Math.ceil(((i + 1) * n) / k)] ?? v[n - 1]);
  return distinct([v[0], ...inner.filter((b) => b > v[0] && b <= v[n - 1]), v[n - 1]]).filter((b, i, all) => i < all.length - 1 || b >= all[0]);
}

/**
 * Breaks the user chose (any order, repeats ignored), extended by the lowest and highest value when the
 * data reach beyond them, so every value falls in a class.
 */
export function fixedBreaks(values: (number | null | undefined)[], chosen: number[]): number[] {
  const v = finite(values);
  const b = distinct([...finite(chosen)].sort((x, y) => x - y));
  if (!v.length) return b;
  const min = Math.min(...v);
  const max = Math.max(...v);
  return distinct([...(min < (b[0] ?? Infinity) ? [min] : []), ...b, ...(max > (b[b.length - 1] ?? -Infinity) ? [max] : [])]);
}

/** Breaks by the method chosen; `k` classes for equal interval and quantiles, `chosen` for fixed breaks. */
export function classify(method: Method, values: (number | null | undefined)[], k: number, chosen: number[] = []): number[] {
  if (method === 'equal') return equalInterval(values, k);
  if (method === 'quantile') return quantiles(values, k);
  return fixedBreaks(values, chosen);
}

/** The class (0-based) of a value, or -1 for no value or a value outside the breaks. */
export function classOf(value: number | null | undefined, breaks: number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || breaks.length < 2) return -1;
  if (value < breaks[0] || value > breaks[breaks.length - 1]) return -1;
  for (let i = 0; i < breaks.length - 2; i++) if (value < breaks[i + 1]) return i;
  return breaks.length - 2;
}

/**
 * Fixed breaks typed by a user: numbers separated by ";" or spaces, with a decimal point or comma
 * ("5; 12,5; 20"). Null when a part is not a number.
 */
export function parseBreaks(text: string): number[] | null {
  const parts = text
    .split(/[;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: number[] = [];
  for (const p of parts) {
    if (!/^-?\d+([.,]\d+)?$/.test(p)) return null;
    out.push(Number(p.replace(',', '.')));
  }
  return out;
}

/** Greens from light to dark (ColorBrewer "Greens", 7 classes). */
const GREENS = ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'];

/** `n` colours from light to dark, spread over the palette. */
export function classColours(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [GREENS[4]];
  return Array.from({ length: n }, (_, i) => GREENS[Math.round((i * (GREENS.length - 1)) / (n - 1))]);
}
