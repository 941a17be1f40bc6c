import { z } from 'zod';
import { EVENT_TYPES } from '../../server/events.js';

const eventType = z.enum(EVENT_TYPES);

export const createWebhookBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  url: z.string().trim().min(1).max(500),
  events: z.array(eventType).max(EVENT_TYPES.length),
});

export const patchWebhookBody = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  url: z.string().trim().min(1).max(500).optional(),
  events: z.array(eventType).max(EVENT_TYPES.length).optional(),
  active: z.boolean().optional(),
});

export const webhookShape = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  /** The unit whose events it receives (the creator's area); null for the whole country. */
  scopeUnitId: z.number().int().nullable(),
  createdAt: z.string(),
  /** Deliveries waiting, delivered and given up. */
  pending: z.number().int(),
  delivered: z.number().int(),
  failed: z.number().int(),
});
export const webhookList = z.object({ items: z.array(webhookShape), events: z.array(z.string()) });
/** A new subscription with its signing secret, shown this once. */
export const createdWebhook = z.object({ webhook: webhookShape, secret: z.string() });
export const webhookIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const deliveryShape = z.object({
  id: z.number().int(),
  webhookId: z.number().int(),
  eventId: z.string(),
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export const deliveryList = z.object({ items: z.array(deliveryShape) });
export const deliveryQuery = z.strictObject({
  webhook: z.coerce.number().int().positive().optional(),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const deliveryIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const allowedHostBody = z.strictObject({
  host: z.string().trim().min(1).max(253),
  /** Whether the host may resolve to a private, loopback or link-local address (a system inside the provincial network). */
  allowPrivate: z.boolean().default(false),
});
export const allowedHostShape = z.object({ host: z.string(), allowPrivate: z.boolean(), createdAt: z.string() });
export const allowedHostList = z.object({ items: z.array(allowedHostShape) });
export const allowedHostParams = z.strictObject({ host: z.string().min(1).max(253) });
export const okShape = z.object({ ok: z.boolean() });
/** Actions that take no input. */
export const emptyBody = z.strictObject({}).optional();
