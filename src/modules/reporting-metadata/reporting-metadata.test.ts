import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedReporting } from './reporting.seed.js';
import { countRows, createTestApp, useTestApp } from '../../test/harness.js';

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');

const audits = (entity: string, entityId: string) =>
  s.t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id').execute();

async function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

describe('starter content', () => {
  it('ships the yearly ethnic-affairs form and the quarterly programme form', async () => {
    const sets = await ok(await s.as('lanhdao').get('/api/reporting/data-sets'));
    expect(sets.items.map((s: any) => s.code)).toEqual(['TD_CHUONG_TRINH_QUY', 'TK_DAN_TOC_NAM']);
    const yearly = await ok(await s.as('lanhdao').get('/api/reporting/data-sets/TK_DAN_TOC_NAM'));
    expect(yearly).toMatchObject({ periodType: 'yearly', cutoff: 'calendar', assignLevel: 'commune', approvalRole: 'province_officer' });
    expect(yearly.sections.map((s: any) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(yearly.sections[1].dataElements).toEqual(['NGHEO_HO', 'CAN_NGHEO_HO']);
    const quarterly = await ok(await s.as('lanhdao').get('/api/reporting/data-sets/TD_CHUONG_TRINH_QUY'));
    expect(quarterly).toMatchObject({ periodType: 'quarterly', cutoff: 'nd09', deadlineDays: 5 });
    const poor = await ok(await s.as('lanhdao').get('/api/reporting/data-elements/NGHEO_HO'));
    expect(poor).toMatchObject({ nameVi: 'Số hộ nghèo', nameEn: 'Poor households', valueType: 'integer', categoryCombo: 'DAN_TOC' });
  });
  it('has an ethnic-group category of the 55 groups and generated combinations', async () => {
    const cat = await ok(await s.as('lanhdao').get('/api/reporting/categories/DAN_TOC'));
    expect(cat.options).toHaveLength(55);
    expect(cat.options[2]).toMatchObject({ code: 'DT03', nameVi: 'Thái' });
    const combo = await ok(await s.as('lanhdao').get('/api/reporting/category-combos/DAN_TOC_GIOI_TINH'));
    expect(combo.optionCombos).toHaveLength(110);
    expect(combo.optionCombos[0]).toMatchObject({ code: 'DT01_NAM', nameVi: 'Kinh, Nam', nameEn: 'Kinh, Male' });
    const rules = await ok(await s.as('lanhdao').get('/api/reporting/validation-rules?pageSize=500'));
    expect(rules.items.find((r: any) => r.code === 'R_HO_THEO_DAN_TOC')).toMatchObject({
      left: '#{DS_HO}',
      operator: '==',
      right: '#{DS_HO_TONG}',
      dataSets: ['TK_DAN_TOC_NAM'],
    });
    expect(rules.total).toBe(11);
  });
});

describe('first start', () => {
  it('loads the starter forms only into a database without forms', async () => {
    expect(await seedReporting(s.t.database.db)).toBe(false);
    const imports = await s.t.database.db
      .selectFrom('audit_log')
      .select(['username', 'entity_id'])
      .where('entity', '=', 'reporting_data_set')
      .where('action', '=', 'import')
      .execute();
    expect(imports.map((r) => [r.username, r.entity_id]).sort()).toEqual([
      ['system', 'TD_CHUONG_TRINH_QUY'],
      ['system', 'TK_DAN_TOC_NAM'],
    ]);
  });
});

describe('writes', () => {
  it('refuses commune officers, viewers and anonymous users', async () => {
    const body = { code: 'X1', nameVi: 'Thử', valueType: 'integer' };
    expect((await s.as('xa.tanlac').post('/api/reporting/data-elements', body)).statusCode).toBe(403);
    expect((await s.as('lanhdao').post('/api/reporting/data-elements', body)).statusCode).toBe(403);
    expect((await s.as('lanhdao').post('/api/reporting/metadata', {})).statusCode).toBe(403);
    expect((await s.t.anonymous().get('/api/reporting/data-elements')).statusCode).toBe(401);
    expect(await s.t.database.db.selectFrom('data_element').select('id').where('code', '=', 'X1').executeTakeFirst()).toBeUndefined();
  });

  it('creates a category and a combination, keeps combinations stable when options are added', async () => {
    const cat = await ok(
      await s.as('tinh.phutho').post('/api/reporting/categories', {
        code: 'LOAI_HO',
        nameVi: 'Loại hộ',
        nameEn: 'Household type',
        options: [
          { code: 'A', nameVi: 'Loại A' },
          { code: 'B', nameVi: 'Loại B' },
        ],
      }),
      201,
    );
    expect(cat.options.map((o: any) => [o.code, o.sortOrder])).toEqual([
      ['A', 10],
      ['B', 20],
    ]);
    const combo = await ok(
      await s.as('tinh.phutho').post('/api/reporting/category-combos', { code: 'LH_GT', nameVi: 'Loại hộ × giới', categories: ['LOAI_HO', 'GIOI_TINH'] }),
      201,
    );
    expect(combo.optionCombos.map((c: any) => c.code)).toEqual(['A_NAM', 'A_NU', 'B_NAM', 'B_NU']);
    const before = new Map(combo.optionCombos.map((c: any) => [c.code, c.id]));
    const updated = await ok(
      await s.as('tinh.phutho').put('/api/reporting/categories/LOAI_HO', {
        code: 'LOAI_HO',
        nameVi: 'Loại hộ',
        nameEn: 'Household type',
        options: [
          { code: 'C', nameVi: 'Loại C', sortOrder: 5 },
          { code: 'A', nameVi: 'Loại A' },
          { code: 'B', nameVi: 'Loại B' },
        ],
      }),
    );
    expect(updated.options.map((o: any) => o.code)).toEqual(['C', 'A', 'B']);
    const after = await ok(await s.as('lanhdao').get('/api/reporting/category-combos/LH_GT'));
    expect(after.optionCombos).toHaveLength(6);
    for (const [code, id] of before) expect(after.optionCombos.find((c: any) => c.code === code).id).toBe(id);
    expect(after.optionCombos.slice(4).map((c: any) => c.code)).toEqual(['C_NAM', 'C_NU']);
    // Leaving an option out deactivates it and its combinations; nothing is deleted.
    await ok(
      await s.as('tinh.phutho').put('/api/reporting/categories/LOAI_HO', {
        code: 'LOAI_HO',
        nameVi: 'Loại hộ',
        options: [
          { code: 'A', nameVi: 'Loại A' },
          { code: 'C', nameVi: 'Loại C' },
        ],
      }),
    );
    const later = await ok(await s.as('lanhdao').get('/api/reporting/category-combos/LH_GT'));
    expect(later.optionCombos.filter((c: any) => !c.active).map((c: any) => c.code)).toEqual(['B_NAM', 'B_NU']);
    const rows = await audits('reporting_category', 'LOAI_HO');
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
    expect((rows[0].after as any).options).toHaveLength(2);
    // The categories of a combination are fixed.
    const res = await s.as('tinh.phutho').put('/api/reporting/category-combos/LH_GT', { code: 'LH_GT', nameVi: 'x', categories: ['LOAI_HO'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'categories', code: 'reporting_combo_fixed' });
  });

  it('creates, updates and deactivates a data element, with audit rows', async () => {
    const de = await ok(
      await s.as('tinh.phutho').post('/api/reporting/data-elements', {
        code: 'HO_LOAI',
        nameVi: 'Hộ theo loại',
        valueType: 'integer',
        unit: 'hộ',
        categoryCombo: 'LH_GT',
        minValue: 0,
      }),
      201,
    );
    expect(de).toMatchObject({ code: 'HO_LOAI', aggregation: 'sum', categoryCombo: 'LH_GT', minValue: 0, maxValue: null, active: true });
    const dup = await s.as('tinh.phutho').post('/api/reporting/data-elements', { code: 'HO_LOAI', nameVi: 'Lặp', valueType: 'integer' });
    expect(dup.statusCode).toBe(409);
    const badCombo = await s
      .as('tinh.phutho')
      .post('/api/reporting/data-elements', { code: 'HO_X', nameVi: 'X', valueType: 'integer', categoryCombo: 'KHONG_CO' });
    expect(badCombo.statusCode).toBe(400);
    expect(badCombo.json().error.details[0]).toMatchObject({
      field: 'categoryCombo',
      code: 'reporting_unknown_code',
      message: 'Không có mục nào mang mã KHONG_CO',
    });
    const badRange = await s
      .as('tinh.phutho')
      .post('/api/reporting/data-elements', { code: 'HO_Y', nameVi: 'Y', valueType: 'number', minValue: 5, maxValue: 1 });
    expect(badRange.json().error.details[0].code).toBe('reporting_min_above_max');
    const upd = await ok(
      await s.as('tinh.phutho').put('/api/reporting/data-elements/HO_LOAI', {
        code: 'HO_LOAI',
        nameVi: 'Số hộ theo loại',
        valueType: 'integer',
        categoryCombo: 'LH_GT',
        maxValue: 100000,
      }),
    );
    expect(upd).toMatchObject({ nameVi: 'Số hộ theo loại', maxValue: 100000, minValue: null });
    const off = await ok(await s.as('tinh.phutho').post('/api/reporting/data-elements/HO_LOAI/deactivate'));
    expect(off.active).toBe(false);
    const row = await s.t.database.db.selectFrom('data_element').selectAll().where('code', '=', 'HO_LOAI').executeTakeFirstOrThrow();
    expect([row.name_vi, row.active, Number(row.max_value)]).toEqual(['Số hộ theo loại', false, 100000]);
    const rows = await audits('reporting_data_element', 'HO_LOAI');
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'deactivate']);
    const inactive = await ok(await s.as('lanhdao').get('/api/reporting/data-elements?active=false'));
    expect(inactive.items.map((d: any) => d.code)).toEqual(['HO_LOAI']);
    const found = await ok(await s.as('lanhdao').get('/api/reporting/data-elements?q=ngheo&active=true'));
    expect(found.items.map((d: any) => d.code)).toEqual(['CAN_NGHEO_HO', 'NGHEO_HO']);
    const paged = await ok(await s.as('lanhdao').get('/api/reporting/data-elements?page=2&pageSize=5'));
    expect([paged.items.length, paged.total, paged.page]).toEqual([5, 25, 2]);
    expect([(rows[2].before as any).active, (rows[2].after as any).active]).toEqual([true, false]);
    expect(rows[0].username).toBe('tinh.phutho');
    // Once values are stored, the type and the breakdown stay.
    const unit = await s.t.database.db.selectFrom('admin_unit').select('id').where('code', '=', '05128').executeTakeFirstOrThrow();
    const coc = await s.t.database.db.selectFrom('category_option_combo').select('id').where('code', '=', 'A_NAM').executeTakeFirstOrThrow();
    await sql`INSERT INTO data_value (data_element_id, category_option_combo_id, unit_id, period_id, value) VALUES (${row.id}, ${coc.id}, ${unit.id}, '2025', '5')`.execute(
      s.t.database.db,
    );
    const reshape = await s.as('tinh.phutho').put('/api/reporting/data-elements/HO_LOAI', {
      code: 'HO_LOAI',
      nameVi: 'Số hộ theo loại',
      valueType: 'integer',
      categoryCombo: 'GIOI_TINH',
      maxValue: 100000,
      active: false,
    });
    expect(reshape.statusCode).toBe(409);
    expect(reshape.json().error).toMatchObject({ code: 'reporting_element_in_use', details: [{ field: 'categoryCombo' }] });
    const retype = await s.as('tinh.phutho').put('/api/reporting/data-elements/HO_LOAI', {
      code: 'HO_LOAI',
      nameVi: 'Số hộ theo loại',
      valueType: 'text',
      categoryCombo: 'LH_GT',
      maxValue: 100000,
      active: false,
    });
    expect(retype.json().error.details[0].field).toBe('valueType');
    // Saving the same thing again writes no audit row.
    await ok(
      await s.as('tinh.phutho').put('/api/reporting/data-elements/HO_LOAI', {
        code: 'HO_LOAI',
        nameVi: 'Số hộ theo loại',
        valueType: 'integer',
        categoryCombo: 'LH_GT',
        maxValue: 100000,
        active: false,
      }),
    );
    expect(await audits('reporting_data_element', 'HO_LOAI')).toHaveLength(3);
  });

  it('checks rule expressions when a rule is saved', async () => {
    const base = { code: 'R_T', nameVi: 'Thử', operator: '<=', right: '#{DS_HO}', dataSets: ['TK_DAN_TOC_NAM'] };
    const unknown = await s.as('tinh.phutho').post('/api/reporting/validation-rules', { ...base, left: '#{NGHEO_HO} + #{KHONG_CO}' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({
      field: 'left',
      code: 'reporting_unknown_operand',
      message: 'Biểu thức dùng mã không có: KHONG_CO',
    });
    const badSub = await s.as('tinh.phutho').post('/api/reporting/validation-rules', { ...base, left: '#{NGHEO_HO.NAM}' });
    expect(badSub.json().error.details[0]).toMatchObject({ field: 'left', code: 'reporting_unknown_operand' });
    expect(badSub.json().error.details[0].message).toContain('NGHEO_HO.NAM');
    const syntax = await s.as('tinh.phutho').post('/api/reporting/validation-rules', { ...base, left: '#{NGHEO_HO} +' }, { 'accept-language': 'en' });
    expect(syntax.json().error.details[0]).toMatchObject({ field: 'left', code: 'reporting_bad_expression' });
    const badSet = await s.as('tinh.phutho').post('/api/reporting/validation-rules', { ...base, left: '1', dataSets: ['NOPE'] });
    expect(badSet.json().error.details[0]).toMatchObject({ field: 'dataSets.0', code: 'reporting_unknown_code' });
    expect(await s.t.database.db.selectFrom('validation_rule').select('id').where('code', '=', 'R_T').executeTakeFirst()).toBeUndefined();
    const left = '#{NGHEO_HO.DT03} + #{DS_NHAN_KHAU.NU} * 0 + (#{DS_NHAN_KHAU.DT01_NAM} - #{DS_NHAN_KHAU.DT01_NAM})';
    // Attaching a rule to the national form changes that form everywhere: system administrators only.
    const national = await s.as('tinh.phutho').post('/api/reporting/validation-rules', { ...base, left });
    expect([national.statusCode, national.json().error.details[0]]).toMatchObject([403, { field: 'dataSets.0', code: 'reporting_owner_national' }]);
    const good = await ok(await s.as('admin').post('/api/reporting/validation-rules', { ...base, left }), 201);
    expect(good).toMatchObject({ importance: 'medium', dataSets: ['TK_DAN_TOC_NAM'] });
  });

  it('creates a form with sections and assigned units, and refuses unknown units and elements', async () => {
    const body = {
      code: 'BM_THU',
      nameVi: 'Biểu mẫu thử',
      periodType: 'monthly',
      cutoff: 'nd09',
      assignLevel: 'commune',
      assignWithin: '25',
      assignUnits: ['05128'],
      sections: [{ code: 'S1', nameVi: 'Phần 1', dataElements: ['DS_HO_TONG', 'HO_LOAI'] }],
    };
    const set = await ok(await s.as('tinh.phutho').post('/api/reporting/data-sets', body), 201);
    expect(set).toMatchObject({
      deadlineDays: 10,
      approvalRole: 'province_officer',
      assignUnits: ['05128'],
      sections: [{ code: 'S1', dataElements: ['DS_HO_TONG', 'HO_LOAI'] }],
    });
    const badUnit = await s.as('tinh.phutho').put('/api/reporting/data-sets/BM_THU', { ...body, assignUnits: ['99999'] });
    expect(badUnit.json().error.details[0]).toMatchObject({ field: 'assignUnits', code: 'reporting_unknown_unit' });
    const twice = await s.as('tinh.phutho').put('/api/reporting/data-sets/BM_THU', {
      ...body,
      sections: [{ code: 'S1', nameVi: 'P', dataElements: ['DS_HO_TONG', 'DS_HO_TONG'] }],
    });
    expect(twice.json().error.details[0]).toMatchObject({ field: 'sections.0.dataElements.1', code: 'reporting_duplicate_code' });
    const mismatch = await s.as('tinh.phutho').put('/api/reporting/data-sets/BM_THU', { ...body, code: 'KHAC' });
    expect(mismatch.json().error.details[0].code).toBe('reporting_code_mismatch');
    const still = await ok(await s.as('lanhdao').get('/api/reporting/data-sets/BM_THU'));
    expect(still.assignUnits).toEqual(['05128']);
  });

  it('maps codes to DHIS2 ids', async () => {
    // The starter elements are national: their mappings are the system administrators' to set.
    await ok(await s.as('admin').put('/api/reporting/dhis2-mappings', { kind: 'data_element', code: 'NGHEO_HO', dhis2: 'aBcDeF12345' }));
    await ok(
      await s.as('admin').put('/api/reporting/dhis2-mappings', { kind: 'category_option_combo', code: 'DAN_TOC_GIOI_TINH.DT01_NU', dhis2: 'cocUid00001' }),
    );
    const bad = await s.as('admin').put('/api/reporting/dhis2-mappings', { kind: 'category_option', code: 'GIOI_TINH.KHAC', dhis2: 'x' });
    expect(bad.statusCode).toBe(400);
    const list = await ok(await s.as('lanhdao').get('/api/reporting/dhis2-mappings'));
    expect(list.items.map((m: any) => [m.kind, m.code, m.dhis2])).toEqual([
      ['category_option_combo', 'DAN_TOC_GIOI_TINH.DT01_NU', 'cocUid00001'],
      ['data_element', 'NGHEO_HO', 'aBcDeF12345'],
    ]);
    const gone = await s.as('admin').delete('/api/reporting/dhis2-mappings/category_option_combo/DAN_TOC_GIOI_TINH.DT01_NU');
    expect(gone.statusCode).toBe(204);
    expect((await s.as('admin').delete('/api/reporting/dhis2-mappings/category_option_combo/DAN_TOC_GIOI_TINH.DT01_NU')).statusCode).toBe(404);
    expect((await audits('reporting_dhis2_mapping', 'category_option_combo:DAN_TOC_GIOI_TINH.DT01_NU')).map((r) => r.action)).toEqual(['create', 'delete']);
    expect((await ok(await s.as('lanhdao').get('/api/reporting/dhis2-mappings'))).items).toHaveLength(1);
  });
});

describe('periods', () => {
  it('describes a period and lists periods', async () => {
    expect(await ok(await s.as('lanhdao').get('/api/reporting/periods/2025Q1?cutoff=nd09'))).toEqual({
      id: '2025Q1',
      type: 'quarterly',
      start: '2024-12-15',
      end: '2025-03-14',
      nameVi: 'Quý I/2025',
      nameEn: 'Q1 2025',
      dhis2: '2025Q1',
    });
    expect((await s.as('lanhdao').get('/api/reporting/periods/2025M13')).statusCode).toBe(400);
    const list = await ok(await s.as('lanhdao').get('/api/reporting/periods?type=six_monthly&from=2025-01-01&to=2025-12-31'));
    expect(list.items.map((p: any) => p.nameVi)).toEqual(['6 tháng đầu năm 2025', '6 tháng cuối năm 2025']);
  });
});

describe('metadata document', () => {
  it('exports everything and imports it back unchanged', async () => {
    const doc = await ok(await s.as('lanhdao').get('/api/reporting/metadata'));
    expect(doc.dataSets.map((s: any) => s.code)).toContain('BM_THU');
    expect(doc.categoryCombos.find((c: any) => c.code === 'none')).toBeUndefined();
    const again = await ok(await s.as('tinh.phutho').post('/api/reporting/metadata?dryRun=false', doc));
    for (const kind of Object.keys(again.counts)) expect(again.counts[kind], kind).toMatchObject({ created: 0, updated: 0 });
    expect(again.counts.dataElements.unchanged).toBe(doc.dataElements.length);
    const auditCount = await countRows(s.t.database.db, 'audit_log', { action: 'import' });
    const second = await ok(await s.as('tinh.phutho').post('/api/reporting/metadata', doc));
    expect(second.counts.validationRules).toMatchObject({ created: 0, updated: 0 });
    const auditAfter = await countRows(s.t.database.db, 'audit_log', { action: 'import' });
    expect(auditAfter).toBe(auditCount);
  });

  // Changes a national element, so as the system administrator (a province officer is refused: reporting-owners.test.ts).
  it('dry-runs changes and writes nothing when an item is bad', async () => {
    const doc = {
      dataElements: [
        { code: 'MOI_1', nameVi: 'Mới 1', valueType: 'integer' },
        {
          code: 'NGHEO_HO',
          nameVi: 'Số hộ nghèo (sửa)',
          nameEn: 'Poor households',
          valueType: 'integer',
          unit: 'hộ',
          categoryCombo: 'DAN_TOC',
          minValue: 0,
          shortName: 'Hộ nghèo',
          description: 'Theo chuẩn nghèo đa chiều hiện hành.',
        },
      ],
    };
    const dry = await ok(await s.as('admin').post('/api/reporting/metadata?dryRun=true', doc));
    expect(dry).toMatchObject({ dryRun: true, counts: { dataElements: { created: 1, updated: 1, unchanged: 0 } } });
    expect(await s.t.database.db.selectFrom('data_element').select('id').where('code', '=', 'MOI_1').executeTakeFirst()).toBeUndefined();
    const bad = await s.as('admin').post('/api/reporting/metadata', {
      ...doc,
      validationRules: [{ code: 'R_MOI', nameVi: 'Mới', left: '#{MOI_1}', operator: '<=', right: '#{KHONG_CO}' }],
      dataSets: [{ code: 'BM_MOI', nameVi: 'Mới', periodType: 'weekly' }],
    });
    expect(bad.statusCode).toBe(400);
    const bad2 = await s.as('admin').post('/api/reporting/metadata', {
      ...doc,
      validationRules: [{ code: 'R_MOI', nameVi: 'Mới', left: '#{MOI_1}', operator: '<=', right: '#{KHONG_CO}' }],
    });
    expect(bad2.statusCode).toBe(400);
    expect(bad2.json().error).toMatchObject({
      code: 'reporting_import_failed',
      details: [{ field: 'validationRules.0.right', code: 'reporting_unknown_operand', value: 'R_MOI' }],
    });
    expect(await s.t.database.db.selectFrom('data_element').select('id').where('code', '=', 'MOI_1').executeTakeFirst()).toBeUndefined();
    expect((await ok(await s.as('lanhdao').get('/api/reporting/data-elements/NGHEO_HO'))).nameVi).toBe('Số hộ nghèo');
    const real = await ok(await s.as('admin').post('/api/reporting/metadata?dryRun=false', doc));
    expect(real.counts.dataElements).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect((await ok(await s.as('lanhdao').get('/api/reporting/data-elements/NGHEO_HO'))).nameVi).toBe('Số hộ nghèo (sửa)');
  });
});

describe('export into a fresh database', () => {
  it('gives the same metadata', async () => {
    const doc = await ok(await s.as('admin').get('/api/reporting/metadata'));
    const fresh = await createTestApp();
    try {
      const freshAdmin = await fresh.login('admin');
      const first = await ok(await freshAdmin.post('/api/reporting/metadata', doc));
      expect(first.counts.categories.created + first.counts.categories.updated).toBeGreaterThan(0);
      const back = await ok(await freshAdmin.get('/api/reporting/metadata'));
      const strip = (d: any) => ({ ...d, exportedAt: undefined });
      expect(strip(back)).toEqual(strip(doc));
      // Generated combinations come out with the same codes.
      const a = doc.categoryCombos
        .find((c: any) => c.code === 'LH_GT')
        .optionCombos.map((c: any) => c.code)
        .sort();
      expect(
        back.categoryCombos
          .find((c: any) => c.code === 'LH_GT')
          .optionCombos.map((c: any) => c.code)
          .sort(),
      ).toEqual(a);
    } finally {
      await fresh.close();
    }
  });
});

describe('OpenAPI', () => {
  it('describes the reporting endpoints', async () => {
    const res = await s.t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toContain('/api/reporting/data-sets/{code}');
    expect(paths).toContain('/api/reporting/metadata');
  });
});
