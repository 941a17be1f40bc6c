import { translate, type Lang } from '../../server/messages.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const jsonList = (v: unknown): string[] => (typeof v === 'string' ? JSON.parse(v) : (v as string[]));

export function presentWebhook(r: {
  id: number;
  name: string;
  url: string;
  events: unknown;
  active: boolean;
  scopeUnitId: number | null;
  createdAt: Date | string;
  pending: number;
  delivered: number;
  failed: number;
}) {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    events: jsonList(r.events),
    active: r.active,
    scopeUnitId: r.scopeUnitId,
    createdAt: iso(r.createdAt)!,
    pending: Number(r.pending),
    delivered: Number(r.delivered),
    failed: Number(r.failed),
  };
}

/** The stored error (`{code, params}`) in the reader's language. */
function errorText(stored: string | null, lang: Lang): string | null {
  if (!stored) return null;
  try {
    const e = JSON.parse(stored) as { code: string; params?: Record<string, unknown> };
    return translate(e.code, lang, e.params ?? {});
  } catch {
    return stored;
  }
}

export function presentDelivery(
  r: {
    id: number | string;
    webhookId: number;
    eventId: string;
    event: string;
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    responseCode: number | null;
    lastError: string | null;
    durationMs: number | null;
    createdAt: Date | string;
    lastAttemptAt: Date | string | null;
    nextAttemptAt: Date | string | null;
    deliveredAt: Date | string | null;
  },
  lang: Lang,
) {
  return {
    id: Number(r.id),
    webhookId: r.webhookId,
    eventId: r.eventId,
    event: r.event,
    status: r.status,
    attempts: r.attempts,
    responseCode: r.responseCode,
    lastError: errorText(r.lastError, lang),
    durationMs: r.durationMs,
    createdAt: iso(r.createdAt)!,
    lastAttemptAt: iso(r.lastAttemptAt),
    nextAttemptAt: r.status === 'pending' ? iso(r.nextAttemptAt) : null,
    deliveredAt: iso(r.deliveredAt),
  };
}

export function presentHost(r: { host: string; allowPrivate: boolean; createdAt: Date | string }) {
  return { host: r.host, allowPrivate: r.allowPrivate, createdAt: iso(r.createdAt)! };
}
