import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, countRows, useTestApp } from '../../test/harness.js';
import { otherCommuneOf25 } from '../data-entry/data-entry.fixtures.js';
import { nodeId, outsideOfficer } from './programmes.fixtures.js';

/**
 * Money of the programme: exact sums in đồng, disbursement never past the allocation, rates by
 * project, unit and month, the XLSX progress report, the quarterly form filled from the records,
 * and the area and role rules on each path.
 */
const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
const db = () => s.t.database.db;
let hanoi: Client;
let da1: number;
let da4sub: number;
let other: string;

const money = (c: Client, body: Record<string, unknown>) => c.post('/api/programmes/money', body);
async function ok(c: Client, body: Record<string, unknown>) {
  const res = await money(c, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

beforeAll(async () => {
  hanoi = await outsideOfficer(s.t);
  da1 = await nodeId(db(), 'DA1');
  da4sub = await nodeId(db(), 'DA4.TDA1');
  other = await otherCommuneOf25(db());
});

describe('the programme tree', () => {
  it('ships Decision 1719 with its ten projects and sub-projects', async () => {
    const res = await s.as('lanhdao').get('/api/programmes/nodes');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as any[];
    const root = items.find((n) => n.code === 'CTMTQG-1719');
    expect(root).toMatchObject({ kind: 'programme', depth: 0, startYear: 2021, endYear: 2030 });
    const projects = items.filter((n) => n.parentId === root.id);
    expect(projects.map((p) => p.code)).toEqual(['DA1', 'DA2', 'DA3', 'DA4', 'DA5', 'DA6', 'DA7', 'DA8', 'DA9', 'DA10']);
    expect(projects[9].name).toContain('Truyền thông');
    expect(items.filter((n) => n.kind === 'sub_project' && n.code.startsWith('DA5.')).length).toBe(4);
    expect(res.json()).toMatchObject({ canManage: false, canRecord: false });
  });

  it('adds an activity and an indicator linked to a report data element, with a yearly target per unit', async () => {
    const act = await s
      .as('tinh.phutho')
      .post('/api/programmes/nodes', { parentId: da4sub, kind: 'activity', code: 'PT-DA4-DUONG', name: 'Làm đường giao thông thôn' });
    expect(act.statusCode, act.body).toBe(201);
    const bad = await s.as('tinh.phutho').post('/api/programmes/nodes', { parentId: act.json().id, kind: 'activity', code: 'PT-X', name: 'X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('chỉ được thêm');
    const unknownDe = await s
      .as('tinh.phutho')
      .post(`/api/programmes/nodes/${act.json().id}/indicators`, { code: 'KM', name: 'Số km đường', dataElementCode: 'KHONG_CO' });
    expect(unknownDe.statusCode).toBe(400);
    const ind = await s.as('tinh.phutho').post(`/api/programmes/nodes/${act.json().id}/indicators`, {
      code: 'CT',
      name: 'Số công trình hoàn thành',
      measure: 'công trình',
      dataElementCode: 'CT_CONG_TRINH_HOAN_THANH',
    });
    expect(ind.statusCode, ind.body).toBe(201);
    const t = await s
      .as('tinh.phutho')
      .put(`/api/programmes/indicators/${ind.json().id}/targets`, { unitCode: '05128', date: '2025-08-01', year: 2025, target: 3 });
    expect(t.statusCode, t.body).toBe(200);
    // Another province's unit, a commune officer, and the outside officer are refused.
    expect(
      (await s.as('tinh.phutho').put(`/api/programmes/indicators/${ind.json().id}/targets`, { unitCode: '00004', year: 2025, target: 1 })).statusCode,
    ).toBe(403);
    expect((await s.as('xa.tanlac').put(`/api/programmes/indicators/${ind.json().id}/targets`, { unitCode: '05128', year: 2025, target: 1 })).statusCode).toBe(
      403,
    );
    expect((await hanoi.put(`/api/programmes/indicators/${ind.json().id}/targets`, { unitCode: '05128', year: 2025, target: 1 })).statusCode).toBe(404);
    const tree = await s.as('xa.tanlac').get(`/api/programmes/nodes?root=${da4sub}&year=2025`);
    const node = tree.json().items.find((n: any) => n.code === 'PT-DA4-DUONG');
    expect(node.indicators[0]).toMatchObject({ dataElementCode: 'CT_CONG_TRINH_HOAN_THANH', targets: [{ unitCode: '05128', year: 2025, target: '3' }] });
    // The province's own item is not shown to another province.
    expect((await hanoi.get(`/api/programmes/nodes?root=${da4sub}`)).json().items.map((n: any) => n.code)).toEqual(['DA4.TDA1']);
  });
});

describe('money in đồng', () => {
  it('refuses decimals, grouping, signs and zero with a clear message, writing nothing', async () => {
    const before = await countRows(db(), 'programme_money');
    for (const amount of ['1000.5', '1.000', '-5', '0', '12,5', 'một triệu', 1000.5, -3, 2 ** 53]) {
      const res = await money(s.as('tinh.phutho'), {
        nodeId: da1,
        unitCode: '05128',
        year: 2025,
        source: 'central',
        kind: 'allocation',
        amount,
        onDate: '2025-08-01',
      });
      expect(res.statusCode, String(amount)).toBe(400);
      expect(res.json().error.message).toContain('số nguyên');
    }
    expect(await countRows(db(), 'programme_money')).toBe(before);
  });

  it('sums exactly beyond 2^53 and over many small amounts', async () => {
    const big = '9007199254740993'; // 2^53 + 1: not a double
    const base = { nodeId: da4sub, unitCode: '05128', year: 2026, source: 'local', onDate: '2026-02-10' };
    await ok(s.as('tinh.phutho'), { ...base, kind: 'allocation', amount: big });
    await ok(s.as('tinh.phutho'), { ...base, kind: 'allocation', amount: '4503599627370497' });
    await ok(s.as('tinh.phutho'), { ...base, kind: 'disbursement', amount: '9007199254740992' });
    await ok(s.as('xa.tanlac'), { ...base, kind: 'disbursement', amount: 1, onDate: '2026-03-01' });
    for (let i = 0; i < 40; i++) await ok(s.as('xa.tanlac'), { ...base, kind: 'disbursement', amount: '333', onDate: '2026-04-0' + ((i % 9) + 1) });
    const sum = await s.as('tinh.phutho').get('/api/programmes/budget?year=2026');
    expect(sum.statusCode, sum.body).toBe(200);
    const b = sum.json();
    const allocated = 9007199254740993n + 4503599627370497n;
    const disbursed = 9007199254740992n + 1n + 40n * 333n;
    expect(b.total.allocated).toBe(allocated.toString());
    expect(b.total.disbursed).toBe(disbursed.toString());
    // The same sums in SQL.
    const q = await sql<{
      a: string;
      d: string;
    }>`SELECT sum(amount) FILTER (WHERE kind = 'allocation')::text AS a, sum(amount) FILTER (WHERE kind = 'disbursement')::text AS d FROM programme_money WHERE year = 2026`.execute(
      db(),
    );
    expect(q.rows[0]).toEqual({ a: allocated.toString(), d: disbursed.toString() });
    expect(b.total.rate).toBe(Number((disbursed * 10000n) / allocated) / 100);
    const da4 = b.byNode.find((n: any) => n.code === 'DA4');
    expect(da4.disbursed).toBe(disbursed.toString());
    expect(b.byMonth[1].cumulative).toBe('9007199254740992');
    expect(b.byMonth[2].cumulative).toBe('9007199254740993');
    expect(b.byMonth[3].disbursed).toBe('13320');
    expect(b.byUnit).toEqual([expect.objectContaining({ code: '05128', disbursed: disbursed.toString() })]);
    const listed = await s.as('xa.tanlac').get('/api/programmes/money?year=2026&kind=allocation');
    expect(
      listed
        .json()
        .items.map((r: any) => r.amount)
        .sort(),
    ).toEqual(['4503599627370497', big]);
  });

  it('refuses a disbursement past the allocation, naming the figures, and writes nothing', async () => {
    const base = { nodeId: da1, unitCode: '05128', year: 2025, source: 'central' };
    await ok(s.as('tinh.phutho'), { ...base, kind: 'allocation', amount: '1000000000', onDate: '2025-07-15' });
    await ok(s.as('xa.tanlac'), { ...base, kind: 'commitment', amount: '900000000', onDate: '2025-07-20' });
    await ok(s.as('xa.tanlac'), { ...base, kind: 'disbursement', amount: '600000000', onDate: '2025-08-20' });
    const before = await countRows(db(), 'programme_money');
    const audits = await countRows(db(), 'audit_log', { entity: 'programme_money' });
    const over = await money(s.as('xa.tanlac'), { ...base, kind: 'disbursement', amount: '400000001', onDate: '2025-09-10' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toBe(
      'Không thể giải ngân 400.000.001 đồng: vốn được giao năm 2025 (cùng nguồn, cùng đơn vị, cùng hạng mục) là 1.000.000.000 đồng, đã giải ngân 600.000.000 đồng, chỉ còn 400.000.000 đồng',
    );
    // Another source has no allocation at all.
    expect((await money(s.as('xa.tanlac'), { ...base, source: 'loan', kind: 'disbursement', amount: '1', onDate: '2025-09-20' })).statusCode).toBe(409);
    expect((await money(s.as('xa.tanlac'), { ...base, kind: 'commitment', amount: '100000001', onDate: '2025-09-20' })).statusCode).toBe(409);
    expect(await countRows(db(), 'programme_money')).toBe(before);
    expect(await countRows(db(), 'audit_log', { entity: 'programme_money' })).toBe(audits);
    // Exactly the remainder passes.
    await ok(s.as('xa.tanlac'), { ...base, kind: 'disbursement', amount: '400000000', onDate: '2025-09-10' });
    expect(await countRows(db(), 'audit_log', { entity: 'programme_money' })).toBe(audits + 1);
  });

  it('keeps each role and area to its own', async () => {
    const base = { nodeId: da1, year: 2025, source: 'central', onDate: '2025-08-01', amount: '5000' };
    const before = await countRows(db(), 'programme_money');
    // A commune officer records commitments and disbursements, not allocations, and only in the commune.
    expect((await money(s.as('xa.tanlac'), { ...base, unitCode: '05128', kind: 'allocation' })).statusCode).toBe(403);
    expect((await money(s.as('xa.tanlac'), { ...base, unitCode: other, kind: 'disbursement' })).statusCode).toBe(403);
    // A leader reads only.
    expect((await money(s.as('lanhdao'), { ...base, unitCode: '05128', kind: 'disbursement' })).statusCode).toBe(403);
    // Another province's officer cannot write into Phú Thọ.
    expect((await money(hanoi, { ...base, unitCode: '05128', kind: 'allocation' })).statusCode).toBe(403);
    // A unit code unknown on the day is named.
    const unknown = await money(s.as('tinh.phutho'), { ...base, unitCode: '99999', kind: 'allocation' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('99999');
    expect(await countRows(db(), 'programme_money')).toBe(before);
    // Reads: the outside officer sees none of Phú Thọ's money; the commune officer only the commune's.
    await ok(s.as('tinh.phutho'), { ...base, unitCode: other, kind: 'allocation', amount: '7000' });
    expect((await hanoi.get('/api/programmes/money?year=2025')).json().total).toBe(0);
    expect((await hanoi.get('/api/programmes/budget?year=2025')).json().total.allocated).toBe('0');
    const mine = (await s.as('xa.tanlac').get('/api/programmes/money?year=2025&pageSize=500')).json().items as any[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.unitCode === '05128')).toBe(true);
    const province = (await s.as('tinh.phutho').get('/api/programmes/budget?year=2025')).json();
    expect(province.byUnit.map((u: any) => u.code).sort()).toEqual(['05128', other].sort());
    expect((await s.as('xa.tanlac').get('/api/programmes/budget?year=2025')).json().byUnit.map((u: any) => u.code)).toEqual(['05128']);
  });
});

describe('reports', () => {
  it('exports the progress report with each item carrying what lies under it', async () => {
    const res = await s.as('tinh.phutho').get('/api/programmes/budget.xlsx?year=2025');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const byCode = new Map<string, ExcelJS.Row>();
    ws.eachRow((r) => byCode.set(String(r.getCell(1).value), r));
    expect(String(ws.getRow(5).getCell(3).value)).toBe('Kế hoạch vốn được giao');
    const da1Row = byCode.get('DA1')!;
    // Allocated 1,000,000,000 (05128) + 7,000 (other commune), central; disbursed 1,000,000,000.
    expect(da1Row.getCell(3).value).toBe(1_000_007_000);
    expect(da1Row.getCell(4).value).toBe(1_000_007_000);
    expect(da1Row.getCell(8).value).toBe(1_000_000_000);
    expect(byCode.get('CTMTQG-1719')!.getCell(3).value).toBe(1_000_007_000);
    expect(byCode.get('DA2')!.getCell(3).value).toBe(0);
  });

  it('fills the quarterly progress form of the commune from the records, as an open draft', async () => {
    const res = await s.as('xa.tanlac').post('/api/programmes/progress-report', { unitCode: '05128', period: '2025Q3' });
    expect(res.statusCode, res.body).toBe(200);
    // 2025 allocation of the commune: 1,000,000,000 đồng; disbursed by the quarter's cut-off (Decree 09/2019: 14/09): 1,000,000,000 đồng.
    expect(res.json().values).toEqual([
      { code: 'CT_VON_GIAO', value: '1000' },
      { code: 'CT_VON_GIAI_NGAN', value: '1000' },
    ]);
    const stored = await sql<{ code: string; value: string }>`
      SELECT e.code, v.value FROM data_value v JOIN data_element e ON e.id = v.data_element_id JOIN admin_unit u ON u.id = v.unit_id
      WHERE u.code = '05128' AND v.period_id = '2025Q3' AND e.code IN ('CT_VON_GIAO', 'CT_VON_GIAI_NGAN') ORDER BY e.code`.execute(db());
    expect(stored.rows).toEqual([
      { code: 'CT_VON_GIAI_NGAN', value: '1000' },
      { code: 'CT_VON_GIAO', value: '1000' },
    ]);
    // The other commune: 7,000 đồng allocated = 0.007 million, nothing disbursed.
    const q2 = await s.as('tinh.phutho').post('/api/programmes/progress-report', { unitCode: other, period: '2025Q3' });
    expect(q2.json().values).toEqual([
      { code: 'CT_VON_GIAO', value: '0.007' },
      { code: 'CT_VON_GIAI_NGAN', value: '0' },
    ]);
    // Out of area and read-only roles are refused.
    expect((await s.as('xa.tanlac').post('/api/programmes/progress-report', { unitCode: other, period: '2025Q3' })).statusCode).toBe(403);
    expect((await s.as('lanhdao').post('/api/programmes/progress-report', { unitCode: '05128', period: '2025Q3' })).statusCode).toBe(403);
    expect((await hanoi.post('/api/programmes/progress-report', { unitCode: '05128', period: '2025Q3' })).statusCode).toBe(403);
  });
});
