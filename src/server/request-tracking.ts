import type { FastifyInstance } from 'fastify';
import { requestTracker } from '../db/connection.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers once a background job it starts has run (a duplicate scan): not tracked. */
    waitsForJob?: boolean;
  }
}

/**
 * Tells the database when a request starts and ends being answered: on the embedded engine a
 * background job step does not start in the middle of a request (see src/db/pglite-pool.ts).
 */
export function trackRequests(app: FastifyInstance): void {
  const tracker = requestTracker(app.ctx.db);
  const tracked = new WeakSet<object>();
  const end = async (request: { raw: object }) => {
    // A request that is aborted and then answered anyway reaches both hooks: it ends once.
    if (tracked.delete(request.raw)) tracker.end();
  };
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.waitsForJob) return;
    tracked.add(request.raw);
    tracker.begin();
  });
  app.addHook('onResponse', end);
  app.addHook('onRequestAbort', end);
}
