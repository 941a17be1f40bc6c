/** Internal failures reach users as translated codes only: no database or engine text in answers or job statuses. */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/harness.js';
import { cccdFor, freshCode } from '../modules/register/households.fixtures.js';
import { importsIdle } from '../modules/register-import/register-import.jobs.js';
import { SAMPLE_HEADER as HEADER } from '../modules/register-import/register-import.fixtures.js';

const s = useTestApp('xa.tanlac');

const ENGINE_TEXT = /relation|column|table|syntax|constraint|violates|select|insert|update|postgres|pglite|household_poverty|kysely|error:/i;

describe('a failed import', () => {
  it('shows a translated system-error message, never the database message', async () => {
    const code = freshCode('IE');
    const file = [
      HEADER,
      ['05128', code, 'Chủ hộ', 'Bùi Văn Lỗi', 'Nam', '12/04/1975', 'Mường', cccdFor('male', 1975), 'Xóm Lỗi', 'Bán kiên cố', '2025', 'Hộ nghèo'],
    ]
      .map((r) => r.join(','))
      .join('\n');
    // Make the write step fail inside the database, as a broken disk or a bug would.
    await sql`ALTER TABLE household_poverty RENAME TO household_poverty_gone`.execute(s.t.database.db);
    try {
      const res = await s.as('xa.tanlac').upload('/api/register/imports', { dryRun: 'false' }, { file: { name: 'so-ho.csv', data: Buffer.from(`${file}\n`) } });
      expect(res.statusCode, res.body).toBe(202);
      await importsIdle();
      for (const lang of ['vi', 'en']) {
        const detail = (await s.as('xa.tanlac').get(`/api/register/imports/${res.json().id}`, { 'accept-language': lang })).json();
        expect(detail.status).toBe('failed');
        expect(detail.failure.code).toBe('internal');
        expect(detail.failure.message).not.toMatch(ENGINE_TEXT);
        expect(JSON.stringify(detail)).not.toMatch(/household_poverty|relation "/);
      }
    } finally {
      await sql`ALTER TABLE household_poverty_gone RENAME TO household_poverty`.execute(s.t.database.db);
    }
  });
});
