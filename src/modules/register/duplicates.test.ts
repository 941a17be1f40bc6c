import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../test/harness.js';
import { sortKey } from '../../shared/text.js';
import { cccdFor, createHousehold } from './households.fixtures.js';
import { personSearchText } from './persons.columns.js';

const s = useTestApp('admin', 'xa.tanlac', 'tinh.phutho', 'lanhdao');
let tanlacId: number;
let hanoiCommuneId: number;

beforeAll(async () => {
  tanlacId = (await s.t.database.db.selectFrom('admin_unit').select('id').where('code', '=', '05128').where('valid_to', 'is', null).executeTakeFirstOrThrow())
    .id;
  const { rows } = await sql<{ id: number }>`SELECT c.id FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE p.code = '01' AND c.level = 'commune' AND c.valid_to IS NULL AND (c.valid_from IS NULL OR c.valid_from <= current_date) ORDER BY c.code LIMIT 1`.execute(
    s.t.database.db,
  );
  hanoiCommuneId = rows[0].id;
});

/** A person written straight into the table, as a bulk load would, so no check runs on it. */
async function insertPerson(fullName: string, birthYear: number, communeId: number, extra: { cccd?: string; deleted?: boolean } = {}) {
  const row = await s.t.database.db
    .insertInto('person')
    .values({
      full_name: fullName,
      sex: 'male',
      birth_year: birthYear,
      ethnic_code: '01',
      commune_id: communeId,
      cccd: extra.cccd ?? null,
      search_text: personSearchText(fullName, extra.cccd ?? null),
      sort_key: sortKey(fullName),
      ...(extra.deleted ? { deleted_at: new Date(), deleted_reason: 'nhập nhầm' } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
const pairOf = (x: number, y: number) =>
  s.t.database.db.selectFrom('duplicate_candidate').selectAll().where('person_a_id', '=', Math.min(x, y)).where('person_b_id', '=', Math.max(x, y)).execute();
const queue = async (c: Client, query = '') => {
  const res = await c.get(`/api/duplicates?pageSize=500${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('detection after writes', () => {
  it('queues a similar name (diacritics and spacing ignored) with the same birth year in the same commune', async () => {
    const h1 = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Nguyễn Văn  An', sex: 'male', birthYear: 1980, ethnicCode: '01', relationship: 'head' }],
    });
    const h2 = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Nguyen VanAn', sex: 'male', birthYear: 1980, ethnicCode: '01', relationship: 'head' }],
    });
    const h3 = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Nguyễn Văn An', sex: 'male', birthYear: 1981, ethnicCode: '01', relationship: 'head' }],
    });
    const [p1, p2, p3] = [h1.head.id, h2.head.id, h3.head.id];
    expect(await pairOf(p1, p2)).toEqual([expect.objectContaining({ reason: 'similar_name_birth_year_commune', status: 'open', commune_id: tanlacId })]);
    expect(await pairOf(p1, p3)).toEqual([]);
    const item = (await queue(s.as('xa.tanlac'))).items.find((i: any) => i.a.id === p1 && i.b.id === p2);
    expect(item).toMatchObject({
      reason: 'similar_name_birth_year_commune',
      status: 'open',
      a: { fullName: 'Nguyễn Văn An', birthYear: 1980, commune: { code: '05128' }, household: { id: h1.id, code: h1.code }, deletedAt: null },
      b: { fullName: 'Nguyen VanAn' },
      decidedAt: null,
      decidedBy: null,
    });
    // A later change that makes two records alike is caught too.
    const person = (await s.as('xa.tanlac').get(`/api/persons/${p3}?purpose=${encodeURIComponent('Kiểm tra trùng')}`)).json();
    expect((await s.as('xa.tanlac').patch(`/api/persons/${p3}`, { version: person.version, birthYear: 1980 })).statusCode).toBe(200);
    expect(await pairOf(p1, p3)).toHaveLength(1);
  });
});

describe('scan', () => {
  it('finds same-CCCD and similar-name pairs in the area, and never brings back a pair marked not duplicate', async () => {
    const x = await insertPerson('Lò Văn Pọm', 1970, tanlacId);
    const y = await insertPerson('Lo  van pom', 1970, tanlacId);
    const cccd = cccdFor('male', 1966);
    const live = await insertPerson('Đinh Công Sơn', 1966, tanlacId, { cccd });
    const old = await insertPerson('Đinh Cong Son cũ', 1966, tanlacId, { cccd, deleted: true });
    const far1 = await insertPerson('Trần Văn Hà', 1990, hanoiCommuneId);
    const far2 = await insertPerson('Tran Van Ha', 1990, hanoiCommuneId);
    expect(await pairOf(x, y)).toEqual([]);

    const res = await s.as('xa.tanlac').post('/api/duplicates/scan', {});
    expect(res.statusCode, res.body).toBe(200);
    const inReach = await s.t.database.db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('commune_id', 'in', [...(await s.t.ctx.graph()).reach(tanlacId)])
      .executeTakeFirstOrThrow();
    expect(res.json().checked).toBe(Number(inReach.n));
    expect(res.json().added).toBeGreaterThanOrEqual(2);
    expect(await pairOf(x, y)).toEqual([expect.objectContaining({ reason: 'similar_name_birth_year_commune', status: 'open' })]);
    expect(await pairOf(live, old)).toEqual([expect.objectContaining({ reason: 'same_cccd', status: 'open' })]);
    expect(await pairOf(far1, far2)).toEqual([]);

    const pair = (await pairOf(x, y))[0];
    const marked = await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/not-duplicate`, { note: 'Hai anh em khác nhau' });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({
      id: pair.id,
      status: 'not_duplicate',
      decidedBy: 'xa.tanlac',
      note: 'Hai anh em khác nhau',
      decidedAt: expect.any(String),
    });
    expect((await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/not-duplicate`, {})).json().error.code).toBe('duplicate_decided');
    const again = await s.as('xa.tanlac').post('/api/duplicates/scan', { communeCode: '05128' });
    expect(again.json().added).toBe(0);
    expect(await pairOf(x, y)).toEqual([expect.objectContaining({ id: pair.id, status: 'not_duplicate' })]);
    expect((await queue(s.as('xa.tanlac'))).items.some((i: any) => i.id === pair.id)).toBe(false);
    expect((await queue(s.as('xa.tanlac'), '&status=not_duplicate')).items.map((i: any) => i.id)).toContain(pair.id);
    const audit = await s.t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'duplicate').orderBy('id', 'desc').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['scan', 'not_duplicate']));

    // Out of the area: the Hà Nội pair exists for a national administrator only.
    expect((await s.as('admin').post('/api/duplicates/scan', {})).statusCode).toBe(200);
    const farPair = (await pairOf(far1, far2))[0];
    expect(farPair).toMatchObject({ status: 'open' });
    expect((await queue(s.as('admin'))).items.map((i: any) => i.id)).toContain(farPair.id);
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho')]) expect((await queue(c)).items.map((i: any) => i.id)).not.toContain(farPair.id);
    expect((await s.as('xa.tanlac').post(`/api/duplicates/${farPair.id}/merge`, { keepPersonId: far1 })).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').post(`/api/duplicates/${farPair.id}/not-duplicate`, {})).statusCode).toBe(404);
    expect((await s.as('lanhdao').post('/api/duplicates/scan', {})).statusCode).toBe(403);
    expect((await s.as('xa.tanlac').post('/api/duplicates/scan', { communeCode: '01' })).statusCode).toBe(404);
  });
});

describe('merge', () => {
  it('keeps one person with all history, fills its empty fields from the other and deletes the other as merged', async () => {
    const cccd = cccdFor('male', 1985);
    const h1 = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Hà Văn Thào', sex: 'male', birthYear: 1985, ethnicCode: '03', relationship: 'head' }],
    });
    const h2 = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [
        { fullName: 'Bùi Văn Lâm', sex: 'male', birthYear: 1960, ethnicCode: '06', relationship: 'head' },
        {
          fullName: 'Ha Van Thao',
          sex: 'male',
          birthDate: '1985-05-20',
          ethnicCode: '03',
          cccd,
          relationship: 'child',
          religion: 'buddhism',
          occupation: 'Làm ruộng',
        } as any,
      ],
    });
    const keep = h1.head.id;
    const drop = h2.members.find((m: any) => m.fullName === 'Ha Van Thao').id;
    const [pair] = await pairOf(keep, drop);
    expect(pair).toMatchObject({ status: 'open' });

    expect((await s.as('lanhdao').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: keep })).statusCode).toBe(403);
    const notInPair = await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: h2.head.id });
    expect(notInPair.statusCode).toBe(400);
    expect(notInPair.json().error.code).toBe('keep_person_not_in_pair');
    // Dropping a head would leave a household without one.
    const head = await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: drop });
    expect(head.statusCode).toBe(409);
    expect(head.json().error.code).toBe('merge_person_is_head');

    const res = await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: keep });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ keptPersonId: keep, mergedPersonId: drop });

    const db = s.t.database.db;
    const kept = await db.selectFrom('person').selectAll().where('id', '=', keep).executeTakeFirstOrThrow();
    const gone = await db.selectFrom('person').selectAll().where('id', '=', drop).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ deleted_at: null, cccd, religion: 'buddhism', occupation: 'Làm ruộng', birth_date: '1985-05-20', full_name: 'Hà Văn Thào' });
    expect(gone).toMatchObject({ deleted_reason: `merged into ${keep}`, merged_into_id: keep, cccd });
    expect(gone.deleted_at).not.toBeNull();
    // The merged record keeps its membership and its history.
    expect(await db.selectFrom('household_member').select('household_id').where('person_id', '=', drop).execute()).toEqual([{ household_id: h2.id }]);
    const purpose = encodeURIComponent('Kiểm tra sau khi gộp');
    const keptRecord = (await s.as('xa.tanlac').get(`/api/persons/${keep}?purpose=${purpose}`)).json();
    expect(keptRecord.cccd).toBe(cccd);
    const fields = keptRecord.timeline.map((c: any) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['religion', 'occupation', 'cccd', 'birthDate', '_merged']));
    expect(keptRecord.timeline.find((c: any) => c.field === '_merged').newValue).toMatchObject({ personId: drop, fullName: 'Ha Van Thao' });
    expect(keptRecord.timeline.find((c: any) => c.field === 'religion')).toMatchObject({ oldValue: null, newValue: 'buddhism', changedBy: 'xa.tanlac' });
    const droppedRecord = (await s.as('admin').get(`/api/persons/${drop}?purpose=${purpose}`)).json();
    expect(droppedRecord).toMatchObject({ deletedReason: `merged into ${keep}`, memberships: [{ householdId: h2.id, relationship: 'child' }] });
    expect(droppedRecord.timeline.map((c: any) => c.field)).toEqual(expect.arrayContaining(['_created', '_deleted', '_merged_into']));
    // The household no longer counts the merged person; CCCD search finds the kept one.
    expect((await s.as('xa.tanlac').get(`/api/households/${h2.id}`)).json().members.map((m: any) => m.id)).toEqual([h2.head.id]);
    expect((await s.as('xa.tanlac').get(`/api/persons?q=${cccd}`)).json().items.map((p: any) => p.id)).toEqual([keep]);

    const decided = (await queue(s.as('xa.tanlac'), '&status=merged')).items.find((i: any) => i.id === pair.id);
    expect(decided).toMatchObject({ status: 'merged', keptPersonId: keep, decidedBy: 'xa.tanlac', b: { id: drop, deletedAt: expect.any(String) } });
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'merge').where('entity_id', '=', String(keep)).executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ mergedPersonId: drop, duplicateId: pair.id });
    expect((await s.as('xa.tanlac').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: keep })).json().error.code).toBe('duplicate_decided');
    // Merged away, the pair is never proposed again.
    expect((await s.as('xa.tanlac').post('/api/duplicates/scan', {})).json().added).toBe(0);
  });

  it('merges a deleted record holding the same CCCD into the live one', async () => {
    const cccd = cccdFor('male', 1972);
    const live = await insertPerson('Quách Văn Bình', 1972, tanlacId, { cccd });
    const old = await insertPerson('Quach Van Binh', 1972, tanlacId, { cccd, deleted: true });
    await s.as('tinh.phutho').post('/api/duplicates/scan', { communeCode: '05128' });
    const [pair] = await pairOf(live, old);
    expect(pair).toMatchObject({ reason: 'same_cccd' });
    const res = await s.as('tinh.phutho').post(`/api/duplicates/${pair.id}/merge`, { keepPersonId: live });
    expect(res.statusCode, res.body).toBe(200);
    const gone = await s.t.database.db.selectFrom('person').selectAll().where('id', '=', old).executeTakeFirstOrThrow();
    expect(gone).toMatchObject({ merged_into_id: live, deleted_reason: 'nhập nhầm' });
    // The deleted record cannot be the one kept.
    const cccd2 = cccdFor('male', 1973);
    const live2 = await insertPerson('Quách Văn Tâm', 1973, tanlacId, { cccd: cccd2 });
    const old2 = await insertPerson('Quách Văn Tâm', 1973, tanlacId, { cccd: cccd2, deleted: true });
    await s.as('tinh.phutho').post('/api/duplicates/scan', {});
    const [pair2] = await pairOf(live2, old2);
    expect((await s.as('tinh.phutho').post(`/api/duplicates/${pair2.id}/merge`, { keepPersonId: old2 })).json().error.code).toBe('person_deleted');
  });
});
