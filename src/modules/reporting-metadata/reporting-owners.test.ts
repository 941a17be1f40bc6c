import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp, type Client } from '../../test/harness.js';

// Owners of shared reporting configuration: national items are the system administrators', a
// province's items its officers'; another province's items are invisible.
let hanoi: Client;
/** Communes valid today: two of Phú Thọ (25), two of Hà Nội (01). */
let pt: string[];
let hn: string[];

async function communesOf(province: string): Promise<string[]> {
  const today = new Date().toISOString().slice(0, 10);
  const { rows } = await sql<{ code: string }>`
    WITH RECURSIVE down AS (
      SELECT id, code, level FROM admin_unit WHERE code = ${province} AND level = 'province'
      UNION SELECT u.id, u.code, u.level FROM admin_unit u JOIN down d ON u.parent_id = d.id
        WHERE (u.valid_from IS NULL OR u.valid_from <= ${today}) AND (u.valid_to IS NULL OR u.valid_to >= ${today})
    ) SELECT code FROM down WHERE level = 'commune' ORDER BY code LIMIT 2`.execute(s.t.database.db);
  return rows.map((r) => r.code);
}

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const refusal = (res: { statusCode: number; json(): any }) => [res.statusCode, res.json().error?.code];
const codes = (list: { items: { code: string }[] }) => list.items.map((i) => i.code);

const element = (code: string, extra: object = {}) => ({ code, nameVi: `Chỉ tiêu ${code}`, valueType: 'integer', ...extra });
const form = (code: string, extra: object = {}) => ({
  code,
  nameVi: `Biểu ${code}`,
  periodType: 'yearly',
  sections: [{ code: 'A', nameVi: 'Phần A', dataElements: ['DS_HO_TONG'] }],
  ...extra,
});

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac');

beforeAll(async () => {
  const password = 'Ha-Noi-bao-cao-2025!';
  await ok(
    await s.as('admin').post('/api/users', { username: 'tinh.hanoi', password, fullName: 'Cán bộ Hà Nội', role: 'province_officer', scopeUnitCode: '01' }),
    201,
  );
  hanoi = await s.t.login('tinh.hanoi', password);
  pt = await communesOf('25');
  hn = await communesOf('01');
  expect(pt).toHaveLength(2);
  expect(hn).toHaveLength(2);
  // Hà Nội's own configuration.
  await ok(await hanoi.post('/api/reporting/data-elements', element('HN_DE')), 201);
  await ok(
    await hanoi.post('/api/reporting/data-sets', form('HN_FORM', { assignUnits: [hn[0]], sections: [{ code: 'A', nameVi: 'A', dataElements: ['HN_DE'] }] })),
    201,
  );
  await ok(await s.as('admin').put('/api/reporting/dhis2-mappings', { kind: 'data_element', code: 'HN_DE', dhis2: 'hnElement01' }));
  await ok(await hanoi.put('/api/reporting/dhis2-mappings', { kind: 'org_unit', code: '01', dhis2: 'hnOrgUnit01' }));
});
describe('national configuration', () => {
  it('keeps a province officer from taking a national form away from other provinces (assignWithin)', async () => {
    const national = await ok(await s.as('admin').get('/api/reporting/data-sets/TK_DAN_TOC_NAM'));
    const { id: _i, owner: _o, ownerName: _n, canEdit: _c, ...body } = national;
    const attack = await s.as('tinh.phutho').put('/api/reporting/data-sets/TK_DAN_TOC_NAM', { ...body, assignWithin: '25' });
    expect(refusal(attack)).toEqual([403, 'reporting_owner_national']);
    expect(attack.json().error.message).toContain('chỉ quản trị hệ thống');
    expect((await ok(await s.as('admin').get('/api/reporting/data-sets/TK_DAN_TOC_NAM'))).assignWithin).toBeNull();
    // Hà Nội's communes still report on it.
    await ok(await s.as('admin').get(`/api/data-entry/reports/TK_DAN_TOC_NAM/${hn[0]}/2025`));
  });

  it('refuses a province officer changing national forms, elements, rules and categories, and says so per item', async () => {
    const de = await ok(await s.as('tinh.phutho').get('/api/reporting/data-elements/NGHEO_HO'));
    expect(de).toMatchObject({ owner: null, ownerName: null, canEdit: false });
    expect((await ok(await s.as('admin').get('/api/reporting/data-elements/NGHEO_HO'))).canEdit).toBe(true);
    const { id: _i, owner: _o, ownerName: _n, canEdit: _c, ...input } = de;
    expect(refusal(await s.as('tinh.phutho').put('/api/reporting/data-elements/NGHEO_HO', { ...input, nameVi: 'Đổi tên' }))).toEqual([
      403,
      'reporting_owner_national',
    ]);
    expect(refusal(await s.as('tinh.phutho').post('/api/reporting/data-elements/NGHEO_HO/deactivate'))).toEqual([403, 'reporting_owner_national']);
    const rule = await ok(await s.as('tinh.phutho').get('/api/reporting/validation-rules/R_HO_THEO_DAN_TOC'));
    const { id: _r, owner: _ro, ownerName: _rn, canEdit: _rc, ...ruleInput } = rule;
    expect(refusal(await s.as('tinh.phutho').put('/api/reporting/validation-rules/R_HO_THEO_DAN_TOC', { ...ruleInput, importance: 'low' }))).toEqual([
      403,
      'reporting_owner_national',
    ]);
    const cat = await ok(await s.as('tinh.phutho').get('/api/reporting/categories/GIOI_TINH'));
    const res = await s.as('tinh.phutho').put('/api/reporting/categories/GIOI_TINH', { code: 'GIOI_TINH', nameVi: 'Giới', options: [] });
    expect(res.json().error.message).toBe('Mục GIOI_TINH là cấu hình dùng chung toàn quốc: chỉ quản trị hệ thống được thay đổi');
    expect((await ok(await s.as('admin').get('/api/reporting/categories/GIOI_TINH'))).options).toEqual(cat.options);
    expect((await ok(await s.as('admin').get('/api/reporting/data-elements/NGHEO_HO'))).nameVi).toBe('Số hộ nghèo');
    // Sending a national item back unchanged writes nothing and is not refused.
    await ok(await s.as('tinh.phutho').put('/api/reporting/data-elements/NGHEO_HO', input));
    // Nor can an officer create a national item.
    expect(refusal(await s.as('tinh.phutho').post('/api/reporting/data-elements', element('PT_QG', { owner: null })))).toEqual([
      403,
      'reporting_owner_national',
    ]);
  });

  it('lets the system administrator change everything, national and provincial', async () => {
    const de = await ok(await s.as('admin').get('/api/reporting/data-elements/HN_DE'));
    expect(de).toMatchObject({ owner: '01', canEdit: true });
    await ok(await s.as('admin').put('/api/reporting/data-elements/HN_DE', element('HN_DE', { nameVi: 'Sửa bởi quản trị' })));
    const all = await ok(await s.as('admin').get('/api/reporting/data-sets'));
    expect(codes(all)).toEqual(expect.arrayContaining(['HN_FORM', 'TK_DAN_TOC_NAM']));
    await ok(
      await s
        .as('admin')
        .put(
          '/api/reporting/data-sets/HN_FORM',
          form('HN_FORM', { assignUnits: [hn[0], pt[0]], sections: [{ code: 'A', nameVi: 'A', dataElements: ['HN_DE'] }] }),
        ),
    );
    // Giving an item to a province, then back to the nation.
    const given = await ok(await s.as('admin').post('/api/reporting/data-elements', element('QG_GIAO', { owner: '25' })), 201);
    expect(given).toMatchObject({ owner: '25', ownerName: expect.stringContaining('Phú Thọ') });
    expect((await ok(await s.as('tinh.phutho').get('/api/reporting/data-elements/QG_GIAO'))).canEdit).toBe(true);
    await ok(await s.as('admin').put('/api/reporting/data-elements/QG_GIAO', element('QG_GIAO', { owner: null })));
    expect((await ok(await s.as('tinh.phutho').get('/api/reporting/data-elements/QG_GIAO'))).canEdit).toBe(false);
  });
});

describe("a province's own configuration", () => {
  it("belongs to the creator's province, which changes it", async () => {
    const de = await ok(await s.as('tinh.phutho').post('/api/reporting/data-elements', element('PT_DE', { categoryCombo: 'GIOI_TINH' })), 201);
    expect(de).toMatchObject({ owner: '25', ownerName: expect.stringContaining('Phú Thọ'), canEdit: true });
    await ok(await s.as('tinh.phutho').put('/api/reporting/data-elements/PT_DE', element('PT_DE', { categoryCombo: 'GIOI_TINH', nameVi: 'Đã sửa' })));
    const set = await ok(
      await s.as('tinh.phutho').post(
        '/api/reporting/data-sets',
        form('PT_FORM', {
          assignLevel: 'commune',
          assignWithin: '25',
          assignUnits: [pt[0]],
          sections: [{ code: 'A', nameVi: 'A', dataElements: ['PT_DE', 'DS_HO_TONG'] }],
        }),
      ),
      201,
    );
    expect(set).toMatchObject({ owner: '25', canEdit: true, assignUnits: [pt[0]] });
    const rule = await ok(
      await s.as('tinh.phutho').post('/api/reporting/validation-rules', {
        code: 'R_PT',
        nameVi: 'Kiểm tra',
        left: '#{PT_DE}',
        operator: '<=',
        right: '#{DS_HO_TONG}',
        dataSets: ['PT_FORM'],
      }),
      201,
    );
    expect(rule).toMatchObject({ owner: '25', canEdit: true });
    await ok(await s.as('tinh.phutho').post('/api/reporting/data-elements/PT_DE/deactivate'));
    // A Hà Nội officer does not see it, and cannot change it.
    expect((await hanoi.get('/api/reporting/data-elements/PT_DE')).statusCode).toBe(404);
    expect((await hanoi.put('/api/reporting/data-elements/PT_DE', element('PT_DE'))).json().error.details[0].code).toBe('reporting_unknown_code');
  });

  it('assigns its forms only to units in the province and never touches assignments outside it', async () => {
    // The administrator assigned HN_FORM (Hà Nội's) to a Phú Thọ commune too; Hà Nội's officer edits it.
    const mixed = await ok(await hanoi.get('/api/reporting/data-sets/HN_FORM'));
    expect(mixed.assignUnits).toEqual([hn[0], pt[0]].sort());
    const edited = await ok(
      await hanoi.put(
        '/api/reporting/data-sets/HN_FORM',
        form('HN_FORM', { assignUnits: [hn[1]], sections: [{ code: 'A', nameVi: 'A', dataElements: ['HN_DE'] }] }),
      ),
    );
    expect(edited.assignUnits).toEqual([hn[1], pt[0]].sort());
    const outside = await s.as('tinh.phutho').put(
      '/api/reporting/data-sets/PT_FORM',
      form('PT_FORM', {
        assignLevel: 'commune',
        assignWithin: '25',
        assignUnits: [pt[0], hn[0]],
        sections: [{ code: 'A', nameVi: 'A', dataElements: ['PT_DE', 'DS_HO_TONG'] }],
      }),
    );
    expect(refusal(outside)).toEqual([403, 'reporting_unit_out_of_reach']);
    for (const level of [
      { assignLevel: 'commune', assignWithin: '01' },
      { assignLevel: 'commune', assignWithin: null },
    ]) {
      const res = await s
        .as('tinh.phutho')
        .put('/api/reporting/data-sets/PT_FORM', form('PT_FORM', { ...level, sections: [{ code: 'A', nameVi: 'A', dataElements: ['PT_DE', 'DS_HO_TONG'] }] }));
      expect(refusal(res)).toEqual([403, 'reporting_assign_outside']);
    }
    expect((await ok(await s.as('admin').get('/api/reporting/data-sets/PT_FORM'))).assignUnits).toEqual([pt[0]]);
  });
});

describe("another province's configuration", () => {
  it('is invisible to a province officer in lists, lookups, references and the export', async () => {
    for (const path of ['data-elements', 'data-sets']) {
      const list = await ok(await s.as('tinh.phutho').get(`/api/reporting/${path}?pageSize=500`));
      expect(codes(list).filter((c) => c.startsWith('HN_'))).toEqual([]);
    }
    expect((await s.as('tinh.phutho').get('/api/reporting/data-sets/HN_FORM')).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').post('/api/reporting/data-sets/HN_FORM/deactivate')).statusCode).toBe(404);
    // Changing it answers like a code that does not exist.
    const hidden = await s.as('tinh.phutho').put('/api/reporting/data-elements/HN_DE', element('HN_DE'));
    const missing = await s.as('tinh.phutho').put('/api/reporting/data-elements/KHONG_CO', element('KHONG_CO'));
    expect([hidden.statusCode, hidden.json().error.details[0].code]).toEqual([missing.statusCode, missing.json().error.details[0].code]);
    // Its code is taken, and the answer says no more than for a visible item.
    const taken = await s.as('tinh.phutho').post('/api/reporting/data-elements', element('HN_DE'));
    const visibleTaken = await s.as('tinh.phutho').post('/api/reporting/data-elements', element('NGHEO_HO'));
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'reporting_code_exists']);
    expect(taken.json().error.message).toBe(visibleTaken.json().error.message.replace('NGHEO_HO', 'HN_DE'));
    expect(taken.body).not.toMatch(/Hà Nội|HN_FORM|Chỉ tiêu HN_DE/);
    // It cannot be used on a form or in a rule.
    const useIt = await s
      .as('tinh.phutho')
      .post('/api/reporting/data-sets', form('PT_DUNG_HN', { sections: [{ code: 'A', nameVi: 'A', dataElements: ['HN_DE'] }] }));
    expect(useIt.json().error.details[0]).toMatchObject({ field: 'sections.0.dataElements.0', code: 'reporting_unknown_code' });
    const inRule = await s
      .as('tinh.phutho')
      .post('/api/reporting/validation-rules', { code: 'R_HN', nameVi: 'x', left: '#{HN_DE}', operator: '>=', right: '0' });
    expect(inRule.json().error.details[0].code).toBe('reporting_unknown_operand');
    const doc = await ok(await s.as('tinh.phutho').get('/api/reporting/metadata'));
    expect(JSON.stringify(doc)).not.toMatch(/HN_|hnElement01|hnOrgUnit01/);
    expect(doc.dataElements.find((d: any) => d.code === 'PT_DE')).toMatchObject({ owner: '25' });
    // A commune of Phú Thọ sees its province's items; Hà Nội's officer sees the national ones.
    expect((await ok(await s.as('xa.tanlac').get('/api/reporting/data-sets/PT_FORM'))).canEdit).toBe(false);
    expect((await ok(await hanoi.get('/api/reporting/data-sets/TK_DAN_TOC_NAM'))).canEdit).toBe(false);
  });

  it("answers for another province's form in data entry, completeness and Excel as for an unknown form", async () => {
    const same = async (path: (code: string) => string) => {
      const hidden = await s.as('tinh.phutho').get(path('HN_FORM'));
      const missing = await s.as('tinh.phutho').get(path('KHONG_CO_BIEU'));
      expect(hidden.statusCode).toBe(404);
      expect([hidden.statusCode, hidden.body.replaceAll('HN_FORM', 'X')]).toEqual([missing.statusCode, missing.body.replaceAll('KHONG_CO_BIEU', 'X')]);
    };
    await same((c) => `/api/data-entry/reports/${c}/${pt[0]}/2025`);
    await same((c) => `/api/data-entry/completeness?dataSet=${c}&period=2025`);
    await same((c) => `/api/reporting/excel/template?dataSet=${c}&period=2025&units=${pt[0]}`);
    // Its own province still reaches it (assigned to hn[1] by the test above).
    await ok(await hanoi.get(`/api/data-entry/reports/HN_FORM/${hn[1]}/2025`));
  });

  it('keeps DHIS2 mappings of another province out of reach', async () => {
    const list = await ok(await s.as('tinh.phutho').get('/api/reporting/dhis2-mappings'));
    expect(list.items.map((m: any) => m.code)).not.toContain('HN_DE');
    expect(list.items.map((m: any) => m.code)).not.toContain('01');
    const item = await s.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'data_element', code: 'HN_DE', dhis2: 'ptTakesOver' });
    expect([item.statusCode, item.json().error.details[0].code]).toEqual([400, 'reporting_unknown_code']);
    const unit = await s.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'org_unit', code: '01', dhis2: 'ptTakesOver' });
    expect(refusal(unit)).toEqual([403, 'reporting_unit_out_of_reach']);
    expect((await s.as('tinh.phutho').delete('/api/reporting/dhis2-mappings/data_element/HN_DE')).statusCode).toBe(404);
    const national = await s.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'data_element', code: 'NGHEO_HO', dhis2: 'ptTakesOver' });
    expect(refusal(national)).toEqual([403, 'reporting_owner_national']);
    // Its own part it maps.
    const own = await ok(await s.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'org_unit', code: '25', dhis2: 'ptOrgUnit25' }));
    expect(own.canEdit).toBe(true);
    await ok(await s.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'data_element', code: 'PT_DE', dhis2: 'ptElement01' }));
    const after = await ok(await s.as('admin').get('/api/reporting/dhis2-mappings'));
    const byCode = Object.fromEntries(after.items.map((m: any) => [`${m.kind}:${m.code}`, m.dhis2]));
    expect(byCode).toMatchObject({ 'data_element:HN_DE': 'hnElement01', 'org_unit:01': 'hnOrgUnit01', 'org_unit:25': 'ptOrgUnit25' });
    expect(byCode['data_element:NGHEO_HO']).toBeUndefined();
  });
});

describe('imports', () => {
  it("cannot overwrite national items or another province's, and the dry run lists each refusal", async () => {
    const doc = {
      dataElements: [
        element('NGHEO_HO', { nameVi: 'Ghi đè', unit: 'hộ', categoryCombo: 'DAN_TOC' }),
        element('HN_DE', { nameVi: 'Ghi đè' }),
        element('PT_MOI'),
        element('PT_QG_MOI', { owner: null }),
      ],
      dhis2Mappings: [{ kind: 'org_unit', code: hn[0], dhis2: 'x1' }],
    };
    const dry = await s.as('tinh.phutho').post('/api/reporting/metadata?dryRun=true', doc);
    expect(dry.statusCode).toBe(400);
    expect(dry.json().error.details.map((d: any) => [d.field, d.code])).toEqual([
      ['dataElements.0.code', 'reporting_owner_national'],
      ['dataElements.1.code', 'reporting_code_exists'],
      ['dataElements.3.owner', 'reporting_owner_national'],
      ['dhis2Mappings.0.code', 'reporting_unit_out_of_reach'],
    ]);
    expect((await s.as('tinh.phutho').post('/api/reporting/metadata', doc)).statusCode).toBe(400);
    expect((await ok(await s.as('admin').get('/api/reporting/data-elements/NGHEO_HO'))).nameVi).toBe('Số hộ nghèo');
    expect((await ok(await s.as('admin').get('/api/reporting/data-elements/HN_DE'))).nameVi).toBe('Sửa bởi quản trị');
    expect((await s.as('admin').get('/api/reporting/data-elements/PT_MOI')).statusCode).toBe(404);
    // The province's own part goes in, owned by the province.
    const own = await ok(await s.as('tinh.phutho').post('/api/reporting/metadata', { dataElements: [element('PT_MOI')] }));
    expect(own.counts.dataElements).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await ok(await s.as('admin').get('/api/reporting/data-elements/PT_MOI'))).owner).toBe('25');
    // The export of everything it sees goes back in unchanged.
    const all = await ok(await s.as('tinh.phutho').get('/api/reporting/metadata'));
    const again = await ok(await s.as('tinh.phutho').post('/api/reporting/metadata', all));
    for (const kind of Object.keys(again.counts)) expect(again.counts[kind], kind).toMatchObject({ created: 0, updated: 0 });
  });

  it('applies the same rules to DHIS2 metadata', async () => {
    const dhis2 = {
      dataElements: [
        { id: 'deUid000001', code: 'NGHEO_HO', name: 'Ghi đè', valueType: 'INTEGER' },
        { id: 'deUid000002', code: 'PT_DHIS2', name: 'Mới', valueType: 'INTEGER' },
      ],
    };
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata?dryRun=true', dhis2);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: any) => [d.field, d.code])).toEqual([
      ['dataElements.0.code', 'reporting_owner_national'],
      ['dhis2Mappings.0.code', 'reporting_owner_national'],
    ]);
    const adminRun = await ok(await s.as('admin').post('/api/dhis2/metadata?dryRun=true', dhis2));
    expect(adminRun.counts.dataElements).toMatchObject({ created: 1, updated: 1 });
  });
});
