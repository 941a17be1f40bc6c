import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/audit.service.js';
import type { ValueInput } from './data-entry.types.js';

export type SaveOutcome = 'saved' | 'unchanged' | 'duplicate';

export interface Change {
  dataElementId: number;
  categoryOptionComboId: number;
  old: string | null;
  new: string | null;
  comment?: string | null;
}

/** A value already checked: `value` is the canonical stored text (null = emptied). */
/** `keepValue`: the client sent no value (a comment-only save), so the stored value stays. */
export type CheckedInput = ValueInput & { value: string | null; derived?: boolean; keepValue?: boolean };

interface Cell {
  id: number | null;
  value: string | null;
  comment: string | null;
  derived: boolean;
  override_reason: string | null;
}

const cellKey = (e: number, c: number) => `${e}:${c}`;

/**
 * Writes checked values of one report inside the caller's transaction (which holds the report's
 * lock), in a few statements whatever the batch size. A value whose client id was seen before, or
 * that matches what is stored, writes nothing; each real change gets a history row.
 */
export async function saveBatch(trx: Kysely<DB>, actor: Actor, unitId: number, periodId: string, inputs: CheckedInput[]) {
  const outcomes: SaveOutcome[] = [];
  const changes: Change[] = [];

  const ids = [...new Set(inputs.map((i) => i.clientId).filter((x): x is string => !!x))];
  const fresh = new Set<string>();
  if (ids.length) {
    const rows = await trx
      .insertInto('data_value_client_save')
      .values(ids.map((client_id) => ({ client_id, user_id: actor.userId })))
      .onConflict((oc) => oc.column('client_id').doNothing())
      .returning('client_id')
      .execute();
    for (const r of rows) fresh.add(r.client_id);
  }

  const elementIds = [...new Set(inputs.map((i) => i.dataElementId))];
  const stored = elementIds.length
    ? await trx
        .selectFrom('data_value')
        .select(['id', 'data_element_id', 'category_option_combo_id', 'value', 'comment', 'derived', 'override_reason'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId)
        .where('data_element_id', 'in', elementIds)
        .execute()
    : [];
  const cells = new Map<string, Cell>(stored.map((s) => [cellKey(s.data_element_id, s.category_option_combo_id), s]));
  const touched = new Map<string, { input: CheckedInput; cell: Cell }>();
  const history: { key: string; old: Cell | undefined; next: Cell; clientId: string | null }[] = [];

  for (const input of inputs) {
    if (input.clientId) {
      if (!fresh.has(input.clientId)) {
        outcomes.push('duplicate');
        continue;
      }
      fresh.delete(input.clientId); // the same id twice in one batch counts once
    }
    const key = cellKey(input.dataElementId, input.categoryOptionComboId);
    const current = cells.get(key);
    const value = input.keepValue ? (current?.value ?? null) : input.value;
    const comment = input.comment === undefined ? (current?.comment ?? null) : input.comment?.trim() || null;
    const derived = input.keepValue ? (current?.derived ?? false) : (input.derived ?? false);
    const reason = derived ? null : input.overrideReason?.trim() || (current && current.value === value ? current.override_reason : null);
    const same = current
      ? current.value === value && current.comment === comment && current.derived === derived && (current.override_reason ?? null) === reason
      : value === null && comment === null;
    if (same) {
      outcomes.push('unchanged');
      continue;
    }
    const next: Cell = { id: current?.id ?? null, value, comment, derived, override_reason: reason };
    cells.set(key, next);
    touched.set(key, { input, cell: next });
    history.push({ key, old: current, next, clientId: input.clientId ?? null });
    changes.push({
      dataElementId: input.dataElementId,
      categoryOptionComboId: input.categoryOptionComboId,
      old: current?.value ?? null,
      new: value,
      ...(comment !== (current?.comment ?? null) ? { comment } : {}),
    });
    outcomes.push('saved');
  }
  if (!touched.size) return { outcomes, changes };

  const now = new Date();
  const columns = (c: Cell) => ({
    value: c.value,
    comment: c.comment,
    derived: c.derived,
    override_reason: c.override_reason,
    updated_at: now,
    updated_by: actor.userId,
    deleted_at: c.value === null ? now : null,
  });
  const idOf = new Map<string, number>();
  const created = [...touched.entries()].filter(([, t]) => t.cell.id === null);
  if (created.length) {
    const rows = await trx
      .insertInto('data_value')
      .values(
        created.map(([, t]) => ({
          ...columns(t.cell),
          data_element_id: t.input.dataElementId,
          category_option_combo_id: t.input.categoryOptionComboId,
          unit_id: unitId,
          period_id: periodId,
          created_at: now,
          created_by: actor.userId,
        })),
      )
      .returning(['id', 'data_element_id', 'category_option_combo_id'])
      .execute();
    for (const r of rows) idOf.set(cellKey(r.data_element_id, r.category_option_combo_id), r.id);
  }
  for (const [key, t] of touched) {
    if (t.cell.id === null) continue;
    idOf.set(key, t.cell.id);
    await trx.updateTable('data_value').set(columns(t.cell)).where('id', '=', t.cell.id).execute();
  }
  await trx
    .insertInto('data_value_history')
    .values(
      history.map((h) => ({
        data_value_id: idOf.get(h.key)!,
        old_value: h.old?.value ?? null,
        new_value: h.next.value,
        old_comment: h.old?.comment ?? null,
        new_comment: h.next.comment,
        derived: h.next.derived,
        override_reason: h.next.override_reason,
        client_id: h.clientId,
        changed_by: actor.userId,
      })),
    )
    .execute();
  return { outcomes, changes };
}

/** Current (not emptied) values of a unit and period. */
export async function valuesOf(db: Kysely<DB>, unitId: number, periodId: string, elementIds: number[]) {
  if (!elementIds.length) return [];
  return db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'value', 'comment', 'derived', 'override_reason', 'updated_at'])
    .where('unit_id', '=', unitId)
    .where('period_id', '=', periodId)
    .where('data_element_id', 'in', elementIds)
    .where((eb) => eb.or([eb('value', 'is not', null), eb('comment', 'is not', null)]))
    .execute();
}
