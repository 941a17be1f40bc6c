import { AppError } from '../../server/errors.js';
import { todayVN } from '../../shared/dates.js';

/** The range of dates the API accepts (docs/api-contract.md). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** A query-string date field: kept loose in the schema so a bad value gets its own translated message. */
export function checkDate(value: string, field: string): string {
  // Rejects impossible days such as 2025-02-30, which Date would roll over.
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) {
    throw new AppError(400, 'invalid_date', { value }, [{ field, code: 'invalid_date', value, params: { value } }]);
  }
  if (value < MIN_DATE || value > MAX_DATE) {
    throw new AppError(400, 'date_out_of_range', { min: MIN_DATE, max: MAX_DATE }, [
      { field, code: 'date_out_of_range', value, params: { min: MIN_DATE, max: MAX_DATE } },
    ]);
  }
  return value;
}

/** The date a request is "as of": the `date` field when given (checked), else today in Vietnam. */
export function asOf(value: string | undefined, field = 'date'): string {
  return value === undefined || value === '' ? todayVN() : checkDate(value, field);
}

/** Whether a validity range (inclusive, null = open) covers a date. */
export function validOn(u: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
}

/** The date nearest to `date` on which the unit is valid: how a unit outside the asked date is still described. */
export function clampToValidity(u: { validFrom: string | null; validTo: string | null }, date: string): string {
  if (u.validFrom !== null && date < u.validFrom) return u.validFrom;
  if (u.validTo !== null && date > u.validTo) return u.validTo;
  return date;
}
