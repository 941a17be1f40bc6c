import type { FormRow, SubmissionRow } from './surveys.repository.js';
import type { FormShape } from './surveys.service.js';
import { flatValues } from './surveys.service.js';
import type { Answers } from './xform.parse.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentForm(f: NonNullable<FormRow>, canManage: boolean) {
  return {
    id: f.id,
    xmlFormId: f.xml_form_id,
    title: f.title,
    state: f.state,
    provinceId: f.province_id,
    provinceName: f.province_name,
    version: f.version,
    hash: f.md5 ? `md5:${f.md5}` : null,
    submissions: Number(f.submissions ?? 0),
    createdAt: iso(f.created_at),
    canManage,
  };
}

export function presentAppUser(a: {
  id: number;
  display_name: string;
  area_unit_id: number;
  area_name: string;
  area_type: string | null;
  form_ids: number[] | null;
  created_at: Date;
  revoked_at: Date | null;
}) {
  return {
    id: a.id,
    displayName: a.display_name,
    areaUnitId: a.area_unit_id,
    areaName: a.area_type ? `${a.area_type} ${a.area_name}` : a.area_name,
    formIds: (a.form_ids ?? []).map(Number),
    createdAt: iso(a.created_at),
    revoked: !!a.revoked_at,
  };
}

export function presentSubmission(s: SubmissionRow, shape: FormShape) {
  return {
    id: s.id,
    instanceId: s.instance_id,
    state: s.state,
    unitId: s.unit_id,
    unitName: s.unit_name,
    householdId: s.household_id,
    submitter: s.submitter,
    receivedAt: iso(s.received_at),
    updatedAt: iso(s.updated_at),
    edits: s.edits,
    ethnicCode: s.ethnic_code,
    latitude: s.latitude,
    longitude: s.longitude,
    values: flatValues(shape, s.data as Answers),
  };
}
