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
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.waitsForJob) return;
    tracker.begin();
    // 'close' comes once the answer is sent or the client has gone, whichever path the request took.
    reply.raw.once('close', () => tracker.end());
  });
}
