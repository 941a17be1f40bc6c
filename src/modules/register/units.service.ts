import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, isVisible, requireUser, scopeOf, type Scope } from '../../server/scope.js';
import { actorOf, type Actor } from '../audit/audit.service.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import { validOn } from '../admin-units/as-of.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { fieldError } from './register.service.js';
import { codeEverUsed, unitById, villageRow } from './units.repository.js';

/** Who writes to the register, and where they may write. */
export interface RegisterWriter {
  db: Kysely<DB>;
  actor: Actor;
  scope: Scope;
  graph: UnitGraph;
  isAdmin: boolean;
}

/** Officers and administrators write to the register (inside their area); viewers only read. */
export async function registerWriter(request: FastifyRequest): Promise<RegisterWriter> {
  const user = requireUser(request);
  if (user.role === 'viewer') throw new AppError(403, 'forbidden');
  return {
    db: request.server.ctx.db,
    actor: actorOf(request),
    scope: await scopeOf(request),
    graph: await request.server.ctx.graph(),
    isAdmin: user.role === 'admin',
  };
}

export interface CommuneRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: string;
  valid_from: string | null;
  valid_to: string | null;
}

const asRange = (u: CommuneRow) => ({ validFrom: u.valid_from, validTo: u.valid_to });

/**
 * The commune a record is keyed to, valid on the record's date: by code (looked up on that date) or
 * by id. A code that existed only at other times, or an id not valid on the date, means the commune
 * no longer (or not yet) exists on that date.
 */
export async function communeOnDate(db: Kysely<DB>, ref: { code?: string; id?: number }, date: string, field: string): Promise<CommuneRow> {
  let unit: CommuneRow | undefined;
  if (ref.id !== undefined) {
    unit = await unitById(db, ref.id);
    if (!unit) throw fieldError(400, field, 'unknown_unit', { code: ref.id, date: formatDateVi(date) });
  } else {
    const code = ref.code!;
    unit = await findUnitOn(db, code, date);
    if (!unit) {
      throw fieldError(400, field, (await codeEverUsed(db, code)) ? 'commune_not_in_force' : 'unknown_unit', { code, date: formatDateVi(date) });
    }
  }
  if (unit.level !== 'commune') throw fieldError(400, field, 'not_a_commune', { code: unit.code });
  if (!validOn(asRange(unit), date)) throw fieldError(400, field, 'commune_not_in_force', { code: unit.code, date: formatDateVi(date) });
  return unit;
}

/** A village of the commune valid on the date, or a translated 400. */
export async function villageOnDate(db: Kysely<DB>, villageId: number, communeId: number, date: string, field = 'villageId') {
  const v = await villageRow(db, villageId);
  if (!v || v.commune_id !== communeId) throw fieldError(400, field, 'village_not_in_commune', { id: villageId });
  if (!validOn({ validFrom: v.valid_from, validTo: v.valid_to }, date))
    throw fieldError(400, field, 'village_not_active', { name: v.name, date: formatDateVi(date) });
  return v;
}

/**
 * Commune ids to filter a list by: the reach of the unit carrying `code` on `date` (the unit, what
 * lies under it, and what merged into it), limited to the caller's reach. null = no restriction.
 */
export async function communeFilter(db: Kysely<DB>, graph: UnitGraph, scope: Scope, code: string | undefined, date: string): Promise<number[] | null> {
  if (!code) return scope.all ? null : [...scope.reach];
  const unit = await findUnitOn(db, code, date);
  if (!unit)
    throw new AppError(404, 'unknown_unit', { code, date: formatDateVi(date) }, [
      { field: 'commune', code: 'unknown_unit', params: { code, date: formatDateVi(date) } },
    ]);
  if (!isVisible(scope, unit.id)) throw new AppError(404, 'unknown_unit', { code, date: formatDateVi(date) });
  return [...graph.reach(unit.id)].filter((id) => graph.units.get(id)?.level === 'commune' && inReach(scope, id));
}

/** The commune-list condition of register queries, for modules that count register rows their own way. */
export { inCommunes } from './units.repository.js';
