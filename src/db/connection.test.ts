import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate } from './migrate.js';
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
