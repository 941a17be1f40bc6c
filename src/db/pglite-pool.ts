import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from '@electric-sql/pglite';

/**
 * Presents one PGlite instance as a pg-style pool of a single connection.
 * PGlite has one backend, so a connection is handed out under a mutex: a transaction
 * holds it from BEGIN to COMMIT and no other request's statements can interleave.
 */
export function pglitePool(pg: PGlite) {
  const mutex = new Mutex();
  return {
    async connect() {
      const release = await mutex.acquire();
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
            release();
          }
        },
      };
    },
    async end() {
      await mutex.runExclusive(async () => {
        if (!pg.closed) await pg.close();
      });
    },
  };
}
