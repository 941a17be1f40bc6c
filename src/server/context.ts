import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB, Role } from '../db/schema.js';
import type { Engine } from '../db/connection.js';
import { UnitGraph } from '../modules/admin-units/unit-graph.js';

/** What every route can reach: the database, configuration and shared caches. */
export interface AppContext {
  db: Kysely<DB>;
  engine: Engine;
  config: Config;
  /** The unit hierarchy and crosswalk, loaded once and rebuilt after reorganisations. */
  graph(): Promise<UnitGraph>;
  invalidateGraph(): void;
  /** Sign-in state: the clock throttles and codes use (tests move it), and the first-run setup code. */
  auth: { now(): number; setupCode: string | null };
}

export function createContext(db: Kysely<DB>, engine: Engine, config: Config): AppContext {
  let graph: Promise<UnitGraph> | null = null;
  return {
    db,
    engine,
    config,
    graph() {
      graph ??= UnitGraph.load(db).catch((e) => {
        graph = null;
        throw e;
      });
      return graph;
    },
    invalidateGraph() {
      graph = null;
    },
    auth: { now: () => Date.now(), setupCode: null },
  };
}

/** The logged-in user as routes see it. */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  scopeUnitId: number | null;
  language: 'vi' | 'en';
  sessionId: string;
  csrfToken: string;
  /** Whether the user signs in with a second factor; an admin without it may only enrol. */
  twoFactorEnabled?: boolean;
  /** Set when the call came with an access token or HTTP Basic instead of a session cookie: `token: <name>` or `basic`. */
  via?: string;
  /** The access token used, with what it may reach (`register:read`, `dhis2:write`, …). */
  token?: { id: number; name: string; scopes: string[] };
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}
