import { z } from 'zod';
import { bodyId, idParam } from '../../shared/ids.js';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

const labels = z.record(z.string(), z.string());
export const formField = z.object({
  path: z.string(),
  name: z.string(),
  type: z.string(),
  labels,
  repeat: z.string().nullable(),
  choices: z.array(z.object({ value: z.string(), labels })).optional(),
  choicesFile: z.string().optional(),
  mediatype: z.string().optional(),
});
const formState = z.enum(['draft', 'published', 'closed']);
const mappingEntry = z.strictObject({
  field: z.enum(['smartphones', 'computers', 'internetAccess', 'phone', 'address', 'electricity', 'waterSource', 'mainLivelihood']),
  path: z.string().min(2).max(500),
});

export const surveyForm = z.object({
  id: z.number().int(),
  xmlFormId: z.string(),
  title: z.string(),
  state: formState,
  provinceId: z.number().int(),
  provinceName: z.string(),
  version: z.string().nullable(),
  hash: z.string().nullable(),
  submissions: z.number().int(),
  createdAt: z.string(),
  canManage: z.boolean(),
});
export const surveyFormList = z.object({ items: z.array(surveyForm) });
export const surveyFormDetail = surveyForm.extend({
  fields: z.array(formField),
  media: z.array(z.string()),
  mapping: z.array(mappingEntry),
  versions: z.array(z.object({ id: z.number().int(), version: z.string(), hash: z.string(), createdAt: z.string() })),
  attachments: z.array(z.object({ name: z.string(), hash: z.string() })),
});
export const formIdParams = z.strictObject({ id: idParam });
export const formStateBody = z.strictObject({ state: formState });
export const mappingBody = z.strictObject({ mapping: z.array(mappingEntry).max(50) });
export const createdForm = z.object({ id: z.number().int() });

export const appUser = z.object({
  id: z.number().int(),
  displayName: z.string(),
  areaUnitId: z.number().int(),
  areaName: z.string(),
  formIds: z.array(z.number().int()),
  createdAt: z.string(),
  revoked: z.boolean(),
});
export const appUserList = z.object({ items: z.array(appUser) });
export const createAppUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(120),
  areaUnitId: bodyId,
  formIds: z.array(bodyId).max(100).default([]),
});
export const assignBody = z.strictObject({ formIds: z.array(bodyId).max(100) });
/** A new app user with its key URL and the QR code text for ODK Collect, shown this once. */
export const createdAppUser = z.object({ appUser, serverUrl: z.string(), qrSettings: z.string(), qrImage: z.string() });

const submissionState = z.enum(['received', 'has_issues', 'approved', 'rejected']);
const ethnicCode = z.string().regex(/^[0-9A-Za-z]{1,10}$/);
export const submissionQuery = z.strictObject({
  state: submissionState.optional(),
  unit: idParam.optional(),
  ethnic: ethnicCode.optional().describe('ethnic group code the submission counts under'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pagingFields,
});
export const submissionItem = z.object({
  id: z.number().int(),
  instanceId: z.string(),
  state: submissionState,
  unitId: z.number().int(),
  unitName: z.string(),
  householdId: z.number().int().nullable(),
  submitter: z.string().nullable(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  edits: z.number().int(),
  ethnicCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Answers outside repeats, by question path. */
  values: z.record(z.string(), z.string().nullable()),
});
export const submissionList = pagedResponse(submissionItem);
export const submissionDetail = submissionItem.extend({
  formId: z.number().int(),
  xml: z.string(),
  data: z.unknown(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), size: z.number(), hash: z.string(), receivedAt: z.string() })),
  comments: z.array(
    z.object({
      id: z.number().int(),
      userId: z.number().int().nullable(),
      userName: z.string().nullable(),
      stateFrom: z.string().nullable(),
      stateTo: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  versions: z.array(z.object({ edit: z.number().int(), xml: z.string(), createdAt: z.string() })),
});
export const reviewBody = z.strictObject({ state: submissionState, comment: z.string().max(2000).optional() });
export const editBody = z.strictObject({ values: z.record(z.string().max(500), z.string().max(10000)) });
export const attachmentParams = z.strictObject({ id: idParam, name: z.string().min(1).max(255) });

export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'geojson']).default('xlsx'),
  choices: z.enum(['labels', 'codes']).default('labels'),
  /** CSV of one repeat (its path) instead of the main table. */
  repeat: z.string().max(500).optional(),
  state: submissionState.optional(),
  unit: idParam.optional(),
  ethnic: ethnicCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const exportFile = z.string().meta({ format: 'binary' }).describe('CSV, XLSX hoặc GeoJSON / the CSV, XLSX or GeoJSON file');

const suppression = z.object({ applied: z.boolean(), threshold: z.number().int() }).describe('disclosure control: counts below the threshold hidden (null)');
export const summaryResponse = z.object({
  total: z.number().int(),
  states: z.record(z.string(), z.number().nullable()),
  suppression,
  items: z.array(
    z.object({
      path: z.string(),
      type: z.string(),
      kind: z.enum(['choices', 'multiple', 'number', 'month']),
      answered: z.number().int().nullable(),
      counts: z.array(z.object({ value: z.string(), count: z.number().int().nullable() })).optional(),
      stats: z
        .object({
          n: z.number().int(),
          min: z.number().optional(),
          max: z.number().optional(),
          mean: z.number(),
          sum: z.number(),
          median: z.number().optional(),
        })
        .nullable()
        .optional(),
      histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int().nullable() })).optional(),
    }),
  ),
});
export const summaryQuery = submissionQuery.omit({ page: true, pageSize: true });
export const pointsResponse = z.object({
  items: z.array(
    z.object({ id: z.number().int(), latitude: z.number(), longitude: z.number(), state: submissionState, unitName: z.string(), unitCode: z.string() }),
  ),
  truncated: z.boolean(),
  /** Locations are single households: not shown to users who may see only aggregates. */
  hidden: z.boolean(),
});
export const crossQuery = summaryQuery.extend({
  by: z.enum(['ethnic', 'commune']).default('ethnic'),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export const crossResponse = z.object({
  by: z.enum(['ethnic', 'commune']),
  groups: z.array(z.object({ key: z.string(), code: z.string(), name: z.string() })),
  rows: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['count', 'answered', 'mean']),
      value: z.string().nullable(),
      values: z.array(z.number().nullable()),
      total: z.number().nullable(),
    }),
  ),
  suppression,
});
