import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, useTestApp } from '../../test/harness.js';
import { cccdFor, freshCode } from '../register/households.fixtures.js';
import { importsIdle } from './register-import.jobs.js';

const s = useTestApp('xa.tanlac');

// The first import into an empty register sets indexes and keys aside and rebuilds them.

beforeAll(async () => {
  await sql`TRUNCATE household_poverty, household_member, household, person, life_event, record_change, duplicate_candidate, access_log RESTART IDENTITY CASCADE`.execute(
    s.t.database.db,
  );
});

const HEADER = 'Mã xã,Mã hộ,Quan hệ với chủ hộ,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số CCCD';
const rows = (code: string, cccd: string) => [`05128,${code},Chủ hộ,Hà Văn Đầu,Nam,1980,Mường,${cccd}`, `05128,${code},Vợ,Bùi Thị Đầu,Nữ,1982,Mường,`];

async function upload(text: string, fields: Record<string, string>) {
  const res = await s.as('xa.tanlac').upload('/api/register/imports', fields, { file: { name: 'a.csv', data: Buffer.from(text) } });
  expect(res.statusCode, res.body).toBe(202);
  await importsIdle();
  return (await s.as('xa.tanlac').get(`/api/register/imports/${res.json().id}`)).json();
}
const indexCount = async () =>
  (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename IN ('person', 'household', 'household_member', 'household_poverty') AND schemaname = current_schema()`.execute(
      s.t.database.db,
    )
  ).rows[0].n;
const keyCount = async () =>
  (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('person'::regclass, 'household'::regclass, 'household_member'::regclass, 'household_poverty'::regclass)`.execute(
      s.t.database.db,
    )
  ).rows[0].n;

it('imports into an empty register with indexes and keys rebuilt, and a refused file leaves them in place', async () => {
  const indexes = await indexCount();
  const keys = await keyCount();
  expect(indexes).toBeGreaterThan(10);
  const cccd = cccdFor('male', 1980);
  // A CCCD repeated in the file: refused, nothing written, indexes untouched.
  const bad = await upload([HEADER, ...rows(freshCode(), cccd), ...rows(freshCode(), cccd)].join('\n'), { dryRun: 'false' });
  expect(bad).toMatchObject({ status: 'done', applied: false, errors: [{ row: 4, code: 'import_cccd_repeated' }] });
  expect(await indexCount()).toBe(indexes);
  expect(await countRows(s.t.database.db, 'person')).toBe(0);

  const code = freshCode();
  const file = [HEADER, ...rows(code, cccd)].join('\n');
  const ok = await upload(file, { dryRun: 'false' });
  expect(ok).toMatchObject({ status: 'done', applied: true, counts: { households: { created: 1 }, persons: { created: 2 } } });
  expect(await indexCount()).toBe(indexes);
  expect(await keyCount()).toBe(keys);
  const search = await s.as('xa.tanlac').get(`/api/persons?q=${cccd}`);
  expect(search.json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['Hà Văn Đầu']);
  const again = await upload(file, { dryRun: 'false' });
  expect(again).toMatchObject({ applied: false, counts: { households: { unchanged: 1 }, persons: { unchanged: 2 } } });
});
