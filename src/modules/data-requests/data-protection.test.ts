import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';

/** The data-protection report: who used which personal data and why, a person's own history, data past its retention. */
const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
const DAY = 86_400_000;
const db = () => s.t.database.db;
let khai = 0;
let requestId = 0;

beforeAll(async () => {
  await createHousehold(s.as('admin'), {
    communeCode: '05128',
    validFrom: '2025-08-01',
    members: [{ fullName: 'Đinh Văn Khải', sex: 'male', birthDate: '1970-02-03', ethnicCode: '06', relationship: 'head' }],
  });
  khai = (await sql<{ id: number }>`SELECT id FROM person WHERE full_name = 'Đinh Văn Khải'`.execute(db())).rows[0].id;
  // A read of the record, and a data-use request through to a download.
  expect((await s.as('xa.tanlac').get(`/api/persons/${khai}?purpose=${encodeURIComponent('Xác minh hộ nghèo')}`)).statusCode).toBe(200);
  const filed = await s.as('lanhdao').post('/api/data-requests', {
    organisation: 'Trường Đại học Tây Bắc',
    title: 'Khảo sát giới tính theo dân tộc',
    fields: ['sex', 'ethnic'],
    areaCode: '25',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    purpose: 'Khảo sát cơ cấu giới tính theo dân tộc',
    legalBasis: 'Quyết định 55/QĐ-UBND',
    retentionDays: 30,
    accessKind: 'extract',
    accessDays: 10,
  });
  expect(filed.statusCode, filed.body).toBe(201);
  requestId = filed.json().id;
  expect((await s.as('tinh.phutho').post(`/api/data-requests/${requestId}/approve`, { reason: 'Đủ căn cứ pháp lý' })).statusCode).toBe(200);
  expect((await s.as('lanhdao').get(`/api/data-requests/${requestId}/extract`)).statusCode).toBe(200);
});

describe('data-protection report', () => {
  it('lists reads and exports with who, when, why and the request behind them', async () => {
    const res = await s.as('tinh.phutho').get('/api/data-protection/accesses?pageSize=100');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { action: string; entity: string; entityId: string; purpose: string; user: { username: string }; request: unknown }[];
    expect(items.find((i) => i.entity === 'person' && i.entityId === String(khai))).toMatchObject({
      action: 'view',
      purpose: 'Xác minh hộ nghèo',
      user: { username: 'xa.tanlac' },
      request: null,
    });
    expect(items.find((i) => i.entity === 'data_request')).toMatchObject({
      action: 'export',
      user: { username: 'lanhdao' },
      purpose: 'Khảo sát cơ cấu giới tính theo dân tộc',
      request: { id: requestId, title: 'Khảo sát giới tính theo dân tộc', organisation: 'Trường Đại học Tây Bắc' },
    });
    const byRequest = (await s.as('tinh.phutho').get(`/api/data-protection/accesses?requestId=${requestId}`)).json();
    expect(byRequest.total).toBe(1);
    const views = (await s.as('tinh.phutho').get('/api/data-protection/accesses?action=view')).json();
    expect(views.items.every((i: { action: string }) => i.action === 'view')).toBe(true);
  });

  it('is for provincial officers and administrators only', async () => {
    expect((await s.as('xa.tanlac').get('/api/data-protection/accesses')).statusCode).toBe(403);
    expect((await s.as('lanhdao').get('/api/data-protection/retention')).statusCode).toBe(403);
    expect((await s.as('lanhdao').get(`/api/data-protection/persons/${khai}/accesses`)).statusCode).toBe(403);
  });

  it("gives a person's own access history: reads of the record and data-use downloads whose area held them", async () => {
    const res = await s.as('tinh.phutho').get(`/api/data-protection/persons/${khai}/accesses`);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h.person).toMatchObject({ id: khai, fullName: 'Đinh Văn Khải', birthYear: 1970 });
    expect(h.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['data_use', 'record']);
    expect(h.items.find((i: { kind: string }) => i.kind === 'data_use').request.id).toBe(requestId);
    // A Hà Nội person is out of the province officer's area.
    await createHousehold(s.as('admin'), {
      communeCode: '00004',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Nguyễn Văn Hà', sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', relationship: 'head' }],
    });
    const ha = (await sql<{ id: number }>`SELECT id FROM person WHERE full_name = 'Nguyễn Văn Hà'`.execute(db())).rows[0].id;
    expect((await s.as('tinh.phutho').get(`/api/data-protection/persons/${ha}/accesses`)).statusCode).toBe(404);
    const admin = (await s.as('admin').get(`/api/data-protection/persons/${ha}/accesses`)).json();
    expect(admin.items).toEqual([]);
  });

  it('lists personal data past its retention, with settings an administrator changes (audited)', async () => {
    await sql`UPDATE person SET death_date = '2019-05-01' WHERE id = ${khai}`.execute(db());
    const review = async (c = s.as('tinh.phutho')) => {
      const res = await c.get('/api/data-protection/retention');
      expect(res.statusCode, res.body).toBe(200);
      return Object.fromEntries((res.json().items as { kind: string }[]).map((i) => [i.kind, i])) as Record<string, any>;
    };
    let r = await review();
    expect(r.deceased_person.days).toBe(1825);
    expect(r.deceased_person.records.map((p: { id: number }) => p.id)).toContain(khai);
    expect(r.data_use_copy.days).toBeNull();
    expect(r.data_use_copy.records.map((x: { id: number }) => x.id)).not.toContain(requestId);

    expect((await s.as('tinh.phutho').put('/api/data-protection/retention/deceased_person', { days: 5000 })).statusCode).toBe(403);
    expect((await s.as('admin').put('/api/data-protection/retention/data_use_copy', { days: 10 })).statusCode).toBe(400);
    expect((await s.as('admin').put('/api/data-protection/retention/deceased_person', { days: 0 })).statusCode).toBe(400);
    const set = await s.as('admin').put('/api/data-protection/retention/deceased_person', { days: 5000 });
    expect(set.statusCode, set.body).toBe(200);
    expect(await countRows(db(), 'audit_log', { entity: 'data_retention_rule', entity_id: 'deceased_person' })).toBe(1);
    r = await review();
    expect(r.deceased_person.days).toBe(5000);
    expect(r.deceased_person.records.map((p: { id: number }) => p.id)).not.toContain(khai);

    // 10 days of access and 30 of retention: after 41 days the requester's copy is due for deletion.
    s.t.advanceClock(41 * DAY);
    r = await review();
    expect(r.data_use_copy.records.map((x: { id: number }) => x.id)).toContain(requestId);
  });
});
