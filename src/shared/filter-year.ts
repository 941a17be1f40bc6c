/** The year a dashboard filter's periods stand for (the last period's), or `fallback` when it names none. */
export function filterYear(f: { periods?: string[] }, fallback: number, thisYear = new Date().getFullYear()): number {
  const last = f.periods?.[f.periods.length - 1];
  if (!last) return fallback;
  if (/^\d{4}/.test(last)) return Number(last.slice(0, 4));
  return last === 'LAST_YEAR' ? thisYear - 1 : thisYear;
}
