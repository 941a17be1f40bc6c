import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { personNameKey } from '../../db/migrations/0004_register_tools.js';

const KEY_X = sql.raw(personNameKey('x'));
const KEY_O = sql.raw(personNameKey('o'));

/**
 * Which persons to look at: those of some communes (null = everywhere), or some persons by id
 * (compared with persons of the communes `within`, or everywhere).
 */
export type Where = { communeIds: number[] | null } | { personIds: number[]; within?: number[] | null };

function side(alias: 'x' | 'o', where: Where): RawBuilder<unknown> {
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if ('personIds' in where) {
    if (alias === 'x') return sql`${col('id')} = ANY(${where.personIds}::int[])`;
    return where.within ? sql`${col('commune_id')} = ANY(${where.within}::int[])` : sql`true`;
  }
  return where.communeIds === null ? sql`true` : sql`${col('commune_id')} = ANY(${where.communeIds}::int[])`;
}

/**
 * Stores new candidate pairs (lower id first) and returns how many were added. A pair already
 * held, whatever its status, is left alone, so a pair marked "not a duplicate" never comes back.
 * - same CCCD: at least one of the two live, neither already merged away;
 * - similar name: both live, same commune and birth year, same name with diacritics, case and spacing ignored.
 */
export async function storeCandidates(db: Kysely<DB>, where: Where): Promise<number> {
  // For a scan each pair is met from its lower id; for given persons from either side.
  const order = 'personIds' in where ? sql`o.id <> x.id` : sql`o.id > x.id`;
  const result = await sql<{ id: number }>`
    INSERT INTO duplicate_candidate (person_a_id, person_b_id, reason, commune_id)
    SELECT DISTINCT ON (least(x.id, o.id), greatest(x.id, o.id))
           least(x.id, o.id), greatest(x.id, o.id), o.reason,
           CASE WHEN x.id < o.id THEN x.commune_id ELSE o.commune_id END
    FROM person x
    JOIN LATERAL (
      SELECT o.id, o.commune_id, 'same_cccd' AS reason, 1 AS rank FROM person o
      WHERE x.cccd IS NOT NULL AND o.cccd = x.cccd AND ${order} AND o.merged_into_id IS NULL
        AND (x.deleted_at IS NULL OR o.deleted_at IS NULL) AND ${side('o', where)}
      UNION ALL
      SELECT o.id, o.commune_id, 'similar_name_birth_year_commune', 2 FROM person o
      WHERE x.deleted_at IS NULL AND o.deleted_at IS NULL AND o.commune_id = x.commune_id
        AND o.birth_year = x.birth_year AND ${KEY_O} = ${KEY_X} AND ${order}
    ) o ON true
    WHERE x.merged_into_id IS NULL AND ${side('x', where)}
    ORDER BY least(x.id, o.id), greatest(x.id, o.id), o.rank
    ON CONFLICT (person_a_id, person_b_id) DO NOTHING
    RETURNING id`.execute(db);
  return result.rows.length;
}

/** How many persons a scan of the communes looks at. */
export async function countScanned(db: Kysely<DB>, communeIds: number[] | null): Promise<number> {
  let q = db
    .selectFrom('person as x')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('x.merged_into_id', 'is', null);
  if (communeIds) q = q.where(sql<boolean>`x.commune_id = ANY(${communeIds}::int[])`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/**
 * Checks some persons just written against the register (their commune for names, everywhere for
 * the CCCD). Runs after the write has committed; a failure here must not undo the write.
 */
export async function detectForPersons(db: Kysely<DB>, personIds: number[], log?: { warn(o: unknown, m: string): void }): Promise<void> {
  if (!personIds.length) return;
  try {
    await storeCandidates(db, { personIds });
  } catch (e) {
    log?.warn({ err: e, personIds }, 'duplicate detection failed');
  }
}

/** The persons currently in a household (after a birth or move-in). */
export async function detectForHousehold(db: Kysely<DB>, householdId: number): Promise<void> {
  const rows = await db
    .selectFrom('household_member')
    .select('person_id')
    .where('household_id', '=', householdId)
    .where('valid_to', 'is', null)
    .execute()
    .catch(() => []);
  await detectForPersons(
    db,
    rows.map((r) => r.person_id),
  );
}
