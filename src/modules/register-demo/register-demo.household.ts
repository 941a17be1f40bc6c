import type { Housing, PovertyStatus } from '../../db/schema.register.js';
import { POVERTY_LINE } from './register-demo.calibration.js';
import type { Draw } from './register-demo.random.js';

/** Living conditions of a generated household (codes of src/modules/register/register.codes.ts). */
export interface Conditions {
  housing: Housing;
  residentialLandM2: number;
  productionLandM2: number | null;
  waterSource: string;
  electricity: string;
  toiletType: string;
  mainLivelihood: string;
  internetAccess: string;
  smartphones: number;
  computers: number;
  phone: string | null;
}

/** A year's classification of a household. */
export interface PovertyYear {
  year: number;
  status: PovertyStatus;
  /** Monthly income per person, đồng. */
  incomePerCapita: number;
  deprivations: string[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Housing, water, sanitation, land, livelihood and means of information, all drawn around the
 * household's wealth rank (0 = most deprived of its commune) so that poor households live in
 * worse conditions, as the 2022–2025 standard's deprivation indicators presume.
 */
export function householdConditions(d: Draw, wealth: number, urban: boolean, adults: number, remote: boolean): Conditions {
  const s = () => wealth + d.normal(0, 0.12);
  const h = s();
  const housing: Housing = h < 0.05 ? 'makeshift' : h < (urban ? 0.2 : 0.5) ? 'semi_solid' : 'solid';
  const w = s();
  const waterSource = urban
    ? d.weighted([
        ['piped', 85],
        ['drilled_well', 10],
        ['bought', 5],
      ])
    : w < 0.1
      ? d.weighted([
          ['spring', 60],
          ['surface', 30],
          ['rainwater', 10],
        ])
      : w < 0.45
        ? d.weighted([
            ['spring', 40],
            ['dug_well', 35],
            ['drilled_well', 25],
          ])
        : d.weighted([
            ['piped', 35],
            ['drilled_well', 35],
            ['dug_well', 20],
            ['spring', 10],
          ]);
  const e = s();
  const electricity = e < 0.02 && remote ? 'off_grid' : e < 0.004 ? 'none' : 'grid';
  const t = s();
  const toiletType = urban
    ? t < 0.1
      ? 'semi_septic'
      : 'septic'
    : t < 0.08
      ? d.weighted([
          ['none', 40],
          ['unhygienic', 60],
        ])
      : t < 0.4
        ? d.weighted([
            ['ventilated_pit', 35],
            ['double_vault', 35],
            ['unhygienic', 30],
          ])
        : d.weighted([
            ['semi_septic', 45],
            ['septic', 55],
          ]);
  const mainLivelihood = urban
    ? d.weighted([
        ['wage', 40],
        ['trade_services', 30],
        ['pension_allowance', 12],
        ['handicraft', 5],
        ['crops', 8],
        ['other', 5],
      ])
    : d.weighted([
        ['crops', 45],
        ['livestock', 12],
        ['forestry', remote ? 14 : 6],
        ['wage', 18],
        ['trade_services', 7],
        ['handicraft', 2],
        ['aquaculture', 2],
        ['pension_allowance', 4],
      ]);
  const i = s();
  const internetAccess = urban
    ? i < 0.15
      ? 'mobile'
      : 'fixed'
    : i < 0.15
      ? d.weighted([
          ['none', 50],
          ['mobile', 50],
        ])
      : d.weighted([
          ['fixed', 45],
          ['mobile', 50],
          ['none', 5],
        ]);
  const smartphones = Math.max(0, Math.min(adults, Math.round(adults * (0.25 + s() * 0.8) + d.normal(0, 0.4))));
  const computers = s() > (urban ? 0.55 : 0.85) ? (d.chance(0.15) ? 2 : 1) : 0;
  const phone = d.chance(0.55 + wealth * 0.4) ? `0${d.pick(['3', '5', '7', '8', '9'])}${String(d.int(0, 99_999_999)).padStart(8, '0')}` : null;
  return {
    housing,
    residentialLandM2: round1(urban ? 50 + d.u() * 150 : Math.exp(d.normal(Math.log(450), 0.5))),
    productionLandM2: urban && d.chance(0.8) ? null : round1(Math.exp(d.normal(Math.log(urban ? 800 : 5000), 0.7))),
    waterSource,
    electricity,
    toiletType,
    mainLivelihood,
    internetAccess,
    smartphones,
    computers,
    phone,
  };
}

const ALL_DEPRIVATIONS = [
  'employment',
  'dependants',
  'nutrition',
  'health_insurance',
  'adult_education',
  'school_attendance',
  'housing_quality',
  'housing_area',
  'domestic_water',
  'toilet',
  'telecom',
  'information_access',
];

/** Deprivations the household's recorded conditions already show. */
function evidentDeprivations(c: Conditions): string[] {
  const out: string[] = [];
  if (c.housing === 'makeshift') out.push('housing_quality');
  if (c.waterSource === 'surface' || c.waterSource === 'rainwater') out.push('domestic_water');
  if (c.toiletType === 'none' || c.toiletType === 'unhygienic') out.push('toilet');
  if (c.internetAccess === 'none' && c.smartphones === 0) out.push('telecom');
  if (c.smartphones === 0 && c.computers === 0) out.push('information_access');
  return out;
}

/**
 * A yearly classification consistent with Decree 07/2021/NĐ-CP: poor and near-poor households have
 * an income at or under the poverty line, the poor with at least three of the 12 deprivations and
 * the near-poor with fewer; households above the line carry at most two.
 */
export function povertyYear(d: Draw, year: number, status: PovertyStatus, c: Conditions, urban: boolean, income2025: number): PovertyYear {
  const line = urban ? POVERTY_LINE.urban : POVERTY_LINE.rural;
  const evident = evidentDeprivations(c);
  const [min, max] = status === 'poor' ? [3, 6] : [0, 2];
  const want = Math.max(min, Math.min(max, d.int(min, max)));
  const chosen = new Set(evident.slice(0, max));
  while (chosen.size < want) chosen.add(d.pick(ALL_DEPRIVATIONS));
  // Incomes grew by about 8 % a year; the classification bounds them by the line.
  const grown = income2025 / 1.08 ** (2025 - year);
  const incomePerCapita = status === 'not_poor' ? Math.max(grown, line * (1.02 + d.u() * 0.3)) : line * (0.45 + d.u() * 0.53);
  return { year, status, incomePerCapita: Math.round(incomePerCapita / 1000) * 1000, deprivations: [...chosen].sort() };
}

/** Income band code of a monthly income per person (đồng). */
export function incomeBand(income: number): string {
  return income < 1_500_000 ? 'below_1500' : income < 2_000_000 ? '1500_2000' : income < 4_000_000 ? '2000_4000' : 'above_4000';
}
