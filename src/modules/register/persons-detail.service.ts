import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { presentChange, presentEvent } from './households.presenter.js';
import { valuesAsOf } from './history.repository.js';
import { changesOf, importedCreation } from './history.service.js';
import { maskCccd, presentPerson } from './persons.presenter.js';
import { personEvents } from './events.repository.js';
import { membershipsOfPerson } from './members.repository.js';
import { getPerson } from './persons.repository.js';
import { personSnapshot } from './persons.columns.js';

/**
 * The full record of a person as it stood on `date`, with every household membership, the life events
 * that concern them and every change. Outside the caller's area (or deleted, for all but
 * administrators) it does not exist. The caller logs the read with its purpose.
 */
export async function personDetail(db: Kysely<DB>, scope: Scope, id: number, date: string, opts: { canEdit: boolean; isAdmin: boolean }) {
  const p = await getPerson(db, id);
  if (!p || !inReach(scope, p.commune_id) || (p.deleted_at && !opts.isAdmin)) throw new AppError(404, 'not_found');
  const [changes, memberships, events] = await Promise.all([changesOf(db, 'person', [id]), membershipsOfPerson(db, id), personEvents(db, id)]);
  const s = valuesAsOf(personSnapshot(p), changes, date);
  const created = await importedCreation(db, changes, {
    entity: 'person',
    id,
    importId: p.import_id,
    effectiveDate: memberships[0]?.valid_from ?? String(p.created_at).slice(0, 10),
  });
  return {
    ...presentPerson(p),
    fullName: s.fullName,
    sex: s.sex,
    birthYear: s.birthYear,
    birthDate: s.birthDate,
    ethnicCode: s.ethnicCode,
    cccdMasked: maskCccd(s.cccd),
    deathDate: s.deathDate,
    date,
    cccd: s.cccd,
    religion: s.religion,
    maritalStatus: s.maritalStatus,
    educationLevel: s.educationLevel,
    literate: s.literate,
    speaksVietnamese: s.speaksVietnamese,
    schoolEnrolment: s.schoolEnrolment,
    occupation: s.occupation,
    healthInsurance: s.healthInsurance,
    disability: s.disability,
    version: p.version,
    deletedAt: p.deleted_at ? new Date(p.deleted_at).toISOString() : null,
    deletedReason: p.deleted_reason,
    memberships: memberships.map((m) => ({
      householdId: m.household_id,
      householdCode: m.code,
      relationship: m.relationship,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    })),
    events: events.map(presentEvent),
    timeline: (created ? [created, ...changes] : changes).map(presentChange),
    canEdit: opts.canEdit && !p.deleted_at,
  };
}
