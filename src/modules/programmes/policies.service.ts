import type { Kysely } from 'kysely';
import type { DB, DocumentType } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, inReach, isVisible, type Scope } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { requireUnitOn } from '../admin-units/admin-units.lookup.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import {
  findPolicy,
  policyChoices,
  deleteLink,
  deletePolicy,
  documentFile,
  documentIdByNumber,
  findDocument,
  insertDocument,
  insertLink,
  insertPolicy,
  linksOf,
  listDocuments,
  policiesOf,
  setDocumentFile,
  updateDocument,
  type DocumentRow,
  type OwnerFilter,
} from './policies.repository.js';

export { linksOf, policiesOf, documentFile, type DocumentRow };

/** Policies the caller may name (national ones and those of documents of the area), for pickers. */
export function policyChoicesFor(db: Kysely<DB>, scope: Scope) {
  return policyChoices(db, ownersOf(scope));
}

/**
 * The policy a benefit cycle or an eligibility rule names: it must exist and belong to a document the
 * caller may read, else a 400 on `field` that says nothing of policies elsewhere.
 */
export async function policyFor(db: Kysely<DB>, scope: Scope, id: number, field: string) {
  const p = await findPolicy(db, id);
  if (!p || !ownerReadable(scope, p.owner_unit_id)) throw new AppError(400, 'policy_unknown', { id }, [{ field, code: 'policy_unknown', params: { id } }]);
  return p;
}

/** Names of the document types, as the library shows and searches them. */
export const DOCUMENT_TYPES: Record<DocumentType, { vi: string; en: string }> = {
  luat: { vi: 'Luật', en: 'Law' },
  nghi_dinh: { vi: 'Nghị định', en: 'Decree' },
  quyet_dinh: { vi: 'Quyết định', en: 'Decision' },
  thong_tu: { vi: 'Thông tư', en: 'Circular' },
  nghi_quyet: { vi: 'Nghị quyết', en: 'Resolution' },
  cong_van: { vi: 'Công văn', en: 'Official letter' },
  khac: { vi: 'Văn bản khác', en: 'Other document' },
};

export type DocumentStatus = 'not_yet' | 'in_force' | 'amended' | 'replaced' | 'expired';
type Link = Awaited<ReturnType<typeof linksOf>>[number];

/**
 * A document's status on a day: not yet in force before its effective date (or signing date),
 * expired after its expiry date, replaced once a replacing document takes effect, amended once an
 * amending one does, in force otherwise.
 */
export function statusOn(
  doc: { id: number; signed_on: string | null; effective_from: string | null; expires_on: string | null },
  links: Link[],
  date: string,
): DocumentStatus {
  const start = doc.effective_from ?? doc.signed_on;
  if (start && date < start) return 'not_yet';
  if (doc.expires_on && date > doc.expires_on) return 'expired';
  const active = links.filter((l) => l.to_document_id === doc.id && (!l.effective_on || l.effective_on <= date));
  if (active.some((l) => l.kind === 'replaces')) return 'replaced';
  if (active.some((l) => l.kind === 'amends')) return 'amended';
  return 'in_force';
}

/** Who may write the library and the programme tree: administrators everywhere, provincial officers for their province's items. */
export function mayManage(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'province_officer';
}

/** Documents and items of the caller's area: national ones and those owned by a unit the user reaches or sees. */
export function ownersOf(scope: Scope): OwnerFilter {
  return { unitIds: scope.all ? null : [...new Set([...scope.reach, ...scope.visible])] };
}

/** A national item (no owner) or one owned inside the area. */
export function ownerReadable(scope: Scope, ownerUnitId: number | null): boolean {
  return ownerUnitId === null || isVisible(scope, ownerUnitId);
}

/** National items are the national administrator's; others, the owner area's managers'. */
export function assertOwnerWritable(user: SessionUser, scope: Scope, ownerUnitId: number | null) {
  if (!mayManage(user)) throw new AppError(403, 'forbidden');
  if (ownerUnitId === null ? !scope.all : !inReach(scope, ownerUnitId)) throw new AppError(403, 'out_of_scope');
}

/** A document the caller may read, or a 404 that says nothing of documents elsewhere. */
export async function readableDocument(db: Kysely<DB>, scope: Scope | null, id: number): Promise<DocumentRow> {
  const d = await findDocument(db, id);
  if (!d || (scope ? !ownerReadable(scope, d.owner_unit_id) : !d.is_public))
    throw new AppError(404, 'legal_document_unknown', { id }, [{ field: 'id', code: 'legal_document_unknown', params: { id } }]);
  return d;
}

/** Folded words of a search, at most 8. */
export function searchWords(q: string | undefined): string[] {
  return searchKey(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
}

export function searchDocuments(
  db: Kysely<DB>,
  q: { owners: OwnerFilter; publicOnly: boolean; q?: string; docType?: DocumentType; page: number; pageSize: number },
) {
  return listDocuments(db, { owners: q.owners, publicOnly: q.publicOnly, words: searchWords(q.q), docType: q.docType, page: q.page, pageSize: q.pageSize });
}

export interface DocumentInput {
  number: string;
  docType: DocumentType;
  title: string;
  issuer: string;
  signedOn?: string | null;
  effectiveFrom?: string | null;
  expiresOn?: string | null;
  summary?: string;
  isPublic?: boolean;
}

function clean(s: string | undefined) {
  return (s ?? '').trim().replace(/\s+/g, ' ');
}

function documentFields(input: DocumentInput, ownerUnitId: number | null) {
  const effectiveFrom = input.effectiveFrom ?? null;
  const expiresOn = input.expiresOn ?? null;
  if (effectiveFrom && expiresOn && expiresOn < effectiveFrom)
    throw new AppError(400, 'legal_document_dates_invalid', {}, [{ field: 'expiresOn', code: 'legal_document_dates_invalid' }]);
  const number = clean(input.number);
  const title = clean(input.title);
  const issuer = clean(input.issuer);
  const summary = (input.summary ?? '').trim();
  return {
    number,
    docType: input.docType,
    title,
    issuer,
    signedOn: input.signedOn ?? null,
    effectiveFrom,
    expiresOn,
    summary,
    isPublic: input.isPublic ?? false,
    ownerUnitId,
    searchText: searchKey([number, DOCUMENT_TYPES[input.docType].vi, title, issuer, summary].join(' ')),
  };
}

async function assertNumberFree(db: Kysely<DB>, number: string, exceptId: number | null) {
  const other = await documentIdByNumber(db, clean(number));
  if (other !== null && other !== exceptId)
    throw new AppError(409, 'legal_document_number_taken', { number }, [{ field: 'number', code: 'legal_document_number_taken', params: { number } }]);
}

/** Adds a document: national when the caller has no area, else owned by the caller's area. */
export async function createDocument(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: DocumentInput): Promise<number> {
  const owner = user.scopeUnitId;
  assertOwnerWritable(user, scope, owner);
  const fields = documentFields(input, owner);
  return db.transaction().execute(async (trx) => {
    await assertNumberFree(trx, fields.number, null);
    const id = await insertDocument(trx, fields);
    await writeAudit(trx, actor, { action: 'create', entity: 'legal_document', entityId: id, unitId: owner, after: { ...fields, searchText: undefined } });
    return id;
  });
}

export async function changeDocument(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, input: DocumentInput): Promise<void> {
  const before = await readableDocument(db, scope, id);
  assertOwnerWritable(user, scope, before.owner_unit_id);
  const fields = documentFields(input, before.owner_unit_id);
  await db.transaction().execute(async (trx) => {
    await assertNumberFree(trx, fields.number, id);
    await updateDocument(trx, id, fields);
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'legal_document',
      entityId: id,
      unitId: before.owner_unit_id,
      before,
      after: { ...fields, searchText: undefined },
    });
  });
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** Attaches the document's text (PDF, Word or image, by its extension), replacing any earlier file. */
export async function attachFile(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, upload: { name: string; data: Buffer }) {
  const doc = await readableDocument(db, scope, id);
  assertOwnerWritable(user, scope, doc.owner_unit_id);
  const ext = upload.name.toLowerCase().split('.').pop() ?? '';
  const type = upload.name.includes('.') ? FILE_TYPES[ext] : undefined;
  if (!type)
    throw new AppError(400, 'legal_document_file_type', { type: ext || '?' }, [
      { field: 'file', code: 'legal_document_file_type', params: { type: ext || '?' } },
    ]);
  const file = { name: upload.name, type, data: upload.data };
  await db.transaction().execute(async (trx) => {
    await setDocumentFile(trx, id, file);
    await writeAudit(trx, actor, {
      action: 'attach_file',
      entity: 'legal_document',
      entityId: id,
      unitId: doc.owner_unit_id,
      before: { fileName: doc.file_name },
      after: { fileName: file.name, fileType: file.type, bytes: file.data.length },
    });
  });
}

export async function addLink(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  fromId: number,
  input: { toId: number; kind: 'amends' | 'replaces' | 'guides'; effectiveOn?: string | null; note?: string },
) {
  const from = await readableDocument(db, scope, fromId);
  assertOwnerWritable(user, scope, from.owner_unit_id);
  await readableDocument(db, scope, input.toId);
  if (fromId === input.toId) throw new AppError(400, 'legal_document_link_self', {}, [{ field: 'toId', code: 'legal_document_link_self' }]);
  const link = { fromId, toId: input.toId, kind: input.kind, effectiveOn: input.effectiveOn ?? from.effective_from ?? from.signed_on, note: clean(input.note) };
  return db.transaction().execute(async (trx) => {
    const id = await insertLink(trx, link);
    if (id === null) throw new AppError(409, 'legal_document_link_exists', {}, [{ field: 'toId', code: 'legal_document_link_exists' }]);
    await writeAudit(trx, actor, { action: 'create', entity: 'legal_document_link', entityId: id, unitId: from.owner_unit_id, after: link });
    return id;
  });
}

export async function removeLink(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, fromId: number, linkId: number) {
  const from = await readableDocument(db, scope, fromId);
  assertOwnerWritable(user, scope, from.owner_unit_id);
  const links = await linksOf(db, [fromId]);
  if (!links.some((l) => l.id === linkId && l.from_document_id === fromId)) throw new AppError(404, 'not_found');
  await db.transaction().execute(async (trx) => {
    const before = await deleteLink(trx, linkId);
    await writeAudit(trx, actor, { action: 'delete', entity: 'legal_document_link', entityId: linkId, unitId: from.owner_unit_id, before });
  });
}

export interface PolicyInput {
  name: string;
  targetGroups?: string;
  benefits?: string;
  validFrom?: string | null;
  validTo?: string | null;
  /** Codes of the units the policy applies to, as they are on `areaDate`. */
  areaCodes?: string[];
  areaDate: string;
}

export async function addPolicy(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, documentId: number, input: PolicyInput) {
  const doc = await readableDocument(db, scope, documentId);
  assertOwnerWritable(user, scope, doc.owner_unit_id);
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  if (validFrom && validTo && validTo < validFrom) throw new AppError(400, 'policy_dates_invalid', {}, [{ field: 'validTo', code: 'policy_dates_invalid' }]);
  const unitIds: number[] = [];
  for (const [i, code] of [...new Set(input.areaCodes ?? [])].entries()) {
    const unit = await requireUnitOn(db, code, input.areaDate, `areaCodes.${i}`);
    // A provincial policy can only name units of the province; a national one, any unit.
    if (doc.owner_unit_id !== null) assertWritable(scope, unit.id);
    unitIds.push(unit.id);
  }
  const p = {
    documentId,
    name: clean(input.name),
    targetGroups: (input.targetGroups ?? '').trim(),
    benefits: (input.benefits ?? '').trim(),
    validFrom,
    validTo,
    searchText: '',
  };
  p.searchText = searchKey([p.name, p.targetGroups, p.benefits].join(' '));
  return db.transaction().execute(async (trx) => {
    const id = await insertPolicy(trx, p, unitIds);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'policy',
      entityId: id,
      unitId: doc.owner_unit_id,
      after: { ...p, searchText: undefined, unitIds },
    });
    return id;
  });
}

export async function removePolicy(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, documentId: number, policyId: number) {
  const doc = await readableDocument(db, scope, documentId);
  assertOwnerWritable(user, scope, doc.owner_unit_id);
  const { policies } = await policiesOf(db, [documentId]);
  if (!policies.some((p) => p.id === policyId)) throw new AppError(404, 'not_found');
  await db.transaction().execute(async (trx) => {
    const before = await deletePolicy(trx, policyId).catch((e) => {
      // 23001: restrict_violation (the cycle or rule naming it); 23503 with NO ACTION.
      if (['23001', '23503'].includes((e as { code?: string }).code ?? '')) throw new AppError(409, 'policy_in_use', {});
      throw e;
    });
    await writeAudit(trx, actor, { action: 'delete', entity: 'policy', entityId: policyId, unitId: doc.owner_unit_id, before });
  });
}
