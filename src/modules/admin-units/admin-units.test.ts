import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { compareVi } from '../../shared/text.js';

const s = useTestApp('admin');

const codes = (body: { items: { code: string }[] }) => body.items.map((u) => u.code);
const linked = (body: { items: { unit: { code: string }; mergeType: string; derived: boolean }[] }) =>
  body.items.map((i) => `${i.unit.code} ${i.mergeType}${i.derived ? ' derived' : ''}`);

describe('units as of a date', () => {
  it('lists the 63 provinces before the reform and the 34 after it', async () => {
    const before = (await s.as('admin').get('/api/admin-units?date=2024-06-01&pageSize=100')).json();
    expect(before.total).toBe(63);
    expect(before.items).toHaveLength(63);
    expect(before.items.every((u: { level: string }) => u.level === 'province')).toBe(true);
    const after = (await s.as('admin').get('/api/admin-units?date=2025-08-01&pageSize=100')).json();
    expect(after.total).toBe(34);
    expect(codes(after)).toContain('25');
    expect(codes(after)).not.toContain('17');
  });

  it('pages with a total, in Vietnamese order', async () => {
    const page2 = (await s.as('admin').get('/api/admin-units?date=2024-06-01&page=2&pageSize=10')).json();
    expect(page2).toMatchObject({ total: 63, page: 2, pageSize: 10 });
    expect(page2.items).toHaveLength(10);
    const all = (await s.as('admin').get('/api/admin-units?date=2024-06-01&pageSize=100')).json();
    const names = all.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort(compareVi));
    expect(all.items.slice(10, 20).map((u: { code: string }) => u.code)).toEqual(codes(page2));
  });

  it('gives Hòa Bình 10 districts and 151 communes on 2024-06-01, and the new Phú Thọ 148 communes', async () => {
    const districts = (await s.as('admin').get('/api/admin-units?date=2024-06-01&parent=17')).json();
    expect(districts.total).toBe(10);
    expect(districts.items.every((u: { level: string; parentCode: string }) => u.level === 'district' && u.parentCode === '17')).toBe(true);
    const communes = (await s.as('admin').get('/api/admin-units?date=2024-06-01&parent=17&level=commune&pageSize=500')).json();
    expect(communes.total).toBe(151);
    expect(communes.items).toHaveLength(151);
    const phuTho = (await s.as('admin').get('/api/admin-units?date=2025-08-01&parent=25&pageSize=200')).json();
    expect(phuTho.total).toBe(148);
    expect(phuTho.items.every((u: { level: string }) => u.level === 'commune')).toBe(true);
  });

  it('presents the Unit shape with parent code and the children valid on the date', async () => {
    const hb = (await s.as('admin').get('/api/admin-units?date=2024-06-01&q=17')).json().items[0];
    expect(hb).toEqual({
      id: expect.any(Number),
      code: '17',
      name: 'Hoà Bình',
      type: 'Tỉnh',
      level: 'province',
      fullName: 'Tỉnh Hoà Bình',
      parentId: null,
      parentCode: null,
      validFrom: null,
      validTo: '2025-06-30',
      childCount: 10,
    });
    const district = (await s.as('admin').get('/api/admin-units/155?date=2024-06-01')).json();
    expect(district).toMatchObject({ fullName: 'Huyện Tân Lạc', parentCode: '17', parentId: hb.id, childCount: 16 });
    expect((await s.as('admin').get('/api/admin-units/25?date=2025-08-01')).json().childCount).toBe(148);
  });

  it('picks the version of a reused code by date', async () => {
    const old = (await s.as('admin').get('/api/admin-units/00004?date=2025-06-01')).json();
    expect(old).toMatchObject({ fullName: 'Phường Trúc Bạch', level: 'commune', parentCode: '001', validFrom: null, validTo: '2025-06-30' });
    const renewed = (await s.as('admin').get('/api/admin-units/00004?date=2025-08-01')).json();
    expect(renewed).toMatchObject({ fullName: 'Phường Ba Đình', parentCode: '01', validFrom: '2025-07-01', validTo: null });
    const versions = (await s.as('admin').get('/api/admin-units/00004/versions')).json();
    expect(versions.items.map((u: { fullName: string }) => u.fullName)).toEqual(['Phường Trúc Bạch', 'Phường Ba Đình']);
    expect(versions.items.map((u: { id: number }) => u.id)).toEqual([old.id, renewed.id]);
  });

  it('gives the path from the province down, in the detail and on its own', async () => {
    const detail = (await s.as('admin').get('/api/admin-units/05128?date=2025-06-01')).json();
    expect(detail.fullName).toBe('Thị trấn Mãn Đức');
    expect(detail.path.map((u: { fullName: string }) => u.fullName)).toEqual(['Tỉnh Hoà Bình', 'Huyện Tân Lạc', 'Thị trấn Mãn Đức']);
    const path = (await s.as('admin').get('/api/admin-units/05128/path?date=2025-08-01')).json();
    expect(path.items.map((u: { fullName: string }) => u.fullName)).toEqual(['Tỉnh Phú Thọ', 'Xã Tân Lạc']);
  });
});

describe('successors and predecessors', () => {
  it('tells the old Phú Thọ from the new one, made of 17, 25 and 26', async () => {
    const old = (await s.as('admin').get('/api/admin-units/25?date=2024-01-01')).json();
    expect(old).toMatchObject({ validTo: '2025-06-30', childCount: 13 });
    const pred = (await s.as('admin').get('/api/admin-units/25/predecessors?date=2025-08-01')).json();
    expect(pred.unit).toMatchObject({ code: '25', validFrom: '2025-07-01' });
    expect(linked(pred)).toEqual(['17 full derived', '25 full derived', '26 full derived']);
    expect(pred.items[1].unit.id).toBe(old.id);
    const succ = (await s.as('admin').get('/api/admin-units/17/successors?date=2024-01-01')).json();
    expect(linked(succ)).toEqual(['25 full derived']);
  });

  it('shows a split commune going partly into two new ones', async () => {
    const res = (await s.as('admin').get('/api/admin-units/04891/successors?date=2025-06-01')).json();
    expect(res.unit.fullName).toBe('Xã Vầy Nưa');
    expect(linked(res)).toEqual(['04828 partial', '04891 partial']);
    expect(res.items.map((i: { unit: { fullName: string } }) => i.unit.fullName)).toEqual(['Phường Thống Nhất', 'Xã Tiền Phong']);
    const back = (await s.as('admin').get('/api/admin-units/04828/predecessors?date=2025-08-01')).json();
    expect(linked(back)).toContain('04891 partial');
  });

  it('lists the five old communes of the new Tân Lạc', async () => {
    const res = (await s.as('admin').get('/api/admin-units/05128/predecessors?date=2025-08-01')).json();
    expect(linked(res)).toEqual(['05128 full', '05164 full', '05167 full', '05170 full', '05173 full']);
    expect((await s.as('admin').get('/api/admin-units/05128/successors?date=2025-08-01')).json().items).toEqual([]);
  });
});

describe('search', () => {
  it('ignores diacritics and case', async () => {
    const res = (await s.as('admin').get('/api/admin-units?date=2025-08-01&q=tan%20lac')).json();
    expect(res.items.map((u: { fullName: string }) => u.fullName)).toContain('Xã Tân Lạc');
    const upper = (await s.as('admin').get(`/api/admin-units?date=2025-08-01&q=${encodeURIComponent('TÂN LẠC')}`)).json();
    expect(codes(upper)).toEqual(codes(res));
  });

  it('finds Mường with Muong and sorts the hits the Vietnamese way', async () => {
    const res = (await s.as('admin').get('/api/admin-units?date=2025-08-01&parent=25&q=Muong')).json();
    const names = res.items.map((u: { name: string }) => u.name);
    expect(names).toEqual(['Mường Bi', 'Mường Động', 'Mường Hoa', 'Mường Thàng', 'Mường Vang']);
  });

  it('matches đ with d', async () => {
    const plain = (await s.as('admin').get('/api/admin-units?date=2025-06-01&q=dong%20lai')).json();
    const marked = (await s.as('admin').get(`/api/admin-units?date=2025-06-01&q=${encodeURIComponent('Đông Lai')}`)).json();
    expect(plain.items.map((u: { fullName: string }) => u.fullName)).toContain('Xã Đông Lai');
    expect(codes(marked)).toEqual(codes(plain));
  });

  it('searches codes by prefix, sorted by code', async () => {
    const res = (await s.as('admin').get('/api/admin-units?date=2025-06-01&q=0516')).json();
    expect(codes(res)).toEqual(['05164', '05167']);
    const wider = (await s.as('admin').get('/api/admin-units?date=2025-06-01&q=051&pageSize=500')).json();
    expect(codes(wider)).toEqual([...codes(wider)].sort());
    expect(wider.total).toBeGreaterThan(20);
  });

  it('treats LIKE wildcards as plain text', async () => {
    expect((await s.as('admin').get('/api/admin-units?date=2025-08-01&q=%25')).json().total).toBe(0);
    expect((await s.as('admin').get('/api/admin-units?date=2025-08-01&q=_')).json().total).toBe(0);
  });
});

describe('scope', () => {
  it('shows a commune officer the own commune, its five old communes and their ancestors', async () => {
    const xa = await s.t.login('xa.tanlac');
    expect(codes((await xa.get('/api/admin-units?date=2025-08-01')).json())).toEqual(['25']);
    expect(codes((await xa.get('/api/admin-units?date=2024-06-01')).json())).toEqual(['17']);
    expect((await xa.get('/api/admin-units/25?date=2025-08-01')).json().childCount).toBe(1);
    expect(codes((await xa.get('/api/admin-units?date=2025-08-01&parent=25')).json())).toEqual(['05128']);
    const old = (await xa.get('/api/admin-units?date=2025-06-01&parent=17&level=commune')).json();
    expect(codes(old).sort()).toEqual(['05128', '05164', '05167', '05170', '05173']);
    expect(codes((await xa.get('/api/admin-units?date=2025-06-01&parent=155')).json()).sort()).toEqual(['05128', '05164', '05167', '05170', '05173']);
    const pred = (await xa.get('/api/admin-units/05128/predecessors?date=2025-08-01')).json();
    expect(pred.items).toHaveLength(5);
  });

  it('answers 404 for a commune outside the area and keeps it out of lists and searches', async () => {
    const xa = await s.t.login('xa.tanlac');
    await xa.put('/api/auth/language', { language: 'en' });
    const res = await xa.get('/api/admin-units/04891?date=2025-06-01');
    await xa.put('/api/auth/language', { language: 'vi' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'unknown_unit', message: 'No administrative unit with code 04891 on 01/06/2025' });
    expect((await s.as('admin').get('/api/admin-units/04891?date=2025-06-01')).statusCode).toBe(200);
    for (const sub of ['path', 'successors', 'predecessors']) expect((await xa.get(`/api/admin-units/04891/${sub}?date=2025-06-01`)).statusCode).toBe(404);
    expect((await xa.get('/api/admin-units/04891/versions')).statusCode).toBe(404);
    expect(codes((await xa.get('/api/admin-units?date=2025-06-01&q=vay%20nua')).json())).toEqual([]);
    expect((await xa.get('/api/admin-units?date=2025-06-01&parent=150')).statusCode).toBe(404);
    expect(codes((await xa.get('/api/admin-units?date=2025-06-01&level=commune&pageSize=500')).json())).not.toContain('04891');
  });

  it('never names successors outside the area', async () => {
    const xa = await s.t.login('xa.tanlac');
    const all = (await s.as('admin').get('/api/admin-units/155/successors?date=2025-06-01')).json();
    expect(all.items.length).toBeGreaterThan(1);
    const mine = (await xa.get('/api/admin-units/155/successors?date=2025-06-01')).json();
    expect(linked(mine)).toEqual(['05128 partial derived']);
    const province = (await xa.get('/api/admin-units/25/predecessors?date=2025-08-01')).json();
    expect(linked(province)).toEqual(['17 full derived']);
  });

  it('lets the new province officer see the old Hòa Bình but not Hà Nội', async () => {
    const tinh = await s.t.login('tinh.phutho');
    expect(codes((await tinh.get('/api/admin-units?date=2024-06-01')).json()).sort()).toEqual(['17', '25', '26']);
    expect((await tinh.get('/api/admin-units?date=2024-06-01&parent=17')).json().total).toBe(10);
    expect((await tinh.get('/api/admin-units/01?date=2024-06-01')).statusCode).toBe(404);
    expect((await tinh.get('/api/admin-units?date=2024-06-01&parent=01')).statusCode).toBe(404);
    expect(codes((await tinh.get('/api/admin-units?date=2024-06-01&q=ha%20noi')).json())).toEqual([]);
  });
});

describe('bad input', () => {
  it('rejects impossible and out-of-range dates with translated messages', async () => {
    const bad = await s.as('admin').get('/api/admin-units?date=2025-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_date', message: 'Ngày không hợp lệ: 2025-02-30' });
    expect(bad.json().error.details[0]).toMatchObject({ field: 'date', code: 'invalid_date' });
    const viewer = await s.t.login('lanhdao');
    await viewer.put('/api/auth/language', { language: 'en' });
    const far = await viewer.get('/api/admin-units/17?date=1899-12-31');
    expect(far.statusCode).toBe(400);
    expect(far.json().error).toMatchObject({ code: 'date_out_of_range', message: 'Date out of range (1900-01-01 – 2100-12-31)' });
    expect((await s.as('admin').get('/api/admin-units?date=yesterday')).statusCode).toBe(400);
  });

  it('answers 404 for an unknown code or parent, naming the code and date', async () => {
    const res = await s.as('admin').get('/api/admin-units/99999?date=2025-08-01');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'unknown_unit', message: 'Không có đơn vị hành chính mã 99999 vào ngày 01/08/2025' });
    const parent = await s.as('admin').get('/api/admin-units?parent=155&date=2025-08-01');
    expect(parent.statusCode).toBe(404);
    expect(parent.json().error.details[0]).toMatchObject({ field: 'parent', value: '155' });
    expect((await s.as('admin').get('/api/admin-units/99999/versions')).json().error.code).toBe('unknown_unit_code');
  });

  it('rejects unknown fields, a wrong level and a malformed code', async () => {
    const unknown = await s.as('admin').get('/api/admin-units?zz=1');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'zz', message: 'Trường không được phép' });
    const level = await s.as('admin').get('/api/admin-units?level=village');
    expect(level.statusCode).toBe(400);
    expect(level.json().error.details[0].field).toBe('level');
    expect((await s.as('admin').get('/api/admin-units/abc')).statusCode).toBe(400);
    expect((await s.as('admin').get('/api/admin-units?pageSize=501')).statusCode).toBe(400);
  });
});
