import { z } from 'zod';

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
