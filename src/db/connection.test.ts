import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate } from './migrate.js';
import { openDatabase } from './connection.js';
import { useTestApp } from '../test/harness.js';

const s = useTestApp();
beforeAll(async () => {
  await sql`CREATE TABLE probe (n int PRIMARY KEY)`.execute(s.t.database.db);
});

describe('database layer', () => {
  it('keeps concurrent transactions apart: rolled-back ones leave nothing, committed ones stay', async () => {
    const { db } = s.t.database;
    const work = Array.from({ length: 40 }, (_, n) =>
      db
        .transaction()
        .execute(async (trx) => {
          await sql`INSERT INTO probe (n) VALUES (${n})`.execute(trx);
          await new Promise((r) => setTimeout(r, n % 3)); // let other requests try to run meanwhile
          await sql`SELECT count(*) FROM probe`.execute(trx);
          if (n % 2) throw new Error('rollback');
        })
        .catch(() => 'rolled back'),
    );
    // Plain statements arriving while transactions run must not land inside them.
    const reads = Array.from({ length: 20 }, () => sql`SELECT 1`.execute(db));
    await Promise.all([...work, ...reads]);
    const rows = await sql<{ n: number }>`SELECT n FROM probe ORDER BY n`.execute(db);
    expect(rows.rows.map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('applies migrations once', async () => {
    expect(await migrate(s.t.database.db)).toEqual([]);
    const applied = await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(s.t.database.db);
    expect(applied.rows.map((r) => r.name)).toContain('0001_foundation');
  });

  it('returns dates as YYYY-MM-DD strings and counts as numbers', async () => {
    const r = await sql<{ d: string; n: number }>`SELECT DATE '2025-07-01' AS d, count(*) AS n FROM admin_unit`.execute(s.t.database.db);
    expect(r.rows[0]).toEqual({ d: '2025-07-01', n: expect.any(Number) });
    expect(r.rows[0].n).toBeGreaterThan(14000);
  });
});

describe('PostgreSQL connections', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'survives the server ending idle connections (a restart, an administrator): the next query opens a new one',
    async () => {
      const { db } = s.t.database;
      // Several idle connections in the pool.
      await Promise.all(Array.from({ length: 4 }, () => sql`SELECT pg_sleep(0.05)`.execute(db)));
      const other = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL! });
      try {
        const ended = await sql<{ n: number }>`
          SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
           WHERE datname = ${(await sql<{ d: string }>`SELECT current_database() AS d`.execute(db)).rows[0].d} AND pid <> pg_backend_pid()`.execute(other.db);
        expect(ended.rows[0].n).toBeGreaterThan(0);
      } finally {
        await other.close();
      }
      await new Promise((r) => setTimeout(r, 300));
      // Without a listener on the pool, the ended connections' errors would have ended the process (an unhandled error here).
      await expect
        .poll(async () => (await sql<{ one: number }>`SELECT 1 AS one`.execute(db).catch(() => ({ rows: [{ one: 0 }] }))).rows[0].one, { timeout: 5000 })
        .toBe(1);
    },
  );
});
