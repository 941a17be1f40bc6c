import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { scanTuning } from './duplicates-scan.service.js';

const s = useTestApp('xa.tanlac');
const chunk = scanTuning.chunkPersons;

beforeAll(async () => {
  scanTuning.chunkPersons = 7; // many short steps
});
afterAll(async () => {
  scanTuning.chunkPersons = chunk;
});

const scan = async () => {
  const res = await s.as('xa.tanlac').post('/api/duplicates/scan', {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { checked: number; added: number };
};

describe('duplicate scan in short steps', () => {
  it('looks again only at persons changed since the last scan of the area, and still finds their pairs', async () => {
    const { db } = s.t.database;
    const live = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM person p JOIN admin_unit c ON c.id = p.commune_id WHERE c.code = '05128' AND p.merged_into_id IS NULL`.execute(db);
    const first = await scan();
    // The first scan of the commune compares each of its persons (in steps of 7).
    expect(first.checked).toBe(live.rows[0].n);
    expect(first.checked).toBeGreaterThan(7);

    // Nothing changed: nothing to compare.
    expect(await scan()).toEqual({ checked: 0, added: 0 });

    // One person changes to look like another of the commune: the next scan compares that one person and finds the pair.
    const pair = await sql<{ id: number; full_name: string; birth_year: number; search_text: string }>`
      SELECT p.id, p.full_name, p.birth_year, regexp_replace(p.search_text, ' [0-9]{12}$', '') AS search_text FROM person p JOIN admin_unit c ON c.id = p.commune_id
      WHERE c.code = '05128' AND p.deleted_at IS NULL AND p.merged_into_id IS NULL ORDER BY p.id LIMIT 2`.execute(db);
    const [a, b] = pair.rows;
    await sql`UPDATE person SET full_name = ${a.full_name.toUpperCase()}, search_text = ${a.search_text}, birth_year = ${a.birth_year}, birth_date = NULL, cccd = NULL, updated_at = now() WHERE id = ${b.id}`.execute(
      db,
    );
    const third = await scan();
    expect(third.checked).toBe(1);
    expect(third.added).toBe(1);
    const stored = await db
      .selectFrom('duplicate_candidate')
      .select(['person_a_id', 'person_b_id', 'reason'])
      .where('person_a_id', '=', Math.min(a.id, b.id))
      .where('person_b_id', '=', Math.max(a.id, b.id))
      .execute();
    expect(stored).toEqual([{ person_a_id: Math.min(a.id, b.id), person_b_id: Math.max(a.id, b.id), reason: 'similar_name_birth_year_commune' }]);
  });
});
