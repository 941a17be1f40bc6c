import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, countRows, useTestApp } from '../../test/harness.js';
import { compareVi } from '../../shared/text.js';

const session = useTestApp('admin', 'xa.tanlac', 'lanhdao');

const AFTER = '2025-08-01';
const BEFORE = '2024-05-01';

async function villages(c: Client, query: string) {
  const res = await c.get(`/api/villages?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: any[]; total: number };
}

async function auditFor(id: number) {
  return session.t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'village').where('entity_id', '=', String(id)).orderBy('id').execute();
}

describe('demo villages', () => {
  it('holds villages for every old Hòa Bình commune, carried to the 2025 communes', async () => {
    const db = session.t.database.db;
    const old = await db
      .selectFrom('village as v')
      .innerJoin('admin_unit as c', 'c.id', 'v.commune_id')
      .select(['c.code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('v.valid_to', '=', '2025-06-30')
      .groupBy('c.code')
      .execute();
    expect(old).toHaveLength(151);
    for (const o of old) {
      expect(Number(o.n)).toBeGreaterThanOrEqual(4);
      expect(Number(o.n)).toBeLessThanOrEqual(12);
    }
    const r = await sql<{ orphans: number; total: number }>`
      SELECT count(*) FILTER (WHERE p.id IS NULL)::int AS orphans, count(*)::int AS total
      FROM village n LEFT JOIN village p ON p.id = n.predecessor_id WHERE n.valid_from = '2025-07-01'`.execute(db);
    expect(r.rows[0].orphans).toBe(0);
    expect(r.rows[0].total).toBe(old.reduce((s, o) => s + Number(o.n), 0));
  });

  it('lists a new commune on a date after the reform, in Vietnamese order, with each village continuing an old one', async () => {
    const list = await villages(session.as('admin'), `commune=05128&date=${AFTER}&pageSize=500`);
    expect(list.total).toBeGreaterThanOrEqual(20);
    const names = list.items.map((v) => v.name);
    // Numbers in numeric order inside Vietnamese order.
    const natural = (s: string) => s.replace(/\d+/g, (d) => d.padStart(6, '0'));
    expect(names).toEqual([...names].sort((a, b) => compareVi(natural(a), natural(b))));
    expect(list.items.every((v) => v.commune.code === '05128' && v.validFrom === '2025-07-01' && v.predecessorId && v.isDemo)).toBe(true);
    expect(list.items[0]).toMatchObject({ commune: { name: 'Tân Lạc', type: 'Xã', fullName: 'Xã Tân Lạc' }, status: 'active', mergedIntoId: null });
  });

  it('answers with the old commune and its villages for a date before the reform', async () => {
    const list = await villages(session.as('admin'), `commune=05128&date=${BEFORE}`);
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    expect(list.items.every((v) => v.commune.name === 'Mãn Đức' && v.validTo === '2025-06-30' && v.type === 'to_dan_pho')).toBe(true);
  });

  it('searches ignoring diacritics and case', async () => {
    const all = await villages(session.as('admin'), `commune=05128&date=${AFTER}&pageSize=500`);
    const xom = await villages(session.as('admin'), `commune=05128&date=${AFTER}&q=XOM&pageSize=500`);
    expect(xom.total).toBe(all.items.filter((v) => v.name.startsWith('Xóm')).length);
    expect(xom.total).toBeGreaterThan(0);
    const one = all.items.find((v) => /[ăâđêôơư]/i.test(v.name))!;
    const folded = one.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd');
    expect((await villages(session.as('admin'), `date=${AFTER}&q=${encodeURIComponent(folded)}&pageSize=500`)).items.map((v) => v.id)).toContain(one.id);
  });
});

describe('scope', () => {
  it('gives a commune officer only the villages of their commune and its predecessors', async () => {
    const mine = await villages(session.as('xa.tanlac'), `date=${AFTER}&pageSize=500`);
    const admins = await villages(session.as('admin'), `commune=05128&date=${AFTER}&pageSize=500`);
    expect(mine.total).toBe(admins.total);
    const old = await villages(session.as('xa.tanlac'), `date=${BEFORE}&pageSize=500`);
    expect(new Set(old.items.map((v) => v.commune.code))).toEqual(new Set(['05128', '05164', '05167', '05170', '05173']));
    expect((await session.as('xa.tanlac').get(`/api/villages?commune=05134&date=${AFTER}`)).statusCode).toBe(404);
  });

  it('hides a village outside the area (404) and refuses changes there (403)', async () => {
    const other = (await villages(session.as('admin'), `commune=05134&date=${AFTER}`)).items[0];
    expect((await session.as('xa.tanlac').get(`/api/villages/${other.id}`)).statusCode).toBe(404);
    const rename = await session.as('xa.tanlac').patch(`/api/villages/${other.id}`, { name: 'Xóm Lạ' });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().error.code).toBe('out_of_scope');
    const create = await session.as('xa.tanlac').post('/api/villages', { communeCode: '05134', date: AFTER, name: 'Xóm Lạ', type: 'xom' });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('out_of_scope');
    expect((await villages(session.as('admin'), `commune=05134&date=${AFTER}&q=lạ`)).total).toBe(0);
  });

  it('lets a viewer read but not write', async () => {
    const v = (await villages(session.as('lanhdao'), `commune=05128&date=${AFTER}`)).items[0];
    expect((await session.as('lanhdao').get(`/api/villages/${v.id}`)).json().canEdit).toBe(false);
    for (const res of [
      await session.as('lanhdao').post('/api/villages', { communeCode: '05128', name: 'Xóm Xem', type: 'xom' }),
      await session.as('lanhdao').patch(`/api/villages/${v.id}`, { name: 'Xóm Xem' }),
      await session.as('lanhdao').post(`/api/villages/${v.id}/deactivate`, { date: AFTER, reason: 'x' }),
      await session.as('lanhdao').post('/api/villages/merge', { sourceIds: [v.id], target: { name: 'X', type: 'xom' }, date: AFTER }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });
});

describe('creating and changing villages', () => {
  it('creates a village with the next code, cleaned name, and an audit entry', async () => {
    const before = await villages(session.as('xa.tanlac'), `commune=05128&status=all&pageSize=500`);
    const res = await session.as('xa.tanlac').post('/api/villages', { communeCode: '05128', name: '  Bản   Mới Lập ', type: 'ban' });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    const maxCode = Math.max(...before.items.map((x) => Number(x.code)));
    expect(v).toMatchObject({ name: 'Bản Mới Lập', type: 'ban', code: String(maxCode + 1).padStart(3, '0'), validFrom: null, status: 'active', isDemo: false });
    const audit = await auditFor(v.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', username: 'xa.tanlac', unit_id: v.commune.id, before: null });
    expect(audit[0].after).toMatchObject({ name: 'Bản Mới Lập', code: v.code, type: 'ban' });
    expect((await session.as('xa.tanlac').get(`/api/villages/${v.id}`)).json().history).toEqual([
      expect.objectContaining({ event: 'created', username: 'xa.tanlac' }),
    ]);
  });

  it('refuses a duplicate active name (409, clear message) and a taken code, writing nothing', async () => {
    const existing = (await villages(session.as('admin'), `commune=05128&date=${AFTER}`)).items[0];
    const count = () => countRows(session.t.database.db, 'audit_log');
    const audits = await count();
    const dup = await session.as('admin').post('/api/villages', { communeCode: '05128', date: AFTER, name: existing.name.toUpperCase(), type: 'xom' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'village_name_taken', message: `Xã Tân Lạc đã có thôn "${existing.name.toUpperCase()}" còn hiệu lực` });
    const code = await session.as('admin').post('/api/villages', { communeCode: '05128', code: existing.code, name: 'Xóm Khác Hẳn', type: 'xom' });
    expect(code.statusCode).toBe(409);
    expect(code.json().error.code).toBe('village_code_taken');
    expect(await count()).toBe(audits);
  });

  it('validates the body: name length, type, commune level and validity, unknown fields', async () => {
    const long = await session.as('admin').post('/api/villages', { communeCode: '05128', name: 'x'.repeat(101), type: 'xom' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].field).toBe('name');
    expect((await session.as('admin').post('/api/villages', { communeCode: '05128', name: 'Xóm A', type: 'lang' })).statusCode).toBe(400);
    expect(
      (await session.as('admin').post('/api/villages', { communeCode: '05128', name: 'Xóm A', type: 'xom', extra: 1 })).json().error.details[0],
    ).toMatchObject({
      field: 'extra',
      code: 'unrecognized_keys',
    });
    const district = await session.as('admin').post('/api/villages', { communeCode: '155', date: BEFORE, name: 'Xóm A', type: 'xom' });
    expect(district.json().error.code).toBe('not_a_commune');
    const gone = await session.as('admin').post('/api/villages', { communeCode: '05164', name: 'Xóm A', type: 'xom' });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('unknown_unit');
  });

  it('writes nothing when the audit entry cannot be written (one transaction)', async () => {
    const db = session.t.database.db;
    await sql`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$`.execute(db);
    await sql`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()`.execute(db);
    try {
      const v = (await villages(session.as('admin'), `commune=05128&date=${AFTER}`)).items[1];
      expect((await session.as('admin').post('/api/villages', { communeCode: '05128', name: 'Xóm Không Ghi', type: 'xom' })).statusCode).toBe(500);
      expect((await session.as('admin').patch(`/api/villages/${v.id}`, { name: 'Xóm Không Đổi' })).statusCode).toBe(500);
      const left = await db.selectFrom('village').select('name').where('name', 'in', ['Xóm Không Ghi', 'Xóm Không Đổi']).execute();
      expect(left).toEqual([]);
    } finally {
      await sql`DROP TRIGGER refuse_audit ON audit_log`.execute(db);
      await sql`DROP FUNCTION refuse_audit()`.execute(db);
    }
  });

  it('renames and retypes with before and after in the audit log', async () => {
    const v = (await villages(session.as('xa.tanlac'), `commune=05128&date=${AFTER}`)).items[2];
    const res = await session.as('xa.tanlac').patch(`/api/villages/${v.id}`, { name: 'Xóm Đổi Tên', type: 'thon' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: v.id, name: 'Xóm Đổi Tên', type: 'thon', code: v.code });
    const [entry] = (await auditFor(v.id)).filter((a) => a.action === 'update');
    expect(entry.before).toMatchObject({ name: v.name, type: v.type });
    expect(entry.after).toMatchObject({ name: 'Xóm Đổi Tên', type: 'thon' });
    // Sending the same values again changes and records nothing.
    expect((await session.as('xa.tanlac').patch(`/api/villages/${v.id}`, { name: 'Xóm Đổi Tên' })).statusCode).toBe(200);
    expect((await auditFor(v.id)).filter((a) => a.action === 'update')).toHaveLength(1);
  });

  it('deactivates a village on a date: it is listed up to that day only', async () => {
    const v = (await villages(session.as('admin'), `commune=05128&date=${AFTER}`)).items[3];
    const res = await session.as('admin').post(`/api/villages/${v.id}/deactivate`, { date: '2025-10-15', reason: 'Dân chuyển đi hết' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ validTo: '2025-10-15', status: 'inactive' });
    expect((await villages(session.as('admin'), 'commune=05128&date=2025-10-15&pageSize=500')).items.map((x) => x.id)).toContain(v.id);
    expect((await villages(session.as('admin'), 'commune=05128&date=2025-10-16&pageSize=500')).items.map((x) => x.id)).not.toContain(v.id);
    expect((await villages(session.as('admin'), 'commune=05128&date=2025-10-16&status=inactive&pageSize=500')).items.map((x) => x.id)).toContain(v.id);
    const [entry] = (await auditFor(v.id)).filter((a) => a.action === 'deactivate');
    expect(entry.after).toMatchObject({ status: 'inactive', validTo: '2025-10-15', reason: 'Dân chuyển đi hết' });
    const again = await session.as('admin').post(`/api/villages/${v.id}/deactivate`, { date: '2025-11-01', reason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('village_not_active');
  });
});

describe('merging villages', () => {
  it('merges villages into a new one: sources end the day before, the target starts on the date', async () => {
    const [a, b] = (await villages(session.as('xa.tanlac'), `commune=05128&date=${AFTER}&q=xom`)).items.slice(-2);
    const res = await session
      .as('xa.tanlac')
      .post('/api/villages/merge', { sourceIds: [a.id, b.id], target: { name: 'Xóm Hợp Nhất', type: 'xom' }, date: '2025-09-01' });
    expect(res.statusCode, res.body).toBe(200);
    const { target, sources } = res.json();
    expect(target).toMatchObject({ name: 'Xóm Hợp Nhất', validFrom: '2025-09-01', status: 'active' });
    expect(sources).toEqual([
      expect.objectContaining({ id: a.id, validTo: '2025-08-31', status: 'merged', mergedIntoId: target.id }),
      expect.objectContaining({ id: b.id, validTo: '2025-08-31', status: 'merged', mergedIntoId: target.id }),
    ]);
    const on = async (d: string) => (await villages(session.as('xa.tanlac'), `commune=05128&date=${d}&pageSize=500`)).items.map((v) => v.id);
    expect(await on('2025-08-31')).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await on('2025-08-31')).not.toContain(target.id);
    expect(await on('2025-09-01')).toContain(target.id);
    expect(await on('2025-09-01')).not.toContain(a.id);
    const detail = (await session.as('xa.tanlac').get(`/api/villages/${target.id}`)).json();
    expect(detail.mergedFrom.map((v: { id: number }) => v.id).sort()).toEqual([a.id, b.id].sort());
    expect((await session.as('xa.tanlac').get(`/api/villages/${a.id}`)).json()).toMatchObject({ mergedInto: { id: target.id, name: 'Xóm Hợp Nhất' } });
    expect((await auditFor(a.id)).map((e) => e.action)).toContain('merge');
  });

  it('merges into an existing village and refuses villages of different communes', async () => {
    const items = (await villages(session.as('admin'), `commune=05128&date=${AFTER}&pageSize=500`)).items;
    const [target, source] = items.filter((v) => v.status === 'active').slice(0, 2);
    const res = await session.as('admin').post('/api/villages/merge', { sourceIds: [source.id], targetId: target.id, date: '2025-12-01' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().target.id).toBe(target.id);
    const other = (await villages(session.as('admin'), `commune=05134&date=${AFTER}`)).items[0];
    const mixed = await session.as('admin').post('/api/villages/merge', { sourceIds: [items[5].id, other.id], targetId: items[6].id, date: '2025-12-01' });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.code).toBe('merge_different_communes');
    const self = await session.as('admin').post('/api/villages/merge', { sourceIds: [items[5].id], targetId: items[5].id, date: '2025-12-01' });
    expect(self.json().error.code).toBe('merge_target_is_source');
    const out = await session
      .as('xa.tanlac')
      .post('/api/villages/merge', { sourceIds: [other.id], target: { name: 'Xóm X', type: 'xom' }, date: '2025-12-01' });
    expect(out.statusCode).toBe(403);
  });
});

describe('history', () => {
  it('shows the predecessor chain of a carried village and the successors of an old one', async () => {
    const v = (await villages(session.as('admin'), `commune=05128&date=${AFTER}&q=to dan pho`)).items[0];
    const detail = (await session.as('admin').get(`/api/villages/${v.id}`)).json();
    expect(detail.predecessor).toMatchObject({ id: v.predecessorId, communeName: 'Thị trấn Mãn Đức' });
    expect(detail.predecessors).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ event: 'predecessor', villageId: v.predecessorId, date: '2025-07-01' });
    const old = (await session.as('admin').get(`/api/villages/${v.predecessorId}`)).json();
    expect(old.successors.map((s: { id: number }) => s.id)).toEqual([v.id]);
    expect(old.history).toEqual([expect.objectContaining({ event: 'successor', villageId: v.id })]);
    expect((await session.as('admin').get('/api/villages/999999')).statusCode).toBe(404);
  });
});
