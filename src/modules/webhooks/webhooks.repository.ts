/** SQL of webhooks: subscriptions, allowed destination hosts and the delivery queue and log. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export function listAllowedHosts(db: Kysely<DB>) {
  return db.selectFrom('webhook_allowed_host').select(['host', 'allow_private as allowPrivate', 'created_at as createdAt']).orderBy('host').execute();
}

/** Adds a host to the allow-list, or changes whether it may be private. */
export async function upsertAllowedHost(db: Kysely<DB>, host: string, allowPrivate: boolean, by: number | null): Promise<void> {
  await db
    .insertInto('webhook_allowed_host')
    .values({ host, allow_private: allowPrivate, created_by: by })
    .onConflict((oc) => oc.column('host').doUpdateSet({ allow_private: allowPrivate }))
    .execute();
}

export async function deleteAllowedHost(db: Kysely<DB>, host: string): Promise<number> {
  const r = await db.deleteFrom('webhook_allowed_host').where('host', '=', host).executeTakeFirst();
  return Number(r.numDeletedRows);
}

const hookColumns = [
  'w.id',
  'w.name',
  'w.url',
  'w.events',
  'w.active',
  'w.scope_unit_id as scopeUnitId',
  'w.created_at as createdAt',
  sql<number>`(SELECT count(*) FROM webhook_delivery d WHERE d.webhook_id = w.id AND d.status = 'pending')::int`.as('pending'),
  sql<number>`(SELECT count(*) FROM webhook_delivery d WHERE d.webhook_id = w.id AND d.status = 'delivered')::int`.as('delivered'),
  sql<number>`(SELECT count(*) FROM webhook_delivery d WHERE d.webhook_id = w.id AND d.status = 'failed')::int`.as('failed'),
] as const;

/** Subscriptions newest first; `reach` limits them to those scoped to units in the caller's area (null: all). */
export function listWebhooks(db: Kysely<DB>, reach: number[] | null) {
  let q = db.selectFrom('webhook as w').select(hookColumns);
  if (reach) q = q.where('w.scope_unit_id', '=', sql<number>`ANY(${reach}::int[])`);
  return q.orderBy('w.created_at', 'desc').orderBy('w.id', 'desc').limit(500).execute();
}

export function findWebhook(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('webhook as w')
    .select([...hookColumns, 'w.secret'])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

/** Whether a subscription the caller reaches (`reach`: scoped to one of these units; null: all) has the name already. */
export async function webhookNameTaken(db: Kysely<DB>, name: string, exceptId: number | null, reach: number[] | null): Promise<boolean> {
  let q = db.selectFrom('webhook').select('id').where(sql`lower(name)`, '=', name.toLowerCase());
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  if (reach) q = q.where('scope_unit_id', '=', sql<number>`ANY(${reach}::int[])`);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertWebhook(
  db: Kysely<DB>,
  w: { name: string; url: string; events: string[]; secret: string; scopeUnitId: number | null; createdBy: number | null },
): Promise<number> {
  const row = await db
    .insertInto('webhook')
    .values({ name: w.name, url: w.url, events: JSON.stringify(w.events), secret: w.secret, scope_unit_id: w.scopeUnitId, created_by: w.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWebhook(db: Kysely<DB>, id: number, set: { name?: string; url?: string; events?: string[]; active?: boolean }): Promise<void> {
  await db
    .updateTable('webhook')
    .set({
      ...(set.name !== undefined ? { name: set.name } : {}),
      ...(set.url !== undefined ? { url: set.url } : {}),
      ...(set.events !== undefined ? { events: JSON.stringify(set.events) } : {}),
      ...(set.active !== undefined ? { active: set.active } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteWebhook(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('webhook').where('id', '=', id).execute();
}

/** Every subscription's destination (to see which use a host). */
export function webhookUrls(db: Kysely<DB>) {
  return db.selectFrom('webhook').select(['id', 'url', 'active']).execute();
}

/** Active subscriptions to an event type. */
export function subscribersOf(db: Kysely<DB>, type: string) {
  return db
    .selectFrom('webhook')
    .select(['id', 'scope_unit_id as scopeUnitId'])
    .where('active', '=', true)
    .where(sql<boolean>`events @> ${JSON.stringify([type])}::jsonb`)
    .execute();
}

/** A unit and every unit above it (a subscription scoped to any of them receives the unit's events). */
export async function unitAndAncestors(db: Kysely<DB>, unitId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM admin_unit WHERE id = ${unitId}
      UNION ALL
      SELECT a.id, a.parent_id, up.depth + 1 FROM admin_unit a JOIN up ON a.id = up.parent_id WHERE up.depth < 10
    )
    SELECT id FROM up`.execute(db);
  return r.rows.map((x) => x.id);
}

export async function insertDeliveries(
  db: Kysely<DB>,
  rows: { webhookId: number; eventId: string; event: string; payload: string; nextAttemptAt: Date }[],
): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('webhook_delivery')
    .values(rows.map((r) => ({ webhook_id: r.webhookId, event_id: r.eventId, event: r.event, payload: r.payload, next_attempt_at: r.nextAttemptAt })))
    .execute();
}

/**
 * Takes up to `limit` deliveries that are due and not taken by another worker, marking them taken
 * until `lockUntil` (a worker that dies leaves them to be taken again then).
 */
export async function claimDue(db: Kysely<DB>, now: Date, lockUntil: Date, limit: number) {
  const r = await sql<{
    id: string;
    webhook_id: number;
    event_id: string;
    event: string;
    payload: unknown;
    attempts: number;
    url: string;
    secret: string;
    active: boolean;
  }>`
    UPDATE webhook_delivery d SET locked_until = ${lockUntil}
    FROM webhook w
    WHERE w.id = d.webhook_id AND d.id IN (
      SELECT id FROM webhook_delivery
      WHERE status = 'pending' AND next_attempt_at <= ${now} AND (locked_until IS NULL OR locked_until <= ${now})
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d.id, d.webhook_id, d.event_id, d.event, d.payload, d.attempts, w.url, w.secret, w.active`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id), payload: typeof x.payload === 'string' ? x.payload : JSON.stringify(x.payload) }));
}

/** Records an attempt's outcome and releases the delivery. */
export async function recordAttempt(
  db: Kysely<DB>,
  id: number,
  a: {
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    at: Date;
    nextAttemptAt: Date;
    responseCode: number | null;
    error: string | null;
    durationMs: number | null;
  },
): Promise<void> {
  await db
    .updateTable('webhook_delivery')
    .set({
      status: a.status,
      attempts: a.attempts,
      last_attempt_at: a.at,
      next_attempt_at: a.nextAttemptAt,
      locked_until: null,
      response_code: a.responseCode,
      last_error: a.error,
      duration_ms: a.durationMs,
      delivered_at: a.status === 'delivered' ? a.at : null,
    })
    .where('id', '=', id)
    .execute();
}

const deliveryColumns = [
  'd.id',
  'd.webhook_id as webhookId',
  'd.event_id as eventId',
  'd.event',
  'd.status',
  'd.attempts',
  'd.response_code as responseCode',
  'd.last_error as lastError',
  'd.duration_ms as durationMs',
  'd.created_at as createdAt',
  'd.last_attempt_at as lastAttemptAt',
  'd.next_attempt_at as nextAttemptAt',
  'd.delivered_at as deliveredAt',
  'w.scope_unit_id as scopeUnitId',
] as const;

/** The delivery log newest first, of subscriptions in the caller's area. */
export function listDeliveries(db: Kysely<DB>, f: { webhookId?: number; status?: 'pending' | 'delivered' | 'failed'; limit: number; reach: number[] | null }) {
  let q = db.selectFrom('webhook_delivery as d').innerJoin('webhook as w', 'w.id', 'd.webhook_id').select(deliveryColumns);
  if (f.webhookId) q = q.where('d.webhook_id', '=', f.webhookId);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.reach) q = q.where('w.scope_unit_id', '=', sql<number>`ANY(${f.reach}::int[])`);
  return q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(f.limit).execute();
}

export function findDelivery(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook as w', 'w.id', 'd.webhook_id')
    .select(deliveryColumns)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** Puts a delivery that gave up (or waits) back in the queue, due now. */
export async function requeueDelivery(db: Kysely<DB>, id: number, now: Date): Promise<void> {
  await db
    .updateTable('webhook_delivery')
    .set({ status: 'pending', next_attempt_at: now, locked_until: null })
    .where('id', '=', id)
    .where('status', '<>', 'delivered')
    .execute();
}
