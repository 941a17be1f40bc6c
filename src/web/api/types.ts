/**
 * The shapes the web app reads and sends, derived from the generated OpenAPI types (schema.d.ts):
 * none is written by hand, so a route's Zod schema change shows up here at compile time.
 */
import type { paths } from './schema.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Success = 200 | 201 | 202;
type Op<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** JSON body of the success answer (200/201/202) of `M P`. */
export type Res<P extends keyof paths, M extends Method> = Op<P, M> extends { responses: infer R } ? JsonOf<R[keyof R & Success]> : never;
/** JSON request body of `M P`. */
export type Body<P extends keyof paths, M extends Method> = Op<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** Query parameters of `M P`. */
export type Query<P extends keyof paths, M extends Method> = Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** One row of a paged list answer. */
export type Item<P extends keyof paths> = Res<P, 'get'> extends { items: (infer I)[] } ? I : never;

/** A page of a list. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Me = Res<'/api/auth/me', 'get'>;
export type Permission = Me['permissions'][number];
export type ScopeUnit = NonNullable<Me['scope']>;

export type EthnicGroup = Item<'/api/ethnic-groups'>;

/** A unit as lists give it; GET /admin-units/{code} adds its `path` (province first). */
export type Unit = Item<'/api/admin-units'> & Partial<Pick<Res<'/api/admin-units/{code}', 'get'>, 'path'>>;
export type UnitLevel = Unit['level'];
export type UnitLinks = Res<'/api/admin-units/{code}/successors', 'get'>;
export type UnitLink = UnitLinks['items'][number];

export type Village = Item<'/api/villages'>;
export type VillageType = Village['type'];
export type VillageStatus = Village['status'];
export type VillageDetail = Res<'/api/villages/{id}', 'get'>;
export type VillageRef = NonNullable<VillageDetail['predecessor']>;
export type VillageEvent = VillageDetail['history'][number]['event'];

export type ClassificationList = Item<'/api/classification-lists'>;
export type ClassificationKind = ClassificationList['kind'];
export type ClassificationEntry = Item<'/api/classifications'>;

export type UserRow = Item<'/api/users'>;
export type Role = UserRow['role'];
export type Lang = UserRow['language'];
export type AuditEntry = Item<'/api/audit'>;
export type Health = Res<'/api/health', 'get'>;
export type BoundarySource = Item<'/api/boundaries/sources'>;
