import crypto from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { EVENT_TYPES, type DomainEvent } from '../../server/events.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import {
  claimDue,
  deleteAllowedHost,
  deleteWebhook,
  findDelivery,
  findWebhook,
  insertDeliveries,
  insertWebhook,
  listAllowedHosts,
  recordAttempt,
  requeueDelivery,
  subscribersOf,
  unitAndAncestors,
  updateWebhook,
  upsertAllowedHost,
  webhookNameTaken,
  webhookUrls,
} from './webhooks.repository.js';

export { listAllowedHosts, listDeliveries, listWebhooks } from './webhooks.repository.js';

/** Attempts before a delivery is given up (the first and seven retries, over about an hour). */
export const MAX_ATTEMPTS = 8;
/** Wait before the first retry; each later retry waits twice as long, up to MAX_DELAY_MS. */
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 6 * 3600_000;
/** How long a receiver has to answer. */
export const TIMEOUT_MS = 10_000;
/** A delivery taken by a worker that stopped is taken again after this. */
const LOCK_MS = 120_000;

/** Wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, 4 min, … */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/**
 * The signature a receiver checks: HMAC-SHA256 with the subscription's secret over
 * `<timestamp>.<body>`, in hex, sent as `X-Dantoc-Signature: sha256=<hex>` with
 * `X-Dantoc-Timestamp: <timestamp>` (Unix seconds).
 */
export function signBody(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute the signature and compare in constant time; refuse old timestamps (replays). */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string, nowMs = Date.now(), toleranceS = 300): boolean {
  const ts = Number(timestamp);
  if (!Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > toleranceS) return false;
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

// ---------------------------------------------------------------------------------------------
// Destinations: only hosts an administrator allowed; private addresses only when allowed for the host.

const PRIVATE = new net.BlockList();
for (const [a, p] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(a, p, 'ipv4');
for (const [a, p] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(a, p, 'ipv6');

/** Loopback, private, link-local, carrier-grade NAT, multicast or unspecified (IPv4-mapped IPv6 as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) return PRIVATE.check(address, 'ipv6');
  return true;
}

const HOST_RE = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A host as kept on the allow-list: lower case, an exact name, an IP address, or `*.domain` for its sub-domains. */
export function normaliseHost(input: string): string {
  let h = input.trim().toLowerCase().replace(/\.$/, '');
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (net.isIP(h) || HOST_RE.test(h)) return h;
  throw new AppError(400, 'webhook_host_invalid', {}, [{ field: 'host', code: 'webhook_host_invalid' }]);
}

function matchingEntry<T extends { host: string }>(entries: T[], hostname: string): T | undefined {
  return (
    entries.find((e) => e.host === hostname) ??
    entries.find((e) => e.host.startsWith('*.') && hostname.endsWith(e.host.slice(1)) && hostname.length > e.host.length - 1)
  );
}

/** The URL's host name as the allow-list spells it (IPv6 without brackets). */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

function parseUrl(input: string, field = 'url'): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError(400, 'webhook_url_invalid', {}, [{ field, code: 'webhook_url_invalid' }]);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !url.hostname) {
    throw new AppError(400, 'webhook_url_invalid', {}, [{ field, code: 'webhook_url_invalid' }]);
  }
  return url;
}

/**
 * Checks a destination: http(s), on an allowed host, and (unless the host may be private) resolving
 * only to public addresses. Returns whether private addresses are allowed for it (for the send).
 */
export async function checkDestination(db: Kysely<DB>, input: string, field = 'url'): Promise<{ url: URL; allowPrivate: boolean }> {
  const url = parseUrl(input, field);
  const host = hostOf(url);
  const entry = matchingEntry(await listAllowedHosts(db), host);
  if (!entry) throw new AppError(400, 'webhook_host_not_allowed', { host }, [{ field, code: 'webhook_host_not_allowed', params: { host } }]);
  if (!entry.allowPrivate) {
    let addresses: string[];
    if (net.isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
      } catch {
        throw new AppError(400, 'webhook_host_unresolved', { host }, [{ field, code: 'webhook_host_unresolved', params: { host } }]);
      }
    }
    const bad = addresses.find(isPrivateAddress);
    if (bad)
      throw new AppError(400, 'webhook_private_address', { host, address: bad }, [{ field, code: 'webhook_private_address', params: { host, address: bad } }]);
  }
  return { url, allowPrivate: entry.allowPrivate };
}

// ---------------------------------------------------------------------------------------------
// Administration

export interface WebhookInput {
  name: string;
  url: string;
  events: string[];
}

function checkEvents(events: string[]): string[] {
  const list = [...new Set(events)].filter((e) => (EVENT_TYPES as readonly string[]).includes(e)).sort();
  if (!list.length) throw new AppError(400, 'webhook_events_required', {}, [{ field: 'events', code: 'webhook_events_required' }]);
  return list;
}

/** Names are unique among the subscriptions the caller reaches: one of another area neither collides nor shows. */
async function checkName(db: Kysely<DB>, name: string, exceptId: number | null, reach: number[] | null) {
  if (await webhookNameTaken(db, name, exceptId, reach))
    throw new AppError(409, 'webhook_name_taken', { name }, [{ field: 'name', code: 'webhook_name_taken' }]);
}

/**
 * A subscription (or one of its deliveries) the caller may manage: scoped to a unit of their area (a
 * national administrator, `reach` null, manages all); anything else does not exist for them.
 */
function reachable<T extends { scopeUnitId: number | null }>(row: T | undefined, reach: number[] | null): T {
  if (!row || (reach && (row.scopeUnitId === null || !reach.includes(row.scopeUnitId)))) throw new AppError(404, 'not_found');
  return row;
}

async function manageable(db: Kysely<DB>, id: number, reach: number[] | null) {
  return reachable(await findWebhook(db, id), reach);
}

/** Creates a subscription scoped to the creator's area; its signing secret is returned now and never again. */
export async function createWebhook(db: Kysely<DB>, user: SessionUser, actor: Actor, reach: number[] | null, input: WebhookInput) {
  const name = input.name.trim();
  const events = checkEvents(input.events);
  const { url } = await checkDestination(db, input.url);
  await checkName(db, name, null, reach);
  const secret = `whsec_${crypto.randomBytes(24).toString('base64url')}`;
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertWebhook(trx, { name, url: url.toString(), events, secret, scopeUnitId: user.scopeUnitId, createdBy: user.id });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'webhook',
      entityId: newId,
      unitId: user.scopeUnitId,
      after: { name, url: url.toString(), events },
    });
    return newId;
  });
  return { secret, webhook: (await findWebhook(db, id))! };
}

export async function patchWebhook(db: Kysely<DB>, actor: Actor, id: number, reach: number[] | null, input: Partial<WebhookInput> & { active?: boolean }) {
  const hook = await manageable(db, id, reach);
  const set: { name?: string; url?: string; events?: string[]; active?: boolean } = {};
  if (input.name !== undefined) {
    set.name = input.name.trim();
    await checkName(db, set.name, id, reach);
  }
  if (input.events !== undefined) set.events = checkEvents(input.events);
  if (input.url !== undefined) set.url = (await checkDestination(db, input.url)).url.toString();
  if (input.active !== undefined) set.active = input.active;
  await db.transaction().execute(async (trx) => {
    await updateWebhook(trx, id, set);
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'webhook',
      entityId: id,
      unitId: hook.scopeUnitId,
      before: { name: hook.name, url: hook.url, events: hook.events, active: hook.active },
      after: set,
    });
  });
  return (await findWebhook(db, id))!;
}

export async function removeWebhook(db: Kysely<DB>, actor: Actor, id: number, reach: number[] | null) {
  const hook = await manageable(db, id, reach);
  await db.transaction().execute(async (trx) => {
    await deleteWebhook(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: 'webhook', entityId: id, unitId: hook.scopeUnitId, before: { name: hook.name, url: hook.url } });
  });
}

/** Adds a host to the allow-list (national administrators). */
export async function allowHost(db: Kysely<DB>, actor: Actor, input: { host: string; allowPrivate: boolean }) {
  const host = normaliseHost(input.host);
  await db.transaction().execute(async (trx) => {
    await writeAudit(trx, actor, { action: 'allow', entity: 'webhook_allowed_host', entityId: host, after: { allowPrivate: input.allowPrivate } });
    await upsertAllowedHost(trx, host, input.allowPrivate, actor.userId);
  });
  return host;
}

/** Removes a host from the allow-list; refused while an active subscription sends there. */
export async function disallowHost(db: Kysely<DB>, actor: Actor, hostInput: string) {
  const host = normaliseHost(hostInput);
  const entries = await listAllowedHosts(db);
  const entry = entries.find((e) => e.host === host);
  if (!entry) throw new AppError(404, 'not_found');
  const others = entries.filter((e) => e.host !== host);
  const using = (await webhookUrls(db)).filter((w) => {
    if (!w.active) return false;
    const h = hostOf(new URL(w.url));
    return matchingEntry([entry], h) && !matchingEntry(others, h);
  });
  if (using.length) throw new AppError(409, 'webhook_host_in_use', { host, count: using.length });
  await db.transaction().execute(async (trx) => {
    await deleteAllowedHost(trx, host);
    await writeAudit(trx, actor, { action: 'disallow', entity: 'webhook_allowed_host', entityId: host, before: { allowPrivate: entry.allowPrivate } });
  });
}

/** Sends a delivery that gave up (or is waiting) again now. */
export async function retryDelivery(db: Kysely<DB>, actor: Actor, id: number, reach: number[] | null, now: number) {
  const d = reachable(await findDelivery(db, id), reach);
  await db.transaction().execute(async (trx) => {
    await requeueDelivery(trx, id, new Date(now));
    await writeAudit(trx, actor, { action: 'retry', entity: 'webhook_delivery', entityId: id, unitId: d.scopeUnitId, before: { status: d.status } });
  });
  return (await findDelivery(db, id))!;
}

// ---------------------------------------------------------------------------------------------
// Queue and delivery

/**
 * The event subscriber (plugged in by connectModules): queues one delivery per active subscription
 * to the event whose area holds the event's unit, in the publisher's transaction.
 */
export async function enqueueEvent(trx: Kysely<DB>, event: DomainEvent): Promise<void> {
  const subs = await subscribersOf(trx, event.type);
  if (!subs.length) return;
  const units = event.unitId === null ? [] : await unitAndAncestors(trx, event.unitId);
  const targets = subs.filter((s) => s.scopeUnitId === null || units.includes(s.scopeUnitId));
  if (!targets.length) return;
  const eventId = crypto.randomUUID();
  const now = new Date();
  const payload = JSON.stringify({ id: eventId, event: event.type, occurredAt: now.toISOString(), unitId: event.unitId, data: event.data });
  await insertDeliveries(
    trx,
    targets.map((s) => ({ webhookId: s.id, eventId, event: event.type, payload, nextAttemptAt: now })),
  );
}

class Refused extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown>,
  ) {
    super(code);
  }
}

/** POSTs the body, connecting only to addresses the destination may use (checked at connection time, so a DNS change cannot slip a private address in). */
function post(url: URL, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<number> {
  const host = hostOf(url);
  if (!allowPrivate && net.isIP(host) && isPrivateAddress(host)) return Promise.reject(new Refused('webhook_private_address', { host, address: host }));
  const lookup = (hostname: string, options: dns.LookupOptions, cb: (...args: any[]) => void) => {
    dns.lookup(hostname, options, (err, address: string | dns.LookupAddress[], family?: number) => {
      if (err) return cb(err, address, family);
      const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
      const bad = allowPrivate ? undefined : list.find(isPrivateAddress);
      if (bad) return cb(new Refused('webhook_private_address', { host: hostname, address: bad }), address, family);
      cb(null, address, family);
    });
  };
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: lookup as never, timeout: TIMEOUT_MS },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Refused('webhook_timeout', { seconds: TIMEOUT_MS / 1000 })));
    req.on('error', reject);
    req.end(body);
  });
}

type Claimed = Awaited<ReturnType<typeof claimDue>>[number];

/** One attempt at one delivery, recorded: delivered on 2xx, else retried with back-off until MAX_ATTEMPTS. */
async function attempt(db: Kysely<DB>, d: Claimed, now: number): Promise<'delivered' | 'pending' | 'failed'> {
  const attempts = d.attempts + 1;
  const started = Date.now();
  let responseCode: number | null = null;
  let error: { code: string; params: Record<string, unknown> } | null = null;
  let final = false;
  try {
    if (!d.active) {
      final = true;
      throw new Refused('webhook_turned_off', {});
    }
    let dest: { url: URL; allowPrivate: boolean };
    try {
      dest = await checkDestination(db, d.url);
    } catch (e) {
      final = true;
      throw e instanceof AppError ? new Refused(e.code, e.params) : e;
    }
    const timestamp = Math.floor(now / 1000);
    responseCode = await post(
      dest.url,
      d.payload,
      {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'dantoc-webhooks/1',
        'x-dantoc-event': d.event,
        'x-dantoc-delivery': String(d.id),
        'x-dantoc-event-id': d.event_id,
        'x-dantoc-timestamp': String(timestamp),
        'x-dantoc-signature': signBody(d.secret, timestamp, d.payload),
      },
      dest.allowPrivate,
    );
    if (responseCode < 200 || responseCode > 299) error = { code: 'webhook_http_status', params: { status: responseCode } };
  } catch (e) {
    if (e instanceof Refused) {
      error = { code: e.code, params: e.params };
      if (e.code === 'webhook_private_address') final = true;
    } else error = { code: 'webhook_network_error', params: { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message } };
  }
  const status = !error ? 'delivered' : final || attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
  await recordAttempt(db, d.id, {
    status,
    attempts,
    at: new Date(now),
    nextAttemptAt: new Date(status === 'pending' ? now + backoffMs(attempts) : now),
    responseCode,
    error: error ? JSON.stringify(error) : null,
    durationMs: Date.now() - started,
  });
  return status;
}

/** Sends every delivery due at `now` (a batch at a time); returns how many were attempted. Safe to run from several processes. */
export async function processDueDeliveries(db: Kysely<DB>, now: number, batch = 20): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await claimDue(db, new Date(now), new Date(now + LOCK_MS), batch);
    if (!due.length) return total;
    await Promise.all(due.map((d) => attempt(db, d, now)));
    total += due.length;
    if (due.length < batch) return total;
  }
}
