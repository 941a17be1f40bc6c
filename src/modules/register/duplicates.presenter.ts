import type { PairRow } from './duplicates.repository.js';
import { maskCccd } from './persons.presenter.js';
import type { PersonRow } from './persons.repository.js';
import { searchKey } from '../../shared/text.js';
import { MATCHES, type Match } from './duplicates.schema.js';

/** A name with case, diacritics and spacing ignored (as the duplicate scan compares names). */
const nameKey = (name: string) => searchKey(name).replace(/\s+/g, '');

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

/** The fields on which the two persons agree (why the pair was proposed, and what else they share). */
export function matchesOf(a: PersonRow, b: PersonRow): Match[] {
  const same = (x: unknown, y: unknown) => x !== null && x !== undefined && x === y;
  const found: Record<Match, boolean> = {
    cccd: same(a.cccd, b.cccd),
    name: nameKey(a.full_name) === nameKey(b.full_name),
    birthDate: same(a.birth_date, b.birth_date),
    birthYear: a.birth_year === b.birth_year,
    sex: a.sex === b.sex,
    ethnic: a.ethnic_code === b.ethnic_code,
    household: same(a.household_id, b.household_id),
    village: same(a.household_village_id, b.household_village_id),
    commune: a.commune_id === b.commune_id,
  };
  return MATCHES.filter((m) => found[m]);
}

/** A pair with both persons (looked up by id in `persons`), the login name of who decided it and what they have in common. */
export function presentPair(r: PairRow, persons: Map<number, ReturnType<typeof presentPairPerson>>, decidedBy: string | null, matched: Match[] = []) {
  return {
    id: r.id,
    reason: r.reason,
    matched,
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
