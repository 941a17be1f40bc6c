import type { PrestigiousRow } from './prestigious-persons.repository.js';

const day = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export function presentPrestigious(p: PrestigiousRow) {
  return {
    id: p.id,
    personId: p.person_id,
    fullName: p.full_name,
    village: { id: p.village_id, name: p.village_name },
    commune: { id: p.commune_id, code: p.commune_code, name: `${p.commune_type} ${p.commune_name}`.trim() },
    ethnic: { code: p.ethnic_code, name: p.ethnic_name },
    termFrom: day(p.term_from)!,
    termTo: day(p.term_to),
    decisionNumber: p.decision_number,
    decisionDate: day(p.decision_date)!,
    activities: Number(p.activities ?? 0),
  };
}

export function presentActivity(a: {
  id: number;
  kind: string;
  activity_date: Date | string;
  description: string;
  participants: number | null;
  created_at: Date | string;
}) {
  return {
    id: a.id,
    kind: a.kind as 'dispute_mediated' | 'meeting' | 'information' | 'other',
    activityDate: day(a.activity_date)!,
    description: a.description,
    participants: a.participants,
    createdAt: a.created_at instanceof Date ? a.created_at.toISOString() : String(a.created_at),
  };
}

export function presentReportRow(r: {
  key: string;
  name: string;
  persons: string;
  activities: string;
  disputes: string;
  meetings: string;
  information: string;
}) {
  return {
    key: r.key,
    name: r.name,
    persons: Number(r.persons),
    activities: Number(r.activities),
    disputes: Number(r.disputes),
    meetings: Number(r.meetings),
    information: Number(r.information),
  };
}
