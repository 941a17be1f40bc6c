import { z } from 'zod';
import { documentResponse, importResponse } from '../reporting-metadata/reporting-metadata.schema.js';

const bool = z.enum(['true', 'false']).transform((s) => s === 'true');
const text = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const ref = z.string().max(200);
/** A query parameter DHIS2 lets repeat (`?period=2025Q1&period=2025Q2`) or join with commas. */
const list = z
  .union([z.string().max(2000), z.array(z.string().max(200)).max(1000)])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

/** One DHIS2 data value; fields DHIS2 writes but we do not use (storedBy, created, lastUpdated, followup) are accepted and ignored. */
export const dhis2Value = z.strictObject({
  dataElement: ref,
  period: ref.optional(),
  orgUnit: ref.optional(),
  categoryOptionCombo: ref.nullable().optional(),
  attributeOptionCombo: ref.nullable().optional(),
  value: text.optional(),
  comment: z.string().max(2000).nullable().optional(),
  deleted: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  storedBy: z.string().max(200).nullable().optional(),
  created: z.string().max(50).nullable().optional(),
  lastUpdated: z.string().max(50).nullable().optional(),
  followup: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .nullable()
    .optional(),
});
export type Dhis2Value = z.infer<typeof dhis2Value>;

const scheme = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(['UID', 'CODE']));

const schemes = {
  idScheme: scheme.optional(),
  dataElementIdScheme: scheme.optional(),
  orgUnitIdScheme: scheme.optional(),
  categoryOptionComboIdScheme: scheme.optional(),
  dataSetIdScheme: scheme.optional(),
  /** ADX only: how category attributes and their options are named. */
  categoryIdScheme: scheme.optional(),
  categoryOptionIdScheme: scheme.optional(),
};
type SchemeParams = { [K in keyof typeof schemes]?: 'UID' | 'CODE' };

/**
 * A DHIS2 data value set. As in DHIS2, the header may carry the identifier schemes, `dryRun` and
 * `strategy`, which take precedence over the query; `completeDate` (DHIS2 also reads `completedDate`)
 * and `attributeCategoryOptions` are accepted.
 */
export const dataValueSet = z.strictObject({
  dataSet: ref.optional(),
  completeDate: z.string().max(50).nullable().optional(),
  completedDate: z.string().max(50).nullable().optional(),
  period: ref.optional(),
  orgUnit: ref.optional(),
  attributeOptionCombo: ref.nullable().optional(),
  attributeCategoryOptions: z.array(ref).max(50).nullable().optional(),
  ...schemes,
  dryRun: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  strategy: z.enum(['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE', 'NEW_AND_UPDATES', 'NEW', 'UPDATES']).optional(),
  importStrategy: z.enum(['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE', 'NEW_AND_UPDATES', 'NEW', 'UPDATES']).optional(),
  dataValues: z.array(dhis2Value).max(100000),
});
export type DataValueSet = z.infer<typeof dataValueSet>;

export const importQuery = z.strictObject({
  ...schemes,
  dryRun: bool.optional(),
  importStrategy: z.enum(['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE', 'NEW_AND_UPDATES', 'NEW', 'UPDATES']).optional(),
  atomicMode: z.enum(['ALL', 'NONE']).optional(),
  format: z.enum(['json', 'csv', 'xml', 'adx']).optional(),
  /** true: the import runs as a job; the answer names it and /api/system/tasks shows its progress. */
  async: bool.optional(),
  importReportMode: z.enum(['FULL', 'ERRORS', 'DEBUG']).optional(),
  /** true: a value whose period is not of the form's period type is a conflict (always the case here). */
  strictPeriods: bool.optional(),
  strictDataElements: bool.optional(),
  strictCategoryOptionCombos: bool.optional(),
  strictAttributeOptionCombos: bool.optional(),
  strictOrganisationUnits: bool.optional(),
  requireCategoryOptionCombo: bool.optional(),
  requireAttributeOptionCombo: bool.optional(),
  /** Accepted; every change is still audited (see docs/reporting.md, "Deliberate differences from DHIS2"). */
  skipAudit: bool.optional(),
  /** Accepted; submitted and approved reports stay closed (see docs/reporting.md, "Deliberate differences from DHIS2"). */
  force: bool.optional(),
  // Accepted for compatibility with DHIS2 scripts; they change nothing here.
  preheatCache: bool.optional(),
  skipExistingCheck: bool.optional(),
  skipNotifications: bool.optional(),
  skipLastUpdated: bool.optional(),
  skipCache: bool.optional(),
  mergeMode: z.enum(['REPLACE', 'MERGE']).optional(),
  firstRowIsHeader: bool.optional(),
});
export type ImportQuery = z.infer<typeof importQuery>;

export const exportQuery = z.strictObject({
  ...schemes,
  dataSet: list.optional(),
  period: list.optional(),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
  orgUnit: list.optional(),
  children: bool.optional(),
  lastUpdated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/)
    .optional(),
  includeDeleted: bool.optional(),
  format: z.enum(['json', 'csv', 'xml', 'adx']).optional(),
  /** DHIS2 pages an export only when asked (`paging=true`); `page` starts at 1. */
  paging: bool.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100_000).optional(),
  attributeOptionCombo: list.optional(),
  includeDescendants: bool.optional(),
  limit: z.coerce.number().int().min(1).max(1_000_000).optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;

export type Scheme = 'UID' | 'CODE';
export interface Schemes {
  dataElement: Scheme;
  orgUnit: Scheme;
  categoryOptionCombo: Scheme;
  dataSet: Scheme;
  category: Scheme;
  categoryOption: Scheme;
}

/** The identifier scheme of each kind; `fallback` when `idScheme` is not given (DHIS2: UID, but CODE for ADX). */
export function schemesOf(q: SchemeParams, fallback: Scheme = 'UID', header: SchemeParams = {}): Schemes {
  const pick = (k: keyof SchemeParams) => header[k] ?? q[k];
  const base = pick('idScheme') ?? fallback;
  const coc = pick('categoryOptionComboIdScheme') ?? base;
  return {
    dataElement: pick('dataElementIdScheme') ?? base,
    orgUnit: pick('orgUnitIdScheme') ?? base,
    categoryOptionCombo: coc,
    dataSet: pick('dataSetIdScheme') ?? base,
    category: pick('categoryIdScheme') ?? coc,
    categoryOption: pick('categoryOptionIdScheme') ?? coc,
  };
}

/** One exported value, as DHIS2 writes it. */
const exportedValue = z.object({
  dataElement: z.string(),
  period: z.string(),
  orgUnit: z.string(),
  categoryOptionCombo: z.string(),
  attributeOptionCombo: z.string(),
  value: z.string().nullable(),
  storedBy: z.string(),
  created: z.string(),
  lastUpdated: z.string(),
  comment: z.string().nullable(),
  followup: z.boolean(),
  /** Only with includeDeleted. */
  deleted: z.boolean().optional(),
});
const wireText = (what: string) => z.string().describe(what);

/** A data value set export in each format DHIS2 offers: JSON described fully, CSV / dxf2 XML / ADX as text. */
export const exportResponse = {
  200: {
    content: {
      'application/json': { schema: z.object({ dataSet: z.string().optional(), dataValues: z.array(exportedValue) }) },
      'text/csv': { schema: wireText('DHIS2 CSV: dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted') },
      'application/xml': { schema: wireText('DHIS2 dxf2 dataValueSet XML') },
      'application/adx+xml': { schema: wireText('ADX XML (by code unless idScheme says otherwise)') },
    },
  },
};

/** The answer to a data value set import, shaped like DHIS2's ImportSummary. */
export const importSummary = z.object({
  responseType: z.literal('ImportSummary'),
  status: z.enum(['SUCCESS', 'WARNING', 'ERROR']),
  description: z.string(),
  importOptions: z.object({
    idSchemes: z.record(z.string(), z.string()),
    dryRun: z.boolean(),
    async: z.boolean(),
    importStrategy: z.string(),
    atomicMode: z.string(),
    reportMode: z.string(),
    skipAudit: z.boolean(),
    strictPeriods: z.boolean(),
    force: z.boolean(),
  }),
  importCount: z.object({ imported: z.number(), updated: z.number(), ignored: z.number(), deleted: z.number() }),
  conflicts: z.array(
    z.object({
      /** The identifier the conflict is about, as the sender wrote it. */
      object: z.string(),
      /** The fields concerned and their values as sent (DHIS2 2.39+). */
      objects: z.record(z.string(), z.string()).optional(),
      /** What is wrong, in the caller's language. */
      value: z.string(),
      errorCode: z.string(),
      /** The field the conflict is about, when there is one. */
      property: z.string().optional(),
      /** Positions of the values concerned in the sent list (0-based). */
      indexes: z.array(z.number()),
    }),
  ),
  /** Positions of the values not taken (0-based). */
  rejectedIndexes: z.array(z.number()),
  /** Always "false": an import never submits a report (see docs/reporting.md, "Deliberate differences from DHIS2"). */
  dataSetComplete: z.string(),
});

/** DHIS2's WebMessage envelope: HTTP status repeated in the body, overall status, message and the payload. */
const webMessage = <T extends z.ZodType>(response: T) =>
  z.object({
    httpStatus: z.string(),
    httpStatusCode: z.number(),
    status: z.enum(['OK', 'WARNING', 'ERROR']),
    message: z.string(),
    response,
  });

/** A data value set import answer: 200 when nothing conflicted, 409 otherwise (as DHIS2). */
export const importSummaryResponse = webMessage(importSummary);

/** The answer to `async=true`: the job and where its progress is read. */
export const jobResponse = webMessage(
  z.object({ name: z.string(), id: z.string(), created: z.string(), jobType: z.string(), relativeNotifierEndpoint: z.string() }),
);

/** A WebMessage without payload (e.g. a refused single value). */
export const plainWebMessage = z.object({
  httpStatus: z.string(),
  httpStatusCode: z.number(),
  status: z.enum(['OK', 'WARNING', 'ERROR']),
  message: z.string(),
  errorCode: z.string().optional(),
  response: importSummary.optional(),
});

/** The answer to a DHIS2 metadata import: counts per kind, org units not found, and on a dry run the converted document. */
export const metadataImportResponse = importResponse.extend({
  unmatchedOrgUnits: z.array(z.object({ id: z.string(), code: z.string().optional(), name: z.string() })),
  /** Everything of the file not taken (validation rules, indicators, unmatched org units, references to items not in the file), and why. */
  dropped: z.array(z.object({ kind: z.string(), id: z.string(), name: z.string().optional(), reason: z.string() })),
  document: documentResponse.optional(),
});

/** The parameters of DHIS2's `/api/dataValues` (a single value). */
const singleFields = {
  de: ref.optional(),
  pe: ref.optional(),
  ou: ref.optional(),
  co: ref.optional(),
  cc: ref.optional(),
  cp: z.string().max(2000).optional(),
  ds: ref.optional(),
  value: z.string().max(50000).optional(),
  comment: z.string().max(2000).optional(),
  followUp: z.enum(['true', 'false']).optional(),
  force: z.enum(['true', 'false']).optional(),
};
export const singleValueQuery = z.strictObject({ ...singleFields, ...schemes });

/** A single value sent as a form (`de=…&pe=…`) or as DHIS2's JSON (`dataElement`, `period`, …). */
export const singleValueBody = z.strictObject({
  ...singleFields,
  dataElement: ref.optional(),
  period: ref.optional(),
  orgUnit: ref.optional(),
  categoryOptionCombo: ref.optional(),
  dataSet: ref.optional(),
  attribute: z.strictObject({ combo: ref.optional(), options: z.array(ref).max(50).optional() }).optional(),
  followup: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
});

/** One line of an import job's progress (DHIS2's notification). */
export const notification = z.object({
  uid: z.string(),
  id: z.string(),
  level: z.enum(['INFO', 'ERROR']),
  category: z.string(),
  time: z.string(),
  message: z.string(),
  completed: z.boolean(),
});
