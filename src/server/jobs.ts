import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import { logInternalError } from './logger.js';

/** A task the server runs in the background every `everyMs` (never two runs of one job at once). */
export interface BackgroundJob {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<unknown>;
}

/**
 * Runs background jobs while the server is up: started when it is ready, stopped (waiting for a
 * run in progress) when it closes. Their work is kept in the database, so a restart picks it up.
 */
export function startBackgroundJobs(app: FastifyInstance, jobs: BackgroundJob[]): void {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let closing = false;
  app.addHook('onReady', async () => {
    for (const job of jobs) {
      let busy = false;
      const tick = () => {
        if (busy || closing) return;
        busy = true;
        const p = job
          .run(app.ctx)
          .catch((e) => logInternalError(`background job ${job.name} failed`, e))
          .finally(() => {
            busy = false;
            running.delete(p);
          });
        running.add(p);
      };
      const timer = setInterval(tick, job.everyMs);
      timer.unref();
      timers.push(timer);
    }
  });
  app.addHook('onClose', async () => {
    closing = true;
    for (const t of timers) clearInterval(t);
    await Promise.allSettled([...running]);
  });
}
