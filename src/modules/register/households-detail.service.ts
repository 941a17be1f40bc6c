import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { CREATED, valuesAsOf, type ChangeRow } from './history.repository.js';
import { changesOf, importedCreation } from './history.service.js';
import { personSnapshot } from './persons.columns.js';
import { presentChange, presentEvent, presentRef } from './households.presenter.js';
import { povertyValue, type PovertyValue } from './poverty.service.js';
import { householdEvents } from './events.repository.js';
import { getHousehold, membersOn } from './households.repository.js';
import { membershipsOfHousehold } from './members.repository.js';
import { povertyYears } from './poverty.repository.js';
import { unitById, unitsByIds, villageRef, villagesByIds } from './units.repository.js';
import { addressOnDay, householdSnapshot } from './households.columns.js';

const asChange = (r: { id: number; entity_id: number; field: string; old_value: unknown; new_value: unknown; effective_date: string }): ChangeRow => r;

/**
 * A household as it stood on `date`: fields with later changes undone, the members of that day
 * (their own fields as of that day too), the poverty years up to that year, and the whole history.
 * Outside the caller's area, or deleted (except for administrators), it does not exist.
 */
export async function householdDetail(db: Kysely<DB>, scope: Scope, id: number, date: string, opts: { canEdit: boolean; isAdmin: boolean }) {
  const h = await getHousehold(db, id);
  if (!h || !inReach(scope, h.commune_id) || (h.deleted_at && !opts.isAdmin)) throw new AppError(404, 'not_found');

  const [hChanges, members, povertyRows, events, membershipIds] = await Promise.all([
    changesOf(db, 'household', [id]),
    membersOn(db, id, date, !!h.deleted_at),
    povertyYears(db, id),
    householdEvents(db, id),
    membershipsOfHousehold(db, id),
  ]);
  const [mChanges, pChanges, personChanges] = await Promise.all([
    changesOf(
      db,
      'membership',
      membershipIds.map((m) => m.id),
    ),
    changesOf(db, 'poverty', [id]),
    changesOf(
      db,
      'person',
      members.map((m) => m.id),
    ),
  ]);

  // Memberships written by an import have no creation mark of their own: the import stands for them.
  const marked = new Set(mChanges.filter((c) => c.field === CREATED).map((c) => c.entity_id));
  const imported = await importedCreation(db, [], { entity: 'household', id, importId: h.import_id, effectiveDate: h.valid_from });
  const joinedByImport = imported
    ? membershipIds
        .filter((m) => !marked.has(m.id))
        .map((m) => ({
          ...imported,
          entity: 'membership',
          entity_id: m.id,
          effective_date: m.valid_from,
          new_value: { householdId: id, personId: m.person_id, relationship: m.relationship, validFrom: m.valid_from, importId: h.import_id },
        }))
    : [];

  const snap = valuesAsOf(householdSnapshot(h), hChanges.map(asChange), date);
  const existsOnDate = h.valid_from <= date && (snap.validTo === null || snap.validTo >= date);

  const presentMembers = members.map((m) => {
    const own = personChanges.filter((c) => c.entity_id === m.id).map(asChange);
    const p = valuesAsOf(personSnapshot(m), own, date);
    return {
      id: m.id,
      fullName: p.fullName,
      sex: p.sex,
      birthYear: p.birthYear,
      birthDate: p.birthDate,
      ethnicCode: p.ethnicCode,
      relationship: m.relationship,
      validFrom: m.member_from,
      validTo: m.member_to,
      deathDate: p.deathDate && p.deathDate <= date ? p.deathDate : null,
    };
  });
  const head = presentMembers.find((m) => m.id === snap.headPersonId) ?? null;

  const currentPoverty: Record<string, PovertyValue | null> = {};
  for (const r of povertyRows) currentPoverty[String(r.year)] = povertyValue(r);
  const povertyAsOf = valuesAsOf(currentPoverty, pChanges.map(asChange), date);
  // Years after the day's are not known on that day.
  const year = Number(date.slice(0, 4));
  const povertyHistory = Object.entries(povertyAsOf)
    .filter(([y, v]) => v && Number(y) <= year)
    .map(([y, v]) => ({ year: Number(y), ...(v as PovertyValue) }))
    .sort((a, b) => a.year - b.year);
  const thisYear = povertyHistory.find((p) => p.year === year);

  // Where the household lived on the day: a move after it (the 2025 reform) is undone.
  let commune = presentRef(h);
  if (snap.communeId !== h.commune_id && snap.communeId != null) {
    const c = await unitById(db, Number(snap.communeId));
    if (c) commune = { id: c.id, code: c.code, name: c.name, fullName: `${c.type} ${c.name}` };
  }

  // Communes the history names (the 2025 move from the old commune into the new one).
  const communeIds = new Set<number>();
  for (const c of hChanges) if (c.field === 'communeId') for (const v of [c.old_value, c.new_value]) if (typeof v === 'number') communeIds.add(v);
  const communes = (await unitsByIds(db, [...communeIds])).map((u) => ({ id: u.id, code: u.code, fullName: `${u.type} ${u.name}` }));
  const villageIds = new Set<number>();
  for (const c of hChanges) if (c.field === 'villageId') for (const v of [c.old_value, c.new_value]) if (typeof v === 'number') villageIds.add(v);
  const villages = await villagesByIds(db, [...villageIds]);

  let village = h.village_id === null ? null : { id: h.village_id, code: h.village_code!, name: h.village_name! };
  if (snap.villageId !== h.village_id) {
    village = snap.villageId === null ? null : ((await villageRef(db, snap.villageId)) ?? null);
  }

  return {
    id: h.id,
    code: snap.code,
    commune,
    village,
    head: head && { id: head.id, fullName: head.fullName, sex: head.sex, birthYear: head.birthYear, ethnicCode: head.ethnicCode },
    // The text names the commune and village of the day, not today's.
    address: addressOnDay(
      String(snap.address ?? ''),
      { commune: `${h.commune_type} ${h.commune_name}`, village: h.village_name },
      { commune: commune.fullName, village: village?.name ?? null },
    ),
    phone: snap.phone,
    housing: snap.housing,
    residentialLandM2: snap.residentialLandM2,
    productionLandM2: snap.productionLandM2,
    waterSource: snap.waterSource,
    electricity: snap.electricity,
    toiletType: snap.toiletType,
    mainLivelihood: snap.mainLivelihood,
    incomeBand: snap.incomeBand,
    internetAccess: snap.internetAccess,
    smartphones: snap.smartphones,
    computers: snap.computers,
    memberCount: presentMembers.length,
    poverty: thisYear ? { year, status: thisYear.status } : null,
    validFrom: h.valid_from,
    validTo: snap.validTo,
    endReason: snap.endReason,
    deletedAt: h.deleted_at ? new Date(h.deleted_at).toISOString() : null,
    deletedReason: h.deleted_reason,
    isDemo: h.is_demo,
    version: h.version,
    date,
    existsOnDate,
    members: presentMembers,
    povertyHistory,
    events: events.map(presentEvent),
    communes,
    villages,
    timeline: [...joinedByImport, ...hChanges, ...mChanges, ...pChanges].sort((a, b) => a.id - b.id).map(presentChange),
    canEdit: opts.canEdit && inReach(scope, h.commune_id) && !h.deleted_at,
  };
}
