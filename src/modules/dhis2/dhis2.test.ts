import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { parse } from 'csv-parse/sync';
import { summaries } from './dhis2.fixtures.js';
import { useTestApp, countRows } from '../../test/harness.js';
import { createTestForm, otherCommuneOf25, storedByCode } from '../data-entry/data-entry.fixtures.js';

let otherCommune: string;
const CODE = '/api/dataValueSets?idScheme=CODE&atomicMode=ALL';

const app = useTestApp('tinh.phutho', 'xa.tanlac', 'lanhdao', 'admin');
/** Clients answering the bare import summary; the envelope and status codes are tested in dhis2.fidelity.test.ts. */
const s = {
  as: summaries(app).as,
  get t() {
    return app.t;
  },
};

beforeAll(async () => {
  await createTestForm(s.as('admin'), s.t.database.db);
  otherCommune = await otherCommuneOf25(s.t.database.db);
});
/** A commune of another province than Phú Thọ (25), valid at the end of 2025. */
async function communeOutside25(): Promise<string> {
  const row = await sql<{ code: string }>`
    SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.level = 'commune' AND p.level = 'province' AND p.code <> '25' AND (c.valid_to IS NULL OR c.valid_to >= '2025-12-31')
      AND (c.valid_from IS NULL OR c.valid_from <= '2025-12-31') ORDER BY c.code LIMIT 1`.execute(s.t.database.db);
  return row.rows[0]!.code;
}
const stored = (unit = '05128') => storedByCode(s.t.database.db, unit);
const count = (table: 'audit_log' | 'data_value_history') => countRows(s.t.database.db, table);
const sortValues = (vs: any[]) =>
  vs
    .map((v) => ({
      dataElement: v.dataElement,
      period: v.period,
      orgUnit: v.orgUnit,
      categoryOptionCombo: v.categoryOptionCombo,
      value: v.value,
      ...(v.deleted ? { deleted: true } : {}),
    }))
    .sort((a, b) => `${a.dataElement}${a.categoryOptionCombo}`.localeCompare(`${b.dataElement}${b.categoryOptionCombo}`));

const SET = {
  dataSet: 'TEST_Y',
  period: '2025',
  orgUnit: '05128',
  dataValues: [
    { dataElement: 'T_HH_TOTAL', categoryOptionCombo: 'none', value: '120', comment: 'đếm lại' },
    { dataElement: 'T_HH_POOR', value: 30 },
    { dataElement: 'T_POP', categoryOptionCombo: 'NAM', value: '200' },
    { dataElement: 'T_POP', categoryOptionCombo: 'NU', value: '210' },
  ],
};

describe('DHIS2 dataValueSets', () => {
  it('dry run reports what would change and writes nothing', async () => {
    const [audits, history] = [await count('audit_log'), await count('data_value_history')];
    const res = await s.as('tinh.phutho').post(`${CODE}&dryRun=true`, SET);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 4, updated: 0, deleted: 0, ignored: 0 }, conflicts: [] });
    expect(await stored()).toEqual({});
    expect([await count('audit_log'), await count('data_value_history')]).toEqual([audits, history]);
  });

  it('imports JSON by code through the data-entry save path and exports the same values', async () => {
    const res = await s.as('tinh.phutho').post(CODE, SET);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 4, updated: 0, deleted: 0, ignored: 0 } });
    expect(await stored()).toEqual({ 'T_HH_TOTAL.none': '120', 'T_HH_POOR.none': '30', 'T_POP.NAM': '200', 'T_POP.NU': '210' });
    const audit = await sql<{ after: any }>`SELECT after FROM audit_log WHERE action = 'data_values_save' ORDER BY id DESC LIMIT 1`.execute(s.t.database.db);
    const after = typeof audit.rows[0].after === 'string' ? JSON.parse(audit.rows[0].after) : audit.rows[0].after;
    expect(after.source).toBe('dhis2');
    expect(after.values).toHaveLength(4);
    const out = await s.as('tinh.phutho').get('/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128');
    expect(out.statusCode, out.body).toBe(200);
    const body = out.json();
    expect(body.dataSet).toBe('TEST_Y');
    expect(sortValues(body.dataValues)).toEqual(
      sortValues(
        SET.dataValues.map((v) => ({ ...v, period: '2025', orgUnit: '05128', categoryOptionCombo: v.categoryOptionCombo ?? 'none', value: String(v.value) })),
      ),
    );
    expect(body.dataValues.find((v: any) => v.dataElement === 'T_HH_TOTAL').comment).toBe('đếm lại');
    // The same set again changes nothing.
    expect((await s.as('tinh.phutho').post(CODE, SET)).json().importCount).toEqual({ imported: 0, updated: 0, deleted: 0, ignored: 4 });
  });

  it('uses DHIS2 UIDs from the mapping table both ways', async () => {
    for (const [kind, code, dhis2] of [
      ['data_element', 'T_HH_TOTAL', 'deTotal0001'],
      ['data_element', 'T_POP', 'dePop000001'],
      ['category_option_combo', 'GIOI_TINH.NU', 'cocFemale01'],
      ['category_option_combo', 'GIOI_TINH.NAM', 'cocMale0001'],
      ['org_unit', '05128', 'ouTanLac001'],
      ['data_set', 'TEST_Y', 'dsTestY0001'],
    ])
      expect((await s.as('admin').put('/api/reporting/dhis2-mappings', { kind, code, dhis2 })).statusCode).toBe(200);
    const res = await s.as('tinh.phutho').post('/api/dataValueSets', {
      dataSet: 'dsTestY0001',
      dataValues: [
        {
          dataElement: 'deTotal0001',
          period: '2025',
          orgUnit: 'ouTanLac001',
          categoryOptionCombo: 'HllvX50cXC0',
          attributeOptionCombo: 'HllvX50cXC0',
          value: '125',
        },
        { dataElement: 'dePop000001', period: '2025', orgUnit: 'ouTanLac001', categoryOptionCombo: 'cocFemale01', value: '215' },
      ],
    });
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 2 } });
    expect(await stored()).toMatchObject({ 'T_HH_TOTAL.none': '125', 'T_POP.NU': '215' });
    const out = (await s.as('tinh.phutho').get('/api/dataValueSets.json?dataSet=dsTestY0001&period=2025&orgUnit=ouTanLac001')).json();
    expect(out.dataSet).toBe('dsTestY0001');
    expect(sortValues(out.dataValues)).toEqual(
      sortValues([
        { dataElement: 'deTotal0001', period: '2025', orgUnit: 'ouTanLac001', categoryOptionCombo: 'HllvX50cXC0', value: '125' },
        { dataElement: 'T_HH_POOR', period: '2025', orgUnit: 'ouTanLac001', categoryOptionCombo: 'HllvX50cXC0', value: '30' },
        { dataElement: 'dePop000001', period: '2025', orgUnit: 'ouTanLac001', categoryOptionCombo: 'cocMale0001', value: '200' },
        { dataElement: 'dePop000001', period: '2025', orgUnit: 'ouTanLac001', categoryOptionCombo: 'cocFemale01', value: '215' },
      ]),
    );
  });

  it('round-trips DHIS2 CSV', async () => {
    const csv =
      'dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted\nT_HH_TOTAL,2025,05128,none,,130,,,"ghi chú, có dấu phẩy",false,\nT_POP,2025,05128,NAM,,205,,,,,\n';
    const res = await s.as('tinh.phutho').post(CODE, csv, { 'content-type': 'text/csv' });
    expect(res.json(), res.body).toMatchObject({ status: 'SUCCESS', importCount: { updated: 2 } });
    const out = await s.as('tinh.phutho').get('/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128', { accept: 'text/csv' });
    expect(out.headers['content-type']).toMatch(/text\/csv/);
    const rows: string[][] = parse(out.body);
    expect(rows[0]).toEqual([
      'dataelement',
      'period',
      'orgunit',
      'catoptcombo',
      'attroptcombo',
      'value',
      'storedby',
      'lastupdated',
      'comment',
      'followup',
      'deleted',
    ]);
    const byKey = Object.fromEntries(rows.slice(1).map((r) => [`${r[0]}.${r[3]}`, r]));
    expect(byKey['T_HH_TOTAL.none'][5]).toBe('130');
    expect(byKey['T_HH_TOTAL.none'][8]).toBe('ghi chú, có dấu phẩy');
    expect(byKey['T_POP.NAM'][5]).toBe('205');
    expect(byKey['T_POP.NAM'][6]).toBe('tinh.phutho');
    // What was exported imports back unchanged.
    expect((await s.as('tinh.phutho').post(CODE, out.body, { 'content-type': 'text/csv' })).json().importCount).toMatchObject({
      imported: 0,
      updated: 0,
      deleted: 0,
    });
  });

  it('gives a conflict per unknown identifier or bad value and saves nothing', async () => {
    const before = await stored();
    const history = await count('data_value_history');
    const res = await s.as('tinh.phutho').post(CODE, {
      ...SET,
      dataValues: [
        { dataElement: 'T_HH_TOTAL', value: '140' },
        { dataElement: 'KHONG_CO', value: '1' },
        { dataElement: 'T_POP', categoryOptionCombo: 'XX', value: '1' },
        { dataElement: 'T_HH_POOR', value: 'abc' },
        { dataElement: 'T_HH_TOTAL', value: '999999' },
      ],
    });
    const summary = res.json();
    expect(summary.status).toBe('ERROR');
    expect(summary.importCount).toEqual({ imported: 0, updated: 0, deleted: 0, ignored: 5 });
    expect(summary.conflicts.map((c: any) => [c.object, c.errorCode, c.indexes])).toEqual([
      ['KHONG_CO', 'dhis2_unknown_data_element', [1]],
      ['XX', 'dhis2_unknown_option_combo', [2]],
      ['abc', 'value_not_integer', [3]],
      ['999999', 'value_above_max', [4]],
    ]);
    expect(summary.conflicts[0].value).toBe('Không có chỉ tiêu "KHONG_CO"');
    expect(await stored()).toEqual(before);
    expect(await count('data_value_history')).toBe(history);
    // atomicMode=NONE saves the good values and reports the others.
    const partial = (
      await s.as('tinh.phutho').post(`${CODE.replace('ALL', 'NONE')}`, {
        ...SET,
        dataValues: [
          { dataElement: 'T_HH_TOTAL', value: '140' },
          { dataElement: 'KHONG_CO', value: '1' },
        ],
      })
    ).json();
    expect(partial).toMatchObject({ status: 'WARNING', importCount: { updated: 1, ignored: 1 } });
    expect((await stored())['T_HH_TOTAL.none']).toBe('140');
  });

  it('deletes with importStrategy DELETE and exports the deletion with deleted: true', async () => {
    const res = await s.as('tinh.phutho').post(`${CODE}&importStrategy=DELETE`, { ...SET, dataValues: [{ dataElement: 'T_HH_POOR' }] });
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { deleted: 1, imported: 0, updated: 0 } });
    expect((await stored())['T_HH_POOR.none']).toBeNull();
    const q = '/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128';
    expect((await s.as('tinh.phutho').get(q)).json().dataValues.some((v: any) => v.dataElement === 'T_HH_POOR')).toBe(false);
    const withDeleted = (await s.as('tinh.phutho').get(`${q}&includeDeleted=true`)).json().dataValues.find((v: any) => v.dataElement === 'T_HH_POOR');
    expect(withDeleted).toMatchObject({ value: null, deleted: true });
    const since = (await s.as('tinh.phutho').get(`${q}&lastUpdated=2000-01-01`)).json().dataValues.find((v: any) => v.dataElement === 'T_HH_POOR');
    expect(since?.deleted).toBe(true);
    // deleted: true on a value removes it too; a receiver importing our export removes it as well.
    expect(
      (await s.as('tinh.phutho').post(CODE, { ...SET, dataValues: [{ dataElement: 'T_POP', categoryOptionCombo: 'NAM', value: '205', deleted: true }] })).json()
        .importCount.deleted,
    ).toBe(1);
    expect((await stored())['T_POP.NAM']).toBeNull();
    const csv = (await s.as('tinh.phutho').get(`${q}&includeDeleted=true`, { accept: 'text/csv' })).body;
    expect(csv).toMatch(/^T_POP,2025,05128,NAM,default,,tinh\.phutho,[^,]+,,false,true$/m);
  });

  it('exports DHIS2 dxf2 XML, escaped, with deletions', async () => {
    expect(
      (await s.as('tinh.phutho').post(CODE, { ...SET, dataValues: [{ dataElement: 'T_HH_TOTAL', value: '140', comment: 'a<b & "c"' }] })).json().status,
    ).toBe('SUCCESS');
    const res = await s.as('tinh.phutho').get('/api/dataValueSets.xml?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128&includeDeleted=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<dataValueSet xmlns="http:\/\/dhis2.org\/schema\/dxf\/2.0" dataSet="TEST_Y">/);
    expect(res.body).toMatch(
      /<dataValue dataElement="T_HH_TOTAL" period="2025" orgUnit="05128" categoryOptionCombo="none" attributeOptionCombo="default" value="140" [^>]*comment="a&lt;b &amp; &quot;c&quot;" followup="false"\/>/,
    );
    expect(res.body).toMatch(/<dataValue dataElement="T_POP" period="2025" orgUnit="05128" categoryOptionCombo="NAM" [^>]*deleted="true"\/>/);
    expect((await s.as('tinh.phutho').post(CODE, '<dataValueSet/>', { 'content-type': 'application/xml' })).json()).toMatchObject({
      status: 'SUCCESS',
      importCount: { imported: 0, updated: 0 },
    });
  });

  it('creates only new values with CREATE and changes only existing ones with UPDATE', async () => {
    const create = (
      await s.as('tinh.phutho').post(`${CODE}&importStrategy=CREATE`, {
        ...SET,
        dataValues: [
          { dataElement: 'T_HH_TOTAL', value: '1' },
          { dataElement: 'T_HH_POOR', value: '5' },
        ],
      })
    ).json();
    expect(create.importCount).toEqual({ imported: 1, updated: 0, deleted: 0, ignored: 1 });
    const update = (
      await s.as('tinh.phutho').post(`${CODE}&importStrategy=UPDATE`, {
        ...SET,
        dataValues: [
          { dataElement: 'T_POP', categoryOptionCombo: 'NAM', value: '7' },
          { dataElement: 'T_POP', categoryOptionCombo: 'NU', value: '216' },
        ],
      })
    ).json();
    expect(update.importCount).toEqual({ imported: 0, updated: 1, deleted: 0, ignored: 1 });
    expect(await stored()).toMatchObject({ 'T_HH_TOTAL.none': '140', 'T_HH_POOR.none': '5', 'T_POP.NAM': null, 'T_POP.NU': '216' });
  });

  it("keeps to the caller's area", async () => {
    const outside = await communeOutside25();
    const res = await s.as('tinh.phutho').post(CODE, { ...SET, orgUnit: outside });
    expect(res.json().status).toBe('ERROR');
    // Outside Phú Thọ: refused (the test form is assigned inside the province only, which is checked too).
    expect(res.json().conflicts[0].object).toBe(outside);
    expect(['out_of_scope', 'unit_not_assigned']).toContain(res.json().conflicts[0].errorCode);
    expect(await stored(outside)).toEqual({});
    expect((await s.as('lanhdao').post(CODE, SET)).statusCode).toBe(403);
    expect((await s.as('tinh.phutho').get(`/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=${outside}`)).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').get('/api/dataValueSets?dataSet=TEST_Y&orgUnit=05128')).statusCode).toBe(400);
  });

  it('refuses commune officers: they enter reports on the grid, DHIS2 exchange is the province’s', async () => {
    const [audits, history] = [await count('audit_log'), await count('data_value_history')];
    for (const path of ['/api/dataValueSets', '/api/dataValueSets.json', '/api/dataValueSets.csv', '/api/dataValueSets.xml'])
      expect((await s.as('xa.tanlac').get(`${path}?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128`)).statusCode).toBe(403);
    expect((await s.as('xa.tanlac').post(CODE, SET)).statusCode).toBe(403);
    expect([await count('audit_log'), await count('data_value_history')]).toEqual([audits, history]);
    // A leader still reads values out; the province officer exchanges both ways.
    expect((await s.as('lanhdao').get('/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128')).statusCode).toBe(200);
  });

  it('writes, for a file of several reports, each value, its history and one audit entry per report exactly as sent (tabs, quotes, backslashes, lines)', async () => {
    const comment = 'tab\there "trích" \\ dòng\nhai';
    const lastAudit = Number((await sql<{ id: string }>`SELECT coalesce(max(id), 0) AS id FROM audit_log`.execute(s.t.database.db)).rows[0].id);
    const res = await s.as('tinh.phutho').post(CODE.replace('atomicMode=ALL', 'atomicMode=NONE'), {
      dataSet: 'TEST_Y',
      period: '2025',
      dataValues: [
        { orgUnit: '05128', dataElement: 'T_HH_TOTAL', categoryOptionCombo: 'none', value: '777', comment },
        { orgUnit: otherCommune, dataElement: 'T_HH_TOTAL', categoryOptionCombo: 'none', value: '778', comment },
        { orgUnit: otherCommune, dataElement: 'T_POP', categoryOptionCombo: 'NAM', value: '300' },
      ],
    });
    expect(res.json()).toMatchObject({ status: 'SUCCESS', conflicts: [] });
    expect((await stored())['T_HH_TOTAL.none']).toBe('777');
    expect(await stored(otherCommune)).toMatchObject({ 'T_HH_TOTAL.none': '778', 'T_POP.NAM': '300' });
    const audits = await sql<{ username: string; user_id: number | null; unit_code: string; before: any; after: any }>`
      SELECT a.username, a.user_id, u.code AS unit_code, a.before, a.after FROM audit_log a JOIN admin_unit u ON u.id = a.unit_id
      WHERE a.id > ${lastAudit} AND a.action = 'data_values_save' ORDER BY u.code`.execute(s.t.database.db);
    const json = (v: any) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(audits.rows.map((a) => a.unit_code)).toEqual(['05128', otherCommune].sort());
    for (const a of audits.rows) {
      expect(a.username).toBe('tinh.phutho');
      expect(a.user_id).not.toBeNull();
      expect(Array.isArray(json(a.before))).toBe(true);
      expect(json(a.after)).toMatchObject({ source: 'dhis2', periodId: '2025' });
      expect(json(a.after).values.find((v: any) => v.v === '777' || v.v === '778').comment).toBe(comment);
    }
    expect(json(audits.rows.find((a) => a.unit_code === otherCommune)!.after).values).toHaveLength(2);
    const history = await sql<{ new_value: string; new_comment: string | null; changed_by: number | null }>`
      SELECT h.new_value, h.new_comment, h.changed_by FROM data_value_history h WHERE h.new_value IN ('777', '778') ORDER BY h.new_value`.execute(
      s.t.database.db,
    );
    expect(history.rows.map((h) => [h.new_value, h.new_comment])).toEqual([
      ['777', comment],
      ['778', comment],
    ]);
    expect(history.rows.every((h) => h.changed_by === audits.rows[0].user_id)).toBe(true);
  });

  it('refuses values for an approved report', async () => {
    const R = `/api/data-entry/reports/TEST_Y/${otherCommune}/2025`;
    expect((await s.as('admin').post(CODE, { ...SET, orgUnit: otherCommune })).json().status).toBe('SUCCESS');
    expect((await s.as('admin').post(`${R}/submit`, {})).statusCode).toBe(200);
    expect((await s.as('admin').post(`${R}/approve`, {})).statusCode).toBe(200);
    const res = (await s.as('admin').post(CODE, { ...SET, orgUnit: otherCommune, dataValues: [{ dataElement: 'T_HH_TOTAL', value: '1' }] })).json();
    expect(res.status).toBe('ERROR');
    expect(res.conflicts[0].errorCode).toBe('report_locked');
    expect((await stored(otherCommune))['T_HH_TOTAL.none']).toBe('120');
  });
});
