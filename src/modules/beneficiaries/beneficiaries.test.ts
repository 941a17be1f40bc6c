import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { countRows, type Client, useTestApp } from '../../test/harness.js';
import { translate } from '../../server/messages.js';
import { createHousehold, freshCode, villageOf } from '../register/households.fixtures.js';

/**
 * Eligibility rules evaluated on the register as of a day (checked against hand-written SQL), frozen
 * lists and their differences, cycles with their roles, exact money, deliveries and scope refusals.
 */
const s = useTestApp('admin', 'xa.tanlac', 'tinh.phutho', 'lanhdao');
let hanoi: Client;
const db = () => s.t.database.db;

const DAY = '2025-08-01';
const PRE_REFORM = '2024-12-31';

/** A rule of five conditions: poor in a year, minority, adult, housing not solid, woman. */
const fiveConditions = (year: number) => ({
  op: 'and',
  children: [
    { field: 'poverty', operator: 'in', value: ['poor'], year },
    { field: 'minority', operator: 'eq', value: true },
    { field: 'age', operator: 'gte', value: 18 },
    { field: 'housing', operator: 'in', value: ['semi_solid', 'makeshift'] },
    { field: 'sex', operator: 'eq', value: 'female' },
  ],
});

/** The same five conditions in plain SQL over the register on day `d` (no change after `d` touches these fields). */
async function handWritten(d: string, year: number, communeCode?: string): Promise<number[]> {
  const commune = communeCode ? sql`AND h.commune_id IN (SELECT id FROM admin_unit WHERE code = ${communeCode})` : sql``;
  const r = await sql<{ id: number }>`
    SELECT DISTINCT p.id FROM person p
    JOIN household_member m ON m.person_id = p.id AND m.valid_from <= ${d} AND (m.valid_to IS NULL OR m.valid_to >= ${d})
    JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL AND h.valid_from <= ${d} AND (h.valid_to IS NULL OR h.valid_to >= ${d})
    JOIN household_poverty hp ON hp.household_id = h.id AND hp.year = ${year} AND hp.status = 'poor'
    WHERE p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${d})
      AND p.ethnic_code <> '01' AND p.sex = 'female' AND h.housing IN ('semi_solid', 'makeshift')
      AND (CASE WHEN p.birth_date IS NOT NULL THEN date_part('year', age(${d}::date, p.birth_date)) ELSE ${Number(d.slice(0, 4))} - p.birth_year END) >= 18
      ${commune}
    ORDER BY p.id`.execute(db());
  return r.rows.map((x) => Number(x.id));
}

async function changesAfter(d: string, fields: string[]): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM record_change WHERE effective_date > ${d} AND field = ANY(${fields}::text[])`.execute(db());
  return r.rows[0].n;
}

async function entryIds(c: Client, listId: number): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const res = await c.get(`/api/beneficiary-lists/${listId}/entries?page=${page}&pageSize=500`);
    expect(res.statusCode, res.body).toBe(200);
    ids.push(...res.json().items.map((x: any) => x.personId));
    if (ids.length >= res.json().total) break;
  }
  return ids.sort((a, b) => a - b);
}

async function saveRule(c: Client, tree: unknown, name = 'Quy tắc thử') {
  const res = await c.post('/api/eligibility/rules', { name, tree });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function run(c: Client, ruleId: number, date: string) {
  const res = await c.post(`/api/eligibility/rules/${ruleId}/run`, { date });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  const password = 'Suoi-Da-Tan-Lac-9';
  const created = await s
    .as('admin')
    .post('/api/users', { username: 'tinh.hanoi', password, fullName: 'Cán bộ Hà Nội', role: 'province_officer', scopeUnitCode: '01' });
  expect(created.statusCode, created.body).toBe(201);
  hanoi = await s.t.login('tinh.hanoi', password);
});

describe('rule checking', () => {
  it('names the condition of an unknown field, a wrong operator or a wrong value, and saves nothing', async () => {
    const before = await countRows(db(), 'eligibility_rule');
    const unknown = await s.as('xa.tanlac').post('/api/eligibility/rules', {
      name: 'Sai',
      tree: {
        op: 'and',
        children: [
          { field: 'minority', operator: 'eq', value: true },
          { field: 'so_trau', operator: 'gt', value: 2 },
        ],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('rule_unknown_field');
    expect(unknown.json().error.message).toBe('Điều kiện 2: không có trường "so_trau" trong sổ hộ');
    expect(unknown.json().error.details[0].field).toBe('tree.children.1');

    const op = await s.as('xa.tanlac').post('/api/eligibility/rules', { name: 'Sai', tree: { field: 'housing', operator: 'gt', value: 'solid' } });
    expect(op.statusCode).toBe(400);
    expect(op.json().error.message).toContain('Điều kiện 1 (Nhà ở): không dùng được phép so sánh "gt"');

    const value = await s.as('xa.tanlac').post('/api/eligibility/rules', {
      name: 'Sai',
      tree: { op: 'or', children: [{ op: 'not', child: { field: 'age', operator: 'gte', value: '18' } }] },
    });
    expect(value.statusCode).toBe(400);
    expect(value.json().error.message).toBe('Điều kiện 1.1 (Tuổi (tròn năm, vào ngày xét)): giá trị phải là số nguyên từ 0 đến 150');

    const sex = await s.as('xa.tanlac').post('/api/eligibility/rules', { name: 'Sai', tree: { field: 'sex', operator: 'eq', value: 'x' } });
    expect(sex.json().error.message).toBe('Điều kiện 1 (Giới tính): giá trị phải là một trong: male, female');
    const params = { condition: '1', field: 'Giới tính', fieldEn: 'Sex', expected: '', expectedEn: 'one of: male, female' };
    expect(translate('rule_wrong_value', 'en', params)).toBe('Condition 1 (Sex): the value must be one of: male, female');
    expect(await countRows(db(), 'eligibility_rule')).toBe(before);
  });

  it('refuses a viewer with a clear message', async () => {
    const res = await s.as('lanhdao').post('/api/eligibility/rules', { name: 'X', tree: fiveConditions(2025) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('benefit_wrong_role_draft');
  });
});

describe('rules over the register as of a day', () => {
  it('before the 2025 reform: the five-condition rule finds exactly the persons hand-written SQL finds', async () => {
    expect(await changesAfter(PRE_REFORM, ['housing', 'ethnicCode', 'sex', 'birthDate', 'birthYear'])).toBe(0);
    const expected = await handWritten(PRE_REFORM, 2024);
    expect(expected.length).toBeGreaterThan(5);
    const preview = await s.as('admin').post('/api/eligibility/preview', { tree: fiveConditions(2024), date: PRE_REFORM, pageSize: 5 });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().total).toBe(expected.length);
    expect(preview.json().items).toHaveLength(5);
    expect(preview.json().items[0].facts.map((f: any) => f.met)).toEqual([true, true, true, true, true]);
    expect(preview.json().items[0].facts[0].condition).toBe('Tình trạng nghèo của năm 2024 thuộc Hộ nghèo');

    const rule = await saveRule(s.as('admin'), fiveConditions(2024), 'Phụ nữ DTTS nghèo, nhà chưa kiên cố');
    const list = await run(s.as('admin'), rule.id, PRE_REFORM);
    expect(list.personCount).toBe(expected.length);
    expect(await entryIds(s.as('admin'), list.id)).toEqual(expected);
  });

  it('as a commune officer after the reform: only their commune, equal to hand-written SQL', async () => {
    expect(await changesAfter(DAY, ['housing', 'ethnicCode', 'sex', 'communeId'])).toBe(0);
    const expected = await handWritten(DAY, 2025, '05128');
    const preview = await s.as('xa.tanlac').post('/api/eligibility/preview', { tree: fiveConditions(2025), date: DAY });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().total).toBe(expected.length);
    expect(
      preview
        .json()
        .items.map((x: any) => x.personId)
        .sort((a: number, b: number) => a - b),
    ).toEqual(expected.slice(0, 50));
    for (const x of preview.json().items) expect(x.commune.code).toBe('05128');
    // Another province's officer finds nobody of ours.
    const far = await hanoi.post('/api/eligibility/preview', { tree: fiveConditions(2025), date: DAY });
    expect(far.statusCode).toBe(200);
    expect(far.json().total).toBe(0);
  });

  it('OR, NOT, commune codes and birth years compile to the same set as SQL', async () => {
    const tree = {
      op: 'and',
      children: [
        { field: 'commune', operator: 'in', value: ['05128'] },
        {
          op: 'or',
          children: [
            { field: 'birth_year', operator: 'between', value: [1950, 1960] },
            { field: 'relationship', operator: 'eq', value: 'head' },
          ],
        },
        { op: 'not', child: { field: 'ethnic', operator: 'in', value: ['01', '06'] } },
      ],
    };
    const r = await sql<{ n: number }>`SELECT count(DISTINCT p.id)::int AS n FROM person p
      JOIN household_member m ON m.person_id = p.id AND m.valid_from <= ${DAY} AND (m.valid_to IS NULL OR m.valid_to >= ${DAY})
      JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL AND h.valid_from <= ${DAY} AND (h.valid_to IS NULL OR h.valid_to >= ${DAY})
      WHERE p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${DAY})
        AND h.commune_id IN (SELECT id FROM admin_unit WHERE code = '05128')
        AND (p.birth_year BETWEEN 1950 AND 1960 OR m.relationship = 'head') AND p.ethnic_code NOT IN ('01', '06')`.execute(db());
    const preview = await s.as('tinh.phutho').post('/api/eligibility/preview', { tree, date: DAY, pageSize: 1 });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().total).toBe(r.rows[0].n);
  });
});

describe('frozen lists', () => {
  let household: any;
  let ruleId: number;
  let firstList: any;
  const tree = {
    op: 'and',
    children: [
      { field: 'commune', operator: 'in', value: ['05128'] },
      { field: 'housing', operator: 'eq', value: 'makeshift' },
      { field: 'poverty', operator: 'in', value: ['poor', 'near_poor'], year: 2025 },
      { field: 'relationship', operator: 'eq', value: 'head' },
    ],
  };

  beforeAll(async () => {
    const village = await villageOf(s.as('xa.tanlac'), '05128', DAY);
    household = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: DAY,
      villageId: village,
      housing: 'makeshift',
      poverty: [{ year: 2025, status: 'poor' }],
      members: [{ fullName: 'Đinh Thị Lụa', sex: 'female', birthYear: 1970, ethnicCode: '06', relationship: 'head' }],
    });
    ruleId = (await saveRule(s.as('xa.tanlac'), tree, 'Hỗ trợ nhà ở')).id;
  });

  it('freezes the persons with the facts that qualified them; a later register edit leaves the list as it was', async () => {
    firstList = await run(s.as('xa.tanlac'), ruleId, '2025-09-01');
    expect(firstList.diff).toBeNull();
    const headId = household.members[0].id;
    const ids = await entryIds(s.as('xa.tanlac'), firstList.id);
    expect(ids).toContain(headId);

    // The house is rebuilt solid from 1/10/2025.
    const patch = await s
      .as('xa.tanlac')
      .patch(`/api/households/${household.id}`, { version: household.version, housing: 'solid', effectiveDate: '2025-10-01' });
    expect(patch.statusCode, patch.body).toBe(200);

    expect(await entryIds(s.as('xa.tanlac'), firstList.id)).toEqual(ids);
    const entry = (await s.as('xa.tanlac').get(`/api/beneficiary-lists/${firstList.id}/entries?q=${encodeURIComponent('Đinh Thị Lụa')}`)).json().items[0];
    expect(entry.facts.find((f: any) => f.condition.startsWith('Nhà ở'))).toMatchObject({ value: 'makeshift', met: true });

    // As of a day before the change, the rule still finds her; as of a day after, it does not.
    const before = await s.as('xa.tanlac').post('/api/eligibility/preview', { tree, date: '2025-09-15', pageSize: 500 });
    expect(before.json().items.map((x: any) => x.personId)).toContain(headId);
    const after = await s.as('xa.tanlac').post('/api/eligibility/preview', { tree, date: '2025-10-15', pageSize: 500 });
    expect(after.json().items.map((x: any) => x.personId)).not.toContain(headId);
    expect(after.json().total).toBe(before.json().total - 1);
  });

  it('a new run names who was added and removed, and why', async () => {
    const newcomer = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-10-05',
      housing: 'makeshift',
      poverty: [{ year: 2025, status: 'near_poor' }],
      members: [{ fullName: 'Hà Văn Mới', sex: 'male', birthYear: 1980, ethnicCode: '06', relationship: 'head' }],
    });
    const second = await run(s.as('xa.tanlac'), ruleId, '2025-10-15');
    expect(second.diff.previousListId).toBe(firstList.id);
    expect(second.diff.removed).toEqual([
      {
        personId: household.members[0].id,
        fullName: 'Đinh Thị Lụa',
        reasons: [{ kind: 'condition', text: 'Nhà ở bằng Thiếu kiên cố, đơn sơ: makeshift → solid' }],
      },
    ]);
    expect(second.diff.added).toEqual([
      {
        personId: newcomer.members[0].id,
        fullName: 'Hà Văn Mới',
        reasons: [
          {
            kind: 'entered',
            text: 'Chưa có trong sổ hộ của địa bàn vào ngày 2025-09-01 (hộ mới, chuyển đến hoặc mới sinh)'.replace('2025-09-01', '01/09/2025'),
          },
        ],
      },
    ]);
    expect(second.personCount).toBe(firstList.personCount);
  });

  it('each change of a rule is a new version; unchanged is refused', async () => {
    const same = await s.as('xa.tanlac').put(`/api/eligibility/rules/${ruleId}`, { name: 'Hỗ trợ nhà ở', tree });
    expect(same.statusCode).toBe(409);
    const changed = await s
      .as('xa.tanlac')
      .put(`/api/eligibility/rules/${ruleId}`, { name: 'Hỗ trợ nhà ở', tree: { ...tree, children: tree.children.slice(0, 3) } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().currentVersion).toBe(2);
    expect(changed.json().versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(await countRows(db(), 'audit_log', { entity: 'eligibility_rule', entity_id: String(ruleId) })).toBe(2);
  });

  it('lists are scoped: the province sees the commune list, another province and a viewer elsewhere do not', async () => {
    expect((await s.as('tinh.phutho').get(`/api/beneficiary-lists/${firstList.id}`)).statusCode).toBe(200);
    expect((await hanoi.get(`/api/beneficiary-lists/${firstList.id}`)).statusCode).toBe(404);
    expect((await hanoi.get(`/api/beneficiary-lists/${firstList.id}/entries`)).statusCode).toBe(404);
    expect((await hanoi.get('/api/beneficiary-lists')).json().items.find((l: any) => l.id === firstList.id)).toBeUndefined();
    expect((await hanoi.post(`/api/eligibility/rules/${ruleId}/run`, { date: DAY })).statusCode).toBe(404);
    // A list the province froze for the whole province is not the commune officer's.
    const provinceRule = await saveRule(s.as('tinh.phutho'), tree, 'Toàn tỉnh');
    const provinceList = await run(s.as('tinh.phutho'), provinceRule.id, '2025-09-01');
    expect((await s.as('xa.tanlac').get(`/api/beneficiary-lists/${provinceList.id}`)).statusCode).toBe(404);
  });
});

describe('cycles, deliveries and grievances', () => {
  let list: any;
  let persons: number[];
  let cycle: any;

  beforeAll(async () => {
    const rule = await saveRule(s.as('xa.tanlac'), { field: 'commune', operator: 'in', value: ['05128'] }, 'Cả xã');
    list = await run(s.as('xa.tanlac'), rule.id, DAY);
    persons = (await s.as('xa.tanlac').get(`/api/beneficiary-lists/${list.id}/entries?pageSize=3`)).json().items.map((x: any) => x.personId);
    expect(persons).toHaveLength(3);
  });

  it('refuses money with decimals and changes nothing', async () => {
    const before = await countRows(db(), 'benefit_cycle');
    for (const amountDong of [1500000.5, '1500000.5', '1,500,000', -1]) {
      const res = await s
        .as('xa.tanlac')
        .post('/api/benefit-cycles', { name: 'Sai', listId: list.id, year: 2025, benefitCode: 'TET', kind: 'cash', amountDong });
      expect(res.statusCode, String(amountDong)).toBe(400);
      expect(res.json().error.code).toBe('benefit_cash_whole_dong');
    }
    expect(await countRows(db(), 'benefit_cycle')).toBe(before);
  });

  it('moves draft → submitted → approved by the right roles; the wrong role is refused with a clear message', async () => {
    const res = await s.as('xa.tanlac').post('/api/benefit-cycles', {
      name: 'Quà Tết 2026',
      listId: list.id,
      year: 2025,
      benefitCode: 'QUA_TET',
      kind: 'cash',
      amountDong: '9007199254740993',
    });
    expect(res.statusCode, res.body).toBe(201);
    cycle = res.json();
    expect(cycle).toMatchObject({ status: 'draft', amountDong: '9007199254740993', persons: list.personCount, actions: ['submit'] });

    const early = await s.as('tinh.phutho').post(`/api/benefit-cycles/${cycle.id}/approve`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Đợt chi trả đang ở trạng thái "Dự thảo", không thể duyệt');
    expect((await s.as('xa.tanlac').post(`/api/benefit-cycles/${cycle.id}/submit`)).json().status).toBe('submitted');
    const wrong = await s.as('xa.tanlac').post(`/api/benefit-cycles/${cycle.id}/approve`);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.message).toBe('Chỉ cán bộ cấp tỉnh được duyệt hoặc khóa đợt chi trả; cán bộ xã chỉ lập và gửi duyệt');
    expect((await hanoi.post(`/api/benefit-cycles/${cycle.id}/approve`)).statusCode).toBe(404);
    const ok = await s.as('tinh.phutho').post(`/api/benefit-cycles/${cycle.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('approved');
    expect(await countRows(db(), 'audit_log', { entity: 'benefit_cycle', entity_id: String(cycle.id) })).toBe(3);
  });

  it('records deliveries only to persons on the list, once each, and sums đồng exactly', async () => {
    const other = await sql<{
      id: number;
    }>`SELECT id FROM person WHERE id NOT IN (SELECT person_id FROM beneficiary_list_entry WHERE list_id = ${list.id}) LIMIT 1`.execute(db());
    const before = await countRows(db(), 'benefit_delivery');
    const off = await s
      .as('xa.tanlac')
      .post(`/api/benefit-cycles/${cycle.id}/deliveries`, { personId: other.rows[0].id, deliveredOn: '2026-01-20', receiverName: 'Ai đó' });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.message).toBe('Người này không có trong danh sách thụ hưởng của đợt; không thể ghi nhận chi trả');
    expect(await countRows(db(), 'benefit_delivery')).toBe(before);

    const amounts = ['9007199254740993', '9007199254740991', '1'];
    for (let i = 0; i < 3; i++) {
      const res = await s.as('xa.tanlac').post(`/api/benefit-cycles/${cycle.id}/deliveries`, {
        personId: persons[i],
        deliveredOn: '2026-01-20',
        amountDong: amounts[i],
        receiverName: 'Người nhận',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const again = await s
      .as('xa.tanlac')
      .post(`/api/benefit-cycles/${cycle.id}/deliveries`, { personId: persons[0], deliveredOn: '2026-01-21', receiverName: 'X' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Người này đã được ghi nhận nhận chi trả trong đợt này ngày 20/01/2026');
    const over = await s.as('xa.tanlac').post(`/api/benefit-cycles/${cycle.id}/deliveries`, {
      personId: (await s.as('xa.tanlac').get(`/api/beneficiary-lists/${list.id}/entries?page=2&pageSize=3`)).json().items[0].personId,
      deliveredOn: '2026-01-21',
      amountDong: '9007199254740994',
      receiverName: 'X',
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.code).toBe('benefit_amount_exceeds');

    const deliveries = (await s.as('xa.tanlac').get(`/api/benefit-cycles/${cycle.id}/deliveries`)).json();
    // 9007199254740993 + 9007199254740991 + 1, beyond what a double holds exactly.
    expect(deliveries.totalDong).toBe('18014398509481985');
    const sum = await sql<{ s: string }>`SELECT sum(amount_dong)::text AS s FROM benefit_delivery WHERE cycle_id = ${cycle.id}`.execute(db());
    expect(sum.rows[0].s).toBe('18014398509481985');
    expect((await s.as('xa.tanlac').get(`/api/benefit-cycles/${cycle.id}`)).json()).toMatchObject({ deliveries: 3, deliveredDong: '18014398509481985' });
    expect((await hanoi.get(`/api/benefit-cycles/${cycle.id}/deliveries`)).statusCode).toBe(404);
  });

  it('flags the same person receiving the same benefit twice across cycles', async () => {
    const second = (
      await s.as('xa.tanlac').post('/api/benefit-cycles', {
        name: 'Quà Tết (chương trình khác)',
        listId: list.id,
        year: 2025,
        benefitCode: 'QUA_TET',
        kind: 'cash',
        amountDong: 500000,
      })
    ).json();
    await s.as('xa.tanlac').post(`/api/benefit-cycles/${second.id}/submit`);
    await s.as('tinh.phutho').post(`/api/benefit-cycles/${second.id}/approve`);
    const res = await s
      .as('xa.tanlac')
      .post(`/api/benefit-cycles/${second.id}/deliveries`, { personId: persons[0], deliveredOn: '2026-01-25', receiverName: 'Người nhận' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().duplicates).toEqual([{ cycleId: cycle.id, cycleName: 'Quà Tết 2026' }]);
    const items = (await s.as('xa.tanlac').get(`/api/benefit-cycles/${cycle.id}/deliveries`)).json().items;
    expect(items.find((d: any) => d.personId === persons[0]).duplicates).toEqual([
      { cycleId: second.id, cycleName: 'Quà Tết (chương trình khác)', deliveredOn: '2026-01-25' },
    ]);
    expect(items.find((d: any) => d.personId === persons[1]).duplicates).toEqual([]);
  });

  it('keeps grievances with status and answer; a signature image is attached and read back', async () => {
    const g = await s
      .as('xa.tanlac')
      .post(`/api/benefit-cycles/${cycle.id}/grievances`, { personId: persons[1], complainant: 'Bùi Văn Khiếu', content: 'Chưa nhận đủ tiền' });
    expect(g.statusCode, g.body).toBe(201);
    const a = await s.as('xa.tanlac').put(`/api/benefit-grievances/${g.json().id}`, { status: 'resolved', answer: 'Đã chi bổ sung' });
    expect(a.json()).toMatchObject({ status: 'resolved', answer: 'Đã chi bổ sung' });
    expect((await hanoi.put(`/api/benefit-grievances/${g.json().id}`, { status: 'rejected' })).statusCode).toBe(404);

    const delivery = (await s.as('xa.tanlac').get(`/api/benefit-cycles/${cycle.id}/deliveries`)).json().items[0];
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c70000000049454e44ae426082',
      'hex',
    );
    const up = await s
      .as('xa.tanlac')
      .upload(`/api/benefit-deliveries/${delivery.id}/evidence`, { kind: 'signature' }, { file: { name: 'ky.png', data: png, type: 'image/png' } });
    expect(up.statusCode, up.body).toBe(204);
    const bad = await s.as('xa.tanlac').upload(`/api/benefit-deliveries/${delivery.id}/evidence`, {}, { file: { name: 'x.txt', data: Buffer.from('hello') } });
    expect(bad.json().error.code).toBe('benefit_evidence_type');
    const back = await s.as('xa.tanlac').get(`/api/benefit-deliveries/${delivery.id}/evidence`);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.rawPayload.equals(png)).toBe(true);
    expect((await hanoi.get(`/api/benefit-deliveries/${delivery.id}/evidence`)).statusCode).toBe(404);
  });

  it('closes an approved cycle (province only); no deliveries after', async () => {
    expect((await s.as('xa.tanlac').post(`/api/benefit-cycles/${cycle.id}/close`)).statusCode).toBe(403);
    expect((await s.as('tinh.phutho').post(`/api/benefit-cycles/${cycle.id}/close`)).json().status).toBe('closed');
    const late = await s
      .as('xa.tanlac')
      .post(`/api/benefit-cycles/${cycle.id}/deliveries`, { personId: persons[2], deliveredOn: '2026-02-01', receiverName: 'X' });
    expect(late.json().error.code).toBe('benefit_not_approved');
  });
});

describe('prestigious persons', () => {
  let household: any;
  let village: number;
  let pp: any;

  beforeAll(async () => {
    village = await villageOf(s.as('xa.tanlac'), '05128', DAY);
    household = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-07-15',
      villageId: village,
      code: freshCode('UT'),
      members: [{ fullName: 'Bùi Văn Uy', sex: 'male', birthYear: 1958, ethnicCode: '06', relationship: 'head' }],
    });
  });

  it('registers a person of the register for their village, refuses another village and outsiders', async () => {
    const body = {
      personId: household.members[0].id,
      villageId: village,
      termFrom: DAY,
      termTo: '2028-12-31',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2025-07-25',
    };
    const other = (await s.as('xa.tanlac').get(`/api/villages?commune=05128&date=${DAY}&pageSize=5`)).json().items.find((v: any) => v.id !== village);
    const wrong = await s.as('xa.tanlac').post('/api/prestigious-persons', { ...body, villageId: other.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('Người này không sống ở thôn đã chọn vào ngày 01/08/2025; chọn đúng thôn nơi người đó cư trú');
    const far = await hanoi.post('/api/prestigious-persons', body);
    expect(far.statusCode).toBe(404);
    expect(far.body).not.toContain('Bùi Văn Uy');
    const res = await s.as('xa.tanlac').post('/api/prestigious-persons', body);
    expect(res.statusCode, res.body).toBe(201);
    pp = res.json();
    expect(pp).toMatchObject({ fullName: 'Bùi Văn Uy', ethnic: { code: '06', name: 'Mường' }, village: { id: village }, commune: { code: '05128' } });
    const twice = await s.as('xa.tanlac').post('/api/prestigious-persons', { ...body, termFrom: '2026-01-01' });
    expect(twice.statusCode).toBe(409);
    expect((await hanoi.get(`/api/prestigious-persons/${pp.id}`)).statusCode).toBe(404);
    expect((await hanoi.get('/api/prestigious-persons')).json().items).toEqual([]);
  });

  it('logs activities and reports by commune and ethnic group', async () => {
    for (const kind of ['dispute_mediated', 'meeting', 'meeting'] as const) {
      const res = await s
        .as('xa.tanlac')
        .post(`/api/prestigious-persons/${pp.id}/activities`, { kind, activityDate: '2025-09-10', description: 'Hòa giải tranh chấp đất' });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(
      (await hanoi.post(`/api/prestigious-persons/${pp.id}/activities`, { kind: 'meeting', activityDate: '2025-09-10', description: 'xxx' })).statusCode,
    ).toBe(404);
    const detail = (await s.as('xa.tanlac').get(`/api/prestigious-persons/${pp.id}`)).json();
    expect(detail.log).toHaveLength(3);
    const report = (await s.as('tinh.phutho').get('/api/prestigious-persons/report?date=2025-09-30&year=2025')).json();
    expect(report.byCommune.find((r: any) => r.key === '05128')).toMatchObject({ persons: 1, activities: 3, disputes: 1, meetings: 2, information: 0 });
    expect(report.byEthnic.find((r: any) => r.key === '06')).toMatchObject({ persons: 1, activities: 3 });
    expect((await hanoi.get('/api/prestigious-persons/report?date=2025-09-30')).json().byCommune).toEqual([]);
  });

  it('freezes the support list (Decision 28/2023) and gives a Tết gift as a cycle on it', async () => {
    const res = await s.as('xa.tanlac').post('/api/prestigious-persons/support-list', { name: 'Người có uy tín xã Tân Lạc 2025', date: '2025-09-30' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().persons).toBe(1);
    const cycle = await s.as('xa.tanlac').post('/api/benefit-cycles', {
      name: 'Quà Tết người có uy tín',
      listId: res.json().listId,
      year: 2025,
      benefitCode: 'NCUT_TET',
      kind: 'in_kind',
      itemName: 'Quà Tết',
      quantity: 1,
    });
    expect(cycle.statusCode, cycle.body).toBe(201);
    expect(cycle.json().persons).toBe(1);
    const none = await hanoi.post('/api/prestigious-persons/support-list', { name: 'X', date: '2025-09-30' });
    expect(none.statusCode).toBe(400);
  });
});
