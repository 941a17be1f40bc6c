import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';

/** The unit carrying `code` on `date` (a code names different units in different periods). */
export function findUnitOn(db: Kysely<DB>, code: string, date: string) {
  return db
    .selectFrom('admin_unit')
    .selectAll()
    .where('code', '=', code)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .executeTakeFirst();
}

/** Like findUnitOn, but an unknown code is a 404 `unknown_unit` naming the code and date. */
export async function requireUnitOn(db: Kysely<DB>, code: string, date: string, field = 'code') {
  const unit = await findUnitOn(db, code, date);
  if (!unit) throw new AppError(404, 'unknown_unit', { code, date: formatDateVi(date) }, [{ field, code: 'unknown_unit', params: { code, date: formatDateVi(date) } }]);
  return unit;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
