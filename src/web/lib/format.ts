import dayjs, { type Dayjs } from 'dayjs';
import i18n from '../i18n/index.js';

/** Dates as the UI shows them. */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** Dates as the API takes them. */
export const ISO = 'YYYY-MM-DD';

/** `YYYY-MM-DD` → `dd/mm/yyyy`; empty for null. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso.slice(0, 10), ISO, true);
  return d.isValid() ? d.format(DATE_FORMAT) : iso;
}

/** A timestamp in local time, `dd/mm/yyyy HH:mm:ss`. */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(`${DATE_FORMAT} HH:mm:ss`) : iso;
}

export function toIso(d: Dayjs | null | undefined): string | undefined {
  return d ? d.format(ISO) : undefined;
}

export function fromIso(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso, ISO);
  return d.isValid() ? d : null;
}

const numberFormats = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/** 1.234.567,8 in Vietnamese, 1,234,567.8 in English. */
export function fmtNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '';
  return (i18n.language === 'en' ? numberFormats.en : numberFormats.vi).format(n);
}

/** Vietnamese ordering of names (đ after d, tones in dictionary order). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function byName<T>(get: (x: T) => string) {
  return (a: T, b: T) => viCollator.compare(get(a), get(b));
}
