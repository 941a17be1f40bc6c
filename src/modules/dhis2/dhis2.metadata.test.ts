import { describe, expect, it } from 'vitest';
import { summaries } from './dhis2.fixtures.js';
import { useTestApp } from '../../test/harness.js';

const app = useTestApp('xa.tanlac', 'tinh.phutho');
/** Clients answering the bare import summary; the envelope and status codes are tested in dhis2.fidelity.test.ts. */
const s = {
  as: summaries(app).as,
  get t() {
    return app.t;
  },
};

/** A small DHIS2 metadata export: a sex breakdown, two data elements, a monthly data set, two org units. */
const META = {
  system: { id: 'x', version: '2.40' },
  indicators: [],
  categoryOptions: [
    { id: 'coMale00001', code: 'M', name: 'Male' },
    { id: 'coFemale001', code: 'F', name: 'Female' },
    { id: 'xYerKDKCefk', name: 'default' },
  ],
  categories: [
    { id: 'catSex00001', code: 'SEX-D2', name: 'Sex', categoryOptions: [{ id: 'coMale00001' }, { id: 'coFemale001' }] },
    { id: 'GLevLNI9wkl', name: 'default', categoryOptions: [{ id: 'xYerKDKCefk' }] },
  ],
  categoryCombos: [
    { id: 'ccSex000001', code: 'CC_SEX_D2', name: 'Sex', categories: [{ id: 'catSex00001' }] },
    { id: 'bjDvmb4bfuf', name: 'default', categories: [{ id: 'GLevLNI9wkl' }] },
  ],
  categoryOptionCombos: [
    { id: 'cocM0000001', name: 'Male', categoryCombo: { id: 'ccSex000001' }, categoryOptions: [{ id: 'coMale00001' }] },
    { id: 'cocF0000001', name: 'Female', categoryCombo: { id: 'ccSex000001' }, categoryOptions: [{ id: 'coFemale001' }] },
    { id: 'HllvX50cXC0', name: 'default', categoryCombo: { id: 'bjDvmb4bfuf' }, categoryOptions: [{ id: 'xYerKDKCefk' }] },
  ],
  dataElements: [
    {
      id: 'deAnc000001',
      code: 'D2_ANC1',
      name: 'ANC 1st visit',
      shortName: 'ANC1',
      valueType: 'INTEGER_ZERO_OR_POSITIVE',
      aggregationType: 'SUM',
      domainType: 'AGGREGATE',
      categoryCombo: { id: 'ccSex000001' },
    },
    {
      id: 'dePower0001',
      code: 'D2_POWER',
      name: 'Facility has power',
      valueType: 'BOOLEAN',
      aggregationType: 'LAST',
      domainType: 'AGGREGATE',
      categoryCombo: { id: 'bjDvmb4bfuf' },
    },
  ],
  dataSets: [
    {
      id: 'dsD2Month01',
      code: 'D2_MONTHLY',
      name: 'D2 monthly',
      periodType: 'Monthly',
      dataSetElements: [{ dataElement: { id: 'deAnc000001' } }, { dataElement: { id: 'dePower0001' } }],
      organisationUnits: [{ id: 'ouTL0000001' }, { id: 'ouUnknown01' }],
    },
  ],
  organisationUnits: [
    { id: 'ouTL0000001', code: '05128', name: 'Xã Tân Lạc', level: 4 },
    { id: 'ouUnknown01', name: 'Nowhere', level: 4 },
  ],
};

describe('DHIS2 metadata import', () => {
  it('dry run converts and counts, writing nothing', async () => {
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata?dryRun=true', META);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.dryRun).toBe(true);
    expect(body.counts.categories.created).toBe(1);
    expect(body.counts.dataElements.created).toBe(2);
    expect(body.counts.dataSets.created).toBe(1);
    expect(body.unmatchedOrgUnits).toEqual([{ id: 'ouUnknown01', name: 'Nowhere' }]);
    expect(body.document.dataElements.find((e: any) => e.code === 'D2_ANC1')).toMatchObject({ valueType: 'integer', minValue: 0, categoryCombo: 'CC_SEX_D2' });
    expect(body.document.dhis2Mappings).toContainEqual({ kind: 'category_option_combo', code: 'CC_SEX_D2.F', dhis2: 'cocF0000001' });
    expect(await s.t.database.db.selectFrom('data_element').select('id').where('code', '=', 'D2_ANC1').executeTakeFirst()).toBeUndefined();
  });

  it('imports the metadata, then a DHIS2 data value set by UID lands on the converted form', async () => {
    expect((await s.as('xa.tanlac').post('/api/dhis2/metadata', META)).statusCode).toBe(403);
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata', META);
    expect(res.statusCode, res.body).toBe(200);
    const set = await s.t.database.db
      .selectFrom('data_set')
      .select(['id', 'period_type', 'dhis2_uid'])
      .where('code', '=', 'D2_MONTHLY')
      .executeTakeFirstOrThrow();
    expect(set).toMatchObject({ period_type: 'monthly', dhis2_uid: 'dsD2Month01' });
    const units = await s.t.database.db.selectFrom('data_set_unit').select('unit_code').where('data_set_id', '=', set.id).execute();
    expect(units.map((u) => u.unit_code)).toEqual(['05128']);
    // The same document again changes nothing.
    const again = (await s.as('tinh.phutho').post('/api/dhis2/metadata', META)).json();
    expect(again.counts.dataElements).toEqual({ created: 0, updated: 0, unchanged: 2 });

    const values = {
      dataSet: 'dsD2Month01',
      period: '202509',
      orgUnit: 'ouTL0000001',
      dataValues: [
        { dataElement: 'deAnc000001', categoryOptionCombo: 'cocF0000001', attributeOptionCombo: 'HllvX50cXC0', value: '12' },
        { dataElement: 'dePower0001', categoryOptionCombo: 'HllvX50cXC0', value: 'true' },
      ],
    };
    const imported = (await s.as('tinh.phutho').post('/api/dataValueSets', values)).json();
    expect(imported).toMatchObject({ status: 'SUCCESS', importCount: { imported: 2 } });
    const out = (await s.as('tinh.phutho').get('/api/dataValueSets?dataSet=dsD2Month01&period=202509&orgUnit=ouTL0000001')).json();
    expect(out.dataValues.map((v: any) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.value]).sort()).toEqual([
      ['deAnc000001', '202509', 'ouTL0000001', 'cocF0000001', '12'],
      ['dePower0001', '202509', 'ouTL0000001', 'HllvX50cXC0', 'true'],
    ]);
  });

  it('refuses DHIS2 period and value types it cannot hold, importing nothing', async () => {
    const bad = { ...META, dataSets: [{ ...META.dataSets[0], id: 'dsWeekly001', code: 'D2_WEEKLY', periodType: 'Weekly' }] };
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'dataSets.0.periodType', code: 'dhis2_period_type_unsupported' });
    expect(await s.t.database.db.selectFrom('data_set').select('id').where('code', '=', 'D2_WEEKLY').executeTakeFirst()).toBeUndefined();
    expect((await s.as('tinh.phutho').post('/api/dhis2/metadata', { zz_unknown: 1 })).statusCode).toBe(400);
  });

  it('never loses work on re-import: UID before code, assignments kept, everything not taken listed, a missing combo refused', async () => {
    // The same file with the form's units gone and the element given another code in DHIS2.
    const again = {
      ...META,
      validationRules: [{ id: 'vrRule00001', name: 'ANC <= all' }],
      indicators: [{ id: 'inRate00001', name: 'ANC rate' }],
      dataElements: META.dataElements.map((e: any) => (e.id === 'deAnc000001' ? { ...e, code: 'ANC_RENAMED' } : e)),
      dataSets: [
        { ...META.dataSets[0], organisationUnits: [], dataSetElements: [...META.dataSets[0].dataSetElements, { dataElement: { id: 'deMissing01' } }] },
      ],
    };
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata', again);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.counts.dataElements.created).toBe(0);
    expect(await s.t.database.db.selectFrom('data_element').select('id').where('code', '=', 'ANC_RENAMED').executeTakeFirst()).toBeUndefined();
    const set = await s.t.database.db.selectFrom('data_set').select('id').where('code', '=', 'D2_MONTHLY').executeTakeFirstOrThrow();
    const units = await s.t.database.db.selectFrom('data_set_unit').select('unit_code').where('data_set_id', '=', set.id).execute();
    expect(units.map((u) => u.unit_code)).toEqual(['05128']);
    expect(body.dropped.map((d: { kind: string; id: string }) => [d.kind, d.id])).toEqual(
      expect.arrayContaining([
        ['validationRule', 'vrRule00001'],
        ['indicator', 'inRate00001'],
        ['dataSetElement', 'deMissing01'],
        ['organisationUnit', 'ouUnknown01'],
      ]),
    );
    const noCombo = { ...META, dataElements: META.dataElements.map((e: any) => ({ ...e, categoryCombo: { id: 'ccNotThere1' } })) };
    const refused = await s.as('tinh.phutho').post('/api/dhis2/metadata', noCombo);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ code: 'dhis2_missing_category_combo' });
  });

  it('makes DHIS2 indicators ours: element and combination UIDs become our codes, a re-import updates the same indicator', async () => {
    const indicator = {
      id: 'inMaleShare',
      code: 'IND_MALE_SHARE',
      name: 'Male share of ANC visits',
      numerator: '#{deAnc000001.cocM0000001}',
      denominator: '#{deAnc000001}',
      indicatorType: { id: 'itPercent01', factor: 100 },
    };
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata', { ...META, indicators: [indicator] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dropped.filter((d: { kind: string }) => d.kind === 'indicator')).toEqual([]);
    const db = s.t.database.db;
    const coc = await db
      .selectFrom('dhis2_mapping')
      .select('local_code')
      .where('kind', '=', 'category_option_combo')
      .where('dhis2_id', '=', 'cocM0000001')
      .executeTakeFirstOrThrow();
    const row = await db.selectFrom('analytics_indicator').selectAll().where('dhis2_uid', '=', 'inMaleShare').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ code: 'IND_MALE_SHARE', numerator: `#{D2_ANC1.${coc.local_code.split('.').pop()}}`, denominator: '#{D2_ANC1}' });
    expect(Number(row.factor)).toBe(100);
    // Renamed in DHIS2 and sent again: the same indicator, its formula translated again.
    const again = await s
      .as('tinh.phutho')
      .post('/api/dhis2/metadata', { ...META, indicators: [{ ...indicator, name: 'Male share', denominator: '#{deAnc000001.*}' }] });
    expect(again.statusCode, again.body).toBe(200);
    const rows = await db.selectFrom('analytics_indicator').selectAll().where('dhis2_uid', '=', 'inMaleShare').execute();
    expect(rows.map((r) => [r.id, r.name_vi, r.denominator])).toEqual([[row.id, 'Male share', '#{D2_ANC1}']]);
  });

  it('maps a DHIS2 org unit UID to one of our units only: a second unit is refused with 409, changing nothing', async () => {
    const put = (code: string) => app.as('tinh.phutho').put('/api/reporting/dhis2-mappings', { kind: 'org_unit', code, dhis2: 'ouTwice0001' });
    expect((await put('25')).statusCode).toBe(200);
    const before = await app.t.database.db.selectFrom('dhis2_mapping').selectAll().where('kind', '=', 'org_unit').orderBy('id').execute();
    const twice = await put('05128');
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twice.json().error.details[0]).toMatchObject({ field: 'dhis2', code: 'dhis2_org_unit_uid_taken' });
    expect(twice.json().error.details[0].message).toContain('đã gắn với đơn vị 25');
    expect(await app.t.database.db.selectFrom('dhis2_mapping').selectAll().where('kind', '=', 'org_unit').orderBy('id').execute()).toEqual(before);
    // The unit that holds it may be sent again.
    expect((await put('25')).statusCode).toBe(200);
  });

  it("translates DHIS2 validation rules into the form's rules, which data entry then runs; lists each rule it cannot translate with why", async () => {
    const rule = (id: string, operator: string, left: string, right: string, extra: Record<string, unknown> = {}) => ({
      id,
      name: `Rule ${id}`,
      operator,
      leftSide: { expression: left, missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING' },
      rightSide: { expression: right },
      periodType: 'Monthly',
      ...extra,
    });
    const doc = {
      ...META,
      validationRules: [
        rule('vrFemale001', 'less_than_or_equal_to', '#{deAnc000001.cocF0000001.HllvX50cXC0}', '#{deAnc000001.cocM0000001} * 2', {
          importance: 'HIGH',
          instruction: 'Nữ không quá hai lần nam',
        }),
        rule('vrPower0001', 'greater_than', '#{dePower0001.HllvX50cXC0}', '0', { importance: 'LOW' }),
        rule('vrPair00001', 'compulsory_pair', '#{deAnc000001}', '#{dePower0001}'),
        rule('vrConst0001', 'equal_to', 'C{xyzConst001} * #{deAnc000001}', '1'),
        rule('vrWeekly001', 'equal_to', '#{deAnc000001}', '1', { periodType: 'Weekly' }),
        rule('vrAttr00001', 'equal_to', '#{deAnc000001.cocM0000001.attrCoc0001}', '1'),
        rule('vrNoDe00001', 'equal_to', '#{deNothere01}', '1'),
        rule('vrNever0001', 'equal_to', '#{deAnc000001} + #{dePower0001}', '1', {
          leftSide: { expression: '#{deAnc000001} + #{dePower0001}', missingValueStrategy: 'NEVER_SKIP' },
        }),
        { id: 'vrBroken001', name: 'no sides' },
      ],
    };
    const res = await s.as('tinh.phutho').post('/api/dhis2/metadata', doc);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.counts.validationRules.created).toBe(2);
    const rules = await s.t.database.db
      .selectFrom('validation_rule')
      .select(['code', 'left_expr', 'operator', 'right_expr', 'importance', 'message_vi', 'dhis2_uid'])
      .where('dhis2_uid', 'in', ['vrFemale001', 'vrPower0001'])
      .orderBy('code')
      .execute();
    expect(rules).toEqual([
      {
        code: 'vrFemale001',
        left_expr: '#{D2_ANC1.F}',
        operator: '<=',
        right_expr: '#{D2_ANC1.M} * 2',
        importance: 'high',
        message_vi: 'Nữ không quá hai lần nam',
        dhis2_uid: 'vrFemale001',
      },
      { code: 'vrPower0001', left_expr: '#{D2_POWER}', operator: '>', right_expr: '0', importance: 'low', message_vi: '', dhis2_uid: 'vrPower0001' },
    ]);
    const reasons = new Map(body.dropped.filter((d: any) => d.kind === 'validationRule').map((d: any) => [d.id, d.reason]));
    expect([...reasons.keys()].sort()).toEqual(['vrAttr00001', 'vrBroken001', 'vrConst0001', 'vrNever0001', 'vrNoDe00001', 'vrPair00001', 'vrWeekly001']);
    expect(reasons.get('vrPair00001')).toContain('compulsory_pair');
    expect(reasons.get('vrConst0001')).toContain('C{xyzConst001}');
    expect(reasons.get('vrWeekly001')).toContain('Weekly');
    expect(reasons.get('vrAttr00001')).toContain('attribute option combination');
    expect(reasons.get('vrNoDe00001')).toContain('deNothere01');
    expect(reasons.get('vrNever0001')).toContain('NEVER_SKIP');
    expect(reasons.get('vrBroken001')).toContain('not a complete DHIS2 validation rule');
    // The same file again creates no second rule.
    expect((await s.as('tinh.phutho').post('/api/dhis2/metadata', doc)).json().counts.validationRules).toEqual({ created: 0, updated: 0, unchanged: 2 });

    // Data entry runs the translated rule: 7 women against 3 men breaks "women <= 2 × men" (blocking: HIGH).
    const values = {
      dataSet: 'dsD2Month01',
      period: '202511',
      orgUnit: 'ouTL0000001',
      dataValues: [
        { dataElement: 'deAnc000001', categoryOptionCombo: 'cocF0000001', value: '7' },
        { dataElement: 'deAnc000001', categoryOptionCombo: 'cocM0000001', value: '3' },
        { dataElement: 'dePower0001', categoryOptionCombo: 'HllvX50cXC0', value: 'true' },
      ],
    };
    expect((await s.as('tinh.phutho').post('/api/dataValueSets', values)).json()).toMatchObject({ importCount: { imported: 3 } });
    const check = await s.as('xa.tanlac').get('/api/data-entry/reports/D2_MONTHLY/05128/2025M11/validation');
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().violations.map((v: any) => [v.code, v.left, v.right, v.blocking])).toEqual([['vrFemale001', 7, 6, true]]);
  });
});
