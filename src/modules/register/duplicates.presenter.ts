import type { PairRow } from './duplicates.repository.js';
import { maskCccd } from './persons.presenter.js';
import type { PersonRow } from './persons.repository.js';

/** One person of a pair, as the review queue shows it. */
export function presentPairPerson(p: PersonRow) {
  return {
    id: p.id,
    fullName: p.full_name,
    sex: p.sex,
    birthYear: p.birth_year,
    birthDate: p.birth_date,
    ethnicName: p.ethnic_name,
    cccdMasked: maskCccd(p.cccd),
    commune: { id: p.commune_id, code: p.commune_code, name: `${p.commune_type} ${p.commune_name}` },
    household: p.household_id === null ? null : { id: p.household_id, code: p.household_code! },
    deletedAt: p.deleted_at ? new Date(p.deleted_at).toISOString() : null,
  };
}

/** A pair with both persons (looked up by id in `persons`) and the login name of who decided it. */
export function presentPair(r: PairRow, persons: Map<number, ReturnType<typeof presentPairPerson>>, decidedBy: string | null) {
  return {
    id: r.id,
    reason: r.reason,
    status: r.status,
    a: persons.get(r.person_a_id)!,
    b: persons.get(r.person_b_id)!,
    createdAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decidedBy,
    keptPersonId: r.kept_person_id,
    note: r.note,
  };
}
