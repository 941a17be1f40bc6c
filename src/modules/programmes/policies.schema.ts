import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

export const documentTypes = z.enum(['luat', 'nghi_dinh', 'quyet_dinh', 'thong_tu', 'nghi_quyet', 'cong_van', 'khac']);
export const documentStatus = z.enum(['not_yet', 'in_force', 'amended', 'replaced', 'expired']);
export const linkKind = z.enum(['amends', 'replaces', 'guides']);

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const subParams = idParams.extend({ sub: z.coerce.number().int().positive().max(2_147_483_647) });

export const documentQuery = z.strictObject({
  /** Words to find, with or without diacritics, in the number, type, title, issuer, summary or policies. */
  q: z.string().max(200).optional(),
  type: documentTypes.optional(),
  /** The day the status is computed for (today when left out). */
  date: isoDate.optional(),
  ...pagingFields,
});

export const documentBody = z.strictObject({
  number: z.string().trim().min(1).max(60),
  docType: documentTypes,
  title: z.string().trim().min(1).max(1000),
  issuer: z.string().trim().min(1).max(200),
  signedOn: isoDate.nullable().optional(),
  effectiveFrom: isoDate.nullable().optional(),
  expiresOn: isoDate.nullable().optional(),
  summary: z.string().max(10000).optional(),
  /** Shown on the public portal. */
  isPublic: z.boolean().optional(),
});

export const linkBody = z.strictObject({
  /** The document this one amends, replaces or guides. */
  toId: z.number().int().positive(),
  kind: linkKind,
  /** When the link takes effect (this document's effective date when left out). */
  effectiveOn: isoDate.nullable().optional(),
  note: z.string().max(1000).optional(),
});

export const policyBody = z.strictObject({
  name: z.string().trim().min(1).max(500),
  targetGroups: z.string().max(4000).optional(),
  benefits: z.string().max(4000).optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  /** Codes of the provinces or communes the policy applies to (none: nationwide). */
  areaCodes: z.array(z.string().trim().min(1).max(10)).max(500).optional(),
  /** The day the area codes are read on (today when left out). */
  areaDate: isoDate.optional(),
});

const link = z.object({
  id: z.number(),
  kind: linkKind,
  /** Whether this document is the one that amends/replaces/guides (out) or is amended/replaced/guided (in). */
  direction: z.enum(['out', 'in']),
  otherId: z.number(),
  otherNumber: z.string(),
  otherTitle: z.string(),
  effectiveOn: z.string().nullable(),
  note: z.string(),
});

const policy = z.object({
  id: z.number(),
  name: z.string(),
  targetGroups: z.string(),
  benefits: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), level: z.string() })),
});

export const documentItem = z.object({
  id: z.number(),
  number: z.string(),
  docType: documentTypes,
  docTypeName: z.string(),
  title: z.string(),
  issuer: z.string(),
  signedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  summary: z.string(),
  isPublic: z.boolean(),
  /** Owning area's unit id; null for national documents. */
  ownerUnitId: z.number().nullable(),
  status: documentStatus,
  statusDate: z.string(),
  file: z.object({ name: z.string(), type: z.string() }).nullable(),
  links: z.array(link),
  policies: z.array(policy),
  /** Whether the caller may change the document. */
  canEdit: z.boolean(),
});

export const documentList = pagedResponse(documentItem);
export const created = z.object({ id: z.number() });

/** A policy as a picker shows it: its name and its document's number. */
export const policyChoice = z.object({ id: z.number(), name: z.string(), documentId: z.number(), documentNumber: z.string() });
export const policyChoiceList = z.object({ items: z.array(policyChoice) });
