import type { PGlite } from '@electric-sql/pglite';

/** Who asks for the connection: a user's request, or a step of a background job. */
export type Priority = 'interactive' | 'job';

/**
 * Presents one PGlite instance as pg-style pools of a single connection, one per priority.
 * PGlite has one backend, so the connection is handed out one holder at a time: a transaction
 * holds it from BEGIN to COMMIT and no other statements can interleave. When it is released,
 * a waiting request goes ahead of a waiting job step, so a request waits at most for the step
 * that is running (jobs work in short transactions, see register-import.run.ts).
 */
export function pglitePool(pg: PGlite) {
  let busy = false;
  const waiting: Record<Priority, (() => void)[]> = { interactive: [], job: [] };
  const acquire = (priority: Priority) =>
    new Promise<void>((resolve) => {
      if (!busy) {
        busy = true;
        resolve();
      } else waiting[priority].push(resolve);
    });
  const handOver = () => {
    const next = waiting.interactive.shift() ?? waiting.job.shift();
    if (next) next();
    else busy = false;
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
            handOver();
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
        handOver();
      }
    },
  });
  return { interactive: pool('interactive'), job: pool('job') };
}
