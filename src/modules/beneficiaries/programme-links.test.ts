import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { translate } from '../../server/messages.js';
import { countRows, type Client, useTestApp } from '../../test/harness.js';
import { nodeId, outsideOfficer } from '../programmes/programmes.fixtures.js';
import { createHousehold, freshCode, villageOf } from '../register/households.fixtures.js';

/**
 * Cycles and rules name their programme item and policy by foreign key: unknown ids and ids of another
 * province are refused with a translated message on the field, nothing is written, and the database
 * refuses them as well. Prestigious persons' terms are changed and ended with a reason, history kept.
 */
const s = useTestApp('admin', 'xa.tanlac', 'tinh.phutho');
let hanoi: Client;
const db = () => s.t.database.db;
const DAY = '2025-08-01';

let listId: number;
let da4: number;
let hanoiNode: number;
let policyId: number;
let hanoiPolicy: number;

async function documentWithPolicy(c: Client, number: string, areaCode: string) {
  const doc = await c.post('/api/legal-documents', { number, docType: 'quyet_dinh', title: `Văn bản ${number}`, issuer: 'UBND tỉnh', signedOn: '2025-01-10' });
  expect(doc.statusCode, doc.body).toBe(201);
  const p = await c.post(`/api/legal-documents/${doc.json().id}/policies`, {
    name: `Hỗ trợ theo ${number}`,
    targetGroups: 'Hộ nghèo dân tộc thiểu số',
    benefits: 'Tiền mặt',
    areaCodes: [areaCode],
    areaDate: DAY,
  });
  expect(p.statusCode, p.body).toBe(201);
  return { documentId: doc.json().id as number, policyId: p.json().id as number };
}

beforeAll(async () => {
  hanoi = await outsideOfficer(s.t);
  da4 = await nodeId(db(), 'DA4.TDA1');
  const node = await hanoi.post('/api/programmes/nodes', { parentId: da4, kind: 'activity', code: 'HN-DA4-CAU', name: 'Cầu dân sinh Hà Nội' });
  expect(node.statusCode, node.body).toBe(201);
  hanoiNode = node.json().id;
  policyId = (await documentWithPolicy(s.as('tinh.phutho'), '31/2025/QĐ-UBND', '25')).policyId;
  hanoiPolicy = (await documentWithPolicy(hanoi, '32/2025/QĐ-UBND', '01')).policyId;
  const rule = await s.as('xa.tanlac').post('/api/eligibility/rules', { name: 'Cả xã', tree: { field: 'commune', operator: 'in', value: ['05128'] } });
  expect(rule.statusCode, rule.body).toBe(201);
  const list = await s.as('xa.tanlac').post(`/api/eligibility/rules/${rule.json().id}/run`, { date: DAY });
  expect(list.statusCode, list.body).toBe(201);
  listId = list.json().id;
});

const cycle = (extra: Record<string, unknown>) => ({ name: 'Hỗ trợ 2025', listId, year: 2025, benefitCode: 'HT', kind: 'cash', amountDong: 500000, ...extra });

describe('programme item and policy of a cycle', () => {
  it('offers the policies of the area for the picker, not another province’s', async () => {
    const mine = (await s.as('xa.tanlac').get('/api/policies')).json().items.map((p: any) => p.id);
    expect(mine).toContain(policyId);
    expect(mine).not.toContain(hanoiPolicy);
    const theirs = (await hanoi.get('/api/policies')).json().items;
    expect(theirs.find((p: any) => p.id === hanoiPolicy)).toEqual({
      id: hanoiPolicy,
      name: 'Hỗ trợ theo 32/2025/QĐ-UBND',
      documentId: expect.any(Number),
      documentNumber: '32/2025/QĐ-UBND',
    });
  });

  it('refuses unknown and out-of-area ids with a translated error on the field and writes nothing', async () => {
    const before = await countRows(db(), 'benefit_cycle');
    const audits = await countRows(db(), 'audit_log', { entity: 'benefit_cycle' });
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ programmeNodeId: 999999 }, 'programmeNodeId', 'programme_node_unknown', 'Không có hạng mục chương trình số 999999'],
      [{ programmeNodeId: hanoiNode }, 'programmeNodeId', 'programme_node_unknown', `Không có hạng mục chương trình số ${hanoiNode}`],
      [{ policyId: 999999 }, 'policyId', 'policy_unknown', 'Không có chính sách số 999999 trong phạm vi của bạn'],
      [{ policyId: hanoiPolicy }, 'policyId', 'policy_unknown', `Không có chính sách số ${hanoiPolicy} trong phạm vi của bạn`],
    ];
    for (const [extra, field, code, message] of cases) {
      const res = await s.as('xa.tanlac').post('/api/benefit-cycles', cycle(extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error).toMatchObject({ code, message });
      expect(res.json().error.details[0]).toMatchObject({ field, code });
    }
    expect(translate('policy_unknown', 'en', { id: 999999 })).toBe('There is no policy 999999 in your area');
    expect(await countRows(db(), 'benefit_cycle')).toBe(before);
    expect(await countRows(db(), 'audit_log', { entity: 'benefit_cycle' })).toBe(audits);
  });

  it('keeps a national item and a policy of the area, and shows them back', async () => {
    const res = await s.as('xa.tanlac').post('/api/benefit-cycles', cycle({ programmeNodeId: da4, policyId }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ programmeNodeId: da4, policyId });
    const row = await sql<{
      programme_node_id: number;
      policy_id: number;
    }>`SELECT programme_node_id, policy_id FROM benefit_cycle WHERE id = ${res.json().id}`.execute(db());
    expect(row.rows[0]).toEqual({ programme_node_id: da4, policy_id: policyId });
  });

  it('the database refuses an id that names nothing, and a named policy cannot be deleted', async () => {
    const cycleId = (await sql<{ id: number }>`SELECT id FROM benefit_cycle WHERE policy_id = ${policyId}`.execute(db())).rows[0].id;
    await expect(sql`UPDATE benefit_cycle SET policy_id = 999999 WHERE id = ${cycleId}`.execute(db())).rejects.toThrow(/foreign key/);
    await expect(sql`UPDATE benefit_cycle SET programme_node_id = 999999 WHERE id = ${cycleId}`.execute(db())).rejects.toThrow(/foreign key/);
    await expect(sql`UPDATE eligibility_rule SET policy_id = 999999`.execute(db())).rejects.toThrow(/foreign key/);
    const doc = (await sql<{ document_id: number }>`SELECT document_id FROM policy WHERE id = ${policyId}`.execute(db())).rows[0].document_id;
    const del = await s.as('tinh.phutho').delete(`/api/legal-documents/${doc}/policies/${policyId}`);
    expect(del.statusCode, del.body).toBe(409);
    expect(del.json().error.message).toBe('Không thể xóa chính sách này: đã có đợt chi trả hoặc quy tắc xét chọn gắn với nó');
    expect(await countRows(db(), 'policy', { id: policyId })).toBe(1);
  });

  it('a rule names its item and policy under the same checks', async () => {
    const tree = { field: 'minority', operator: 'eq', value: true };
    const bad = await s.as('xa.tanlac').post('/api/eligibility/rules', { name: 'Sai', tree, programmeNodeId: hanoiNode });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'programmeNodeId', code: 'programme_node_unknown' });
    expect(await countRows(db(), 'eligibility_rule', { name: 'Sai' })).toBe(0);
    const ok = await s.as('xa.tanlac').post('/api/eligibility/rules', { name: 'Đúng', tree, programmeNodeId: da4, policyId });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ programmeNodeId: da4, policyId });
  });

  it('changing a rule can change its item and policy: checked, audited, no new version when only they change', async () => {
    const tree = { field: 'minority', operator: 'eq', value: true };
    const c = s.as('xa.tanlac');
    const created = await c.post('/api/eligibility/rules', { name: 'Đổi liên kết', tree });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const audits = () => countRows(db(), 'audit_log', { entity: 'eligibility_rule', entity_id: String(id), action: 'update' });

    // Out-of-area and unknown ids: refused on the field, nothing changed.
    for (const [extra, field, message] of [
      [{ programmeNodeId: hanoiNode }, 'programmeNodeId', `Không có hạng mục chương trình số ${hanoiNode}`],
      [{ policyId: hanoiPolicy }, 'policyId', `Không có chính sách số ${hanoiPolicy} trong phạm vi của bạn`],
      [{ policyId: 999999, tree: { ...tree, value: false } }, 'policyId', 'Không có chính sách số 999999 trong phạm vi của bạn'],
    ] as [Record<string, unknown>, string, string][]) {
      const bad = await c.put(`/api/eligibility/rules/${id}`, { name: 'Đổi liên kết', tree, ...extra });
      expect(bad.statusCode, JSON.stringify(extra)).toBe(400);
      expect(bad.json().error.message).toBe(message);
      expect(bad.json().error.details[0]).toMatchObject({ field });
    }
    expect(await audits()).toBe(0);
    const untouched = (await c.get(`/api/eligibility/rules/${id}`)).json();
    expect(untouched).toMatchObject({ programmeNodeId: null, policyId: null, currentVersion: 1 });

    // Only the links change: kept, audited with before and after, same version.
    const linked = await c.put(`/api/eligibility/rules/${id}`, { name: 'Đổi liên kết', tree, programmeNodeId: da4, policyId });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ programmeNodeId: da4, policyId, currentVersion: 1 });
    expect(linked.json().versions).toHaveLength(1);
    const audit = await sql<{ before: any; after: any }>`SELECT before, after FROM audit_log
      WHERE entity = 'eligibility_rule' AND entity_id = ${String(id)} AND action = 'update'`.execute(db());
    const parse = (x: any) => (typeof x === 'string' ? JSON.parse(x) : x);
    expect(audit.rows.map((r) => [parse(r.before).programmeNodeId, parse(r.before).policyId, parse(r.after).programmeNodeId, parse(r.after).policyId])).toEqual(
      [[null, null, da4, policyId]],
    );

    // Left out, they stay; the same again is refused as unchanged.
    const same = await c.put(`/api/eligibility/rules/${id}`, { name: 'Đổi liên kết', tree });
    expect(same.statusCode).toBe(409);
    // A new tree with the links left out: a new version, links kept.
    const changed = await c.put(`/api/eligibility/rules/${id}`, { name: 'Đổi liên kết', tree: { ...tree, value: false } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ programmeNodeId: da4, policyId, currentVersion: 2 });
    // null removes them.
    const cleared = await c.put(`/api/eligibility/rules/${id}`, {
      name: 'Đổi liên kết',
      tree: { ...tree, value: false },
      programmeNodeId: null,
      policyId: null,
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ programmeNodeId: null, policyId: null, currentVersion: 2 });
    expect(await audits()).toBe(3);
    const row = await sql<{ programme_node_id: number | null; policy_id: number | null }>`SELECT programme_node_id, policy_id FROM eligibility_rule
      WHERE id = ${id}`.execute(db());
    expect(row.rows[0]).toEqual({ programme_node_id: null, policy_id: null });
  });
});

describe('prestigious persons: a term is changed and ended with a reason, history kept', () => {
  let pp: any;

  beforeAll(async () => {
    const village = await villageOf(s.as('xa.tanlac'), '05128', DAY);
    const household = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-07-15',
      villageId: village,
      code: freshCode('NK'),
      members: [{ fullName: 'Hà Văn Nhiệm', sex: 'male', birthYear: 1960, ethnicCode: '06', relationship: 'head' }],
    });
    const res = await s.as('xa.tanlac').post('/api/prestigious-persons', {
      personId: household.members[0].id,
      villageId: village,
      termFrom: DAY,
      termTo: '2027-12-31',
      decisionNumber: '200/QĐ-UBND',
      decisionDate: '2025-07-25',
    });
    expect(res.statusCode, res.body).toBe(201);
    pp = res.json();
    expect(pp).toMatchObject({ status: 'active', endReason: null });
  });

  it('changes the term with a reason; the earlier term is in the history and the audit log', async () => {
    const bad = await s.as('xa.tanlac').put(`/api/prestigious-persons/${pp.id}/term`, {
      termFrom: DAY,
      termTo: '2025-01-01',
      decisionNumber: '200/QĐ-UBND',
      decisionDate: '2025-07-25',
      reason: 'Sai ngày',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'termTo', code: 'prestigious_term_invalid' });
    expect(bad.json().error.message).toBe('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu');
    expect(await countRows(db(), 'prestigious_term_change', { prestigious_person_id: pp.id })).toBe(0);

    const far = await hanoi.put(`/api/prestigious-persons/${pp.id}/term`, {
      termFrom: DAY,
      termTo: '2029-12-31',
      decisionNumber: 'X',
      decisionDate: '2025-07-25',
      reason: 'Không được',
    });
    expect(far.statusCode).toBe(404);

    const res = await s.as('xa.tanlac').put(`/api/prestigious-persons/${pp.id}/term`, {
      termFrom: DAY,
      termTo: '2029-12-31',
      decisionNumber: '215/QĐ-UBND',
      decisionDate: '2025-09-01',
      reason: 'Gia hạn theo quyết định mới',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ termTo: '2029-12-31', decisionNumber: '215/QĐ-UBND', status: 'active' });
    expect(res.json().history).toEqual([
      {
        id: expect.any(Number),
        action: 'edit',
        reason: 'Gia hạn theo quyết định mới',
        before: { termFrom: DAY, termTo: '2027-12-31', decisionNumber: '200/QĐ-UBND', decisionDate: '2025-07-25', status: 'active' },
        after: { termFrom: DAY, termTo: '2029-12-31', decisionNumber: '215/QĐ-UBND', decisionDate: '2025-09-01', status: 'active' },
        changedBy: expect.any(String),
        changedAt: expect.any(String),
      },
    ]);
    expect(await countRows(db(), 'audit_log', { entity: 'prestigious_person', entity_id: String(pp.id), action: 'update' })).toBe(1);
  });

  it('ends the term on a day with a reason: out of office after it, and no further change', async () => {
    const late = await s.as('xa.tanlac').post(`/api/prestigious-persons/${pp.id}/end`, { endDate: '2030-06-01', reason: 'Chuyển đi nơi khác' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toBe('Ngày thôi nhiệm kỳ không được sau ngày kết thúc nhiệm kỳ (31/12/2029)');
    const res = await s.as('xa.tanlac').post(`/api/prestigious-persons/${pp.id}/end`, { endDate: '2026-03-31', reason: 'Chuyển đi nơi khác' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ended', termTo: '2026-03-31', endReason: 'Chuyển đi nơi khác' });
    expect(res.json().history.map((h: any) => [h.action, h.after.termTo, h.after.status])).toEqual([
      ['edit', '2029-12-31', 'active'],
      ['end', '2026-03-31', 'ended'],
    ]);
    const inOffice = (d: string) => s.as('xa.tanlac').get(`/api/prestigious-persons?date=${d}`);
    expect((await inOffice('2026-03-31')).json().items.map((p: any) => p.id)).toContain(pp.id);
    expect((await inOffice('2026-04-01')).json().items.map((p: any) => p.id)).not.toContain(pp.id);
    const again = await s.as('xa.tanlac').post(`/api/prestigious-persons/${pp.id}/end`, { endDate: '2026-01-31', reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Nhiệm kỳ này đã kết thúc ngày 31/03/2026; không thể sửa hoặc kết thúc lại');
    expect(await countRows(db(), 'prestigious_term_change', { prestigious_person_id: pp.id })).toBe(2);
    expect(await countRows(db(), 'audit_log', { entity: 'prestigious_person', entity_id: String(pp.id), action: 'end_term' })).toBe(1);
  });
});
