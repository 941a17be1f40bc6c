import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

export const nodeKind = z.enum(['programme', 'project', 'sub_project', 'activity']);
export const moneySource = z.enum(['central', 'local', 'loan', 'other']);
export const moneyKind = z.enum(['allocation', 'commitment', 'disbursement']);
const year = z.coerce.number().int().min(2000).max(2100);
/** Money in đồng: a string of digits (or a safe integer); decimals are refused. */
const money = z.union([z.string().max(40), z.number()]);

export const treeQuery = z.strictObject({
  /** Only this item and what lies under it. */
  root: z.coerce.number().int().positive().optional(),
  /** Year of the indicator targets shown (none when left out). */
  year: year.optional(),
});

const indicator = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  measure: z.string(),
  dataElementCode: z.string().nullable(),
  targets: z.array(z.object({ unitCode: z.string(), unitName: z.string(), year: z.number(), target: z.string() })),
});

export const nodeItem = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  kind: nodeKind,
  code: z.string(),
  name: z.string(),
  depth: z.number(),
  documentId: z.number().nullable(),
  startYear: z.number().nullable(),
  endYear: z.number().nullable(),
  ownerUnitId: z.number().nullable(),
  indicators: z.array(indicator),
});
export const nodeTree = z.object({ items: z.array(nodeItem), canManage: z.boolean(), canRecord: z.boolean() });

export const nodeBody = z.strictObject({
  parentId: z.number().int().positive(),
  kind: nodeKind.exclude(['programme']),
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(500),
  documentId: z.number().int().positive().nullable().optional(),
  startYear: year.nullable().optional(),
  endYear: year.nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});

export const indicatorBody = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(500),
  measure: z.string().max(60).optional(),
  /** A data element of the report catalogue this indicator is reported through. */
  dataElementCode: z.string().max(60).nullable().optional(),
});

export const targetBody = z.strictObject({
  unitCode: z.string().trim().min(1).max(10),
  /** The day the unit code is read on (today when left out). */
  date: isoDate.optional(),
  year,
  target: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export const moneyBody = z.strictObject({
  nodeId: z.number().int().positive(),
  unitCode: z.string().trim().min(1).max(10),
  year,
  source: moneySource,
  kind: moneyKind,
  amount: money,
  /** Day of the decision or payment; the unit code is read on this day. */
  onDate: isoDate,
  note: z.string().max(1000).optional(),
});

export const moneyQuery = z.strictObject({
  node: z.coerce.number().int().positive().optional(),
  year: year.optional(),
  kind: moneyKind.optional(),
  ...pagingFields,
});

export const moneyItem = z.object({
  id: z.number(),
  nodeId: z.number(),
  nodeCode: z.string(),
  nodeName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  year: z.number(),
  source: moneySource,
  kind: moneyKind,
  /** Đồng, as a string of digits. */
  amount: z.string(),
  onDate: z.string(),
  note: z.string(),
});
export const moneyList = pagedResponse(moneyItem);

export const budgetQuery = z.strictObject({ root: z.coerce.number().int().positive().optional(), year });

const figures = { allocated: z.string(), committed: z.string(), disbursed: z.string(), rate: z.number().nullable() };
export const budgetSummary = z.object({
  nodeId: z.number(),
  nodeName: z.string(),
  year: z.number(),
  total: z.object(figures),
  byNode: z.array(z.object({ nodeId: z.number(), code: z.string(), name: z.string(), ...figures })),
  byUnit: z.array(z.object({ unitId: z.number(), code: z.string(), name: z.string(), ...figures })),
  byMonth: z.array(z.object({ month: z.number(), disbursed: z.string(), cumulative: z.string(), rate: z.number().nullable() })),
  bySource: z.array(z.object({ source: moneySource, ...figures })),
});

export const fillBody = z.strictObject({
  unitCode: z.string().trim().min(1).max(10),
  /** Quarter, e.g. 2025Q3. */
  period: z
    .string()
    .trim()
    .regex(/^\d{4}Q[1-4]$/),
});
export const fillResponse = z.object({
  dataSet: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  allocated: z.string(),
  disbursed: z.string(),
  values: z.array(z.object({ code: z.string(), value: z.string() })),
  saved: z.number(),
  unchanged: z.number(),
});
