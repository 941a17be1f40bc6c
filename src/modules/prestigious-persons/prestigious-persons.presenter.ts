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
    status: p.status as 'active' | 'ended',
    endReason: p.end_reason ?? null,
  };
}

type Snapshot = { term_from: string; term_to: string | null; decision_number: string; decision_date: string; status: 'active' | 'ended' };
const snapshot = (j: unknown) => {
  const s = (typeof j === 'string' ? JSON.parse(j) : j) as Snapshot;
  return { termFrom: s.term_from, termTo: s.term_to, decisionNumber: s.decision_number, decisionDate: s.decision_date, status: s.status };
};

export function presentTermChange(c: {
  id: number;
  action: string;
  reason: string;
  before: unknown;
  after: unknown;
  full_name: string | null;
  username: string | null;
  changed_at: Date | string;
}) {
  return {
    id: c.id,
    action: c.action as 'edit' | 'end',
    reason: c.reason,
    before: snapshot(c.before),
    after: snapshot(c.after),
    changedBy: c.full_name ?? c.username,
    changedAt: c.changed_at instanceof Date ? c.changed_at.toISOString() : String(c.changed_at),
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
