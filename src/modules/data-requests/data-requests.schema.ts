import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

const fieldKey = z.string().min(1).max(40);
const reason = z.string().max(1000);

/** A request to use register data, as another agency or a researcher files it. */
export const createRequestBody = z.strictObject({
  /** Agency, institute or university asking. */
  organisation: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  /** Person fields of the register (see GET /data-requests/fields). */
  fields: z.array(fieldKey).min(1).max(40),
  /** Whether names, ID numbers and exact dates are asked for; without it, persons carry pseudonymous ids. */
  identities: z.boolean().default(false),
  /** Code of the province, district or commune whose persons are asked for. */
  areaCode: z.string().trim().min(1).max(10),
  periodFrom: isoDate,
  periodTo: isoDate,
  purpose: z.string().max(1000),
  /** Law, decision or contract that allows the use. */
  legalBasis: z.string().max(1000),
  /** Days the requester will keep the data after access ends. */
  retentionDays: z.number().int().min(1).max(3660),
  /** A prepared extract to download, an API token that reads it, or both. */
  accessKind: z.enum(['extract', 'token', 'both']),
  /** Days the access lasts once approved. */
  accessDays: z.number().int().min(1).max(366),
});

export const approveBody = z.strictObject({
  reason,
  /** The fields granted: all asked for when left out, else a subset of them. */
  fields: z.array(fieldKey).min(1).max(40).optional(),
  /** Whether identities are granted (only if asked for); defaults to what was asked. */
  identities: z.boolean().optional(),
  /** Days of access granted (at most what was asked); defaults to what was asked. */
  accessDays: z.number().int().min(1).max(366).optional(),
});

export const reasonBody = z.strictObject({ reason });

export const idParams = z.strictObject({ id: z.coerce.number().int().min(1).max(2147483647) });

export const listQuery = z.strictObject({
  /** mine: the caller's own requests; review: requests for the caller's area (deciders only). */
  view: z.enum(['mine', 'review']).default('mine'),
  status: z.enum(['pending', 'approved', 'refused', 'revoked', 'expired']).optional(),
  ...pagingFields,
});

export const extractQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const rowsQuery = z.strictObject({ ...pagingFields });

const userRef = z.object({ id: z.number(), username: z.string().nullable(), fullName: z.string().nullable() }).nullable();

export const dataRequest = z.object({
  id: z.number(),
  requester: userRef,
  organisation: z.string(),
  title: z.string(),
  fields: z.array(z.string()),
  identities: z.boolean(),
  area: z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() }),
  periodFrom: z.string(),
  periodTo: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  retentionDays: z.number(),
  accessKind: z.enum(['extract', 'token', 'both']),
  accessDays: z.number(),
  status: z.enum(['pending', 'approved', 'refused', 'revoked', 'expired']),
  createdAt: z.string(),
  decidedBy: userRef,
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  approvedFields: z.array(z.string()).nullable(),
  approvedIdentities: z.boolean().nullable(),
  accessUntil: z.string().nullable(),
  /** The day by which the requester must have deleted their copy (end of access + retention). */
  retainUntil: z.string().nullable(),
  endedAt: z.string().nullable(),
  token: z
    .object({ id: z.number(), prefix: z.string(), expiresAt: z.string(), revokedAt: z.string().nullable(), lastUsedAt: z.string().nullable() })
    .nullable(),
  /** What the caller may do with it now. */
  can: z.object({ decide: z.boolean(), revoke: z.boolean(), download: z.boolean(), issueToken: z.boolean() }),
});

export const requestList = pagedResponse(dataRequest);

export const fieldList = z.object({
  items: z.array(z.object({ key: z.string(), vi: z.string(), en: z.string(), identifying: z.boolean() })),
});

/** Issuing a token takes nothing (an empty object may be sent). */
export const issueTokenBody = z.strictObject({}).optional();

export const tokenIssued = z.object({ secret: z.string(), request: dataRequest });

export const extractFile = z.string().meta({ format: 'binary' }).describe('Tệp CSV (UTF-8 có BOM) hoặc XLSX / the CSV or XLSX file');

export const extractRows = z.object({
  columns: z.array(z.object({ key: z.string(), vi: z.string(), en: z.string() })),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
