import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

export type RequestStatus = 'pending' | 'approved' | 'refused' | 'revoked' | 'expired';

export interface NewRequest {
  requesterId: number;
  organisation: string;
  title: string;
  fields: string[];
  identities: boolean;
  areaUnitId: number;
  periodFrom: string;
  periodTo: string;
  purpose: string;
  legalBasis: string;
  retentionDays: number;
  accessKind: 'extract' | 'token' | 'both';
  accessDays: number;
  createdAt: Date;
}

export async function insertRequest(db: Kysely<DB>, r: NewRequest): Promise<number> {
  const row = await db
    .insertInto('data_request')
    .values({
      requester_id: r.requesterId,
      organisation: r.organisation,
      title: r.title,
      fields: JSON.stringify(r.fields),
      identities: r.identities,
      area_unit_id: r.areaUnitId,
      period_from: r.periodFrom,
      period_to: r.periodTo,
      purpose: r.purpose,
      legal_basis: r.legalBasis,
      retention_days: r.retentionDays,
      access_kind: r.accessKind,
      access_days: r.accessDays,
      created_at: r.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const columns = [
  'r.id',
  'r.requester_id',
  'r.organisation',
  'r.title',
  'r.fields',
  'r.identities',
  'r.area_unit_id',
  'u.code as area_code',
  'u.name as area_name',
  'u.level as area_level',
  sql<string>`r.period_from::text`.as('period_from'),
  sql<string>`r.period_to::text`.as('period_to'),
  'r.purpose',
  'r.legal_basis',
  'r.retention_days',
  'r.access_kind',
  'r.access_days',
  'r.status',
  'r.created_at',
  'r.decided_by',
  'r.decided_at',
  'r.decision_reason',
  'r.approved_fields',
  'r.approved_identities',
  'r.access_until',
  'r.token_id',
  'r.ended_at',
] as const;

function base(db: Kysely<DB>) {
  return db.selectFrom('data_request as r').innerJoin('admin_unit as u', 'u.id', 'r.area_unit_id').select(columns);
}

export type RequestRow = Awaited<ReturnType<typeof findRequest>> & {};

export function findRequest(db: Kysely<DB>, id: number) {
  return base(db).where('r.id', '=', id).executeTakeFirst();
}

/** Locks a request for a decision (PostgreSQL; PGlite runs one transaction at a time anyway). */
export async function lockRequest(db: Kysely<DB>, id: number) {
  return db.selectFrom('data_request').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Requests newest first: the requester's own (`requesterId`), or those whose area is among
 * `areaUnitIds` (null: everywhere) for deciders.
 */
export async function listRequests(
  db: Kysely<DB>,
  f: { requesterId?: number; areaUnitIds?: number[] | null; status?: RequestStatus; page: number; pageSize: number },
) {
  let q = db.selectFrom('data_request as r');
  if (f.requesterId !== undefined) q = q.where('r.requester_id', '=', f.requesterId);
  if (f.areaUnitIds) q = q.where('r.area_unit_id', '=', sql<number>`ANY(${f.areaUnitIds}::int[])`);
  if (f.status) q = q.where('r.status', '=', f.status);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const ids = await q
    .select('r.id')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const rows = ids.length
    ? await base(db)
        .where(
          'r.id',
          'in',
          ids.map((i) => i.id),
        )
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .execute()
    : [];
  return { rows, total: Number(n) };
}

export async function setDecision(
  db: Kysely<DB>,
  id: number,
  d: {
    status: 'approved' | 'refused';
    by: number;
    at: Date;
    reason: string;
    approvedFields: string[] | null;
    approvedIdentities: boolean | null;
    accessUntil: Date | null;
  },
) {
  await db
    .updateTable('data_request')
    .set({
      status: d.status,
      decided_by: d.by,
      decided_at: d.at,
      decision_reason: d.reason,
      approved_fields: d.approvedFields === null ? null : JSON.stringify(d.approvedFields),
      approved_identities: d.approvedIdentities,
      access_until: d.accessUntil,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Ends an approved request's access (revoked early, or expired). */
export async function endAccess(db: Kysely<DB>, id: number, status: 'revoked' | 'expired', at: Date) {
  const r = await db.updateTable('data_request').set({ status, ended_at: at }).where('id', '=', id).where('status', '=', 'approved').executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setToken(db: Kysely<DB>, id: number, tokenId: number | null) {
  await db.updateTable('data_request').set({ token_id: tokenId }).where('id', '=', id).execute();
}

/** Approved requests whose access has run out by `now`. */
export async function dueToExpire(db: Kysely<DB>, now: Date) {
  return db
    .selectFrom('data_request')
    .select(['id', 'token_id', 'requester_id', 'access_until'])
    .where('status', '=', 'approved')
    .where('access_until', '<=', now)
    .execute();
}

/** Requests whose access was given (approved, or since ended), to find those covering a person's commune. */
export function grantedRequests(db: Kysely<DB>) {
  return base(db).where('r.status', 'in', ['approved', 'revoked', 'expired']).execute();
}

/** Titles of requests by id. */
export async function requestTitles(db: Kysely<DB>, ids: number[]): Promise<Map<number, { title: string; organisation: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('data_request').select(['id', 'title', 'organisation']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { title: r.title, organisation: r.organisation }]));
}

/** Ended requests whose requester's copy is past its retention (`access_until` + retention days before `now`). */
export async function pastRequesterRetention(db: Kysely<DB>, now: Date, areaUnitIds: number[] | null) {
  let q = base(db).where('r.access_until', 'is not', null).where(sql<boolean>`r.access_until + make_interval(days => r.retention_days) < ${now}`);
  if (areaUnitIds) q = q.where('r.area_unit_id', '=', sql<number>`ANY(${areaUnitIds}::int[])`);
  return q.orderBy('r.access_until').limit(200).execute();
}

/** The server secret of pseudonymous ids, made once on first use. */
export async function pseudonymKey(db: Kysely<DB>, fresh: string): Promise<string> {
  await db
    .insertInto('data_use_key')
    .values({ id: 1, secret: fresh })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('data_use_key').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.secret;
}

// Retention settings.

export async function retentionRules(db: Kysely<DB>) {
  return db.selectFrom('data_retention_rule').select(['kind', 'days', 'updated_at', 'updated_by']).execute();
}

export async function upsertRetentionRule(db: Kysely<DB>, kind: string, days: number, by: number, at: Date) {
  await db
    .insertInto('data_retention_rule')
    .values({ kind, days, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('kind').doUpdateSet({ days, updated_by: by, updated_at: at }))
    .execute();
}
