import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, useTestApp } from '../../test/harness.js';
import { cccdFor, createHousehold, freshCode } from './households.fixtures.js';
import { importsIdle } from '../register-import/register-import.jobs.js';

/**
 * Look-ups by a key the caller gives (CCCD, household code, record id) answer only inside the
 * caller's area: a record of another area answers exactly as a key that does not exist, and a
 * uniqueness check never refuses because of a record elsewhere.
 */
const s = useTestApp('admin', 'xa.tanlac', 'tinh.phutho');
/** A household of Ba Đình, Hà Nội (outside Phú Thọ), made by the national administrator. */
let hanoi: any;
let hanoiCccd: string;
let farSerial = 0;

const DATE = '2025-08-01';
/** An id no record will reach in a test database. */
const NO_ID = 2_000_000_000;

beforeAll(async () => {
  hanoiCccd = cccdFor('male', 1975, '01');
  hanoi = await createHousehold(s.as('admin'), {
    communeCode: '00004',
    validFrom: DATE,
    code: 'HN-TEST-1',
    members: [{ fullName: 'Nguyễn Văn Hà', sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', cccd: hanoiCccd, relationship: 'head' }],
  });
});

/** A new household of Hà Nội whose head holds a fresh CCCD; returns it with the number. */
async function farPerson(fullName: string) {
  const cccd = cccdFor('male', 1975, '01');
  const code = `HN-TEST-${++farSerial + 1}`;
  const h = await createHousehold(s.as('admin'), {
    communeCode: '00004',
    validFrom: DATE,
    code,
    members: [{ fullName, sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', cccd, relationship: 'head' }],
  });
  return { h, cccd, code };
}

/** Status and body as bytes: what a caller can tell two answers apart by. */
const answer = (res: { statusCode: number; body: string }) => ({ status: res.statusCode, body: res.body });
const head = (cccd: string, fullName = 'Bùi Văn Khách') => ({ fullName, sex: 'male', birthDate: '1975-04-12', ethnicCode: '06', cccd, relationship: 'head' });

describe('CCCD uniqueness', () => {
  it('accepts a CCCD held only in another province exactly like a fresh number, and still refuses one held in the area', async () => {
    const fresh = await s.as('xa.tanlac').post('/api/households', {
      communeCode: '05128',
      validFrom: DATE,
      code: freshCode(),
      members: [head(cccdFor('male', 1975, '01'))],
    });
    expect(fresh.statusCode, fresh.body).toBe(201);
    const elsewhere = await s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: DATE, code: freshCode(), members: [head(hanoiCccd)] });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    expect(elsewhere.body).not.toContain('Nguyễn Văn Hà');

    // Inside the area the number is taken, whichever way it comes in.
    const ours = elsewhere.json();
    const again = await s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: DATE, code: freshCode(), members: [head(hanoiCccd)] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('cccd_taken');
    const joined = await s.as('xa.tanlac').post('/api/persons', {
      fullName: 'Bùi Văn Hai',
      sex: 'male',
      birthYear: 1975,
      ethnicCode: '06',
      cccd: hanoiCccd,
      household: { id: fresh.json().id, relationship: 'sibling' },
    });
    expect(joined.statusCode).toBe(409);
    expect(joined.json().error.code).toBe('cccd_taken');
    // The province officer reaches Tân Lạc: taken for them too; the administrator reaches both records.
    const byProvince = await s
      .as('tinh.phutho')
      .post('/api/households', { communeCode: '04891', validFrom: DATE, code: freshCode(), members: [head(hanoiCccd)] });
    expect(byProvince.statusCode).toBe(409);

    // Changing a person's CCCD: refused when Tân Lạc holds it, accepted when only Hà Nội does.
    const member = fresh.json().members[0];
    const patched = await s.as('xa.tanlac').patch(`/api/persons/${member.id}`, { version: 1, cccd: hanoiCccd });
    expect(patched.statusCode).toBe(409);
    expect(ours.members[0].id).not.toBe(member.id);
    const other = await farPerson('Trần Văn Xa');
    const patchedElsewhere = await s.as('xa.tanlac').patch(`/api/persons/${member.id}`, { version: 1, cccd: other.cccd });
    expect(patchedElsewhere.statusCode, patchedElsewhere.body).toBe(200);
  });

  it('lets only one of two writers racing with one new number in the area through', async () => {
    const cccd = cccdFor('male', 1975, '01');
    const create = (c: Client) => c.post('/api/households', { communeCode: '05128', validFrom: DATE, code: freshCode(), members: [head(cccd)] });
    const results = await Promise.all([create(s.as('xa.tanlac')), create(s.as('tinh.phutho')), create(s.as('xa.tanlac'))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const holders = await s.t.database.db.selectFrom('person').select('id').where('cccd', '=', cccd).execute();
    expect(holders).toHaveLength(1);
  });

  it('queues the two records as a same-CCCD pair that only someone reaching both sees, counts or decides', async () => {
    const cccd = cccdFor('female', 1980, '01');
    const far = await createHousehold(s.as('admin'), {
      communeCode: '00004',
      validFrom: DATE,
      members: [{ ...head(cccd, 'Lê Thị Xa'), sex: 'female', birthDate: '1980-01-02' }],
    });
    const near = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: DATE,
      members: [{ ...head(cccd, 'Bùi Thị Gần'), sex: 'female', birthDate: '1980-01-02' }],
    });
    const [a, b] = [far.members[0].id, near.members[0].id].sort((x, y) => x - y);
    const pair = await s.t.database.db
      .selectFrom('duplicate_candidate')
      .selectAll()
      .where('person_a_id', '=', a)
      .where('person_b_id', '=', b)
      .executeTakeFirstOrThrow();
    expect(pair).toMatchObject({ reason: 'same_cccd', status: 'open' });

    const queue = async (c: Client) => (await c.get('/api/duplicates?pageSize=500')).json();
    expect((await queue(s.as('admin'))).items.map((i: any) => i.id)).toContain(pair.id);
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho')]) {
      const q = await queue(c);
      expect(q.items.map((i: any) => i.id)).not.toContain(pair.id);
      expect(JSON.stringify(q)).not.toContain('Lê Thị Xa');
    }
    // Totals on the queue and the home page count only pairs wholly inside the area.
    const scope = async (username: string) => {
      const graph = await s.t.ctx.graph();
      const user = await s.t.database.db.selectFrom('app_user').select('scope_unit_id').where('username', '=', username).executeTakeFirstOrThrow();
      return [...graph.reach(user.scope_unit_id!)];
    };
    for (const [c, name] of [
      [s.as('xa.tanlac'), 'xa.tanlac'],
      [s.as('tinh.phutho'), 'tinh.phutho'],
    ] as const) {
      const ids = await scope(name);
      const inside = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM duplicate_candidate d JOIN person pa ON pa.id = d.person_a_id JOIN person pb ON pb.id = d.person_b_id
        WHERE d.status = 'open' AND pa.commune_id = ANY(${ids}::int[]) AND pb.commune_id = ANY(${ids}::int[])`.execute(s.t.database.db);
      expect((await queue(c)).total).toBe(inside.rows[0].n);
      expect((await c.get('/api/overview')).json().register.openDuplicates).toBe(inside.rows[0].n);
    }
    // Deciding it from Tân Lạc or Phú Thọ answers as for a pair that does not exist.
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho')]) {
      expect(answer(await c.post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: near.members[0].id }))).toEqual(
        answer(await c.post(`/api/duplicates/${NO_ID}/merge`, { keepPersonId: near.members[0].id })),
      );
      expect(answer(await c.post(`/api/duplicates/${pair.id}/not-duplicate`, {}))).toEqual(answer(await c.post(`/api/duplicates/${NO_ID}/not-duplicate`, {})));
    }
    const decided = await s.as('admin').post(`/api/duplicates/${pair.id}/not-duplicate`, { note: 'Hai người khác nhau' });
    expect(decided.statusCode, decided.body).toBe(200);
  });
});

describe('import check', () => {
  async function dryRun(c: Client, cccd: string, code = freshCode('IM')) {
    const header = ['Mã xã', 'Mã hộ', 'Quan hệ với chủ hộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số CCCD'];
    const file = `${header.join(',')}\n05128,${code},Chủ hộ,Bùi Văn Nhập,Nam,12/04/1975,Mường,${cccd}\n`;
    const res = await c.upload('/api/register/imports', {}, { file: { name: 'so-ho.csv', data: Buffer.from(file, 'utf8') } });
    expect(res.statusCode, res.body).toBe(202);
    await importsIdle();
    const r = (await c.get(`/api/register/imports/${res.json().id}`)).json();
    return { r, comparable: { status: r.status, counts: r.counts, errorCount: r.errorCount, errors: r.errors } };
  }

  it("answers a dry run with another province's CCCD exactly as with an unknown one", async () => {
    const far = await farPerson('Nguyễn Văn Nhập Xa');
    const code = freshCode('IM');
    const held = await dryRun(s.as('xa.tanlac'), far.cccd, code);
    const unknown = await dryRun(s.as('xa.tanlac'), cccdFor('male', 1975, '01'), code);
    expect(JSON.stringify(held.r)).not.toContain('Nhập Xa');
    expect(JSON.stringify(held.r)).not.toContain(far.code);
    expect(held.comparable).toEqual(unknown.comparable);
    expect(held.comparable).toMatchObject({ status: 'done', errorCount: 0, counts: { persons: { created: 1 } } });
  });

  it('imports a person whose CCCD is held elsewhere, and a second run of the same file changes nothing', async () => {
    const { cccd } = await farPerson('Phạm Văn Xa');
    const code = freshCode('IM');
    const header = ['Mã xã', 'Mã hộ', 'Quan hệ với chủ hộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số CCCD'];
    const file = Buffer.from(`${header.join(',')}\n05128,${code},Chủ hộ,Bùi Văn Nhập,Nam,12/04/1975,Mường,${cccd}\n`, 'utf8');
    const run = async () => {
      const res = await s.as('xa.tanlac').upload('/api/register/imports', { dryRun: 'false' }, { file: { name: 'so-ho.csv', data: file } });
      await importsIdle();
      return (await s.as('xa.tanlac').get(`/api/register/imports/${res.json().id}`)).json();
    };
    expect(await run()).toMatchObject({ applied: true, errorCount: 0, counts: { households: { created: 1 }, persons: { created: 1 } } });
    expect(await run()).toMatchObject({ errorCount: 0, counts: { households: { created: 0, unchanged: 1 }, persons: { created: 0, unchanged: 1 } } });
    const holders = await s.t.database.db.selectFrom('person').select('commune_id').where('cccd', '=', cccd).where('deleted_at', 'is', null).execute();
    expect(holders).toHaveLength(2);
  });
});

describe('record ids and codes given by the caller', () => {
  it('answers a destination household of another province exactly as an unknown one (move out, merge, new person)', async () => {
    const ours = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: DATE });
    const son = ours.members.find((m: any) => m.fullName === 'Bùi Văn Nam');
    const events = `/api/households/${ours.id}/events`;
    // The caller's own id may be echoed back; nothing else may differ.
    const same = async (body: (id: number) => Record<string, unknown>, url = events, farId = hanoi.id) => {
      const far = answer(await s.as('xa.tanlac').post(url, body(farId)));
      const none = answer(await s.as('xa.tanlac').post(url, body(NO_ID)));
      expect(far.status).toBe(404);
      expect({ ...far, body: far.body.replaceAll(String(farId), 'ID') }).toEqual({ ...none, body: none.body.replaceAll(String(NO_ID), 'ID') });
    };
    await same((id) => ({ type: 'move_out', date: '2026-02-01', personIds: [son.id], toHouseholdId: id }));
    await same((id) => ({ type: 'merge', date: '2026-02-01', intoHouseholdId: id }));
    await same((id) => ({ fullName: 'Bùi Văn Lạ', sex: 'male', birthYear: 1990, ethnicCode: '06', household: { id, relationship: 'other' } }), '/api/persons');
    await same((id) => ({ type: 'move_in', date: '2026-02-01', persons: [{ personId: id, relationship: 'other' }] }), events, hanoi.members[0].id);
    // The household and the persons of Hà Nội by their ids: as if they did not exist.
    const patchFar = answer(await s.as('xa.tanlac').patch(`/api/households/${hanoi.id}`, { version: 1, housing: 'solid' }));
    expect(patchFar).toEqual(answer(await s.as('xa.tanlac').patch(`/api/households/${NO_ID}`, { version: 1, housing: 'solid' })));
    const personFar = answer(await s.as('xa.tanlac').patch(`/api/persons/${hanoi.members[0].id}`, { version: 1, occupation: 'x' }));
    expect(personFar).toEqual(answer(await s.as('xa.tanlac').patch(`/api/persons/${NO_ID}`, { version: 1, occupation: 'x' })));
    expect((await s.as('admin').get(`/api/households/${hanoi.id}`)).json()).toMatchObject({ version: 1, memberCount: 1 });
  });

  it('answers a household code of another area the same whether it is taken or free', async () => {
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho')]) {
      const taken = answer(await c.post('/api/households', { communeCode: '00004', validFrom: DATE, code: 'HN-TEST-1' }));
      const free = answer(await c.post('/api/households', { communeCode: '00004', validFrom: DATE, code: freshCode('HN') }));
      expect(taken).toEqual(free);
      expect(taken.body).not.toContain('HN-TEST-1');
    }
  });

  it('finds nothing by a CCCD of another area in the person and household searches', async () => {
    const far = await farPerson('Đỗ Văn Tìm');
    for (const url of [`/api/persons?q=${far.cccd}`, `/api/households?q=${far.cccd}`]) {
      expect((await s.as('xa.tanlac').get(url)).json().total).toBe(0);
      expect((await s.as('tinh.phutho').get(url)).json().total).toBe(0);
      expect((await s.as('admin').get(url)).json().total).toBe(1);
    }
  });
});
