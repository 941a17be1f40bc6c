import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { SaxesParser } from 'saxes';
import { summaries } from './dhis2.fixtures.js';
import { useTestApp, countRows } from '../../test/harness.js';
import { createTestForm, otherCommuneOf25, storedByCode } from '../data-entry/data-entry.fixtures.js';
import { translate } from '../../server/messages.js';

let otherCommune: string;
const CODE = '/api/dataValueSets?idScheme=CODE&atomicMode=ALL';
const XML = { 'content-type': 'application/xml' };
const ADX = { 'content-type': 'application/adx+xml' };
const DXF_NS = 'http://dhis2.org/schema/dxf/2.0';
const ADX_NS = 'urn:ihe:qrph:adx:2015';

const app = useTestApp('tinh.phutho', 'xa.tanlac', 'admin');
/** Clients answering the bare import summary; the envelope and status codes are tested in dhis2.fidelity.test.ts. */
const s = {
  as: summaries(app).as,
  get t() {
    return app.t;
  },
};

beforeAll(async () => {
  await createTestForm(s.as('admin'), s.t.database.db);
  // A second yearly form whose element is broken down by two categories (area type × sex).
  const doc = {
    categoryCombos: [{ code: 'KV_GT', nameVi: 'Khu vực × giới tính', categories: ['KHU_VUC', 'GIOI_TINH'] }],
    dataElements: [{ code: 'T_POP_KV', nameVi: 'Dân số theo khu vực và giới', valueType: 'integer', minValue: 0, categoryCombo: 'KV_GT' }],
    dataSets: [
      {
        code: 'TEST_ADX',
        nameVi: 'Biểu thử ADX',
        periodType: 'yearly',
        assignLevel: 'commune',
        assignWithin: '25',
        sections: [{ code: 'A', nameVi: 'Phần A', dataElements: ['T_POP_KV'] }],
      },
    ],
  };
  const res = await s.as('admin').post('/api/reporting/metadata', doc);
  if (res.statusCode !== 200) throw new Error(res.body);
  otherCommune = await otherCommuneOf25(s.t.database.db);
});
const stored = (unit = '05128') => storedByCode(s.t.database.db, unit);
const count = (table: 'audit_log' | 'data_value_history') => countRows(s.t.database.db, table);
const writes = async () => [await count('audit_log'), await count('data_value_history')];

interface Node {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}
/** Parses XML with saxes directly (not through the module's own reader). */
function parse(text: string): Node {
  const p = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  p.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (!a.prefix && a.local !== 'xmlns') attrs[a.local] = a.value;
    const n: Node = { name: tag.local, ns: tag.uri, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(n);
    else root = n;
    stack.push(n);
  });
  p.on('text', (s) => {
    if (stack.length) stack[stack.length - 1].text += s;
  });
  p.on('closetag', () => void stack.pop());
  p.write(text).close();
  return root!;
}

const DXF = (values: string, set = 'dataSet="TEST_Y" period="2025" orgUnit="05128"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<dataValueSet xmlns="${DXF_NS}" ${set} completeDate="2026-01-05">\n${values}\n</dataValueSet>`;
const adx = (groups: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<adx xmlns="${ADX_NS}" exported="2026-01-05T10:00:00Z">\n${groups}\n</adx>`;
const group = (values: string, attrs = 'orgUnit="05128" period="2025-01-01/P1Y" dataSet="TEST_Y"') => `<group ${attrs}>\n${values}\n</group>`;

describe('DHIS2 dxf2 XML import', () => {
  it('dry run counts and writes nothing', async () => {
    const before = await writes();
    const res = await s
      .as('tinh.phutho')
      .post(
        `${CODE}&dryRun=true`,
        DXF('<dataValue dataElement="T_HH_TOTAL" value="120"/><dataValue dataElement="T_POP" categoryOptionCombo="NU" value="210"/>'),
        XML,
      );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      responseType: 'ImportSummary',
      status: 'SUCCESS',
      importOptions: { dryRun: true },
      importCount: { imported: 2, updated: 0, deleted: 0, ignored: 0 },
      conflicts: [],
    });
    expect(await stored()).toEqual({});
    expect(await writes()).toEqual(before);
  });

  it('imports with set-level attributes as defaults, the same summary as JSON', async () => {
    const xml = DXF(
      [
        '<dataValue dataElement="T_HH_TOTAL" categoryOptionCombo="none" value="120" comment="đếm lại &amp; &lt;ghi chú&gt;"/>',
        '<dataValue dataElement="T_HH_POOR" value="30" storedBy="x" followup="false"/>',
        '<dataValue dataElement="T_POP" categoryOptionCombo="NAM" value="200"/>',
        '<dataValue dataElement="T_POP" categoryOptionCombo="NU" value="210"/>',
        '<dataValue dataElement="T_SURVEY_DAY" value="2025-06-01"/>',
      ].join('\n'),
    );
    const res = await s.as('tinh.phutho').post(CODE, xml, { 'content-type': 'text/xml' });
    expect(res.json()).toMatchObject({
      responseType: 'ImportSummary',
      status: 'SUCCESS',
      description: 'Nhập dữ liệu thành công',
      importOptions: { dryRun: false, importStrategy: 'CREATE_AND_UPDATE', atomicMode: 'ALL' },
      importCount: { imported: 5, updated: 0, ignored: 0, deleted: 0 },
      conflicts: [],
      rejectedIndexes: [],
    });
    expect(await stored()).toEqual({
      'T_HH_TOTAL.none': '120',
      'T_HH_POOR.none': '30',
      'T_POP.NAM': '200',
      'T_POP.NU': '210',
      'T_SURVEY_DAY.none': '2025-06-01',
    });
    const json = (await s.as('tinh.phutho').get('/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128')).json();
    expect(json.dataValues.find((v: any) => v.dataElement === 'T_HH_TOTAL').comment).toBe('đếm lại & <ghi chú>');
    const audit = await sql<{ after: any }>`SELECT after FROM audit_log WHERE action = 'data_values_save' ORDER BY id DESC LIMIT 1`.execute(s.t.database.db);
    const after = typeof audit.rows[0].after === 'string' ? JSON.parse(audit.rows[0].after) : audit.rows[0].after;
    expect(after.source).toBe('dhis2');
  });

  it('round-trips: exported XML imported back restores the same values', async () => {
    const q = '/api/dataValueSets.xml?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128';
    const exported = await s.as('tinh.phutho').get(q);
    expect(exported.statusCode).toBe(200);
    const before = await stored();
    // Unchanged on its own.
    expect(
      (await s.as('tinh.phutho').post('/api/dataValueSets.xml?idScheme=CODE', exported.body, { 'content-type': 'application/dxf+xml' })).json().importCount,
    ).toEqual({
      imported: 0,
      updated: 0,
      ignored: 5,
      deleted: 0,
    });
    // Remove everything, then the export brings every value back.
    const del = (await s.as('tinh.phutho').post(`${CODE}&importStrategy=DELETE`, exported.body, XML)).json();
    expect(del.importCount.deleted).toBe(5);
    expect(Object.values(await stored()).every((v) => v === null)).toBe(true);
    const back = (await s.as('tinh.phutho').post(CODE, exported.body, XML)).json();
    expect(back).toMatchObject({ status: 'SUCCESS', importCount: { imported: 5, updated: 0 } });
    expect(await stored()).toEqual(before);
  });

  it('reads deleted="true" and the importStrategy', async () => {
    const res = (await s.as('tinh.phutho').post(CODE, DXF('<dataValue dataElement="T_HH_POOR" value="30" deleted="true"/>'), XML)).json();
    expect(res.importCount).toEqual({ imported: 0, updated: 0, ignored: 0, deleted: 1 });
    expect((await stored())['T_HH_POOR.none']).toBeNull();
    const create = (
      await s
        .as('tinh.phutho')
        .post(`${CODE}&importStrategy=CREATE`, DXF('<dataValue dataElement="T_HH_POOR" value="31"/><dataValue dataElement="T_HH_TOTAL" value="1"/>'), XML)
    ).json();
    expect(create.importCount).toEqual({ imported: 1, updated: 0, ignored: 1, deleted: 0 });
    expect(await stored()).toMatchObject({ 'T_HH_POOR.none': '31', 'T_HH_TOTAL.none': '120' });
  });

  it('gives a conflict per unknown identifier or missing attribute and saves nothing', async () => {
    const before = await stored();
    const w = await writes();
    const res = await s
      .as('tinh.phutho')
      .post(
        CODE,
        DXF(
          [
            '<dataValue dataElement="T_HH_TOTAL" value="140"/>',
            '<dataValue dataElement="KHONG_CO" value="1"/>',
            '<dataValue value="1"/>',
            '<dataValue dataElement="T_POP" categoryOptionCombo="XX" value="1"/>',
            '<dataValue dataElement="T_HH_TOTAL" period="2025Q9" value="1"/>',
          ].join('\n'),
        ),
        XML,
      );
    const summary = res.json();
    expect(summary.status).toBe('ERROR');
    expect(summary.importCount).toEqual({ imported: 0, updated: 0, ignored: 5, deleted: 0 });
    expect(summary.conflicts.map((c: any) => [c.object, c.errorCode, c.indexes])).toEqual([
      ['KHONG_CO', 'dhis2_unknown_data_element', [1]],
      ['dataElement', 'dhis2_missing_field', [2]],
      ['XX', 'dhis2_unknown_option_combo', [3]],
      ['2025Q9', 'dhis2_unknown_period', [4]],
    ]);
    expect(summary.conflicts[1].value).toBe('Thiếu dataElement');
    expect(await stored()).toEqual(before);
    expect(await writes()).toEqual(w);
    // An unknown data set makes every value a conflict.
    const ds = (
      await s.as('tinh.phutho').post(CODE, DXF('<dataValue dataElement="T_HH_TOTAL" value="1"/>', 'dataSet="KHONG_CO" period="2025" orgUnit="05128"'), XML)
    ).json();
    expect(ds.conflicts.map((c: any) => c.errorCode)).toEqual(['dhis2_unknown_data_set']);
  });
});

describe('ADX import', () => {
  it('maps category attributes to option combinations and ADX periods to ours', async () => {
    const body = adx(
      [
        group(
          [
            '<dataValue dataElement="T_POP" GIOI_TINH="NAM" value="300"/>',
            '<dataValue dataElement="T_POP" GIOI_TINH="NU" value="310"/>',
            '<dataValue dataElement="T_HH_TOTAL" value="150"/>',
            '<dataValue dataElement="T_SURVEY_DAY" value="0"><annotation>2025-07-01</annotation></dataValue>',
          ].join('\n'),
        ),
        group(
          [
            '<dataValue dataElement="T_POP_KV" KHU_VUC="NONG_THON" GIOI_TINH="NU" value="55"/>',
            '<dataValue dataElement="T_POP_KV" GIOI_TINH="NAM" KHU_VUC="THANH_THI" value="44"/>',
          ].join('\n'),
          'orgUnit="05128" period="2025-01-01/P1Y" dataSet="TEST_ADX"',
        ),
      ].join('\n'),
    );
    const dry = (await s.as('tinh.phutho').post('/api/dataValueSets?dryRun=true', body, ADX)).json();
    expect(dry).toMatchObject({ status: 'SUCCESS', importCount: { imported: 2, updated: 4 } });
    expect((await stored())['T_POP.NAM']).toBe('200');
    // ADX reads codes by default; `?format=adx` with a generic XML type works the same.
    const res = (await s.as('tinh.phutho').post('/api/dataValueSets?format=adx', body, XML)).json();
    expect(res).toMatchObject({
      responseType: 'ImportSummary',
      status: 'SUCCESS',
      importCount: { imported: 2, updated: 4, ignored: 0, deleted: 0 },
      conflicts: [],
    });
    expect(await stored()).toMatchObject({
      'T_POP.NAM': '300',
      'T_POP.NU': '310',
      'T_HH_TOTAL.none': '150',
      'T_SURVEY_DAY.none': '2025-07-01',
      'T_POP_KV.NONG_THON_NU': '55',
      'T_POP_KV.THANH_THI_NAM': '44',
    });
  });

  it('gives a clear conflict per value it cannot read and saves nothing', async () => {
    const before = await stored();
    const w = await writes();
    const body = adx(
      [
        group(
          [
            '<dataValue dataElement="T_POP" GIOI_TINH="NAM" value="301"/>',
            '<dataValue dataElement="T_POP" GIOI_TINH="KHAC" value="1"/>',
            '<dataValue dataElement="T_POP" value="1"/>',
            '<dataValue dataElement="T_HH_TOTAL" GIOI_TINH="NAM" value="1"/>',
            '<dataValue dataElement="KHONG_CO" value="1"/>',
            '<dataValue dataElement="T_POP_KV" GIOI_TINH="NAM" value="1"/>',
            '<dataValue dataElement="T_HH_TOTAL"/>',
          ].join('\n'),
        ),
        group('<dataValue dataElement="T_HH_TOTAL" value="1"/>', 'orgUnit="05128" period="2025-01-01/P9M" dataSet="TEST_Y"'),
        group('<dataValue dataElement="T_HH_TOTAL" value="1"/>', 'orgUnit="05128" period="2025-01-01/P1M" dataSet="TEST_Y"'),
        group('<dataValue dataElement="T_HH_TOTAL" value="1"/>', 'orgUnit="05128" period="2025-02-01/P3M" dataSet="TEST_Y"'),
        group('<dataValue dataElement="T_HH_TOTAL" value="1"/>', 'orgUnit="05128" period="2025-01-01/P1Y" dataSet="TEST_Y" FUNDING="X"'),
      ].join('\n'),
    );
    const summary = (await s.as('tinh.phutho').post('/api/dataValueSets?atomicMode=ALL', body, ADX)).json();
    expect(summary.status).toBe('ERROR');
    expect(summary.importCount).toEqual({ imported: 0, updated: 0, ignored: 11, deleted: 0 });
    expect(summary.conflicts.map((c: any) => [c.object, c.errorCode, c.indexes])).toEqual([
      ['GIOI_TINH=KHAC', 'dhis2_adx_unknown_option', [1]],
      ['T_POP', 'dhis2_adx_missing_category', [2]],
      ['GIOI_TINH', 'dhis2_adx_unknown_category', [3]],
      ['KHONG_CO', 'dhis2_unknown_data_element', [4]],
      ['T_POP_KV', 'dhis2_adx_missing_category', [5]],
      ['T_HH_TOTAL', 'dhis2_missing_field', [6]],
      ['2025-01-01/P9M', 'dhis2_adx_nine_months', [7]],
      ['2025M01', 'dhis2_period_type_mismatch', [8]],
      ['2025-02-01/P3M', 'dhis2_adx_period_unsupported', [9]],
      ['FUNDING=X', 'dhis2_attribute_combo_unsupported', [10]],
    ]);
    expect(summary.conflicts[0].value).toBe('Phân tổ GIOI_TINH không có lựa chọn "KHAC"');
    expect(summary.conflicts[1].value).toBe('Chỉ tiêu "T_POP" thiếu thuộc tính phân tổ GIOI_TINH');
    expect(summary.conflicts[6].value).toBe('Kỳ 9 tháng không có trong DHIS2 và ADX');
    expect(await stored()).toEqual(before);
    expect(await writes()).toEqual(w);
  });

  it('resolves category and option UIDs under idScheme=UID', async () => {
    for (const [kind, code, dhis2] of [
      ['data_element', 'T_POP', 'dePop000001'],
      ['category_option', 'GIOI_TINH.NU', 'coFemale001'],
      ['org_unit', '05128', 'ouTanLac001'],
      ['data_set', 'TEST_Y', 'dsTestY0001'],
    ])
      expect((await s.as('admin').put('/api/reporting/dhis2-mappings', { kind, code, dhis2 })).statusCode).toBe(200);
    const body = adx(
      group(
        '<dataValue dataElement="dePop000001" GIOI_TINH="coFemale001" value="311"/>',
        'orgUnit="ouTanLac001" period="2025-01-01/P1Y" dataSet="dsTestY0001"',
      ),
    );
    const res = (await s.as('tinh.phutho').post('/api/dataValueSets?idScheme=UID', body, ADX)).json();
    expect(res).toMatchObject({ status: 'SUCCESS', importCount: { updated: 1 } });
    expect((await stored())['T_POP.NU']).toBe('311');
    const out = parse((await s.as('tinh.phutho').get('/api/dataValueSets?format=adx&idScheme=UID&dataSet=dsTestY0001&period=2025&orgUnit=ouTanLac001')).body);
    const g = out.children[0];
    expect(g.attrs).toEqual({ orgUnit: 'ouTanLac001', period: '2025-01-01/P1Y', dataSet: 'dsTestY0001' });
    expect(g.children.find((v) => v.attrs.dataElement === 'dePop000001' && v.attrs.GIOI_TINH === 'coFemale001')?.attrs.value).toBe('311');
    // Under CODE (the ADX default) the same values are named by our codes.
    expect((await s.as('tinh.phutho').get('/api/dataValueSets?format=adx&dataSet=dsTestY0001&period=2025&orgUnit=ouTanLac001')).body).toMatch(
      /<dataValue dataElement="T_POP" GIOI_TINH="NU" value="311"\/>/,
    );
  });
});

describe('ADX export', () => {
  it('writes one group per form, unit and period with category attributes, and imports back unchanged', async () => {
    // An emptied value: ADX cannot say a value was removed, so it is left out.
    expect(
      (
        await s.as('tinh.phutho').post(CODE, { dataSet: 'TEST_Y', period: '2025', orgUnit: '05128', dataValues: [{ dataElement: 'T_HH_POOR', deleted: true }] })
      ).json().importCount.deleted,
    ).toBe(1);
    const res = await s
      .as('tinh.phutho')
      .get('/api/dataValueSets?dataSet=TEST_Y,TEST_ADX&period=2025&orgUnit=05128&includeDeleted=true', { accept: 'application/adx+xml' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/adx\+xml/);
    const root = parse(res.body);
    expect([root.name, root.ns]).toEqual(['adx', ADX_NS]);
    expect(root.attrs.exported).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(root.children.map((g) => g.attrs)).toEqual([
      { orgUnit: '05128', period: '2025-01-01/P1Y', dataSet: 'TEST_Y' },
      { orgUnit: '05128', period: '2025-01-01/P1Y', dataSet: 'TEST_ADX' },
    ]);
    const [y, kv] = root.children;
    const values = Object.fromEntries(y.children.map((v) => [[v.attrs.dataElement, v.attrs.GIOI_TINH].filter(Boolean).join('.'), v.attrs.value]));
    expect(values).toEqual({ T_HH_TOTAL: '150', 'T_POP.NAM': '300', 'T_POP.NU': '311', T_SURVEY_DAY: '0' });
    expect(y.children.find((v) => v.attrs.dataElement === 'T_SURVEY_DAY')!.children[0]).toMatchObject({ name: 'annotation', text: '2025-07-01' });
    expect(kv.children.map((v) => v.attrs).sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { dataElement: 'T_POP_KV', KHU_VUC: 'THANH_THI', GIOI_TINH: 'NAM', value: '44' },
      { dataElement: 'T_POP_KV', KHU_VUC: 'NONG_THON', GIOI_TINH: 'NU', value: '55' },
    ]);
    const back = (await s.as('tinh.phutho').post('/api/dataValueSets', res.body, ADX)).json();
    expect(back).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 0, deleted: 0, ignored: 6 } });
  });
});

describe('bad XML and area', () => {
  it('refuses malformed XML, a DOCTYPE, a wrong root and a JSON body sent as XML, saving nothing', async () => {
    const w = await writes();
    const before = await stored();
    const bad = await s.as('tinh.phutho').post(CODE, '<dataValueSet><dataValue dataElement="T_HH_TOTAL" value="9"></dataValueSet>', XML);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('dhis2_bad_xml');
    expect(bad.json().error.message).toMatch(/^Tệp XML không đọc được: /);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><dataValueSet xmlns="${DXF_NS}"><dataValue dataElement="T_HH_TOTAL" period="2025" orgUnit="05128" value="&lol2;"/></dataValueSet>`;
    const doctype = await s.as('tinh.phutho').post(CODE, bomb, XML);
    expect(doctype.statusCode).toBe(400);
    expect(doctype.json().error).toMatchObject({
      code: 'dhis2_xml_doctype',
      message: 'Tệp XML không được có khai báo DOCTYPE (không hỗ trợ DTD và thực thể tự định nghĩa)',
    });
    const entity = await s.as('tinh.phutho').post(CODE, DXF('<dataValue dataElement="T_HH_TOTAL" value="&xxe;"/>'), XML);
    expect(entity.json().error.code).toBe('dhis2_bad_xml');
    const root = await s.as('tinh.phutho').post(CODE, adx(group('<dataValue dataElement="T_HH_TOTAL" value="9"/>')), XML);
    expect(root.statusCode).toBe(400);
    expect(root.json().error).toMatchObject({ code: 'dhis2_xml_wrong_root', message: 'Phần tử gốc phải là <dataValueSet>, không phải <adx>' });
    const root2 = await s.as('tinh.phutho').post(CODE, DXF('<dataValue dataElement="T_HH_TOTAL" value="9"/>'), ADX);
    expect(root2.json().error.code).toBe('dhis2_xml_wrong_root');
    const json = await s.as('tinh.phutho').post('/api/dataValueSets?format=adx', { dataValues: [] });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('dhis2_format_mismatch');
    expect((await s.as('tinh.phutho').post('/api/dataValueSets.xml', { dataValues: [] })).statusCode).toBe(415);
    expect(await writes()).toEqual(w);
    expect(await stored()).toEqual(before);
  });

  it('has every new message in Vietnamese and English', () => {
    for (const code of [
      'dhis2_bad_xml',
      'dhis2_xml_doctype',
      'dhis2_xml_wrong_root',
      'dhis2_too_many_values',
      'dhis2_format_mismatch',
      'dhis2_adx_nine_months',
      'dhis2_adx_period_unsupported',
      'dhis2_adx_missing_category',
      'dhis2_adx_unknown_category',
      'dhis2_adx_unknown_option',
    ]) {
      const [vi, en] = [translate(code, 'vi', {}), translate(code, 'en', {})];
      expect(vi, code).not.toBe(code);
      expect(en, code).not.toBe(code);
      expect(vi, code).not.toBe(en);
    }
    expect(translate('dhis2_xml_doctype', 'en', {})).toBe('The XML must not have a DOCTYPE (DTDs and custom entities are not supported)');
  });

  it('refuses a commune officer the DHIS2 exchange, in XML and ADX, saving nothing', async () => {
    const xml = await s
      .as('xa.tanlac')
      .post(CODE, DXF('<dataValue dataElement="T_HH_TOTAL" value="9"/>', `dataSet="TEST_Y" period="2025" orgUnit="${otherCommune}"`), XML);
    expect(xml.statusCode).toBe(403);
    const a = await s
      .as('xa.tanlac')
      .post(
        '/api/dataValueSets',
        adx(group('<dataValue dataElement="T_POP" GIOI_TINH="NU" value="9"/>', `orgUnit="${otherCommune}" period="2025-01-01/P1Y" dataSet="TEST_Y"`)),
        ADX,
      );
    expect(a.statusCode).toBe(403);
    expect(await stored(otherCommune)).toEqual({});
    expect((await s.as('xa.tanlac').get(`/api/dataValueSets?format=adx&dataSet=TEST_Y&period=2025&orgUnit=${otherCommune}`)).statusCode).toBe(403);
    // The province administrator may.
    expect(
      (
        await s
          .as('admin')
          .post(
            '/api/dataValueSets',
            adx(group('<dataValue dataElement="T_POP" GIOI_TINH="NU" value="9"/>', `orgUnit="${otherCommune}" period="2025-01-01/P1Y" dataSet="TEST_Y"`)),
            ADX,
          )
      ).json().status,
    ).toBe('SUCCESS');
    expect(await stored(otherCommune)).toEqual({ 'T_POP.NU': '9' });
  });
});
