import type { Sex } from '../../db/schema.register.js';
import { DAO, KINH, MONG, MUONG, TAY, THAI } from './register-demo.calibration.js';
import { SNAPSHOT_YEAR, type Kin } from './register-demo.family.js';
import type { Weighted } from './register-demo.names.js';
import { Table, type Draw } from './register-demo.random.js';

/** Personal attributes of a generated person (codes of src/modules/register/register.codes.ts). */
export interface PersonTraits {
  maritalStatus: string | null;
  educationLevel: string | null;
  literate: boolean | null;
  speaksVietnamese: boolean | null;
  schoolEnrolment: string | null;
  occupation: string | null;
  healthInsurance: boolean;
  disability: string;
}

/** What the household tells about its members' chances: poorer or not, urban or not. */
export interface Setting {
  /** 0 = most deprived household of its commune, 1 = best off. */
  wealth: number;
  urban: boolean;
  poor: boolean;
}

const RELIGIONS: Readonly<Record<string, Weighted<string>>> = {
  [KINH]: [
    ['none', 90],
    ['buddhism', 5],
    ['catholicism', 5],
  ],
  [MUONG]: [
    ['none', 96],
    ['catholicism', 2.5],
    ['buddhism', 1],
    ['protestantism', 0.5],
  ],
  [THAI]: [
    ['none', 98],
    ['buddhism', 1],
    ['other', 1],
  ],
  [TAY]: [
    ['none', 98],
    ['buddhism', 1],
    ['other', 1],
  ],
  [DAO]: [
    ['none', 95],
    ['protestantism', 3],
    ['other', 2],
  ],
  [MONG]: [
    ['none', 64],
    ['protestantism', 34],
    ['catholicism', 2],
  ],
};
const religionTables = new Map(Object.entries(RELIGIONS).map(([k, v]) => [k, new Table(v)]));

/** The religion a household follows (members share it). */
export function religionOf(d: Draw, ethnicCode: string): string {
  return (religionTables.get(ethnicCode) ?? religionTables.get(KINH)!).draw(d);
}

const LEVELS = ['none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'college', 'university', 'postgraduate'] as const;
// Highest level completed by adults, by cohort (age 60+, 35–59, 18–34).
const COHORT_LEVELS = [
  [20, 45, 25, 7, 2, 0.6, 0.4, 0],
  [5, 25, 40, 18, 6, 3, 2.8, 0.2],
  [2, 8, 30, 35, 10, 6, 8.5, 0.5],
];
const LOW_GROUPS: Readonly<Record<string, number>> = { [MONG]: 3, [DAO]: 1.8, [THAI]: 1.2, [TAY]: 1.2 };

function adultEducation(d: Draw, age: number, ethnicCode: string, s: Setting): string {
  const base = COHORT_LEVELS[age >= 60 ? 0 : age >= 35 ? 1 : 2];
  // Deprivation and remoteness push weight to the lower levels; towns to the higher ones.
  const low = (LOW_GROUPS[ethnicCode] ?? 1) * (s.poor ? 1.8 : 1) * (s.urban ? 0.5 : 1) * (1.4 - s.wealth * 0.6);
  const high = (s.urban ? 2.2 : 1) * (ethnicCode === KINH ? 1.4 : 1) * (0.5 + s.wealth);
  const weights = base.map((w, i) => w * (i <= 1 ? low : i >= 4 ? high : 1));
  let r = d.u() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return LEVELS[i];
  }
  return 'none';
}

const RURAL_WORK: Weighted<string> = [
  ['Làm ruộng', 40],
  ['Chăn nuôi', 6],
  ['Trồng rừng', 7],
  ['Làm thuê', 12],
  ['Công nhân', 12],
  ['Buôn bán', 5],
  ['Nội trợ', 5],
  ['Thợ xây', 3],
  ['Lái xe', 2],
  ['Giáo viên', 2],
  ['Cán bộ, công chức', 2],
  ['Thợ may', 1],
  ['Không có việc làm', 3],
];
const URBAN_WORK: Weighted<string> = [
  ['Công nhân', 20],
  ['Buôn bán', 20],
  ['Cán bộ, công chức', 12],
  ['Làm thuê', 10],
  ['Giáo viên', 6],
  ['Kinh doanh dịch vụ', 10],
  ['Lái xe', 4],
  ['Thợ xây', 4],
  ['Nội trợ', 5],
  ['Nhân viên văn phòng', 6],
  ['Làm ruộng', 3],
  ['Không có việc làm', 3],
];
const ruralWork = new Table(RURAL_WORK);
const urbanWork = new Table(URBAN_WORK);

function occupationOf(d: Draw, age: number, enrolled: boolean, s: Setting): string | null {
  if (age < 6) return null;
  if (enrolled) return age <= 18 ? 'Học sinh' : 'Sinh viên';
  if (age < 15) return null;
  if (age >= 65) return d.chance(0.2) ? 'Hưu trí' : d.chance(0.5) ? 'Làm ruộng' : 'Không có việc làm';
  return (s.urban ? urbanWork : ruralWork).draw(d);
}

function speaksVietnamese(d: Draw, age: number, sex: Sex, code: string): boolean | null {
  if (age < 3) return null;
  if (code === KINH) return true;
  if (code === MONG) return d.chance(age >= 50 ? (sex === 'female' ? 0.45 : 0.8) : 0.93);
  return d.chance(code === DAO ? 0.95 : code === MUONG ? 0.995 : 0.98);
}

function marital(d: Draw, kin: Kin, age: number): string | null {
  if (age < 16) return 'single';
  if (kin.spouseOf !== undefined) return 'married';
  if (kin.relationship === 'father' || kin.relationship === 'mother') return 'widowed';
  if (kin.relationship === 'head') {
    if (age >= 60)
      return d.weighted([
        ['widowed', 75],
        ['divorced', 8],
        ['single', 12],
        ['separated', 5],
      ]);
    return d.weighted([
      ['single', 50],
      ['divorced', 25],
      ['widowed', 12],
      ['separated', 8],
      ['married', 5],
    ]);
  }
  return age < 22 || d.chance(0.75) ? 'single' : 'married';
}

/** Attributes of one person, consistent with age, group and the household's circumstances. */
export function personTraits(d: Draw, kin: Kin, ethnicCode: string, s: Setting): PersonTraits {
  const age = SNAPSHOT_YEAR - kin.birthYear;
  const mong = ethnicCode === MONG;
  let enrolment: string;
  let education: string;
  if (age < 6) {
    enrolment = 'not_school_age';
    education = 'none';
  } else if (age < 18) {
    const stays = age < 15 ? (mong ? 0.9 : 0.975) : mong ? 0.55 : s.poor ? 0.7 : 0.85;
    enrolment = d.chance(stays) ? 'enrolled' : d.chance(0.9) ? 'dropped_out' : 'never';
    education = enrolment === 'never' ? 'none' : age >= 15 ? 'lower_secondary' : age >= 11 ? 'primary' : 'none';
  } else {
    education = adultEducation(d, age, ethnicCode, s);
    const studying = age <= 22 && (education === 'upper_secondary' || education === 'vocational') && d.chance(s.urban ? 0.5 : 0.3);
    enrolment = studying ? 'enrolled' : education === 'none' ? 'never' : 'finished';
  }
  const literate = age < 8 ? null : education === 'none' ? enrolment === 'enrolled' || d.chance(0.2) : education === 'primary' ? d.chance(0.93) : true;
  const severe = age >= 70 ? 0.06 : 0.015;
  return {
    maritalStatus: marital(d, kin, age),
    educationLevel: education,
    literate,
    speaksVietnamese: speaksVietnamese(d, age, kin.sex, ethnicCode),
    schoolEnrolment: enrolment,
    occupation: occupationOf(d, age, enrolment === 'enrolled', s),
    // Health insurance is paid by the state for the poor, the near-poor and minority people of difficult communes.
    healthInsurance: s.poor || ethnicCode !== KINH ? d.chance(0.985) : d.chance(0.92),
    disability: d.chance(severe + 0.02)
      ? d.weighted([
          ['mild', 55],
          ['severe', 33],
          ['very_severe', 12],
        ])
      : 'none',
  };
}
