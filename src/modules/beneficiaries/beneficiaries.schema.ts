import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';
import { bodyId, idParam } from '../../shared/ids.js';

export { idParams } from '../../shared/ids.js';

const label = z.string();
const optionalId = bodyId.nullable().optional();

// Rules.

/** A rule tree: `{ op: 'and' | 'or', children: [...] }`, `{ op: 'not', child }` or a condition `{ field, operator, value, year? }`. */
export const ruleTree = z.unknown().describe('Cây điều kiện / rule tree: {op:"and"|"or",children:[…]} | {op:"not",child} | {field,operator,value,year?}');

export const ruleInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  tree: ruleTree,
  programmeNodeId: optionalId,
  policyId: optionalId,
  /** What changed, kept with the version. */
  note: z.string().trim().max(500).optional(),
});

export const ruleVersionOut = z.object({ version: z.number(), tree: z.unknown(), note: z.string(), createdAt: z.string(), createdBy: z.string().nullable() });

export const rule = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  programmeNodeId: z.number().nullable(),
  policyId: z.number().nullable(),
  currentVersion: z.number(),
  tree: z.unknown(),
  versions: z.array(ruleVersionOut),
  writable: z.boolean(),
  updatedAt: z.string(),
});
export const ruleList = z.object({ items: z.array(rule.omit({ versions: true, tree: true })) });
export const ruleListQuery = z.strictObject({ q: z.string().max(100).optional() });

export const fieldCatalogue = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      type: z.string(),
      label,
      operators: z.array(z.object({ key: z.string(), label })),
      codes: z.array(z.object({ code: z.string(), label })),
      min: z.number().nullable(),
      max: z.number().nullable(),
    }),
  ),
});

export const previewBody = z.strictObject({
  tree: ruleTree,
  /** The register as it stood on this day (default today). */
  date: isoDate.optional(),
  ...pagingFields,
});

const fact = z.object({ condition: z.string(), value: z.string().nullable(), met: z.boolean() });
export const personRow = z.object({
  personId: z.number(),
  fullName: z.string(),
  householdCode: z.string().nullable(),
  commune: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  villageName: z.string().nullable(),
  sex: z.string(),
  birthYear: z.number(),
  ethnicName: z.string(),
  facts: z.array(fact),
});
export const previewResult = z.object({ date: z.string(), total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(personRow) });

// Lists.

export const runBody = z.strictObject({
  date: isoDate.optional(),
  /** A version of the rule (default: the current one). */
  version: z.number().int().positive().max(100000).optional(),
  name: z.string().trim().max(200).optional(),
});

const reason = z.object({
  kind: z.enum(['condition', 'entered', 'left', 'rule_changed']),
  text: z.string(),
});
const diffPerson = z.object({ personId: z.number(), fullName: z.string(), reasons: z.array(reason) });
export const list = z.object({
  id: z.number(),
  name: z.string(),
  source: z.enum(['rule', 'prestigious']),
  ruleId: z.number().nullable(),
  ruleVersion: z.number().nullable(),
  asOfDate: z.string(),
  personCount: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  diff: z.object({ previousListId: z.number(), previousDate: z.string(), added: z.array(diffPerson), removed: z.array(diffPerson) }).nullable(),
});
export const listList = z.object({ items: z.array(list.omit({ diff: true })) });
export const listListQuery = z.strictObject({ ruleId: idParam.optional() });
export const entryQuery = z.strictObject({ q: z.string().max(100).optional(), ...pagingFields });
export const entryList = pagedResponse(personRow);

// Cycles.

const money = z.union([z.number(), z.string().max(40)]).describe('Số đồng nguyên / whole đồng (number or digits)');
export const cycleInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  listId: bodyId,
  year: z.number().int().min(2000).max(2100),
  tranche: z.number().int().min(1).max(12).optional(),
  /** What is given (the same code across programmes and cycles marks the same benefit). */
  benefitCode: z.string().trim().min(1).max(60),
  kind: z.enum(['cash', 'in_kind', 'service']),
  amountDong: money.nullable().optional(),
  itemName: z.string().trim().max(200).nullable().optional(),
  quantity: z.number().int().min(1).max(1_000_000).nullable().optional(),
  itemUnit: z.string().trim().max(40).nullable().optional(),
  programmeNodeId: optionalId,
  policyId: optionalId,
});
export const cycle = z.object({
  id: z.number(),
  name: z.string(),
  listId: z.number(),
  listName: z.string(),
  programmeNodeId: z.number().nullable(),
  policyId: z.number().nullable(),
  year: z.number(),
  tranche: z.number(),
  benefitCode: z.string(),
  kind: z.enum(['cash', 'in_kind', 'service']),
  /** Per person, exact đồng as digits. */
  amountDong: z.string().nullable(),
  itemName: z.string().nullable(),
  quantity: z.number().nullable(),
  itemUnit: z.string().nullable(),
  status: z.enum(['draft', 'submitted', 'approved', 'closed']),
  persons: z.number(),
  deliveries: z.number(),
  /** Đồng delivered so far, exact digits. */
  deliveredDong: z.string(),
  deliveredQuantity: z.number(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** What the caller may do next. */
  actions: z.array(z.enum(['submit', 'approve', 'return', 'close', 'deliver'])),
});
export const cycleList = z.object({ items: z.array(cycle) });
export const cycleListQuery = z.strictObject({ listId: idParam.optional() });
export const cycleAction = z.strictObject({ id: idParam, action: z.enum(['submit', 'approve', 'return', 'close']) });

export const deliveryInput = z.strictObject({
  personId: bodyId,
  deliveredOn: isoDate,
  amountDong: money.nullable().optional(),
  quantity: z.number().int().min(1).max(1_000_000).nullable().optional(),
  receiverName: z.string().trim().min(1).max(200),
  note: z.string().trim().max(1000).optional(),
});
export const delivery = z.object({
  id: z.number(),
  personId: z.number(),
  fullName: z.string(),
  householdCode: z.string().nullable(),
  deliveredOn: z.string(),
  amountDong: z.string().nullable(),
  quantity: z.number().nullable(),
  receiverName: z.string(),
  note: z.string(),
  evidenceKind: z.string().nullable(),
  /** The same benefit received by this person the same year in other cycles. */
  duplicates: z.array(z.object({ cycleId: z.number(), cycleName: z.string(), deliveredOn: z.string().optional() })),
});
export const deliveryList = z.object({ items: z.array(delivery), totalDong: z.string(), totalQuantity: z.number() });
export const deliveryCreated = z.object({ id: z.number(), duplicates: z.array(z.object({ cycleId: z.number(), cycleName: z.string() })) });
export const evidenceParams = z.strictObject({ id: idParam });
export const evidenceQuery = z.strictObject({ kind: z.enum(['signature', 'photo']).default('signature') });
export const evidenceFile = z.string().describe('PNG / JPEG');

export const grievanceInput = z.strictObject({
  personId: optionalId,
  complainant: z.string().trim().min(1).max(200),
  content: z.string().trim().min(5).max(4000),
});
export const grievanceAnswer = z.strictObject({
  status: z.enum(['open', 'in_progress', 'resolved', 'rejected']),
  answer: z.string().trim().max(4000).nullable().optional(),
});
export const grievance = z.object({
  id: z.number(),
  cycleId: z.number(),
  personId: z.number().nullable(),
  complainant: z.string(),
  content: z.string(),
  status: z.enum(['open', 'in_progress', 'resolved', 'rejected']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export const grievanceList = z.object({ items: z.array(grievance) });
