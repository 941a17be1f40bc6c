import type { TFunction } from 'i18next';
import { fmtNumber } from '../../lib/format.js';
import { AGE_BANDS, type CommuneProfile } from './profileApi.js';

const MALE = '#1677ff';
const FEMALE = '#eb2f96';
const POOR = '#cf1322';
const NEAR_POOR = '#fa8c16';

/** Ethnic groups with people, biggest first, at most `limit` of them (the rest go to the table). */
function topGroups(p: CommuneProfile, limit = 12) {
  return [...p.byEthnic]
    .filter((e) => e.persons > 0)
    .sort((a, b) => b.persons - a.persons)
    .slice(0, limit);
}

const pct = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

/** Horizontal bars: persons per ethnic group. */
export function ethnicBarOption(p: CommuneProfile, t: TFunction) {
  const groups = topGroups(p).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmtNumber(v) },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmtNumber(v) } },
    yAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        name: t('registerTools.profile.persons'),
        type: 'bar',
        data: groups.map((g) => g.persons),
        itemStyle: { color: '#0b6e4f' },
        label: { show: true, position: 'right', formatter: (x: { value: number }) => fmtNumber(x.value) },
      },
    ],
  };
}

/** Population pyramid: men to the left (drawn as negative), women to the right, youngest at the bottom. */
export function pyramidOption(p: CommuneProfile, t: TFunction) {
  const rows = AGE_BANDS.map((band) => p.byAgeSex.find((r) => r.band === band) ?? { band, male: 0, female: 0 });
  const abs = (v: number) => fmtNumber(Math.abs(v));
  // Symmetric axis with room at both ends, so the outer labels never run into the band names.
  const most = Math.max(1, ...rows.flatMap((r) => [r.male, r.female]));
  const step = 10 ** Math.floor(Math.log10(most * 1.3));
  const edge = Math.ceil((most * 1.3) / step) * step;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => abs(v) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: -edge, max: edge, axisLabel: { formatter: (v: number) => abs(v) } },
    yAxis: { type: 'category', data: rows.map((r) => r.band), axisTick: { show: false } },
    series: [
      {
        name: t('registerTools.profile.male'),
        type: 'bar',
        stack: 'sex',
        data: rows.map((r) => -r.male),
        itemStyle: { color: MALE },
        label: { show: true, position: 'left', formatter: (x: { value: number }) => abs(x.value) },
      },
      {
        name: t('registerTools.profile.female'),
        type: 'bar',
        stack: 'sex',
        data: rows.map((r) => r.female),
        itemStyle: { color: FEMALE },
        label: { show: true, position: 'right', formatter: (x: { value: number }) => abs(x.value) },
      },
    ],
  };
}

/** Poor and near-poor household rates (%) per ethnic group of the household head. */
export function povertyRateOption(p: CommuneProfile, t: TFunction) {
  const groups = [...p.byEthnic]
    .filter((e) => e.households > 0)
    .sort((a, b) => b.households - a.households)
    .slice(0, 12)
    .reverse();
  const fmt = (v: number) => `${fmtNumber(v)}%`;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
    legend: { top: 0 },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    // Up to the largest rate (rounded up to 10%), not always 100%: small rates stay readable.
    xAxis: {
      type: 'value',
      min: 0,
      max: (v: { max: number }) => Math.min(100, Math.max(10, Math.ceil(v.max / 10) * 10)),
      axisLabel: { formatter: '{value}%' },
    },
    yAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        name: t('registerTools.profile.poorRate'),
        type: 'bar',
        data: groups.map((g) => pct(g.poor, g.households)),
        itemStyle: { color: POOR },
        label: { show: true, position: 'right', formatter: (x: { value: number }) => (x.value ? fmt(x.value) : '') },
      },
      {
        name: t('registerTools.profile.nearPoorRate'),
        type: 'bar',
        data: groups.map((g) => pct(g.nearPoor, g.households)),
        itemStyle: { color: NEAR_POOR },
        label: { show: true, position: 'right', formatter: (x: { value: number }) => (x.value ? fmt(x.value) : '') },
      },
    ],
  };
}

export { pct };
