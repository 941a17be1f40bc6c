import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ChangeEntity } from '../../db/schema.register.js';
import type { Actor } from '../audit/audit.service.js';
import { AppError } from '../../server/errors.js';

/** Marks in `field` for whole-record events; real field names never start with `_`. */
export const CREATED = '_created';
export const DELETED = '_deleted';
export const RESTORED = '_restored';

/** Where a change comes from: who, the day it holds from, and the life event it belongs to. */
export interface ChangeContext {
  actor: Actor;
  effectiveDate: string;
  eventId?: number | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Values equal as stored (numbers from numeric columns, dates as strings). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Writes one record_change row per field whose value differs (refusing one dated before a recorded change); returns the fields that changed. */
export async function recordChanges(
  trx: Kysely<DB>,
  ctx: ChangeContext,
  entity: ChangeEntity,
  entityId: number,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<string[]> {
  const fields = Object.keys(after).filter((f) => !same(before[f], after[f]));
  if (fields.length === 0) return [];
  await assertNoLaterChange(trx, entity, entityId, fields, ctx.effectiveDate);
  await trx
    .insertInto('record_change')
    .values(
      fields.map((field) => ({
        entity,
        entity_id: entityId,
        field,
        old_value: json(before[field] ?? null),
        new_value: json(after[field] ?? null),
        effective_date: ctx.effectiveDate,
        changed_by: ctx.actor.userId,
        event_id: ctx.eventId ?? null,
      })),
    )
    .execute();
  return fields;
}

/** Records a whole-record event (created, deleted, restored) with a snapshot or a reason. */
export async function recordMark(trx: Kysely<DB>, ctx: ChangeContext, entity: ChangeEntity, entityId: number, mark: string, value: unknown) {
  await trx
    .insertInto('record_change')
    .values({
      entity,
      entity_id: entityId,
      field: mark,
      old_value: null,
      new_value: json(value),
      effective_date: ctx.effectiveDate,
      changed_by: ctx.actor.userId,
      event_id: ctx.eventId ?? null,
    })
    .execute();
}

/** A stored change, as the as-of replay needs it. */
export interface ChangeRow {
  id: number;
  entity_id: number;
  field: string;
  old_value: unknown;
  new_value: unknown;
  effective_date: string;
}

/**
 * A record as it stood on `date`. For each changed field: its original value (the old value of its
 * first recorded change), then every change holding on or before the day, in the order of the days
 * they hold from. Fields never changed keep today's value.
 */
export function valuesAsOf<T extends Record<string, unknown>>(current: T, changes: ChangeRow[], date: string): T {
  const byField = new Map<string, ChangeRow[]>();
  for (const c of changes) {
    if (c.field.startsWith('_')) continue;
    const list = byField.get(c.field) ?? [];
    list.push(c);
    byField.set(c.field, list);
  }
  const out: Record<string, unknown> = { ...current };
  for (const [field, list] of byField) {
    const first = list.reduce((a, b) => (b.id < a.id ? b : a));
    let value = first.old_value;
    const holding = list.filter((c) => c.effective_date <= date);
    holding.sort((a, b) => (a.effective_date < b.effective_date ? -1 : a.effective_date > b.effective_date ? 1 : a.id - b.id));
    for (const c of holding) value = c.new_value;
    out[field] = value;
  }
  return out as T;
}

/**
 * Refuses a change dated before a change already recorded for the same field: today's value would
 * otherwise disagree with the history. Record the later value again after the correction instead.
 */
export async function assertNoLaterChange(db: Kysely<DB>, entity: ChangeEntity, entityId: number, fields: string[], effectiveDate: string) {
  if (fields.length === 0) return;
  const later = await db
    .selectFrom('record_change')
    .select(['field', 'effective_date'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('field', 'in', fields)
    .where('effective_date', '>', effectiveDate)
    .orderBy('effective_date', 'desc')
    .executeTakeFirst();
  if (later) {
    const params = { field: later.field, date: later.effective_date };
    throw new AppError(409, 'later_change_exists', params, [{ field: later.field, code: 'later_change_exists', params }]);
  }
}

/** Every change of some records of one kind, oldest first, with the id of who made it. */
export function changeRowsOf(db: Kysely<DB>, entity: ChangeEntity, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('record_change as r')
    .select(['r.id', 'r.entity', 'r.entity_id', 'r.field', 'r.old_value', 'r.new_value', 'r.effective_date', 'r.changed_at', 'r.event_id', 'r.changed_by'])
    .where('r.entity', '=', entity)
    .where('r.entity_id', 'in', ids)
    .orderBy('r.id')
    .execute();
}
