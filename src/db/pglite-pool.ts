import type { PGlite } from '@electric-sql/pglite';

/** Who asks for the connection: a user's request, or a step of a background job. */
export type Priority = 'interactive' | 'job';

/** After a request's statement, job steps wait this long (ms) so that its next statement goes first. */
const GRACE_MS = 15;
/** A job step that has waited this long (ms) goes next even while requests keep coming, so a job always ends. */
const JOB_MAX_WAIT_MS = 250;

/**
 * Presents one PGlite instance as pg-style pools of a single connection, one per priority.
 * PGlite has one backend, so the connection is handed out one holder at a time: a transaction
 * holds it from BEGIN to COMMIT and no other statements can interleave. When it is released,
 * a waiting request goes ahead of a waiting job step, so a request waits at most for the step
 * that is running (jobs work in short transactions, see register-import.run.ts).
 * PGlite runs in this thread and answers through promises only, so a job chaining statements
 * would never let the process read new requests: a job step first yields to the event loop, and
 * does not start while a request is being answered (the server reports requests through `requests`; a
 * request runs several statements in a row, and a job step between them would make it wait more than
 * once), or, where nothing reports requests, within GRACE_MS of a request's statement. Requests without
 * pause would starve a job for ever: a step that has waited JOB_MAX_WAIT_MS goes next, so a request
 * waits for about one step and a job still moves on under any stream of requests.
 */
export function pglitePool(pg: PGlite) {
  let busy = false;
  let lastInteractive = 0;
  let timer: NodeJS.Timeout | null = null;
  let inFlight = 0;
  let tracked = false;
  const waiting = { interactive: [] as (() => void)[], job: [] as { resolve: () => void; since: number }[] };
  const grant = (priority: Priority, resolve: () => void) => {
    busy = true;
    if (priority === 'interactive') lastInteractive = -1; // holding: no job may start
    resolve();
  };
  const handOver = () => {
    if (busy) return;
    const starving = waiting.job.length > 0 && performance.now() - waiting.job[0].since >= JOB_MAX_WAIT_MS;
    const request = starving ? undefined : waiting.interactive.shift();
    if (request) return grant('interactive', request);
    if (!waiting.job.length || (timer && !starving)) return;
    const now = performance.now();
    const untilStarving = waiting.job[0].since + JOB_MAX_WAIT_MS - now;
    const wait = starving
      ? 0
      : tracked
        ? inFlight > 0
          ? untilStarving
          : 0
        : Math.min(untilStarving, lastInteractive < 0 ? GRACE_MS : lastInteractive + GRACE_MS - now);
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = null;
        handOver();
      }, wait);
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    grant('job', waiting.job.shift()!.resolve);
  };
  const acquire = async (priority: Priority) => {
    // Let pending I/O (new requests) in before a job step takes the engine.
    if (priority === 'job') await new Promise((r) => setImmediate(r));
    await new Promise<void>((resolve) => {
      if (priority === 'job') waiting.job.push({ resolve, since: performance.now() });
      else waiting.interactive.push(resolve);
      handOver();
    });
  };
  const release = (priority: Priority) => {
    busy = false;
    if (priority === 'interactive') lastInteractive = performance.now();
    handOver();
  };

  const pool = (priority: Priority) => ({
    async connect() {
      await acquire(priority);
      let released = false;
      return {
        async query(sql: string, parameters: readonly unknown[]) {
          const result = await pg.query<Record<string, unknown>>(sql, parameters as unknown[]);
          const command = sql.trimStart().slice(0, 6).toUpperCase();
          return {
            command: command as 'INSERT' | 'UPDATE' | 'DELETE' | 'SELECT',
            rowCount: result.affectedRows ?? result.rows.length,
            rows: result.rows,
          };
        },
        release() {
          if (!released) {
            released = true;
            release(priority);
          }
        },
      };
    },
    async end() {
      // Only the interactive handle closes the engine (the job handle shares it).
      if (priority !== 'interactive') return;
      await acquire('interactive');
      try {
        if (!pg.closed) await pg.close();
      } finally {
        release('interactive');
      }
    },
  });
  /** The server calls these around each request it answers (see src/server/app.ts). */
  const requests = {
    begin() {
      tracked = true;
      inFlight++;
    },
    end() {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0 && timer) {
        clearTimeout(timer);
        timer = null;
      }
      handOver();
    },
  };
  return { interactive: pool('interactive'), job: pool('job'), requests };
}
