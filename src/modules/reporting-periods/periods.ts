/**
 * Reporting periods: stable ids (2025M03, 2025Q1, 2025S1, 2025N9, 2025), their date windows under a
 * cut-off calendar, navigation, composition and DHIS2 ids. Pure functions over 'YYYY-MM-DD' strings.
 */
export type PeriodType = 'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly';
/** `calendar`: calendar months. `nd09`: Decree 09/2019/NĐ-CP, a month runs from the 15th of the previous month to the 14th. */
export type Cutoff = 'calendar' | 'nd09';

export const PERIOD_TYPES: readonly PeriodType[] = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'];
export const CUTOFFS: readonly Cutoff[] = ['calendar', 'nd09'];

export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine-month and yearly periods. */
  index: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const COUNT: Record<PeriodType, number> = { monthly: 12, quarterly: 4, six_monthly: 2, nine_monthly: 1, yearly: 1 };
/** Calendar months a period spans: [first, last] for index i. */
const MONTHS: Record<PeriodType, (i: number) => [number, number]> = {
  monthly: (i) => [i, i],
  quarterly: (i) => [3 * i - 2, 3 * i],
  six_monthly: (i) => [6 * i - 5, 6 * i],
  nine_monthly: () => [1, 9],
  yearly: () => [1, 12],
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function makePeriod(type: PeriodType, year: number, index = 1): Period {
  const suffix = { monthly: `M${pad(index)}`, quarterly: `Q${index}`, six_monthly: `S${index}`, nine_monthly: 'N9', yearly: '' }[type];
  return { id: `${year}${suffix}`, type, year, index };
}

const ID = /^(\d{4})(?:M(\d{2})|Q([1-4])|S([12])|(N9))?$/;

/** Reads a period id; null when it is not one (wrong shape, month 13, year outside 1900–2100). */
export function parsePeriod(id: string): Period | null {
  const m = ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? makePeriod('monthly', year, month) : null;
  }
  if (m[3] !== undefined) return makePeriod('quarterly', year, Number(m[3]));
  if (m[4] !== undefined) return makePeriod('six_monthly', year, Number(m[4]));
  if (m[5] !== undefined) return makePeriod('nine_monthly', year);
  return makePeriod('yearly', year);
}

export function isPeriodId(id: string, type?: PeriodType): boolean {
  const p = parsePeriod(id);
  return !!p && (!type || p.type === type);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day (inclusive) of a period under a cut-off calendar. */
export function periodRange(p: Period, cutoff: Cutoff = 'calendar'): { start: string; end: string } {
  const [first, last] = MONTHS[p.type](p.index);
  if (cutoff === 'calendar') {
    return { start: `${p.year}-${pad(first)}-01`, end: `${p.year}-${pad(last)}-${pad(lastDay(p.year, last))}` };
  }
  // Decree 09: from the 15th of the month before the first month to the 14th of the last month.
  const startYear = first === 1 ? p.year - 1 : p.year;
  const startMonth = first === 1 ? 12 : first - 1;
  return { start: `${startYear}-${pad(startMonth)}-15`, end: `${p.year}-${pad(last)}-14` };
}

/** The period of a type that contains a date, or null (a nine-month period covers only part of a year). */
export function periodContaining(type: PeriodType, date: string, cutoff: Cutoff = 'calendar'): Period | null {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (cutoff === 'nd09' && day >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  for (let i = 1; i <= COUNT[type]; i++) {
    const [first, last] = MONTHS[type](i);
    if (month >= first && month <= last) return makePeriod(type, year, i);
  }
  return null;
}

/** The next period of the same type (null past 2100). */
export function nextPeriod(p: Period): Period | null {
  const year = p.index < COUNT[p.type] ? p.year : p.year + 1;
  if (year > MAX_YEAR) return null;
  return makePeriod(p.type, year, p.index < COUNT[p.type] ? p.index + 1 : 1);
}

/** The previous period of the same type (null before 1900). */
export function previousPeriod(p: Period): Period | null {
  const year = p.index > 1 ? p.year : p.year - 1;
  if (year < MIN_YEAR) return null;
  return makePeriod(p.type, year, p.index > 1 ? p.index - 1 : COUNT[p.type]);
}

/** Periods of a type whose window overlaps [from, to], in order. */
export function periodsBetween(type: PeriodType, from: string, to: string, cutoff: Cutoff = 'calendar'): Period[] {
  if (from > to) return [];
  const out: Period[] = [];
  let year = Math.max(MIN_YEAR, Number(from.slice(0, 4)));
  const lastYear = Math.min(MAX_YEAR, Number(to.slice(0, 4)) + 1);
  for (; year <= lastYear; year++) {
    for (let i = 1; i <= COUNT[type]; i++) {
      const p = makePeriod(type, year, i);
      const r = periodRange(p, cutoff);
      if (r.end >= from && r.start <= to) out.push(p);
    }
  }
  return out;
}

/** Finer periods that make up a coarser one exactly (e.g. months of a quarter), or [] when they do not fit. */
export function componentPeriods(p: Period, finer: PeriodType): Period[] {
  const [first, last] = MONTHS[p.type](p.index);
  const out: Period[] = [];
  for (let i = 1; i <= COUNT[finer]; i++) {
    const [f, l] = MONTHS[finer](i);
    if (f >= first && l <= last) out.push(makePeriod(finer, p.year, i));
  }
  const covered = out.reduce((n, q) => n + MONTHS[finer](q.index)[1] - MONTHS[finer](q.index)[0] + 1, 0);
  return covered === last - first + 1 && (finer !== p.type || out.length === 1) ? out : [];
}

/** DHIS2's id for a period (202503, 2025Q1, 2025S1, 2025); null for nine months (DHIS2 has none). */
export function toDhis2(p: Period): string | null {
  switch (p.type) {
    case 'monthly':
      return `${p.year}${pad(p.index)}`;
    case 'quarterly':
      return `${p.year}Q${p.index}`;
    case 'six_monthly':
      return `${p.year}S${p.index}`;
    case 'yearly':
      return String(p.year);
    default:
      return null;
  }
}

/** Our period for a DHIS2 period id (the forms toDhis2 writes), or null. */
export function fromDhis2(id: string): Period | null {
  const month = /^(\d{4})(\d{2})$/.exec(id);
  if (month) return parsePeriod(`${month[1]}M${month[2]}`);
  if (/^\d{4}(Q[1-4]|S[12])?$/.test(id)) return parsePeriod(id);
  return null;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Display name: "Tháng 3/2025", "Quý I/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025", "Năm 2025". */
export function periodName(p: Period, lang: 'vi' | 'en' = 'vi'): string {
  if (lang === 'en') {
    switch (p.type) {
      case 'monthly':
        return `${MONTH_EN[p.index]} ${p.year}`;
      case 'quarterly':
        return `Q${p.index} ${p.year}`;
      case 'six_monthly':
        return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
      case 'nine_monthly':
        return `First nine months of ${p.year}`;
      default:
        return `Year ${p.year}`;
    }
  }
  switch (p.type) {
    case 'monthly':
      return `Tháng ${p.index}/${p.year}`;
    case 'quarterly':
      return `Quý ${ROMAN[p.index]}/${p.year}`;
    case 'six_monthly':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine_monthly':
      return `9 tháng năm ${p.year}`;
    default:
      return `Năm ${p.year}`;
  }
}

/** The day a report is due: `days` after the period's last day. */
export function deadlineOf(p: Period, cutoff: Cutoff, days: number): string {
  const end = new Date(`${periodRange(p, cutoff).end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return end.toISOString().slice(0, 10);
}
