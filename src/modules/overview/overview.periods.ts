import { makePeriod, periodContaining, periodRange, previousPeriod, type Cutoff, type Period, type PeriodType } from '../reporting-periods/periods.js';

/** The latest period of a type that has ended before `today`: the one reports are due for. */
export function lastEndedPeriod(type: PeriodType, today: string, cutoff: Cutoff): Period | null {
  // A nine-month period covers only part of the year: from October on, the year's one has ended.
  let p: Period | null = periodContaining(type, today, cutoff) ?? makePeriod(type, Number(today.slice(0, 4)), 1);
  for (let i = 0; i < 3 && p; i++) {
    if (periodRange(p, cutoff).end < today) return p;
    p = previousPeriod(p);
  }
  return null;
}
