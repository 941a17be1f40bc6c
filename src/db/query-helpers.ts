/**
 * Query fragments every repository may use: LIKE escaping, and the validity of admin units on a
 * date (admin units are read by every module: see sharedReads in scripts/table-owners.json).
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { DB } from './schema.js';

/** Escapes LIKE wildcards in user input. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `WHERE` condition: the admin_unit row is valid on `date` (validity bounds are inclusive; null = open). */
export function unitValidOn(date: string) {
  return (eb: ExpressionBuilder<DB, 'admin_unit'>) =>
    eb.and([eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]), eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)])]);
}

/** Restricts a unit query to the units valid on a day (validity bounds are inclusive; null is open). */
export function validOnDate<O>(q: SelectQueryBuilder<DB, 'admin_unit', O>, date: string) {
  return q.where(unitValidOn(date));
}
