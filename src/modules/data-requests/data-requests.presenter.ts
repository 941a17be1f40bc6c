import type { SessionUser } from '../../server/context.js';
import { inReach, type Scope } from '../../server/scope.js';
import { addDays, dayInVN } from '../../shared/dates.js';
import type { RequestRow } from './data-requests.repository.js';
import { isDecider, type presentContext } from './data-requests.service.js';

type Ctx = Awaited<ReturnType<typeof presentContext>>;
const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A request as the API shows it, with what the caller may do with it now. */
export function presentRequest(r: RequestRow, ctx: Ctx, user: SessionUser, scope: Scope, now: number) {
  const person = (id: number | null) => {
    if (id === null) return null;
    const n = ctx.names.get(id);
    return { id, username: n?.username ?? null, fullName: n?.fullName ?? null };
  };
  const token = r.token_id ? ctx.tokens.get(r.token_id) : undefined;
  const live = r.status === 'approved' && r.access_until !== null && new Date(r.access_until).getTime() > now;
  const decider = isDecider(user) && inReach(scope, r.area_unit_id) && r.requester_id !== user.id;
  const mine = r.requester_id === user.id;
  return {
    id: r.id,
    requester: person(r.requester_id),
    organisation: r.organisation,
    title: r.title,
    fields: json<string[]>(r.fields),
    identities: r.identities,
    area: { id: r.area_unit_id, code: r.area_code, name: r.area_name, level: r.area_level },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    purpose: r.purpose,
    legalBasis: r.legal_basis,
    retentionDays: r.retention_days,
    accessKind: r.access_kind,
    accessDays: r.access_days,
    status: r.status,
    createdAt: iso(r.created_at)!,
    decidedBy: person(r.decided_by),
    decidedAt: iso(r.decided_at),
    decisionReason: r.decision_reason,
    approvedFields: r.approved_fields === null ? null : json<string[]>(r.approved_fields),
    approvedIdentities: r.approved_identities,
    accessUntil: iso(r.access_until),
    retainUntil: r.access_until ? addDays(dayInVN(new Date(r.access_until)), r.retention_days) : null,
    endedAt: iso(r.ended_at),
    token: token
      ? { id: token.id, prefix: token.prefix, expiresAt: iso(token.expiresAt)!, revokedAt: iso(token.revokedAt), lastUsedAt: iso(token.lastUsedAt) }
      : null,
    can: {
      decide: decider && r.status === 'pending',
      revoke: decider && r.status === 'approved',
      download: mine && live && r.access_kind !== 'token',
      issueToken: mine && live && r.access_kind !== 'extract',
    },
  };
}
