import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * Events other systems may subscribe to (webhooks). Modules publish them from their services, inside
 * the transaction that made the change, so an event is queued exactly when its change is committed.
 * This file knows nothing of webhooks: `connectModules()` (ports.ts) plugs the subscriber in, so the
 * publishing modules do not import the webhooks module.
 */
export const EVENT_TYPES = ['report.submitted', 'report.approved', 'report.returned', 'report.reopened', 'import.finished', 'household.changed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface DomainEvent {
  type: EventType;
  /** The unit the event is about (a report's unit, a household's commune); subscriptions scoped to an area get only their area's events. */
  unitId: number | null;
  /** What happened, as sent to subscribers: ids and codes, never personal data. */
  data: Record<string, unknown>;
}

type Subscriber = (trx: Kysely<DB>, event: DomainEvent) => Promise<void>;
let subscriber: Subscriber | null = null;

/** Plugs in the one subscriber (the webhooks module); called by connectModules(). */
export function provideEventSubscriber(fn: Subscriber): void {
  subscriber = fn;
}

/** Publishes an event inside the caller's transaction; nothing happens when no subscriber is plugged in. */
export async function publishEvent(trx: Kysely<DB>, event: DomainEvent): Promise<void> {
  if (subscriber) await subscriber(trx, event);
}
