import { z } from 'zod';
import { documentResponse, importResponse } from '../reporting-metadata/reporting-metadata.schema.js';

const scheme = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(['UID', 'CODE']));
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

export const dataValueSet = z.strictObject({
  dataSet: ref.optional(),
  completeDate: z.string().max(50).nullable().optional(),
  period: ref.optional(),
  orgUnit: ref.optional(),
  attributeOptionCombo: ref.nullable().optional(),
  dataValues: z.array(dhis2Value).max(100000),
});
export type DataValueSet = z.infer<typeof dataValueSet>;

const schemes = {
  idScheme: scheme.optional(),
  dataElementIdScheme: scheme.optional(),
  orgUnitIdScheme: scheme.optional(),
  categoryOptionComboIdScheme: scheme.optional(),
  dataSetIdScheme: scheme.optional(),
};

export const importQuery = z.strictObject({
  ...schemes,
  dryRun: bool.optional(),
  importStrategy: z.enum(['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE', 'NEW_AND_UPDATES', 'NEW', 'UPDATES']).optional(),
  atomicMode: z.enum(['ALL', 'NONE']).optional(),
  format: z.enum(['json', 'csv', 'xml', 'adx']).optional(),
  // Accepted for compatibility with DHIS2 scripts; they change nothing here.
  async: z.literal('false').optional(),
  preheatCache: bool.optional(),
  skipExistingCheck: bool.optional(),
  skipAudit: z.literal('false').optional(),
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
});
export type ExportQuery = z.infer<typeof exportQuery>;

export type Scheme = 'UID' | 'CODE';
export interface Schemes {
  dataElement: Scheme;
  orgUnit: Scheme;
  categoryOptionCombo: Scheme;
  dataSet: Scheme;
}

/** The identifier scheme of each kind; `fallback` when `idScheme` is not given (DHIS2: UID, but CODE for ADX). */
export function schemesOf(q: z.infer<z.ZodObject<typeof schemes>>, fallback: Scheme = 'UID'): Schemes {
  const base = q.idScheme ?? fallback;
  return {
    dataElement: q.dataElementIdScheme ?? base,
    orgUnit: q.orgUnitIdScheme ?? base,
    categoryOptionCombo: q.categoryOptionComboIdScheme ?? base,
    dataSet: q.dataSetIdScheme ?? base,
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
export const importSummaryResponse = z.object({
  responseType: z.literal('ImportSummary'),
  status: z.enum(['SUCCESS', 'WARNING', 'ERROR']),
  description: z.string(),
  importOptions: z.object({ dryRun: z.boolean(), importStrategy: z.string(), atomicMode: z.string() }),
  importCount: z.object({ imported: z.number(), updated: z.number(), ignored: z.number(), deleted: z.number() }),
  conflicts: z.array(
    z.object({
      /** The identifier the conflict is about, as the sender wrote it. */
      object: z.string(),
      /** What is wrong, in the caller's language. */
      value: z.string(),
      errorCode: z.string(),
      /** Positions of the values concerned in the sent list (0-based). */
      indexes: z.array(z.number()),
    }),
  ),
});

/** The answer to a DHIS2 metadata import: counts per kind, org units not found, and on a dry run the converted document. */
export const metadataImportResponse = importResponse.extend({
  unmatchedOrgUnits: z.array(z.object({ id: z.string(), code: z.string().optional(), name: z.string() })),
  document: documentResponse.optional(),
});
