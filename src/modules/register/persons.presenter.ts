import type { PersonRow } from './persons.repository.js';

/** Only the last three digits of a citizen ID are shown outside the logged record view. */
export function maskCccd(cccd: string | null): string | null {
  return cccd ? `${'*'.repeat(cccd.length - 3)}${cccd.slice(-3)}` : null;
}

/** A person as lists show it. */
export function presentPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.full_name,
    sex: p.sex,
    birthYear: p.birth_year,
    birthDate: p.birth_date,
    ethnicCode: p.ethnic_code,
    ethnicName: p.ethnic_name,
    cccdMasked: maskCccd(p.cccd),
    commune: { id: p.commune_id, code: p.commune_code, name: p.commune_name, fullName: `${p.commune_type} ${p.commune_name}` },
    household: p.household_id === null ? null : { id: p.household_id, code: p.household_code!, relationship: p.relationship! },
    deathDate: p.death_date,
    isDemo: p.is_demo,
  };
}
