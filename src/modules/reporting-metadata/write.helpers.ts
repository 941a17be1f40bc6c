import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { sees, type MetaAccess } from './metadata.owner.js';
import { idAndOwner, updateColumns } from './metadata.repository.js';

export type Trx = Kysely<DB>;
export type Outcome = 'created' | 'updated' | 'unchanged';

/** A problem with one field of one item; collected by the importer, thrown as a 400 by the CRUD routes. */
export class ItemError extends Error {
  constructor(
    public readonly field: string,
    public readonly code: string,
    public readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

const CONFLICTS = new Set(['reporting_code_exists', 'reporting_element_in_use', 'dhis2_org_unit_uid_taken']);
/** Refusals because of who owns an item or a unit (403). */
export const REFUSALS = new Set([
  'reporting_owner_national',
  'reporting_owner_other',
  'reporting_owner_outside',
  'reporting_unit_out_of_reach',
  'reporting_assign_outside',
]);

export const toAppError = (e: ItemError, prefix = '') =>
  new AppError(
    REFUSALS.has(e.code) ? 403 : CONFLICTS.has(e.code) ? 409 : 400,
    CONFLICTS.has(e.code) || REFUSALS.has(e.code) ? e.code : 'validation_failed',
    e.params,
    [{ field: [prefix, e.field].filter(Boolean).join('.'), code: e.code, params: e.params }],
  );

/**
 * Writes the columns of `next` that differ from `current` (plus updated_at when the table has one);
 * true when something changed.
 */
export async function syncRow(trx: Trx, table: keyof DB, id: number, current: Record<string, unknown>, next: Record<string, unknown>, stamped = true) {
  const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => !same(current[k], v)));
  if (!Object.keys(changed).length) return false;
  await updateColumns(trx, table, id, changed, stamped);
  return true;
}

function same(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a === 'number' || typeof b === 'number') return b !== null && b !== undefined && Number(a) === Number(b);
  return a === b;
}

/** Id and owner of a row by code; one the caller does not see is unknown, like one that does not exist. */
export async function rowByCode(trx: Trx, table: 'category' | 'category_combo' | 'data_element' | 'data_set', code: string, field: string, a: MetaAccess) {
  const row = await idAndOwner(trx, table, code);
  if (!row || !sees(a, row.owner_unit_id)) throw new ItemError(field, 'reporting_unknown_code', { code });
  return row;
}

/** Id of a row by code, or an ItemError naming the field and the unknown code. */
export async function idByCode(
  trx: Trx,
  table: 'category' | 'category_combo' | 'data_element' | 'data_set',
  code: string,
  field: string,
  a: MetaAccess,
): Promise<number> {
  return (await rowByCode(trx, table, code, field, a)).id;
}

const NOT_CONTENT = new Set(['id', 'owner', 'ownerId', 'ownerName', 'canEdit']);

/** What an item says, without ids and owner (the owner is compared and written apart). */
export function contentOf(item: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([k]) => !NOT_CONTENT.has(k))
      .map(([k, v]) => [k, stripIds(v)]),
  );
}
const stripIds = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(stripIds)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'id')
            .map(([k, w]) => [k, stripIds(w)]),
        )
      : v;

/** Order-insensitive comparison of two plain JSON values' object keys. */
export function sameDoc(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, w]) => [k, norm(w)]),
          )
        : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}
