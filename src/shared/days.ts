/**
 * Calendar dates as the product stores and shows them: ISO `YYYY-MM-DD` strings, days in Vietnam
 * (UTC+7, no daylight saving). Runs in the server and the browser; no dependencies, so the browser's
 * first pages can use it without the validation library (the API's date schema is in dates.ts).
 */

const VN_OFFSET_MS = 7 * 3600_000;

/** A valid calendar date between 1900 and 2100, as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2100-12-31';
}

/** The day in Vietnam at an instant, as YYYY-MM-DD. */
export function dayInVN(t: Date | number): string {
  return new Date(new Date(t).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Vietnam as YYYY-MM-DD. */
export function todayVN(): string {
  return dayInVN(Date.now());
}

/** The date n days after (n < 0: before) an ISO date. */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The instant a day starts in Vietnam (for filters on timestamps by date). */
export function startOfDayVN(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}
