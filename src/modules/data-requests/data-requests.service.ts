import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { can, inReach, type Scope } from '../../server/scope.js';
import { dayInVN, todayVN } from '../../shared/dates.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { formatDateVi, requireUnitOn } from '../admin-units/admin-units.lookup.js';
import { completeAccess, recordAccess } from '../access-log/access-log.service.js';
import { createToken, revokeIssuedToken, tokenById } from '../accounts/tokens.service.js';
import { userNamesByIds } from '../accounts/user-names.service.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import type { Cell, ExportColumn } from '../register-export/register-export.columns.js';
import { PERSON_COLUMNS, personBatches } from '../register-export/register-export.service.js';
import { ethnicNameMap, type PersonRow } from '../register/persons.service.js';
import {
  dueToExpire,
  endAccess,
  findRequest,
  insertRequest,
  listRequests,
  lockRequest,
  pseudonymKey,
  setDecision,
  setToken,
  type RequestRow,
  type RequestStatus,
} from './data-requests.repository.js';
import type { approveBody, createRequestBody } from './data-requests.schema.js';
import type { z } from 'zod';

const DAY_MS = 86_400_000;

/**
 * Person fields that identify someone: asked for only together with identities. Without
 * identities an extract carries a pseudonymous id instead of the person's id.
 */
export const IDENTIFYING_FIELDS = new Set(['fullName', 'cccd', 'birthDate', 'householdCode', 'deathDate']);

/** The register's person fields a request may ask for. */
export function requestableFields() {
  return PERSON_COLUMNS.map(({ key, vi, en }) => ({ key, vi, en, identifying: IDENTIFYING_FIELDS.has(key) }));
}

/** Who may approve, refuse and revoke requests, and read the data-protection report: provincial officers and administrators. */
export function isDecider(user: SessionUser): boolean {
  return can(user, 'read_audit');
}

function fieldError(fields: string[]) {
  const valid = PERSON_COLUMNS.map((c) => c.key).join(', ');
  return new AppError(400, 'data_request_unknown_fields', { fields: fields.join(', '), valid }, [
    { field: 'fields', code: 'data_request_unknown_fields', value: fields, params: { fields: fields.join(', '), valid } },
  ]);
}

function cleanText(s: string) {
  return s.trim().replace(/\s+/g, ' ');
}

function requireReason(input: string): string {
  const r = cleanText(input);
  if (r.length < 5) throw new AppError(400, 'data_request_reason_required', {}, [{ field: 'reason', code: 'data_request_reason_required' }]);
  return r;
}

/** Files a request: every field checked before anything is written. */
export async function fileRequest(db: Kysely<DB>, user: SessionUser, actor: Actor, body: z.infer<typeof createRequestBody>, now: number) {
  const fields = [...new Set(body.fields)];
  const unknown = fields.filter((f) => !PERSON_COLUMNS.some((c) => c.key === f));
  if (unknown.length) throw fieldError(unknown);
  const identifying = fields.filter((f) => IDENTIFYING_FIELDS.has(f));
  if (identifying.length && !body.identities)
    throw new AppError(400, 'data_request_identities_needed', { fields: identifying.join(', ') }, [
      { field: 'fields', code: 'data_request_identities_needed', params: { fields: identifying.join(', ') } },
    ]);
  if (body.periodFrom > body.periodTo) throw new AppError(400, 'data_request_period_invalid', {}, [{ field: 'periodTo', code: 'data_request_period_invalid' }]);
  const purpose = cleanText(body.purpose);
  if (purpose.length < 10) throw new AppError(400, 'data_request_purpose_required', {}, [{ field: 'purpose', code: 'data_request_purpose_required' }]);
  const legalBasis = cleanText(body.legalBasis);
  if (legalBasis.length < 5)
    throw new AppError(400, 'data_request_legal_basis_required', {}, [{ field: 'legalBasis', code: 'data_request_legal_basis_required' }]);
  const unit = await requireUnitOn(db, body.areaCode, todayVN(), 'areaCode');
  const row = {
    requesterId: user.id,
    organisation: cleanText(body.organisation),
    title: cleanText(body.title),
    fields,
    identities: body.identities,
    areaUnitId: unit.id,
    periodFrom: body.periodFrom,
    periodTo: body.periodTo,
    purpose,
    legalBasis,
    retentionDays: body.retentionDays,
    accessKind: body.accessKind,
    accessDays: body.accessDays,
    createdAt: new Date(now),
  };
  return db.transaction().execute(async (trx) => {
    const id = await insertRequest(trx, row);
    await writeAudit(trx, actor, { action: 'create', entity: 'data_request', entityId: id, unitId: unit.id, after: { ...row, createdAt: undefined } });
    return id;
  });
}

/** A request the caller may see (the requester, or a decider whose area holds it); others get a 404. */
export async function visibleRequest(db: Kysely<DB>, user: SessionUser, scope: Scope, id: number): Promise<RequestRow> {
  const r = await findRequest(db, id);
  if (!r) throw new AppError(404, 'not_found');
  if (r.requester_id === user.id) return r;
  if (isDecider(user) && inReach(scope, r.area_unit_id) && !user.token) return r;
  throw new AppError(404, 'not_found');
}

export function listOf(db: Kysely<DB>, f: { requesterId?: number; areaUnitIds?: number[] | null; status?: RequestStatus; page: number; pageSize: number }) {
  return listRequests(db, f);
}

/** Approves a pending request for at most what was asked, starting its access now. */
export async function approveRequest(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  id: number,
  body: z.infer<typeof approveBody>,
  now: number,
) {
  const r = await decidable(db, user, scope, id);
  const reason = requireReason(body.reason);
  const asked = r.fields as string[];
  const fields = body.fields ? [...new Set(body.fields)] : asked;
  const notAsked = fields.filter((f) => !asked.includes(f));
  if (notAsked.length)
    throw new AppError(400, 'data_request_fields_not_asked', { fields: notAsked.join(', ') }, [
      { field: 'fields', code: 'data_request_fields_not_asked', value: notAsked, params: { fields: notAsked.join(', ') } },
    ]);
  const identities = body.identities ?? r.identities;
  if (identities && !r.identities)
    throw new AppError(400, 'data_request_identities_not_asked', {}, [{ field: 'identities', code: 'data_request_identities_not_asked' }]);
  // Identifying fields go only with identities.
  const granted = identities ? fields : fields.filter((f) => !IDENTIFYING_FIELDS.has(f));
  if (!granted.length)
    throw new AppError(400, 'data_request_identities_needed', { fields: fields.join(', ') }, [
      { field: 'fields', code: 'data_request_identities_needed', params: { fields: fields.join(', ') } },
    ]);
  const days = body.accessDays ?? r.access_days;
  if (days > r.access_days)
    throw new AppError(400, 'data_request_days_exceed', { days: r.access_days }, [
      { field: 'accessDays', code: 'data_request_days_exceed', params: { days: r.access_days } },
    ]);
  const accessUntil = new Date(now + days * DAY_MS);
  await db.transaction().execute(async (trx) => {
    const locked = await lockRequest(trx, id);
    if (locked?.status !== 'pending') throw new AppError(409, 'data_request_not_pending');
    await setDecision(trx, id, {
      status: 'approved',
      by: user.id,
      at: new Date(now),
      reason,
      approvedFields: granted,
      approvedIdentities: identities,
      accessUntil,
    });
    await writeAudit(trx, actor, {
      action: 'approve',
      entity: 'data_request',
      entityId: id,
      unitId: r.area_unit_id,
      before: { status: 'pending', fields: asked, identities: r.identities, accessDays: r.access_days },
      after: { status: 'approved', reason, fields: granted, identities, accessUntil: accessUntil.toISOString() },
    });
  });
}

export async function refuseRequest(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, reasonInput: string, now: number) {
  const r = await decidable(db, user, scope, id);
  const reason = requireReason(reasonInput);
  await db.transaction().execute(async (trx) => {
    const locked = await lockRequest(trx, id);
    if (locked?.status !== 'pending') throw new AppError(409, 'data_request_not_pending');
    await setDecision(trx, id, {
      status: 'refused',
      by: user.id,
      at: new Date(now),
      reason,
      approvedFields: null,
      approvedIdentities: null,
      accessUntil: null,
    });
    await writeAudit(trx, actor, {
      action: 'refuse',
      entity: 'data_request',
      entityId: id,
      unitId: r.area_unit_id,
      before: { status: 'pending' },
      after: { status: 'refused', reason },
    });
  });
}

/** A request a decider acts on (decides, revokes): one they see whose area is in theirs. */
async function underDecider(db: Kysely<DB>, user: SessionUser, scope: Scope, id: number) {
  if (!isDecider(user)) throw new AppError(403, 'forbidden');
  const r = await visibleRequest(db, user, scope, id);
  if (!inReach(scope, r.area_unit_id)) throw new AppError(403, 'out_of_scope');
  return r;
}

async function decidable(db: Kysely<DB>, user: SessionUser, scope: Scope, id: number) {
  const r = await underDecider(db, user, scope, id);
  if (r.requester_id === user.id) throw new AppError(403, 'data_request_own_decision');
  if (r.status !== 'pending') throw new AppError(409, 'data_request_not_pending');
  return r;
}

/** Ends an approved request's access before its expiry; its token is revoked with it. */
export async function revokeRequest(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, reasonInput: string, now: number) {
  const r = await underDecider(db, user, scope, id);
  const reason = requireReason(reasonInput);
  await db.transaction().execute(async (trx) => {
    if (!(await endAccess(trx, id, 'revoked', new Date(now)))) throw new AppError(409, 'data_request_not_active');
    if (r.token_id) await revokeIssuedToken(trx, actor, r.token_id, user.id, now, `data_request ${id} revoked`);
    await writeAudit(trx, actor, {
      action: 'revoke',
      entity: 'data_request',
      entityId: id,
      unitId: r.area_unit_id,
      before: { status: 'approved' },
      after: { status: 'revoked', reason },
    });
  });
}

/** Ends the access of every approved request whose time has run out, revoking their tokens (run before any read of requests). */
export async function expireDueRequests(db: Kysely<DB>, now: number): Promise<number> {
  const due = await dueToExpire(db, new Date(now));
  for (const d of due) {
    await db.transaction().execute(async (trx) => {
      if (!(await endAccess(trx, d.id, 'expired', new Date(now)))) return;
      const system: Actor = { userId: null, username: 'system', ip: null };
      if (d.token_id) await revokeIssuedToken(trx, system, d.token_id, d.requester_id, now, `data_request ${d.id} expired`);
      await writeAudit(trx, system, {
        action: 'expire',
        entity: 'data_request',
        entityId: d.id,
        before: { status: 'approved' },
        after: { status: 'expired', accessUntil: new Date(d.access_until!).toISOString() },
      });
    });
  }
  return due.length;
}

/** Why a request gives no access now, as an error; nothing when it does. */
function refuseInactive(r: RequestRow, now: number): void {
  if (r.status === 'expired' || (r.status === 'approved' && r.access_until && new Date(r.access_until).getTime() <= now))
    throw new AppError(410, 'data_request_expired', { date: formatDateVi(dayInVN(new Date(r.access_until!))) });
  if (r.status === 'revoked') throw new AppError(410, 'data_request_revoked');
  if (r.status !== 'approved') throw new AppError(403, 'data_request_not_approved');
}

/**
 * Issues the request's API token (to its requester, shown once): it reaches only this request's
 * extract and lasts no longer than the access; a new one replaces the old.
 */
export async function issueToken(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number, now: number) {
  const r = await findRequest(db, id);
  if (!r || r.requester_id !== user.id || user.token) throw new AppError(404, 'not_found');
  refuseInactive(r, now);
  if (r.access_kind === 'extract') throw new AppError(400, 'data_request_no_token');
  const days = Math.max(1, Math.ceil((new Date(r.access_until!).getTime() - now) / DAY_MS));
  if (r.token_id) await db.transaction().execute((trx) => revokeIssuedToken(trx, actor, r.token_id!, user.id, now, `data_request ${id} token replaced`));
  const { secret, token } = await createToken(
    db,
    user,
    actor,
    { name: `Yêu cầu dữ liệu #${id} (${now})`, scopes: [{ area: 'dataUse', access: 'read' }], expiresInDays: days },
    now,
    `data_request:${id}`,
  );
  await setToken(db, id, token.id);
  return secret;
}

/** The request behind a download or read of its data, after checking the caller, the kind of access and the time. */
export async function openAccess(db: Kysely<DB>, user: SessionUser, id: number, now: number): Promise<RequestRow> {
  const r = await findRequest(db, id);
  if (!r || r.requester_id !== user.id) throw new AppError(404, 'not_found');
  if (user.token) {
    if (user.token.id !== r.token_id) throw new AppError(403, 'data_request_wrong_token');
  }
  refuseInactive(r, now);
  if (user.token && r.access_kind === 'extract') throw new AppError(403, 'data_request_no_token');
  if (!user.token && r.access_kind === 'token') throw new AppError(403, 'data_request_no_extract');
  return r;
}

/** A column of an extract: approved person fields, after the person's id or pseudonym. */
export interface ExtractColumn {
  key: string;
  vi: string;
  en: string;
  value(p: PersonRow): Cell;
}

/** HMAC-SHA256 of the request and person ids with the server secret: stable within a request, unlinkable across requests. */
export function pseudonym(key: string, requestId: number, personId: number): string {
  return crypto.createHmac('sha256', key).update(`${requestId}:${personId}`).digest('hex').slice(0, 24);
}

/** The secret of pseudonymous ids: PSEUDONYM_SECRET when set, else one made once and kept in the database. */
export async function serverKey(db: Kysely<DB>): Promise<string> {
  return process.env.PSEUDONYM_SECRET || pseudonymKey(db, crypto.randomBytes(32).toString('base64url'));
}

export async function extractColumns(db: Kysely<DB>, r: RequestRow): Promise<ExtractColumn[]> {
  const names = await ethnicNameMap(db);
  const ctx = { ethnicName: (code: string | null) => (code === null ? null : (names.get(code) ?? code)) };
  const key = await serverKey(db);
  const first: ExtractColumn = r.approved_identities
    ? { key: 'personId', vi: 'Mã nhân khẩu', en: 'Person id', value: (p) => p.id }
    : { key: 'pseudonym', vi: 'Mã giả danh', en: 'Pseudonymous id', value: (p) => pseudonym(key, r.id, p.id) };
  const approved = (r.approved_fields as string[]).map((k) => PERSON_COLUMNS.find((c) => c.key === k)).filter((c): c is ExportColumn<PersonRow> => !!c);
  return [first, ...approved.map((c) => ({ key: c.key, vi: c.vi, en: c.en, value: (p: PersonRow) => c.value(p, ctx) }))];
}

/** The communes of the request's area. */
export function areaCommunes(graph: UnitGraph, areaUnitId: number): number[] {
  return [...graph.reach(areaUnitId)].filter((id) => graph.units.get(id)?.level === 'commune');
}

/** Rows of the extract batch by batch: persons of the area, approved columns only. */
export async function* extractBatches(db: Kysely<DB>, graph: UnitGraph, r: RequestRow, columns: ExtractColumn[]): AsyncGenerator<Cell[][]> {
  const communeIds = areaCommunes(graph, r.area_unit_id);
  if (!communeIds.length) return;
  for await (const rows of personBatches(db, { communeIds, status: 'all', page: 1, pageSize: 1 })) yield rows.map((p) => columns.map((c) => c.value(p)));
}

/** Records a download or read of the request's data in the access log (purpose: the request's); returns the entry id. */
export function logUse(db: Kysely<DB>, actor: Actor, r: RequestRow, details: Record<string, unknown>) {
  return recordAccess(db, actor, {
    action: 'export',
    entity: 'data_request',
    entityId: r.id,
    purpose: r.purpose.slice(0, 300),
    details: { dataRequestId: r.id, areaUnitId: r.area_unit_id, fields: r.approved_fields, identities: r.approved_identities, ...details },
  });
}

export { completeAccess };

/** Names of users, and the token of each request, for presenting requests. */
export async function presentContext(db: Kysely<DB>, rows: RequestRow[]) {
  const names = await userNamesByIds(
    db,
    rows.flatMap((r) => [r.requester_id, r.decided_by]),
  );
  const tokens = new Map<number, Awaited<ReturnType<typeof tokenById>>>();
  for (const r of rows) if (r.token_id) tokens.set(r.token_id, await tokenById(db, r.token_id));
  return { names, tokens };
}
