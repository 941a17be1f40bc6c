import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createTestForm, storedByCode } from '../data-entry/data-entry.fixtures.js';
import { dhis2PeriodType } from './dhis2.parse.js';

/**
 * DHIS2 clients over real HTTP (Node's fetch, an `ApiToken`, no cookie, no CSRF): what DHIS2 2.39+
 * sends and how it answers — the WebMessage envelope, 200/409, XML on Accept, every import
 * parameter, async jobs with /api/system/tasks, /api/dataValues and the format suffixes.
 */
let t: TestApp;
let province: Client;
let base = '';
let token = '';
let otherToken = '';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  province = await t.login('tinh.phutho');
  await createTestForm(admin, t.database.db);
  const made = await province.post('/api/auth/tokens', { name: 'DHIS2 sync', scopes: [{ area: 'dhis2', access: 'write' }], expiresInDays: 30 });
  if (made.statusCode !== 201) throw new Error(made.body);
  token = made.json().secret;
  const other = await admin.post('/api/auth/tokens', { name: 'DHIS2 admin', scopes: [{ area: 'dhis2', access: 'write' }], expiresInDays: 30 });
  otherToken = other.json().secret;
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

const call = (path: string, init: { method?: string; body?: unknown; type?: string; accept?: string; auth?: string } = {}) =>
  fetch(base + path, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `ApiToken ${init.auth ?? token}`,
      'accept-language': 'en',
      ...(init.accept ? { accept: init.accept } : {}),
      ...(init.body === undefined ? {} : { 'content-type': init.type ?? 'application/json' }),
    },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
const stored = () => storedByCode(t.database.db, '05128');

/** DHIS2's single-data-set file: set-level dataSet, period, orgUnit, completedDate and the default attribute option combo. */
const single = (values: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  dataSet: 'TEST_Y',
  completedDate: '2026-01-05',
  period: '2025',
  orgUnit: '05128',
  attributeOptionCombo: 'HllvX50cXC0',
  idScheme: 'code',
  dataValues: values,
  ...extra,
});

describe('DHIS2 answers as DHIS2 does', () => {
  it('wraps the import summary in a WebMessage: 200 OK when every value is taken', async () => {
    const res = await call('/api/dataValueSets', {
      method: 'POST',
      body: single([{ dataElement: 'T_HH_TOTAL', categoryOptionCombo: 'HllvX50cXC0', value: '120' }]),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      httpStatus: 'OK',
      httpStatusCode: 200,
      status: 'OK',
      message: 'Import was successful.',
      response: {
        responseType: 'ImportSummary',
        status: 'SUCCESS',
        importOptions: { atomicMode: 'NONE', importStrategy: 'CREATE_AND_UPDATE', dryRun: false, async: false },
        importCount: { imported: 1, updated: 0, ignored: 0, deleted: 0 },
        conflicts: [],
        rejectedIndexes: [],
        dataSetComplete: 'false',
      },
    });
    expect((await stored())['T_HH_TOTAL.none']).toBe('120');
    // The audit log names the token the call came with, and the audit page's API shows it.
    const log = await province.get('/api/audit?action=data_values_save&pageSize=1');
    expect(log.json().items[0]).toMatchObject({ username: 'tinh.phutho', via: 'token: DHIS2 sync' });
  });

  it('keeps the valid values by default and answers 409 with the conflicts (DHIS2 default); atomicMode=ALL keeps none', async () => {
    const values = [
      { dataElement: 'T_HH_POOR', value: '31' },
      { dataElement: 'NO_SUCH_ELEMENT', value: '1' },
      { dataElement: 'T_HH_TOTAL', value: '1,000' },
    ];
    const all = await call('/api/dataValueSets?atomicMode=ALL', { method: 'POST', body: single(values) });
    expect(all.status).toBe(409);
    expect(await all.json()).toMatchObject({
      httpStatus: 'Conflict',
      httpStatusCode: 409,
      status: 'ERROR',
      response: { status: 'ERROR', importCount: { imported: 0, ignored: 3 }, rejectedIndexes: [1, 2] },
    });
    expect((await stored())['T_HH_POOR.none']).toBeUndefined();

    const res = await call('/api/dataValueSets', { method: 'POST', body: single(values) });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body).toMatchObject({
      httpStatus: 'Conflict',
      httpStatusCode: 409,
      status: 'WARNING',
      message: 'One more conflicts encountered, please check import summary.',
      response: { status: 'WARNING', importCount: { imported: 1, updated: 0, ignored: 2, deleted: 0 }, rejectedIndexes: [1, 2] },
    });
    expect(body.response.conflicts).toMatchObject([
      { object: 'NO_SUCH_ELEMENT', errorCode: 'dhis2_unknown_data_element', property: 'dataElement', indexes: [1] },
      { object: '1,000', errorCode: 'dhis2_number_format', indexes: [2] },
    ]);
    expect((await stored())['T_HH_POOR.none']).toBe('31');
    expect((await stored())['T_HH_TOTAL.none']).toBe('120');
  });

  it('answers XML when the Accept header asks for it', async () => {
    const res = await call('/api/dataValueSets', { method: 'POST', accept: 'application/xml', body: single([{ dataElement: 'NOPE', value: '1' }]) });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    const text = await res.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<webMessage xmlns="http:\/\/dhis2.org\/schema\/dxf\/2.0">/);
    expect(text).toContain('<httpStatusCode>409</httpStatusCode>');
    expect(text).toContain('<importCount imported="0" updated="0" ignored="1" deleted="0"/>');
    expect(text).toMatch(
      /<conflict object="NOPE" value="Không có chỉ tiêu &quot;NOPE&quot;" errorCode="dhis2_unknown_data_element" property="dataElement"><index>0<\/index><\/conflict>/,
    );
  });

  it('accepts every documented import parameter and the header fields DHIS2 writes, in JSON and XML', async () => {
    const params = [
      'async=false',
      'importReportMode=ERRORS',
      'skipAudit=true',
      'strictPeriods=true',
      'strictDataElements=false',
      'strictCategoryOptionCombos=false',
      'strictAttributeOptionCombos=false',
      'strictOrganisationUnits=false',
      'requireCategoryOptionCombo=false',
      'requireAttributeOptionCombo=false',
      'force=false',
      'preheatCache=true',
      'skipExistingCheck=false',
      'skipNotifications=true',
      'skipLastUpdated=false',
      'skipCache=false',
      'mergeMode=REPLACE',
      'firstRowIsHeader=true',
      'categoryIdScheme=CODE',
      'categoryOptionIdScheme=CODE',
      'dataElementIdScheme=CODE',
      'orgUnitIdScheme=CODE',
      'categoryOptionComboIdScheme=CODE',
      'dataSetIdScheme=CODE',
      'importStrategy=NEW_AND_UPDATES',
      'dryRun=true',
    ].join('&');
    const res = await call(`/api/dataValueSets?${params}`, {
      method: 'POST',
      body: single([{ dataElement: 'T_POP', categoryOptionCombo: 'NAM', attributeOptionCombo: 'default', value: '7', storedBy: 'x', followup: false }], {
        attributeCategoryOptions: [],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).response).toMatchObject({
      importOptions: { dryRun: true, reportMode: 'ERRORS', skipAudit: true, strictPeriods: true, force: false, importStrategy: 'CREATE_AND_UPDATE' },
      importCount: { imported: 1 },
    });
    expect((await stored())['T_POP.NAM']).toBeUndefined();
    // The header of a dxf2 file: schemes, dryRun and the strategy written there win over the query.
    const xml = `<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0" dataSet="TEST_Y" completeDate="2026-01-05" period="2025" orgUnit="05128" idScheme="code" dryRun="true" importStrategy="CREATE">
  <dataValue dataElement="T_POP" categoryOptionCombo="NU" value="8"/></dataValueSet>`;
    const x = await call('/api/dataValueSets?dryRun=false', { method: 'POST', body: xml, type: 'application/xml' });
    expect(x.status).toBe(200);
    expect((await x.json()).response).toMatchObject({ importOptions: { dryRun: true, importStrategy: 'CREATE' }, importCount: { imported: 1 } });
    expect((await stored())['T_POP.NU']).toBeUndefined();
    const bad = await call('/api/dataValueSets', { method: 'POST', body: xml.replace('idScheme="code"', 'idScheme="NAME"'), type: 'application/xml' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe('Tham số idScheme không hợp lệ: "NAME"');
    const paged = await call('/api/dataValueSets?idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128&paging=true&page=1&pageSize=50');
    expect(paged.status).toBe(200);
  });

  it('accepts and answers every format suffix (.json, .csv, .xml, .adx)', async () => {
    const q = 'idScheme=CODE&dataSet=TEST_Y&period=2025&orgUnit=05128';
    for (const [suffix, type] of [
      ['.json', /application\/json/],
      ['.csv', /text\/csv/],
      ['.xml', /application\/xml/],
      ['.adx', /application\/adx\+xml/],
    ] as const) {
      const out = await call(`/api/dataValueSets${suffix}?${q}`);
      expect(out.status, suffix).toBe(200);
      expect(out.headers.get('content-type'), suffix).toMatch(type);
      const body = await out.text();
      const sent = await call(`/api/dataValueSets${suffix}?idScheme=CODE`, {
        method: 'POST',
        body,
        type: { '.json': 'application/json', '.csv': 'application/csv', '.xml': 'application/xml', '.adx': 'application/adx+xml' }[suffix],
      });
      expect(sent.status, `${suffix}: ${body}`).toBe(200);
      expect((await sent.json()).response.importCount, suffix).toMatchObject({ imported: 0, updated: 0, deleted: 0 });
    }
  });

  it('names the DHIS2 period type of a period no form uses, and a period of another type than the form', async () => {
    const res = await call('/api/dataValueSets', {
      method: 'POST',
      body: {
        idScheme: 'CODE',
        orgUnit: '05128',
        dataValues: [
          { dataElement: 'T_HH_TOTAL', period: '2025W3', value: '1' },
          { dataElement: 'T_HH_TOTAL', period: '202501', value: '1' },
          { dataElement: 'T_HH_TOTAL', period: '2025W60', value: '1' },
          { dataElement: 'T_HH_TOTAL', period: '2025AprilS1', value: '1' },
        ],
      },
    });
    expect(res.status).toBe(409);
    const { response } = await res.json();
    expect(response.conflicts.map((c: { errorCode: string; value: string }) => [c.errorCode, c.value])).toEqual([
      ['dhis2_period_type_not_used', 'Kỳ "2025W3" thuộc loại kỳ DHIS2 Weekly; không biểu mẫu nào ở đây dùng loại kỳ này (chỉ có tháng, quý, 6 tháng, năm)'],
      ['dhis2_period_type_mismatch', 'Kỳ "202501" thuộc loại Monthly, nhưng biểu mẫu của chỉ tiêu này dùng loại kỳ Yearly'],
      ['dhis2_unknown_period', 'Kỳ "2025W60" không hợp lệ'],
      [
        'dhis2_period_type_not_used',
        'Kỳ "2025AprilS1" thuộc loại kỳ DHIS2 SixMonthlyApril; không biểu mẫu nào ở đây dùng loại kỳ này (chỉ có tháng, quý, 6 tháng, năm)',
      ],
    ]);
  });

  it('reads every DHIS2 period type', () => {
    const cases: [string, string | null][] = [
      ['20250131', 'Daily'],
      ['20250230', null],
      ['2025W1', 'Weekly'],
      ['2026W53', 'Weekly'],
      ['2025W53', null],
      ['2025WedW5', 'WeeklyWednesday'],
      ['2025ThuW5', 'WeeklyThursday'],
      ['2025SatW5', 'WeeklySaturday'],
      ['2025SunW5', 'WeeklySunday'],
      ['2025BiW3', 'BiWeekly'],
      ['202503', 'Monthly'],
      ['202513', null],
      ['202503B', 'BiMonthly'],
      ['202507B', null],
      ['2025Q4', 'Quarterly'],
      ['2025NovQ1', 'QuarterlyNov'],
      ['2025S2', 'SixMonthly'],
      ['2025AprilS1', 'SixMonthlyApril'],
      ['2025NovS2', 'SixMonthlyNov'],
      ['2025', 'Yearly'],
      ['2025Feb', 'FinancialFeb'],
      ['2025April', 'FinancialApril'],
      ['2025July', 'FinancialJuly'],
      ['2025Aug', 'FinancialAug'],
      ['2025Sep', 'FinancialSep'],
      ['2025Oct', 'FinancialOct'],
      ['2025Nov', 'FinancialNov'],
      ['2025X', null],
    ];
    for (const [id, type] of cases) expect(dhis2PeriodType(id), id).toBe(type);
  });
});

describe('asynchronous import', () => {
  it('returns a job whose progress and summary are read from /api/system/tasks and taskSummaries, by its owner only', async () => {
    const res = await call('/api/dataValueSets?async=true', {
      method: 'POST',
      body: single([{ dataElement: 'T_POP', categoryOptionCombo: 'NU', value: '211' }]),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      httpStatus: 'OK',
      httpStatusCode: 200,
      status: 'OK',
      message: 'Initiated dataValueImport',
      response: { jobType: 'DATAVALUE_IMPORT' },
    });
    const { id, relativeNotifierEndpoint } = body.response;
    expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]{10}$/);
    expect(relativeNotifierEndpoint).toBe(`/api/system/tasks/DATAVALUE_IMPORT/${id}`);
    let notes: { completed: boolean; message: string; level: string }[] = [];
    for (let i = 0; i < 200 && !notes[0]?.completed; i++) {
      await new Promise((r) => setTimeout(r, 50));
      notes = await (await call(relativeNotifierEndpoint)).json();
    }
    expect(notes[0]).toMatchObject({ completed: true, level: 'INFO', message: expect.stringContaining('imported: 1') });
    expect(notes.at(-1)!.message).toBe('Import started');
    const summary = await (await call(`/api/system/taskSummaries/DATAVALUE_IMPORT/${id}`)).json();
    expect(summary).toMatchObject({ responseType: 'ImportSummary', status: 'SUCCESS', importCount: { imported: 1 }, importOptions: { async: true } });
    expect((await stored())['T_POP.NU']).toBe('211');
    expect(Object.keys(await (await call('/api/system/tasks/DATAVALUE_IMPORT')).json())).toContain(id);
    expect((await call(relativeNotifierEndpoint, { auth: otherToken })).status).toBe(404);
    expect((await call(`/api/system/taskSummaries/DATAVALUE_IMPORT/${id}`, { auth: otherToken })).status).toBe(404);
  });
});

describe('/api/dataValues (one value)', () => {
  it('saves from query or form fields (201), reads it back, refuses a bad value with 409 and deletes (204)', async () => {
    const audits = await countRows(t.database.db, 'audit_log');
    const saved = await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE', {
      method: 'POST',
      body: 'value=205&comment=%C4%91%E1%BA%BFm+l%E1%BA%A1i',
      type: 'application/x-www-form-urlencoded',
    });
    expect(saved.status, await saved.clone().text()).toBe(201);
    expect((await stored())['T_POP.NAM']).toBe('205');
    expect(await countRows(t.database.db, 'audit_log')).toBeGreaterThan(audits);
    const read = await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE');
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(['205']);

    const json = await call('/api/dataValues?idScheme=CODE', {
      method: 'POST',
      body: { dataElement: 'T_POP', period: '2025', orgUnit: '05128', categoryOptionCombo: 'NAM', value: '206' },
    });
    expect(json.status).toBe(201);
    expect((await stored())['T_POP.NAM']).toBe('206');

    const bad = await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE&value=abc', { method: 'POST' });
    expect(bad.status, await bad.clone().text()).toBe(409);
    expect(await bad.json()).toMatchObject({ httpStatus: 'Conflict', httpStatusCode: 409, status: 'ERROR' });
    expect((await stored())['T_POP.NAM']).toBe('206');
    const missing = await call('/api/dataValues?pe=2025&ou=05128&value=1', { method: 'POST' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toBe('Thiếu tham số de');

    const del = await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE', { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await stored())['T_POP.NAM'] ?? null).toBeNull();
    expect((await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE')).status).toBe(404);
    expect((await call('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE', { method: 'DELETE' })).status).toBe(404);
  });
});
