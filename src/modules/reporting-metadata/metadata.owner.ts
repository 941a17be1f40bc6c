import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { can, inReach, isVisible, requireUser, scopeOf, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { unitIdOn, unitsByCodes } from './metadata.repository.js';

/**
 * Who is reading or writing shared reporting configuration. Every item has an owner unit, or none
 * (national). National items are changed by system administrators only; an owned item by users
 * with `manage_reporting` whose area contains the owner. Items owned outside the caller's area and
 * its ancestors are invisible, as if they did not exist.
 */
export interface MetaAccess {
  /** A system administrator: role admin with no scope unit. */
  national: boolean;
  /** Holds `manage_reporting`. */
  manage: boolean;
  scope: Scope;
  /** Owner given to what the caller creates: their scope unit, or null (national). */
  defaultOwner: number | null;
}

/** The starter content and other server-side jobs: national, sees and changes everything. */
export const SYSTEM_ACCESS: MetaAccess = { national: true, manage: true, scope: { all: true, reach: new Set(), visible: new Set() }, defaultOwner: null };

export async function accessOf(request: FastifyRequest): Promise<MetaAccess> {
  const user = requireUser(request);
  const scope = await scopeOf(request);
  return { national: user.role === 'admin' && scope.all, manage: can(user, 'manage_reporting'), scope, defaultOwner: user.scopeUnitId };
}

/** National items and items owned inside the caller's area or by one of its ancestors. */
export function sees(a: MetaAccess, owner: number | null): boolean {
  return owner === null || isVisible(a.scope, owner);
}

/** May change (or create) an item with this owner. */
export function mayEdit(a: MetaAccess, owner: number | null): boolean {
  return a.manage && (owner === null ? a.national : inReach(a.scope, owner));
}

/** The refusal code when `mayEdit` is false: who owns it, without naming another area. */
export const refusalOf = (owner: number | null) => (owner === null ? 'reporting_owner_national' : 'reporting_owner_other');

/** Unit ids whose items the caller sees (null: no filter). */
export function visibleOwnerIds(a: MetaAccess): number[] | null {
  return a.scope.all ? null : [...new Set([...a.scope.visible, ...a.scope.reach])];
}

/** The unit id of an owner code (the unit carrying it today), undefined when unknown. */
export async function ownerIdOf(db: Kysely<DB>, code: string): Promise<number | undefined> {
  return unitIdOn(db, code, todayVN());
}

/** Ids of the units carrying a code (any validity), so a code is "in reach" when one of its units is. */
export async function unitIdsOf(db: Kysely<DB>, codes: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!codes.length) return out;
  const rows = await unitsByCodes(db, codes);
  for (const r of rows) (out.get(r.code) ?? out.set(r.code, []).get(r.code)!).push(r.id);
  return out;
}

/** True when the caller's area holds a unit carrying the code. */
export const codeInReach = (a: MetaAccess, ids: number[] | undefined) => a.scope.all || (ids ?? []).some((id) => a.scope.reach.has(id));
