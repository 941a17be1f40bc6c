import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';

/** `WHERE` condition: the admin_unit row is valid on `date` (validity bounds are inclusive; null = open). */
export function unitValidOn(date: string) {
  return (eb: ExpressionBuilder<DB, 'admin_unit'>) =>
    eb.and([eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]), eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)])]);
}

/** The unit carrying `code` on `date` (a code names different units in different periods). */
export function findUnitOn(db: Kysely<DB>, code: string, date: string) {
  return db.selectFrom('admin_unit').selectAll().where('code', '=', code).where(unitValidOn(date)).executeTakeFirst();
}

/** Like findUnitOn, but an unknown code is a 404 `unknown_unit` naming the code and date. */
export async function requireUnitOn(db: Kysely<DB>, code: string, date: string, field = 'code') {
  const unit = await findUnitOn(db, code, date);
  if (!unit)
    throw new AppError(404, 'unknown_unit', { code, date: formatDateVi(date) }, [{ field, code: 'unknown_unit', params: { code, date: formatDateVi(date) } }]);
  return unit;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
