import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { cccdFor, createHousehold, family, freshCode, villageOf } from './households.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac', 'lanhdao');

const NEW = '2025-08-01';

async function count(table: 'household' | 'person' | 'household_member' | 'record_change' | 'audit_log') {
  const r = await s.t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Runs a request that must fail and checks that nothing at all was written. */
async function refusedWithoutWrites(run: () => Promise<{ statusCode: number; body: string; json(): any }>, status: number, code: string) {
  const before = await Promise.all(['household', 'person', 'household_member', 'record_change', 'audit_log'].map((x) => count(x as never)));
  const res = await run();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
  const after = await Promise.all(['household', 'person', 'household_member', 'record_change', 'audit_log'].map((x) => count(x as never)));
  expect(after).toEqual(before);
  return res.json().error;
}

describe('creating households', () => {
  it('creates a household with members in a commune of the day, head and search text in step', async () => {
    const village = await villageOf(s.as('xa.tanlac'), '05128', NEW);
    const h = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: NEW,
      villageId: village,
      housing: 'semi_solid',
      waterSource: 'spring',
      internetAccess: 'mobile',
      smartphones: 2,
      poverty: [{ year: 2025, status: 'near_poor', deprivations: ['health_insurance', 'toilet'] }],
    });
    expect(h.commune).toMatchObject({ code: '05128', name: 'Tân Lạc', fullName: 'Xã Tân Lạc' });
    expect(h.head).toMatchObject({ fullName: 'Bùi Văn Thắng', ethnicCode: '06', birthYear: 1975 });
    expect(h.members.map((m: any) => [m.fullName, m.relationship])).toEqual([
      ['Bùi Văn Thắng', 'head'],
      ['Quách Thị Hoa', 'wife'],
      ['Bùi Văn Nam', 'child'],
    ]);
    expect(h.povertyHistory).toEqual([
      { year: 2025, status: 'near_poor', standard: 'ND07/2021', deprivations: ['health_insurance', 'toilet'], incomePerCapita: null },
    ]);
    expect(h.version).toBe(1);
    const row = await s.t.database.db.selectFrom('household').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow();
    expect(row.search_text).toBe(`${h.code.toLowerCase()} bui van thang`);
    expect(row.head_ethnic_code).toBe('06');
    const audit = await s.t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'household').where('entity_id', '=', String(h.id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a commune that no longer exists on the household date (old 05164 after the 2025 reform)', async () => {
    const e = await refusedWithoutWrites(
      () => s.as('admin').post('/api/households', { communeCode: '05164', validFrom: NEW, code: freshCode(), members: family() }),
      400,
      'commune_not_in_force',
    );
    expect(e.details[0]).toMatchObject({ field: 'communeCode', code: 'commune_not_in_force' });
    expect(e.message).toBe('Xã mã 05164 không còn (hoặc chưa) tồn tại vào ngày 01/08/2025');
  });

  it('refuses the old commune 04891 (Vầy Nưa, by id) on 2025-08-01, while the code then names Tiền Phong', async () => {
    const old = await s.t.database.db
      .selectFrom('admin_unit')
      .select('id')
      .where('code', '=', '04891')
      .where('valid_from', 'is', null)
      .executeTakeFirstOrThrow();
    await refusedWithoutWrites(
      () => s.as('admin').post('/api/households', { communeId: old.id, validFrom: NEW, code: freshCode() }),
      400,
      'commune_not_in_force',
    );
    const ok = await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: NEW, members: undefined });
    expect(ok.commune).toMatchObject({ code: '04891', name: 'Tiền Phong' });
    expect(ok.commune.id).not.toBe(old.id);
  });

  it('refuses a duplicate household code in the same commune (409) but accepts it in another', async () => {
    const code = freshCode();
    await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW, code, members: undefined });
    const e = await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code }),
      409,
      'household_code_taken',
    );
    expect(e.details[0]).toMatchObject({ field: 'code', value: code });
    await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: NEW, code, members: undefined });
  });

  it('refuses an invalid CCCD, naming the member and the field, and writes nothing', async () => {
    const members = family();
    members[2].cccd = cccdFor('male', 2004); // encodes 2004, born 2003
    const e = await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members }),
      400,
      'cccd_birth_year',
    );
    expect(e.details).toEqual([expect.objectContaining({ field: 'members.2.cccd', code: 'cccd_birth_year' })]);
    expect(e.message).toBe('CCCD ghi năm sinh 2004, không khớp với năm sinh 2003');
    members[2].cccd = '0171030000'; // 10 digits
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members }),
      400,
      'cccd_format',
    );
    members[2].cccd = cccdFor('female', 2003);
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members }),
      400,
      'cccd_sex',
    );
    members[2].cccd = `003${cccdFor('male', 2003).slice(3)}`;
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members }),
      400,
      'cccd_province',
    );
  });

  it('refuses a CCCD already held by another person (409)', async () => {
    const first = family();
    await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW, members: first });
    const again = family();
    again[0].cccd = first[0].cccd;
    const e = await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members: again }),
      409,
      'cccd_taken',
    );
    expect(e.details[0].field).toBe('members.0.cccd');
  });

  it('refuses a birth date in the future, a child older than the head, an unknown ethnic code, and two heads', async () => {
    const future = family();
    future[2].birthDate = '2099-01-01';
    delete (future[2] as any).cccd;
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members: future }),
      400,
      'birth_date_future',
    );
    const older = family();
    older[2] = { ...older[2], birthDate: '1970-01-01', cccd: cccdFor('male', 1970) };
    const e = await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members: older }),
      400,
      'child_older_than_parent',
    );
    expect(e.details[0].field).toBe('members.2.relationship');
    const unknown = family();
    unknown[1].ethnicCode = '77';
    const u = await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members: unknown }),
      400,
      'unknown_ethnic_group',
    );
    expect(u.message).toBe('Không có dân tộc mã 77');
    const twoHeads = family();
    twoHeads[1].relationship = 'head';
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), members: twoHeads }),
      400,
      'one_head_required',
    );
  });

  it('answers in English when asked', async () => {
    const res = await s.as('admin').post('/api/households', { communeCode: '05164', validFrom: NEW, code: freshCode() }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    // The admin's saved language wins over the header; both catalogues carry the code.
    expect(['Commune 05164 no longer (or not yet) exists on 01/08/2025', 'Xã mã 05164 không còn (hoặc chưa) tồn tại vào ngày 01/08/2025']).toContain(
      res.json().error.message,
    );
  });

  it('refuses unknown fields and a missing commune', async () => {
    const res = await s.as('admin').post('/api/households', { communeCode: '05128', validFrom: NEW, code: freshCode(), colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'colour' })]);
    const none = await s.as('admin').post('/api/households', { code: freshCode() });
    expect(none.statusCode).toBe(400);
  });
});

describe('changing households', () => {
  it('patches fields with the version, keeps every change, and refuses a stale version', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW, housing: 'makeshift', phone: '0912 345 678' });
    const res = await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, housing: 'solid', computers: 1, effectiveDate: '2026-01-15' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ housing: 'solid', computers: 1, version: 2 });
    const timeline = res.json().timeline.filter((c: any) => c.entity === 'household' && !c.field.startsWith('_'));
    expect(timeline.map((c: any) => [c.field, c.oldValue, c.newValue, c.effectiveDate, c.changedBy])).toEqual([
      ['housing', 'makeshift', 'solid', '2026-01-15', 'xa.tanlac'],
      ['computers', null, 1, '2026-01-15', 'xa.tanlac'],
    ]);
    const stale = await refusedWithoutWrites(
      () => s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, housing: 'semi_solid' }),
      409,
      'version_conflict',
    );
    expect(stale.message).toContain('phiên bản 2');
    // The same values again change nothing and write nothing.
    const same = await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 2, housing: 'solid' });
    expect(same.json().version).toBe(2);
  });

  it('shows the household as of a past date: fields and poverty as they were', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: NEW,
      housing: 'makeshift',
      waterSource: 'surface',
      poverty: [{ year: 2025, status: 'poor' }],
    });
    await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, housing: 'semi_solid', effectiveDate: '2025-12-01' });
    await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 2, housing: 'solid', waterSource: 'piped', effectiveDate: '2026-06-01' });
    const put = await s
      .as('xa.tanlac')
      .put(`/api/households/${h.id}/poverty/2026`, { status: 'near_poor', deprivations: ['toilet'], effectiveDate: '2026-03-01' });
    expect(put.statusCode, put.body).toBe(200);
    const at = async (date: string) => (await s.as('xa.tanlac').get(`/api/households/${h.id}?date=${date}`)).json();
    expect(await at('2025-09-01')).toMatchObject({ housing: 'makeshift', waterSource: 'surface', existsOnDate: true, poverty: { year: 2025, status: 'poor' } });
    expect(await at('2026-01-01')).toMatchObject({ housing: 'semi_solid', waterSource: 'surface' });
    const mid = await at('2026-04-01');
    expect(mid).toMatchObject({ housing: 'semi_solid', poverty: { year: 2026, status: 'near_poor' } });
    expect(mid.povertyHistory.map((p: any) => [p.year, p.status])).toEqual([
      [2025, 'poor'],
      [2026, 'near_poor'],
    ]);
    expect((await at('2026-02-01')).povertyHistory.map((p: any) => p.year)).toEqual([2025]);
    expect(await at('2026-07-01')).toMatchObject({ housing: 'solid', waterSource: 'piped' });
    const before = await at('2025-01-01');
    expect(before).toMatchObject({ existsOnDate: false, members: [] });
  });

  it('places a backdated change by the day it holds from, and refuses one dated before a recorded change', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW, incomeBand: 'below_1500', electricity: 'off_grid' });
    await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, incomeBand: 'above_4000', effectiveDate: '2026-05-01' });
    const back = await s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 2, electricity: 'grid', effectiveDate: '2025-10-01' });
    expect(back.statusCode, back.body).toBe(200);
    const at = async (date: string) => (await s.as('xa.tanlac').get(`/api/households/${h.id}?date=${date}`)).json();
    expect(await at('2025-09-01')).toMatchObject({ incomeBand: 'below_1500', electricity: 'off_grid' });
    expect(await at('2025-12-01')).toMatchObject({ incomeBand: 'below_1500', electricity: 'grid' });
    expect(await at('2026-06-01')).toMatchObject({ incomeBand: 'above_4000', electricity: 'grid' });
    const e = await refusedWithoutWrites(
      () => s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 3, incomeBand: '1500_2000', effectiveDate: '2025-10-01' }),
      409,
      'later_change_exists',
    );
    expect(e.details[0]).toMatchObject({ field: 'incomeBand' });
  });

  it('refuses a village of another commune, a future effective date and a viewer', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW });
    const other = await villageOf(s.as('admin'), '04891', NEW);
    await refusedWithoutWrites(() => s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, villageId: other }), 400, 'village_not_in_commune');
    await refusedWithoutWrites(
      () => s.as('xa.tanlac').patch(`/api/households/${h.id}`, { version: 1, housing: 'solid', effectiveDate: '2099-01-01' }),
      400,
      'date_future',
    );
    await refusedWithoutWrites(() => s.as('lanhdao').patch(`/api/households/${h.id}`, { version: 1, housing: 'solid' }), 403, 'forbidden');
  });
});

describe('soft delete and restore', () => {
  it('deletes with a reason (members with it), hides it, and only an administrator restores it', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: NEW });
    await refusedWithoutWrites(() => s.as('xa.tanlac').delete(`/api/households/${h.id}`), 400, 'reason_required');
    const del = await s.as('xa.tanlac').delete(`/api/households/${h.id}?reason=${encodeURIComponent('Nhập trùng')}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await s.as('xa.tanlac').get(`/api/households/${h.id}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent(h.code)}&commune=05128`)).json().total).toBe(0);
    const persons = await s.t.database.db
      .selectFrom('person')
      .select(['deleted_reason'])
      .where(
        'id',
        'in',
        h.members.map((m: any) => m.id),
      )
      .execute();
    expect(persons.map((p) => p.deleted_reason)).toEqual(['Nhập trùng', 'Nhập trùng', 'Nhập trùng']);
    const seen = await s.as('admin').get(`/api/households?deleted=true&q=${encodeURIComponent(h.code)}`);
    expect(seen.json().items.map((x: any) => x.id)).toEqual([h.id]);
    expect((await s.as('xa.tanlac').get('/api/households?deleted=true')).statusCode).toBe(403);
    await refusedWithoutWrites(() => s.as('xa.tanlac').post(`/api/households/${h.id}/restore`), 403, 'forbidden');
    const restored = await s.as('admin').post(`/api/households/${h.id}/restore`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ deletedAt: null, memberCount: 3 });
    expect((await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent(h.code)}&commune=05128`)).json().total).toBe(1);
    expect(
      restored
        .json()
        .timeline.filter((c: any) => c.entity === 'household')
        .map((c: any) => c.field)
        .filter((f: string) => f.startsWith('_')),
    ).toEqual(['_created', '_deleted', '_restored']);
  });
});
