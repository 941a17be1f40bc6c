/**
 * Figures the synthetic Hòa Bình register is calibrated on. Measured facts come from
 * data/hoa-binh-population.csv and data/hoa-binh-poverty.csv (tests check them against the files);
 * the rest are stated assumptions, since no public source gives them per district.
 */

/** Ethnic group codes used by the generator (GSO list). */
export const KINH = '01';
export const TAY = '02';
export const THAI = '03';
export const MUONG = '06';
export const MONG = '08';
export const DAO = '09';

/** Province-wide person shares at the 1/4/2019 census (hoa-binh-population.csv, of 854,131 people). */
export const CENSUS_2019 = {
  total: 854_131,
  groups: { [MUONG]: 549_026, [THAI]: 34_387, [TAY]: 25_753, [DAO]: 17_248, [MONG]: 7_081 } as Record<string, number>,
  minorities: 634_725,
};

/** Average population 2019 of the ten old districts (hoa-binh-population.csv): household weights. */
export const DISTRICT_POPULATION_2019: Readonly<Record<string, number>> = {
  '148': 135_958, // Thành phố Hòa Bình
  '150': 55_100, // Đà Bắc
  '152': 99_633, // Lương Sơn
  '153': 118_978, // Kim Bôi
  '154': 45_551, // Cao Phong
  '155': 87_043, // Tân Lạc
  '156': 55_739, // Mai Châu
  '157': 136_894, // Lạc Sơn
  '158': 60_408, // Yên Thủy
  '159': 60_500, // Lạc Thủy
};

/**
 * Ethnic mix of household heads by old district (assumption, shaped on the district profiles: Tày
 * and Dao in Đà Bắc, Thái and Mông in Mai Châu, Kinh in the city and the lowland districts of
 * Lương Sơn, Yên Thủy and Lạc Thủy, Mường everywhere else). Tuned so that, with group household
 * sizes, person shares land on the 2019 census figures. Remaining share: small groups (Nùng, Hoa…).
 */
export const DISTRICT_MIX: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '148': { [KINH]: 0.53, [MUONG]: 0.425, [TAY]: 0.02, [THAI]: 0.015, [DAO]: 0.006, [MONG]: 0.001 },
  '150': { [TAY]: 0.38, [MUONG]: 0.375, [DAO]: 0.11, [KINH]: 0.085, [THAI]: 0.035, [MONG]: 0.01 },
  '152': { [MUONG]: 0.615, [KINH]: 0.36, [DAO]: 0.018, [TAY]: 0.003, [THAI]: 0.002 },
  '153': { [MUONG]: 0.875, [KINH]: 0.115, [DAO]: 0.006, [TAY]: 0.002, [THAI]: 0.001 },
  '154': { [MUONG]: 0.81, [KINH]: 0.165, [THAI]: 0.018, [DAO]: 0.004, [TAY]: 0.002 },
  '155': { [MUONG]: 0.835, [KINH]: 0.13, [DAO]: 0.016, [THAI]: 0.012, [MONG]: 0.005, [TAY]: 0.001 },
  '156': { [THAI]: 0.47, [MUONG]: 0.315, [MONG]: 0.08, [KINH]: 0.09, [DAO]: 0.035, [TAY]: 0.008 },
  '157': { [MUONG]: 0.875, [KINH]: 0.11, [DAO]: 0.008, [THAI]: 0.004, [TAY]: 0.002 },
  '158': { [MUONG]: 0.545, [KINH]: 0.44, [DAO]: 0.008, [THAI]: 0.003, [TAY]: 0.002 },
  '159': { [KINH]: 0.57, [MUONG]: 0.415, [DAO]: 0.008, [THAI]: 0.003, [TAY]: 0.002 },
};

/** Small groups sharing what a district mix leaves (census 2019: Nùng 359, Thổ 99, Sán Dìu 82, Sán Chay 71, Hoa 151). */
export const SMALL_GROUPS: readonly (readonly [string, number])[] = [
  ['07', 359],
  ['04', 151],
  ['24', 99],
  ['18', 82],
  ['15', 71],
];

/**
 * Mean household size offset by group (assumption: Mông and Dao households are larger, Kinh ones
 * smaller). The base distribution gives about 3.8 persons.
 */
export const SIZE_OFFSET: Readonly<Record<string, number>> = { [MONG]: 1.6, [DAO]: 0.7, [THAI]: 0.2, [TAY]: 0.1, [KINH]: -0.25 };

/** Base household size distribution, 1–9 persons (mean ≈ 3.8). */
export const HOUSEHOLD_SIZES: readonly (readonly [number, number])[] = [
  [1, 8],
  [2, 15],
  [3, 20],
  [4, 27],
  [5, 15],
  [6, 9],
  [7, 4],
  [8, 1.5],
  [9, 0.5],
];

/**
 * Province-wide share of households poor / near-poor in each year's list under the 2022–2025
 * standard. 2022: 15.49 % poor and 23,388 near-poor households (≈ 10.6 %) (hoa-binh-poverty.csv);
 * 2023: the province's own estimate of 12.3–13 %; 2024–2025: assumption, the same pace of decline.
 */
export const POVERTY_TARGETS: Readonly<Record<number, { poor: number; nearPoor: number }>> = {
  2022: { poor: 0.1549, nearPoor: 0.106 },
  2023: { poor: 0.126, nearPoor: 0.1 },
  2024: { poor: 0.097, nearPoor: 0.094 },
  2025: { poor: 0.072, nearPoor: 0.087 },
};
export const POVERTY_YEARS = [2022, 2023, 2024, 2025] as const;

/**
 * Poverty risk of each old district relative to the province (assumption, except the city: 1.38 %
 * poor at end 2022 against ≈ 12.6 % province-wide, i.e. ≈ 0.1; rural wards of the city sit higher).
 */
export const DISTRICT_POVERTY: Readonly<Record<string, number>> = {
  '148': 0.1,
  '150': 2.1,
  '152': 0.5,
  '153': 1.25,
  '154': 0.9,
  '155': 1.15,
  '156': 1.6,
  '157': 1.35,
  '158': 0.8,
  '159': 0.6,
};

/** Poverty risk by ethnic group of the head, relative to Mường (assumption). */
export const ETHNIC_POVERTY: Readonly<Record<string, number>> = { [KINH]: 0.45, [MUONG]: 1, [THAI]: 1.1, [TAY]: 1.2, [DAO]: 1.7, [MONG]: 2.6 };

/** Monthly income per person (VND) at the poverty line of Decree 07/2021/NĐ-CP: rural, urban. */
export const POVERTY_LINE = { rural: 1_500_000, urban: 2_000_000 };
