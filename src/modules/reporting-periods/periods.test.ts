import { describe, expect, it } from 'vitest';
import {
  componentPeriods,
  deadlineOf,
  fromDhis2,
  isPeriodId,
  makePeriod,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodName,
  periodRange,
  periodsBetween,
  previousPeriod,
  toDhis2,
  type Period,
} from './periods.js';

const P = (id: string): Period => {
  const p = parsePeriod(id);
  if (!p) throw new Error(`bad id ${id}`);
  return p;
};
const ids = (ps: (Period | null)[]) => ps.map((p) => p?.id ?? null);

describe('period ids', () => {
  it('parses every type', () => {
    expect(parsePeriod('2025M03')).toEqual({ id: '2025M03', type: 'monthly', year: 2025, index: 3 });
    expect(parsePeriod('2025Q1')).toEqual({ id: '2025Q1', type: 'quarterly', year: 2025, index: 1 });
    expect(parsePeriod('2025S2')).toEqual({ id: '2025S2', type: 'six_monthly', year: 2025, index: 2 });
    expect(parsePeriod('2025N9')).toEqual({ id: '2025N9', type: 'nine_monthly', year: 2025, index: 1 });
    expect(parsePeriod('2025')).toEqual({ id: '2025', type: 'yearly', year: 2025, index: 1 });
  });
  it('rejects what is not an id', () => {
    for (const bad of [
      '2025M13',
      '2025M00',
      '2025M3',
      '2025Q5',
      '2025Q0',
      '2025S3',
      '2025N6',
      '1899',
      '2101',
      '25',
      '2025m03',
      '2025-03',
      '',
      ' 2025',
      '2025Q1 ',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
    expect(isPeriodId('2025Q2', 'quarterly')).toBe(true);
    expect(isPeriodId('2025Q2', 'monthly')).toBe(false);
  });
});

describe('calendar windows', () => {
  it('follows calendar months, leap years included', () => {
    expect(periodRange(P('2024M02'))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange(P('2025M02'))).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(periodRange(P('1900M02'))).toEqual({ start: '1900-02-01', end: '1900-02-28' });
    expect(periodRange(P('2000M02'))).toEqual({ start: '2000-02-01', end: '2000-02-29' });
    expect(periodRange(P('2025Q4'))).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodRange(P('2025S1'))).toEqual({ start: '2025-01-01', end: '2025-06-30' });
    expect(periodRange(P('2025N9'))).toEqual({ start: '2025-01-01', end: '2025-09-30' });
    expect(periodRange(P('2025'))).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
  it('finds the period of a date', () => {
    expect(periodContaining('monthly', '2025-12-31')?.id).toBe('2025M12');
    expect(periodContaining('quarterly', '2025-04-01')?.id).toBe('2025Q2');
    expect(periodContaining('six_monthly', '2025-07-01')?.id).toBe('2025S2');
    expect(periodContaining('nine_monthly', '2025-09-30')?.id).toBe('2025N9');
    expect(periodContaining('nine_monthly', '2025-10-01')).toBeNull();
    expect(periodContaining('yearly', '2024-02-29')?.id).toBe('2024');
  });
});

describe('Decree 09 windows', () => {
  it('runs a month from the 15th of the previous month to the 14th', () => {
    expect(periodRange(P('2025M03'), 'nd09')).toEqual({ start: '2025-02-15', end: '2025-03-14' });
    expect(periodRange(P('2025M01'), 'nd09')).toEqual({ start: '2024-12-15', end: '2025-01-14' });
    expect(periodRange(P('2025M12'), 'nd09')).toEqual({ start: '2025-11-15', end: '2025-12-14' });
  });
  it('quarters, six and nine months, the year', () => {
    expect(periodRange(P('2025Q1'), 'nd09')).toEqual({ start: '2024-12-15', end: '2025-03-14' });
    expect(periodRange(P('2025Q3'), 'nd09')).toEqual({ start: '2025-06-15', end: '2025-09-14' });
    expect(periodRange(P('2025S1'), 'nd09')).toEqual({ start: '2024-12-15', end: '2025-06-14' });
    expect(periodRange(P('2025S2'), 'nd09')).toEqual({ start: '2025-06-15', end: '2025-12-14' });
    expect(periodRange(P('2025N9'), 'nd09')).toEqual({ start: '2024-12-15', end: '2025-09-14' });
    expect(periodRange(P('2025'), 'nd09')).toEqual({ start: '2024-12-15', end: '2025-12-14' });
  });
  it('puts the 14th and the 15th in different periods, across the year end', () => {
    expect(periodContaining('monthly', '2025-03-14', 'nd09')?.id).toBe('2025M03');
    expect(periodContaining('monthly', '2025-03-15', 'nd09')?.id).toBe('2025M04');
    expect(periodContaining('monthly', '2025-12-14', 'nd09')?.id).toBe('2025M12');
    expect(periodContaining('monthly', '2025-12-15', 'nd09')?.id).toBe('2026M01');
    expect(periodContaining('yearly', '2025-12-15', 'nd09')?.id).toBe('2026');
    expect(periodContaining('quarterly', '2024-12-31', 'nd09')?.id).toBe('2025Q1');
    expect(periodContaining('nine_monthly', '2025-09-14', 'nd09')?.id).toBe('2025N9');
    expect(periodContaining('nine_monthly', '2025-09-15', 'nd09')).toBeNull();
    expect(periodContaining('monthly', '2100-12-15', 'nd09')).toBeNull();
  });
  it('every day of a year falls in exactly one month window', () => {
    const months = periodsBetween('monthly', '2024-01-01', '2024-12-31', 'nd09');
    for (let d = new Date('2024-01-01T00:00:00Z'); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      const holding = months.filter((m) => {
        const r = periodRange(m, 'nd09');
        return r.start <= day && day <= r.end;
      });
      expect(holding.length, day).toBe(1);
      expect(periodContaining('monthly', day, 'nd09')?.id).toBe(holding[0].id);
    }
  });
});

describe('navigation and lists', () => {
  it('steps across year ends', () => {
    expect(nextPeriod(P('2025M12'))?.id).toBe('2026M01');
    expect(previousPeriod(P('2025M01'))?.id).toBe('2024M12');
    expect(nextPeriod(P('2025Q4'))?.id).toBe('2026Q1');
    expect(previousPeriod(P('2025S1'))?.id).toBe('2024S2');
    expect(nextPeriod(P('2025N9'))?.id).toBe('2026N9');
    expect(previousPeriod(P('2025'))?.id).toBe('2024');
    expect(nextPeriod(P('2100M12'))).toBeNull();
    expect(previousPeriod(P('1900'))).toBeNull();
  });
  it('lists the periods overlapping a date range', () => {
    expect(ids(periodsBetween('quarterly', '2024-11-20', '2025-04-02'))).toEqual(['2024Q4', '2025Q1', '2025Q2']);
    expect(ids(periodsBetween('monthly', '2025-01-10', '2025-03-14', 'nd09'))).toEqual(['2025M01', '2025M02', '2025M03']);
    expect(ids(periodsBetween('yearly', '2024-12-20', '2024-12-31', 'nd09'))).toEqual(['2025']);
    expect(periodsBetween('monthly', '2025-02-01', '2025-01-01')).toEqual([]);
  });
});

describe('composition', () => {
  it('months make quarters, quarters make years', () => {
    expect(ids(componentPeriods(P('2025Q2'), 'monthly'))).toEqual(['2025M04', '2025M05', '2025M06']);
    expect(ids(componentPeriods(P('2025'), 'quarterly'))).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(componentPeriods(P('2025'), 'monthly')).toHaveLength(12);
    expect(ids(componentPeriods(P('2025S2'), 'quarterly'))).toEqual(['2025Q3', '2025Q4']);
    expect(ids(componentPeriods(P('2025N9'), 'quarterly'))).toEqual(['2025Q1', '2025Q2', '2025Q3']);
    expect(ids(componentPeriods(P('2025'), 'six_monthly'))).toEqual(['2025S1', '2025S2']);
  });
  it('gives nothing when finer periods do not fit exactly', () => {
    expect(componentPeriods(P('2025N9'), 'six_monthly')).toEqual([]);
    expect(componentPeriods(P('2025Q1'), 'yearly')).toEqual([]);
    expect(componentPeriods(P('2025M01'), 'quarterly')).toEqual([]);
  });
});

describe('DHIS2 ids and names', () => {
  it('maps to and from DHIS2', () => {
    expect(['2025M03', '2025Q1', '2025S1', '2025S2', '2025'].map((i) => toDhis2(P(i)))).toEqual(['202503', '2025Q1', '2025S1', '2025S2', '2025']);
    expect(toDhis2(P('2025N9'))).toBeNull();
    expect(fromDhis2('202503')?.id).toBe('2025M03');
    expect(fromDhis2('2025Q4')?.id).toBe('2025Q4');
    expect(fromDhis2('2025')?.id).toBe('2025');
    for (const bad of ['202513', '2025N9', '2025M03', '2025W10', '2025BiW1', 'abc']) expect(fromDhis2(bad), bad).toBeNull();
  });
  it('names periods in Vietnamese and English', () => {
    expect(['2025M03', '2025Q1', '2025Q4', '2025S1', '2025S2', '2025N9', '2025'].map((i) => periodName(P(i)))).toEqual([
      'Tháng 3/2025',
      'Quý I/2025',
      'Quý IV/2025',
      '6 tháng đầu năm 2025',
      '6 tháng cuối năm 2025',
      '9 tháng năm 2025',
      'Năm 2025',
    ]);
    expect(['2025M03', '2025Q1', '2025S2', '2025N9', '2025'].map((i) => periodName(P(i), 'en'))).toEqual([
      'March 2025',
      'Q1 2025',
      'Second half of 2025',
      'First nine months of 2025',
      'Year 2025',
    ]);
  });
  it('computes deadlines after the window end', () => {
    expect(deadlineOf(makePeriod('quarterly', 2025, 1), 'calendar', 10)).toBe('2025-04-10');
    expect(deadlineOf(makePeriod('yearly', 2025), 'nd09', 20)).toBe('2026-01-03');
  });
});
