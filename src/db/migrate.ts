import { sql, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

/**
 * Applies pending migrations, each in its own transaction, recording them in schema_migration.
 * A PostgreSQL advisory lock keeps two starting servers from migrating at once.
 */
export async function migrate(db: Kysely<any>): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(4242001)`.execute(conn);
    try {
      const done = await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(conn);
      const seen = new Set(done.rows.map((r) => r.name));
      for (const m of migrations) {
        if (seen.has(m.name)) continue;
        await conn.transaction().execute(async (trx) => {
          for (const statement of m.statements) await sql.raw(statement).execute(trx);
          await sql`INSERT INTO schema_migration (name) VALUES (${m.name})`.execute(trx);
        });
        applied.push(m.name);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(4242001)`.execute(conn);
    }
  });
  return applied;
}
