import type { DocumentRow, DocumentStatus } from './policies.service.js';
import { DOCUMENT_TYPES } from './policies.service.js';

type Link = {
  id: number;
  from_document_id: number;
  to_document_id: number;
  kind: 'amends' | 'replaces' | 'guides';
  effective_on: string | null;
  note: string;
} & {
  from_number: string;
  from_title: string;
  to_number: string;
  to_title: string;
};
type Policy = { id: number; document_id: number; name: string; target_groups: string; benefits: string; valid_from: string | null; valid_to: string | null };
type Area = { policy_id: number; code: string; name: string; level: string };

/** A library document as the API shows it. */
export function presentDocument(
  d: DocumentRow,
  ctx: { links: Link[]; policies: Policy[]; areas: Area[]; status: DocumentStatus; date: string; canEdit: boolean; lang: 'vi' | 'en' },
) {
  return {
    id: d.id,
    number: d.number,
    docType: d.doc_type,
    docTypeName: DOCUMENT_TYPES[d.doc_type][ctx.lang],
    title: d.title,
    issuer: d.issuer,
    signedOn: d.signed_on,
    effectiveFrom: d.effective_from,
    expiresOn: d.expires_on,
    summary: d.summary,
    isPublic: d.is_public,
    ownerUnitId: d.owner_unit_id,
    status: ctx.status,
    statusDate: ctx.date,
    file: d.file_name ? { name: d.file_name, type: d.file_type ?? 'application/octet-stream' } : null,
    links: ctx.links
      .filter((l) => l.from_document_id === d.id || l.to_document_id === d.id)
      .map((l) => {
        const out = l.from_document_id === d.id;
        return {
          id: l.id,
          kind: l.kind,
          direction: out ? ('out' as const) : ('in' as const),
          otherId: out ? l.to_document_id : l.from_document_id,
          otherNumber: out ? l.to_number : l.from_number,
          otherTitle: out ? l.to_title : l.from_title,
          effectiveOn: l.effective_on,
          note: l.note,
        };
      }),
    policies: ctx.policies
      .filter((p) => p.document_id === d.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        targetGroups: p.target_groups,
        benefits: p.benefits,
        validFrom: p.valid_from,
        validTo: p.valid_to,
        areas: ctx.areas.filter((a) => a.policy_id === p.id).map((a) => ({ code: a.code, name: a.name, level: a.level })),
      })),
    canEdit: ctx.canEdit,
  };
}
