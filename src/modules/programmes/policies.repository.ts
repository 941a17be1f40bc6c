import { type Kysely, sql } from 'kysely';
import type { DB, DocumentType } from '../../db/schema.js';
import { escapeLike } from '../../db/query-helpers.js';

/** Area filter of documents and programme items: national (no owner) or owned by one of the units. */
export interface OwnerFilter {
  /** null: every owner (a national user). */
  unitIds: number[] | null;
}

export interface DocumentFields {
  number: string;
  docType: DocumentType;
  title: string;
  issuer: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
  summary: string;
  isPublic: boolean;
  ownerUnitId: number | null;
  searchText: string;
}

const docColumns = [
  'd.id',
  'd.number',
  'd.doc_type',
  'd.title',
  'd.issuer',
  sql<string | null>`d.signed_on::text`.as('signed_on'),
  sql<string | null>`d.effective_from::text`.as('effective_from'),
  sql<string | null>`d.expires_on::text`.as('expires_on'),
  'd.summary',
  'd.is_public',
  'd.owner_unit_id',
  'd.file_name',
  'd.file_type',
  'd.updated_at',
] as const;

export type DocumentRow = Awaited<ReturnType<typeof findDocument>> & {};

function values(f: DocumentFields) {
  return {
    number: f.number,
    doc_type: f.docType,
    title: f.title,
    issuer: f.issuer,
    signed_on: f.signedOn,
    effective_from: f.effectiveFrom,
    expires_on: f.expiresOn,
    summary: f.summary,
    is_public: f.isPublic,
    owner_unit_id: f.ownerUnitId,
    search_text: f.searchText,
  };
}

export async function insertDocument(db: Kysely<DB>, f: DocumentFields): Promise<number> {
  const r = await db.insertInto('legal_document').values(values(f)).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateDocument(db: Kysely<DB>, id: number, f: DocumentFields): Promise<void> {
  await db
    .updateTable('legal_document')
    .set({ ...values(f), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setDocumentFile(db: Kysely<DB>, id: number, file: { name: string; type: string; data: Buffer }): Promise<void> {
  await db
    .updateTable('legal_document')
    .set({ file_name: file.name, file_type: file.type, file_data: file.data, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function documentFile(db: Kysely<DB>, id: number) {
  return db.selectFrom('legal_document').select(['file_name', 'file_type', 'file_data']).where('id', '=', id).executeTakeFirst();
}

export async function findDocument(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('legal_document as d')
    .select([...docColumns])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function documentIdByNumber(db: Kysely<DB>, number: string): Promise<number | null> {
  const r = await db.selectFrom('legal_document').select('id').where(sql`lower(number)`, '=', number.toLowerCase()).executeTakeFirst();
  return r?.id ?? null;
}

export interface DocumentQuery {
  owners: OwnerFilter;
  publicOnly: boolean;
  /** Folded search words: every word must appear in the document or in one of its policies. */
  words: string[];
  docType?: DocumentType;
  page: number;
  pageSize: number;
}

export async function listDocuments(db: Kysely<DB>, q: DocumentQuery) {
  let base = db.selectFrom('legal_document as d');
  if (q.publicOnly) base = base.where('d.is_public', '=', true);
  if (q.owners.unitIds) {
    const ids = q.owners.unitIds;
    base = base.where((eb) => eb.or([eb('d.owner_unit_id', 'is', null), ...(ids.length ? [eb('d.owner_unit_id', 'in', ids)] : [])]));
  }
  if (q.docType) base = base.where('d.doc_type', '=', q.docType);
  for (const w of q.words) {
    const pattern = `%${escapeLike(w)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('d.search_text', 'like', pattern),
        eb.exists(eb.selectFrom('policy as p').select('p.id').whereRef('p.document_id', '=', 'd.id').where('p.search_text', 'like', pattern)),
      ]),
    );
  }
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([...docColumns])
    .orderBy(sql`coalesce(d.signed_on, d.effective_from)`, (ob) => ob.desc().nullsLast())
    .orderBy('d.number')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Links from or to the documents, with the other document's number and title. */
export async function linksOf(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('legal_document_link as l')
    .innerJoin('legal_document as f', 'f.id', 'l.from_document_id')
    .innerJoin('legal_document as t', 't.id', 'l.to_document_id')
    .select([
      'l.id',
      'l.from_document_id',
      'l.to_document_id',
      'l.kind',
      sql<string | null>`l.effective_on::text`.as('effective_on'),
      'l.note',
      'f.number as from_number',
      'f.title as from_title',
      'f.owner_unit_id as from_owner',
      'f.is_public as from_public',
      't.number as to_number',
      't.title as to_title',
      't.owner_unit_id as to_owner',
      't.is_public as to_public',
    ])
    .where((eb) => eb.or([eb('l.from_document_id', 'in', ids), eb('l.to_document_id', 'in', ids)]))
    .orderBy('l.effective_on')
    .execute();
}

export async function insertLink(
  db: Kysely<DB>,
  l: { fromId: number; toId: number; kind: 'amends' | 'replaces' | 'guides'; effectiveOn: string | null; note: string },
): Promise<number | null> {
  const r = await db
    .insertInto('legal_document_link')
    .values({ from_document_id: l.fromId, to_document_id: l.toId, kind: l.kind, effective_on: l.effectiveOn, note: l.note })
    .onConflict((oc) => oc.columns(['from_document_id', 'to_document_id', 'kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function deleteLink(db: Kysely<DB>, id: number) {
  return db.deleteFrom('legal_document_link').where('id', '=', id).returningAll().executeTakeFirst();
}

export interface PolicyFields {
  documentId: number;
  name: string;
  targetGroups: string;
  benefits: string;
  validFrom: string | null;
  validTo: string | null;
  searchText: string;
}

export async function insertPolicy(db: Kysely<DB>, p: PolicyFields, unitIds: number[]): Promise<number> {
  const r = await db
    .insertInto('policy')
    .values({
      document_id: p.documentId,
      name: p.name,
      target_groups: p.targetGroups,
      benefits: p.benefits,
      valid_from: p.validFrom,
      valid_to: p.validTo,
      search_text: p.searchText,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (unitIds.length)
    await db
      .insertInto('policy_area')
      .values(unitIds.map((u) => ({ policy_id: r.id, unit_id: u })))
      .execute();
  return r.id;
}

export async function deletePolicy(db: Kysely<DB>, id: number) {
  return db.deleteFrom('policy').where('id', '=', id).returning(['id', 'document_id', 'name']).executeTakeFirst();
}

/** Policies of the documents with their areas (unit code and name, validity shown with the unit). */
export async function policiesOf(db: Kysely<DB>, documentIds: number[]) {
  if (!documentIds.length) return { policies: [], areas: [] };
  const policies = await db
    .selectFrom('policy')
    .select([
      'id',
      'document_id',
      'name',
      'target_groups',
      'benefits',
      sql<string | null>`valid_from::text`.as('valid_from'),
      sql<string | null>`valid_to::text`.as('valid_to'),
    ])
    .where('document_id', 'in', documentIds)
    .orderBy('id')
    .execute();
  const ids = policies.map((p) => p.id);
  const areas = ids.length
    ? await db
        .selectFrom('policy_area as a')
        .innerJoin('admin_unit as u', 'u.id', 'a.unit_id')
        .select(['a.policy_id', 'u.id as unit_id', 'u.code', 'u.name', 'u.level'])
        .where('a.policy_id', 'in', ids)
        .orderBy('u.code')
        .execute()
    : [];
  return { policies, areas };
}

/** One policy with its document's number and owner, or undefined. */
export function findPolicy(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('policy as p')
    .innerJoin('legal_document as d', 'd.id', 'p.document_id')
    .select(['p.id', 'p.name', 'p.document_id', 'd.number as document_number', 'd.owner_unit_id'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Policies of the documents the owner filter lets through, for pickers: newest document first. */
export function policyChoices(db: Kysely<DB>, owners: OwnerFilter) {
  let q = db
    .selectFrom('policy as p')
    .innerJoin('legal_document as d', 'd.id', 'p.document_id')
    .select(['p.id', 'p.name', 'p.document_id', 'd.number as document_number', 'd.owner_unit_id']);
  if (owners.unitIds) {
    const ids = owners.unitIds;
    q = q.where((eb) => eb.or([eb('d.owner_unit_id', 'is', null), ...(ids.length ? [eb('d.owner_unit_id', 'in', ids)] : [])]));
  }
  return q
    .orderBy(sql`coalesce(d.signed_on, d.effective_from)`, (ob) => ob.desc().nullsLast())
    .orderBy('p.id')
    .limit(1000)
    .execute();
}
