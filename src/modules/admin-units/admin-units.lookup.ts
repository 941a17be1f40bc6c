import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { findUnitOn, unitValidOn } from './admin-units.repository.js';

// Kept here for the modules that look units up through this file.
export { findUnitOn, unitValidOn };

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
