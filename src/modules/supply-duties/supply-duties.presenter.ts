import type { DutyRow } from './supply-duties.repository.js';

export function presentDutyRow(r: DutyRow, dataSetName: string | null) {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    dataSetId: r.dataSetId,
    dataSetName,
    registerArea: r.registerArea,
    periodType: r.periodType,
    deadlineDays: r.deadlineDays,
    escalateAfterDays: r.escalateAfterDays,
    email: r.email,
    escalationEmail: r.escalationEmail,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
