import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv.js';
import { countRows, useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'lanhdao');
let home: any;
const DAY = '2025-09-01';
const purpose = encodeURIComponent('Báo cáo rà soát hộ nghèo');

beforeAll(async () => {
  home = await createHousehold(s.as('xa.tanlac'), {
    communeCode: '05128',
    validFrom: '2025-08-01',
    phone: '+84912345678',
    address: '=HYPERLINK("http://x")',
    poverty: [{ year: 2025, status: 'near_poor' }],
  });
});

const lastAccess = () => s.t.database.db.selectFrom('access_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
const accessCount = () => countRows(s.t.database.db, 'access_log');
const csvOf = (body: string) => {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(body);
};
async function xlsxRows(raw: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('export columns', () => {
  it('lists the columns with Vietnamese and English labels, CCCD only for officers', async () => {
    const off = (await s.as('xa.tanlac').get('/api/register/export/columns')).json();
    expect(off.households).toEqual(expect.arrayContaining([{ key: 'code', vi: 'Mã hộ', en: 'Household code' }]));
    expect(off.persons.map((c: any) => c.key)).toContain('cccd');
    const view = (await s.as('lanhdao').get('/api/register/export/columns')).json();
    expect(view.persons.map((c: any) => c.key)).not.toContain('cccd');
  });
});

describe('household export', () => {
  it('writes the chosen columns of the filtered list as CSV with labels, and logs who, why, filters and row count', async () => {
    const filter = `commune=05128&date=${DAY}&year=2025&ethnic=06`;
    const list = (await s.as('xa.tanlac').get(`/api/households?${filter}&pageSize=500`)).json();
    expect(list.total).toBeGreaterThan(0);
    const res = await s
      .as('xa.tanlac')
      .get(`/api/households/export?${filter}&format=csv&columns=code,headName,poverty,phone,memberCount,address&purpose=${purpose}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="danh-sach-ho-\d{8}\.csv"/);
    const rows = csvOf(res.body);
    expect(Object.keys(rows[0])).toEqual(['Mã hộ', 'Họ tên chủ hộ', 'Phân loại nghèo', 'Điện thoại', 'Số nhân khẩu', 'Địa chỉ']);
    expect(rows.map((r: any) => r['Mã hộ'])).toEqual(list.items.map((h: any) => h.code));
    const mine = rows.find((r: any) => r['Mã hộ'] === home.code) as any;
    expect(mine).toEqual({
      'Mã hộ': home.code,
      'Họ tên chủ hộ': 'Bùi Văn Thắng',
      'Phân loại nghèo': 'Hộ cận nghèo',
      'Điện thoại': '+84912345678',
      'Số nhân khẩu': '3',
      'Địa chỉ': `'=HYPERLINK("http://x")`,
    });
    const log = await lastAccess();
    expect(log).toMatchObject({ username: 'xa.tanlac', action: 'export', entity: 'household', purpose: 'Báo cáo rà soát hộ nghèo' });
    expect(log.details).toMatchObject({
      format: 'csv',
      columns: ['code', 'headName', 'poverty', 'phone', 'memberCount', 'address'],
      rows: list.total,
      filters: { commune: '05128', ethnic: '06', year: 2025, date: DAY },
    });
  });

  it('reads large areas batch by batch without losing or repeating rows', async () => {
    const total = (await s.as('tinh.phutho').get(`/api/households?date=${DAY}&pageSize=1`)).json().total;
    expect(total).toBeGreaterThan(4000);
    const res = await s.as('tinh.phutho').get(`/api/households/export?date=${DAY}&format=csv&columns=communeCode,code&purpose=${purpose}`);
    const rows = csvOf(res.body) as any[];
    expect(rows.length).toBe(total);
    expect(new Set(rows.map((r) => `${r['Mã xã']}/${r['Mã hộ']}`)).size).toBe(total);
    const first = (await s.as('tinh.phutho').get(`/api/households?date=${DAY}&pageSize=20`)).json().items.map((h: any) => h.code);
    expect(rows.slice(0, 20).map((r) => r['Mã hộ'])).toEqual(first);
    expect((await lastAccess()).details).toMatchObject({ rows: total });
  });

  it('refuses a missing purpose, unknown or no columns and units outside the area, logging nothing', async () => {
    const before = await accessCount();
    const noPurpose = await s.as('xa.tanlac').get('/api/households/export?columns=code');
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.code).toBe('purpose_required');
    const unknown = await s.as('xa.tanlac').get(`/api/households/export?columns=code,colour,size&purpose=${purpose}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'export_unknown_columns', details: [{ field: 'columns', value: ['colour', 'size'] }] });
    expect(unknown.json().error.message).toContain('headName');
    const none = await s.as('xa.tanlac').get(`/api/households/export?columns=&purpose=${purpose}`);
    expect(none.json().error.code).toBe('export_columns_required');
    expect((await s.as('xa.tanlac').get(`/api/households/export?columns=code&purpose=${purpose}&commune=01`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/households/export?columns=code&purpose=${purpose}&format=pdf`)).statusCode).toBe(400);
    expect((await s.as('xa.tanlac').get(`/api/households/export?columns=code&purpose=${purpose}&deleted=true`)).statusCode).toBe(403);
    expect(await accessCount()).toBe(before);
  });
});

describe('person export', () => {
  it('writes XLSX with the full CCCD for officers, in list order and scope', async () => {
    const list = (await s.as('xa.tanlac').get('/api/persons?q=bui%20van%20thang&pageSize=500')).json();
    const res = await s.as('xa.tanlac').get(`/api/persons/export?q=bui%20van%20thang&columns=fullName,sex,cccd,communeCode,relationship&purpose=${purpose}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await xlsxRows(res.rawPayload);
    expect(rows[0]).toEqual(['Họ và tên', 'Giới tính', 'Số CCCD', 'Mã xã', 'Quan hệ với chủ hộ']);
    expect(rows.length - 1).toBe(list.total);
    expect(rows.slice(1).map((r) => r[0])).toEqual(list.items.map((p: any) => p.fullName));
    const head = await s.t.database.db.selectFrom('person').select('cccd').where('id', '=', home.head.id).executeTakeFirstOrThrow();
    expect(rows.find((r) => r[2] === head.cccd)).toEqual(['Bùi Văn Thắng', 'Nam', head.cccd, expect.any(String), 'Chủ hộ']);
    const reach = new Set(list.items.map((p: any) => p.commune.code));
    expect(rows.slice(1).every((r) => reach.has(r[3]))).toBe(true);
    expect(await lastAccess()).toMatchObject({
      action: 'export',
      entity: 'person',
      details: expect.objectContaining({ columns: ['fullName', 'sex', 'cccd', 'communeCode', 'relationship'], rows: list.total }),
    });
  });

  it('exports a whole province batch by batch in the list order', async () => {
    const res = await s.as('tinh.phutho').get(`/api/persons/export?format=csv&columns=fullName,birthYear,communeCode&purpose=${purpose}`);
    const rows = csvOf(res.body) as any[];
    const total = (await s.as('tinh.phutho').get('/api/persons?pageSize=1')).json().total;
    expect(total).toBeGreaterThan(10000);
    expect(rows.length).toBe(total);
    const lastPage = Math.ceil(total / 100);
    const tail = (await s.as('tinh.phutho').get(`/api/persons?pageSize=100&page=${lastPage}`)).json().items;
    expect(rows.slice((lastPage - 1) * 100).map((r) => `${r['Họ và tên']}|${r['Năm sinh']}`)).toEqual(tail.map((p: any) => `${p.fullName}|${p.birthYear}`));
    const middle = (await s.as('tinh.phutho').get('/api/persons?pageSize=100&page=41')).json().items;
    expect(rows.slice(4000, 4100).map((r) => r['Họ và tên'])).toEqual(middle.map((p: any) => p.fullName));
  });

  it('does not let viewers export CCCD numbers, but other columns', async () => {
    const res = await s.as('lanhdao').get(`/api/persons/export?commune=05128&columns=fullName,cccd&purpose=${purpose}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('export_cccd_forbidden');
    const ok = await s.as('lanhdao').get(`/api/persons/export?commune=05128&sex=female&format=csv&columns=fullName,sex,birthYear&purpose=${purpose}`);
    expect(ok.statusCode).toBe(200);
    const rows = csvOf(ok.body) as any[];
    expect(rows.length).toBe((await s.as('lanhdao').get('/api/persons?commune=05128&sex=female&pageSize=1')).json().total);
    expect(rows.every((r) => r['Giới tính'] === 'Nữ')).toBe(true);
  });
});

describe('access log', () => {
  it('shows administrators everything and provincial officers their area, with views and exports', async () => {
    const admin = await s.t.login('admin');
    await admin.post('/api/users', {
      username: 'hanoi.officer',
      password: 'Suoi-Da-Tan-Lac-9',
      fullName: 'Cán bộ Hà Nội',
      role: 'province_officer',
      scopeUnitCode: '01',
    });
    const hanoi = await s.t.login('hanoi.officer', 'Suoi-Da-Tan-Lac-9');
    expect((await hanoi.get(`/api/households/export?columns=code&purpose=${purpose}`)).statusCode).toBe(200);
    expect((await s.as('xa.tanlac').get(`/api/persons/${home.head.id}?purpose=${purpose}`)).statusCode).toBe(200);

    const all = (await admin.get('/api/access-log?pageSize=500')).json();
    expect(all.items.some((i: any) => i.user.username === 'hanoi.officer')).toBe(true);
    const view = all.items.find((i: any) => i.action === 'view');
    expect(view).toMatchObject({
      user: { username: 'xa.tanlac', fullName: expect.any(String) },
      entity: 'person',
      entityId: String(home.head.id),
      purpose: 'Báo cáo rà soát hộ nghèo',
    });

    const prov = (await s.as('tinh.phutho').get('/api/access-log?pageSize=500')).json();
    expect(prov.items.some((i: any) => i.user.username === 'xa.tanlac' && i.action === 'export')).toBe(true);
    expect(prov.items.some((i: any) => i.user.username === 'hanoi.officer')).toBe(false);
    const views = (await s.as('tinh.phutho').get('/api/access-log?action=view&pageSize=500')).json();
    expect(views.total).toBeGreaterThan(0);
    expect(views.items.every((i: any) => i.action === 'view')).toBe(true);
    const exports = (await admin.get('/api/access-log?action=export&user=XA.TANLAC&pageSize=500')).json();
    expect(exports.total).toBe(exports.items.length);
    expect(exports.items.every((i: any) => i.action === 'export' && i.user.username === 'xa.tanlac' && Array.isArray(i.details.columns))).toBe(true);
    expect((await admin.get('/api/access-log?from=2020-01-01&to=2020-01-02')).json().total).toBe(0);

    expect((await s.as('xa.tanlac').get('/api/access-log')).statusCode).toBe(403);
    expect((await s.as('lanhdao').get('/api/access-log')).statusCode).toBe(403);
    expect((await admin.get('/api/access-log?action=delete')).statusCode).toBe(400);
  });
});
