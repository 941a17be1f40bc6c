import type { Person } from '../../db/schema.register.js';
import { searchKey, sortKey } from '../../shared/text.js';
import type { PersonInput } from './register.fields.js';

/** The search column of a person: folded name and citizen ID. */
export function personSearchText(fullName: string, cccd: string | null): string {
  return searchKey(cccd ? `${fullName} ${cccd}` : fullName);
}

/** Column values of a new person from checked input. */
export function newPersonRow(input: PersonInput, birth: Birth, cccd: string | null, communeId: number) {
  return {
    full_name: input.fullName,
    sex: input.sex,
    birth_date: birth.birthDate,
    birth_year: birth.birthYear,
    ethnic_code: input.ethnicCode,
    religion: input.religion ?? null,
    cccd,
    marital_status: input.maritalStatus ?? null,
    education_level: input.educationLevel ?? null,
    literate: input.literate ?? null,
    speaks_vietnamese: input.speaksVietnamese ?? null,
    school_enrolment: input.schoolEnrolment ?? null,
    occupation: input.occupation || null,
    health_insurance: input.healthInsurance ?? null,
    disability: input.disability ?? null,
    death_date: null,
    commune_id: communeId,
    search_text: personSearchText(input.fullName, cccd),
    sort_key: sortKey(input.fullName),
  };
}

/** The fields of a person whose history is kept, under their API names. */
export function personSnapshot(p: Person) {
  return {
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    birthYear: p.birth_year,
    ethnicCode: p.ethnic_code,
    religion: p.religion,
    cccd: p.cccd,
    maritalStatus: p.marital_status,
    educationLevel: p.education_level,
    literate: p.literate,
    speaksVietnamese: p.speaks_vietnamese,
    schoolEnrolment: p.school_enrolment,
    occupation: p.occupation,
    healthInsurance: p.health_insurance,
    disability: p.disability,
    deathDate: p.death_date,
    communeId: p.commune_id,
  };
}
export type PersonSnapshot = ReturnType<typeof personSnapshot>;

/** The columns of a person from a snapshot (the reverse of personSnapshot; the commune is left to the caller). */
export function personColumns(s: PersonSnapshot) {
  return {
    full_name: s.fullName,
    sex: s.sex,
    birth_date: s.birthDate,
    birth_year: s.birthYear,
    ethnic_code: s.ethnicCode,
    religion: s.religion,
    cccd: s.cccd,
    marital_status: s.maritalStatus,
    education_level: s.educationLevel,
    literate: s.literate,
    speaks_vietnamese: s.speaksVietnamese,
    school_enrolment: s.schoolEnrolment,
    occupation: s.occupation,
    health_insurance: s.healthInsurance,
    disability: s.disability,
    death_date: s.deathDate,
  };
}

/** Birth date and year of a person, as stored. */
export interface Birth {
  birthDate: string | null;
  birthYear: number;
}
