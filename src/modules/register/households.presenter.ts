import type { LifeEvent } from '../../db/schema.register.js';
import type { HouseholdRow } from './households.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The commune a household is keyed to. */
export function presentRef(h: Pick<HouseholdRow, 'commune_id' | 'commune_code' | 'commune_name' | 'commune_type'>) {
  return { id: h.commune_id, code: h.commune_code, name: h.commune_name, fullName: `${h.commune_type} ${h.commune_name}` };
}

/** A household as lists show it. */
export function presentHousehold(h: HouseholdRow & { member_count: number; poverty_status: string | null }, year: number) {
  return {
    id: h.id,
    code: h.code,
    commune: presentRef(h),
    village: h.village_id === null ? null : { id: h.village_id, code: h.village_code!, name: h.village_name! },
    head:
      h.head_person_id === null
        ? null
        : { id: h.head_person_id, fullName: h.head_full_name!, sex: h.head_sex!, birthYear: h.head_birth_year!, ethnicCode: h.head_ethnic! },
    address: h.address,
    housing: h.housing,
    waterSource: h.water_source,
    internetAccess: h.internet_access,
    memberCount: Number(h.member_count),
    poverty: h.poverty_status ? { year, status: h.poverty_status } : null,
    validFrom: h.valid_from,
    validTo: h.valid_to,
    deletedAt: h.deleted_at ? iso(h.deleted_at) : null,
    isDemo: h.is_demo,
  };
}

export function presentEvent(e: LifeEvent) {
  return {
    id: Number(e.id),
    type: e.type,
    date: e.event_date,
    householdId: e.household_id,
    personId: e.person_id,
    relatedHouseholdId: e.related_household_id,
    fromCommuneId: e.from_commune_id,
    toCommuneId: e.to_commune_id,
    details: e.details,
    createdAt: iso(e.created_at),
  };
}

export function presentChange(c: {
  id: number;
  entity: string;
  entity_id: number;
  field: string;
  old_value: unknown;
  new_value: unknown;
  effective_date: string;
  changed_at: Date;
  event_id: number | null;
  username: string | null;
}) {
  return {
    id: Number(c.id),
    entity: c.entity,
    entityId: c.entity_id,
    field: c.field,
    oldValue: c.old_value,
    newValue: c.new_value,
    effectiveDate: c.effective_date,
    changedAt: iso(c.changed_at),
    changedBy: c.username,
    eventId: c.event_id === null ? null : Number(c.event_id),
  };
}
