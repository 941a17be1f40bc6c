import type { Household } from '../../db/schema.register.js';
import { searchKey } from '../../shared/text.js';
import { HOUSEHOLD_COLUMNS, type HouseholdFieldsInput } from './register.fields.js';

/** The search column of a household: folded code and head's name. */
export function householdSearchText(code: string, headName: string | null | undefined): string {
  return searchKey(headName ? `${code} ${headName}` : code);
}

/** Column values for the household fields present in the input (absent fields are left alone). */
export function householdColumns(input: HouseholdFieldsInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [api, column] of Object.entries(HOUSEHOLD_COLUMNS)) {
    const v = (input as Record<string, unknown>)[api];
    if (v !== undefined) out[column] = v;
  }
  return out;
}

/** The fields of a household whose history is kept, under their API names. */
export function householdSnapshot(h: Household) {
  return {
    code: h.code,
    communeId: h.commune_id,
    villageId: h.village_id,
    headPersonId: h.head_person_id,
    address: h.address,
    phone: h.phone,
    housing: h.housing,
    residentialLandM2: h.residential_land_m2 === null ? null : Number(h.residential_land_m2),
    productionLandM2: h.production_land_m2 === null ? null : Number(h.production_land_m2),
    waterSource: h.water_source,
    electricity: h.electricity,
    toiletType: h.toilet_type,
    mainLivelihood: h.main_livelihood,
    incomeBand: h.income_band,
    internetAccess: h.internet_access,
    smartphones: h.smartphones,
    computers: h.computers,
    validTo: h.valid_to,
    endReason: h.end_reason,
  };
}
export type HouseholdSnapshot = ReturnType<typeof householdSnapshot>;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The address text as it read on a day when the household lived in another commune or village than
 * today (the 2025 reform moved households without rewriting their address): today's commune
 * ("xã Tân Lạc") and village names in the text give way to those of the day. The case of the unit
 * type is kept as written ("xã …" stays lower case).
 */
export function addressOnDay(address: string, now: { commune: string; village: string | null }, then: { commune: string; village: string | null }): string {
  let out = address;
  if (now.commune !== then.commune) {
    out = out.replace(new RegExp(escapeRe(now.commune), 'iu'), (m) => {
      const lower = m[0] !== m[0].toUpperCase();
      return lower ? then.commune[0].toLowerCase() + then.commune.slice(1) : then.commune;
    });
  }
  if (now.village && then.village && now.village !== then.village) out = out.replace(new RegExp(escapeRe(now.village), 'u'), then.village);
  return out;
}
