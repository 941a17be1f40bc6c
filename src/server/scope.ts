import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import type { SessionUser } from './context.js';
import type { Role } from '../db/schema.js';

/** The area a user may reach. `all` for a user with no scope unit (national administrator). */
export interface Scope {
  all: boolean;
  /** Units whose records the user may read and (role permitting) change. */
  reach: Set<number>;
  /** reach plus the ancestors shown for context in trees and paths. */
  visible: Set<number>;
}

const ALL: Scope = { all: true, reach: new Set(), visible: new Set() };

/** Computes (and caches on the request) the scope of the logged-in user. */
export async function scopeOf(request: FastifyRequest): Promise<Scope> {
  const cached = (request as any)._scope as Scope | undefined;
  if (cached) return cached;
  const user = requireUser(request);
  let scope = ALL;
  if (user.scopeUnitId !== null) {
    const graph = await request.server.ctx.graph();
    scope = { all: false, reach: graph.reach(user.scopeUnitId), visible: graph.visible(user.scopeUnitId) };
  }
  (request as any)._scope = scope;
  return scope;
}

export function inReach(scope: Scope, unitId: number | null | undefined): boolean {
  return scope.all || (unitId != null && scope.reach.has(unitId));
}

export function isVisible(scope: Scope, unitId: number | null | undefined): boolean {
  return scope.all || (unitId != null && (scope.visible.has(unitId) || scope.reach.has(unitId)));
}

/** Reading something outside the area looks exactly like reading something that does not exist. */
export function assertReadable(scope: Scope, unitId: number | null | undefined) {
  if (!inReach(scope, unitId)) throw new AppError(404, 'not_found');
}

/** Writing outside the area is refused without saying what is there. */
export function assertWritable(scope: Scope, unitId: number | null | undefined) {
  if (!inReach(scope, unitId)) throw new AppError(403, 'out_of_scope');
}

/** Unit ids for an SQL `= ANY(...)` filter, or null when the user sees everything. */
export function reachIds(scope: Scope): number[] | null {
  return scope.all ? null : [...scope.reach];
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(401, 'unauthenticated');
  return request.user;
}

/** What each role may do beyond reading inside its area. */
const PERMISSIONS: Record<Role, readonly string[]> = {
  admin: ['manage_users', 'manage_reference', 'edit_villages', 'edit_classifications', 'read_audit', 'manage_reporting', 'enter_data', 'approve_data'],
  province_officer: ['edit_villages', 'edit_classifications', 'read_audit', 'manage_reporting', 'enter_data', 'approve_data'],
  commune_officer: ['edit_villages', 'enter_data'],
  viewer: [],
};

export type Permission =
  | 'manage_users'
  | 'manage_reference'
  | 'edit_villages'
  | 'edit_classifications'
  | 'read_audit'
  /** Report forms, data elements, disaggregations, validation rules (periodic reporting). */
  | 'manage_reporting'
  /** Entering and submitting report values for units in one's area. */
  | 'enter_data'
  /** Approving, returning and reopening submitted reports in one's area. */
  | 'approve_data';

export function can(user: SessionUser | null, permission: Permission): boolean {
  return !!user && PERMISSIONS[user.role].includes(permission);
}

export function requirePermission(request: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (!can(user, permission)) throw new AppError(403, 'forbidden');
  return user;
}

/** The permissions of a user, sent with responses so the UI can enable or disable actions. */
export function permissionsOf(user: SessionUser | null): string[] {
  return user ? [...PERMISSIONS[user.role]] : [];
}
