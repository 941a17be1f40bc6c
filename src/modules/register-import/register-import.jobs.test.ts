import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, useTestApp } from '../../test/harness.js';
import { cccdFor, freshCode } from '../register/households.fixtures.js';
import { importHooks, importsIdle } from './register-import.jobs.js';
import { importTuning } from './register-import.run.js';
import { recoverImports } from './register-import.undo.js';

const chunkRows = importTuning.chunkRows;

beforeAll(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = '100000'; // the request loop below is not an attack
  importTuning.chunkRows = 100;
});
// After the set-up above: the app reads these settings when it starts.
const s = useTestApp('xa.tanlac');
afterAll(async () => {
  importTuning.chunkRows = chunkRows;
  delete importHooks.beforeWriteChunk;
});

const HEADER = ['Mã xã', 'Mã hộ', 'Quan hệ với chủ hộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số CCCD', 'Địa chỉ'];

/** A file of `n` households (a head with a CCCD and a child each) in Tân Lạc; returns the CCCDs in file order. */
function file(n: number) {
  const prefix = freshCode('JB');
  const cccds: string[] = [];
  const rows = [HEADER.join(',')];
  for (let i = 0; i < n; i++) {
    const cccd = cccdFor('male', 1970 + (i % 30));
    cccds.push(cccd);
    rows.push(`05128,${prefix}-${i},Chủ hộ,Bùi Văn Nhập ${i},Nam,12/04/${1970 + (i % 30)},Mường,${cccd},Xóm Nhập`);
    rows.push(`05128,${prefix}-${i},Con,Bùi Thị Nhập ${i},Nữ,2005,Mường,,`);
  }
  return { prefix, cccds, data: Buffer.from(`${rows.join('\n')}\n`, 'utf8') };
}

async function start(data: Buffer) {
  const res = await s.as('xa.tanlac').upload('/api/register/imports', { dryRun: 'false' }, { file: { name: 'so-ho.csv', data } });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().id as number;
}

const detail = async (id: number) => (await s.as('xa.tanlac').get(`/api/register/imports/${id}`)).json();
const householdsOf = async (prefix: string) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM household WHERE code LIKE ${`${prefix}-%`}`.execute(s.t.database.db)).rows[0].n;
const personsOf = (importId: number) => countRows(s.t.database.db, 'person', { import_id: importId });

describe('long imports in short steps', { timeout: 180_000 }, () => {
  it('keeps answering other requests while a long import runs', async () => {
    const f = file(1000);
    const started = performance.now();
    const id = await start(f.data);
    let running = true;
    const idle = importsIdle().then(() => (running = false));
    const waits: number[] = [];
    let t0 = performance.now();
    while (running) {
      const [health, list] = await Promise.all([s.as('xa.tanlac').get('/api/health'), s.as('xa.tanlac').get('/api/households?page=1&pageSize=20')]);
      waits.push(performance.now() - t0);
      expect(health.statusCode).toBe(200);
      expect(list.statusCode).toBe(200);
      // The next round is due in 20 ms; if the process is busy then, that delay counts as waiting too.
      t0 = performance.now() + 20;
      await new Promise((r) => setTimeout(r, 20));
    }
    await idle;
    const took = performance.now() - started;
    expect(await detail(id)).toMatchObject({ status: 'done', applied: true, counts: { households: { created: 1000 }, persons: { created: 2000 } } });
    expect(await householdsOf(f.prefix)).toBe(1000);
    // Requests were answered all along, each waiting at most for one short step of the import.
    const longest = Math.max(...waits);
    console.log(`import ${Math.round(took)} ms; ${waits.length} rounds of requests meanwhile, longest ${Math.round(longest)} ms`);
    expect(waits.length).toBeGreaterThan(5);
    expect(longest).toBeLessThan(took / 4);
  });

  it('an import failing in its last chunk leaves nothing behind', async () => {
    const f = file(300); // 600 rows: chunks of 50 households, the last is chunk 5
    importHooks.beforeWriteChunk = async (n) => {
      // The last chunk fails (as a full disk or a lost connection would make it).
      if (n === 5) throw new Error('write failed');
    };
    try {
      const id = await start(f.data);
      await importsIdle();
      const d = await detail(id);
      expect(d.applied).toBe(false);
      expect(await householdsOf(f.prefix)).toBe(0);
      expect(await personsOf(id)).toBe(0);
    } finally {
      delete importHooks.beforeWriteChunk;
    }
  });

  it('an import cut short while writing is undone at the next start', async () => {
    const f = file(400);
    let reached!: () => void;
    const inMiddle = new Promise<void>((r) => (reached = r));
    let stop!: (e: Error) => void;
    importHooks.beforeWriteChunk = async (n) => {
      if (n === 4) {
        reached();
        // The process "dies" here: nothing more of this import runs until the test lets go.
        await new Promise((_, reject) => (stop = reject));
      }
    };
    try {
      const id = await start(f.data);
      await inMiddle;
      // Chunks 0–3 are committed: 200 households are in the register, the import is not finished.
      expect(await householdsOf(f.prefix)).toBe(200);
      expect(await recoverImports(s.t.database.db)).toContain(id);
      expect(await householdsOf(f.prefix)).toBe(0);
      expect(await personsOf(id)).toBe(0);
      // (The row as a restarted server shows it; this process still holds the import's live progress.)
      const row = await s.t.database.db.selectFrom('register_import').select(['status', 'applied', 'failure']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'failed', applied: false, failure: { code: 'import_interrupted' } });
      stop(new Error('killed'));
      await importsIdle();
      expect(await householdsOf(f.prefix)).toBe(0);
    } finally {
      delete importHooks.beforeWriteChunk;
    }
  });
});
