import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaries } from './dhis2.fixtures.js';
import { useTestApp } from '../../test/harness.js';
import { storedByCode } from '../data-entry/data-entry.fixtures.js';
import { checkDhis2Value, plainDecimal } from './dhis2.parse.js';

/**
 * Numbers never change through the DHIS2 exchange: DHIS2's number format only (`.` decimals, no
 * grouping), no digit silently lost, numbers exported in plain decimal digits, and whatever we
 * export in any format imports back to exactly what is stored.
 */
const app = useTestApp('tinh.phutho', 'admin');
/** Clients answering the bare import summary; the envelope and status codes are tested in dhis2.fidelity.test.ts. */
const s = {
  as: summaries(app).as,
  get t() {
    return app.t;
  },
};
const CODE = '/api/dataValueSets?idScheme=CODE&atomicMode=ALL';
const QUERY = 'idScheme=CODE&dataSet=TEST_NUM&period=2025&orgUnit=05128';

beforeAll(async () => {
  const doc = {
    dataElements: [
      { code: 'N_NUM', nameVi: 'Số thực', valueType: 'number', minValue: null, maxValue: null, categoryCombo: 'none' },
      { code: 'N_INT', nameVi: 'Số nguyên', valueType: 'integer', minValue: null, maxValue: null, categoryCombo: 'none' },
    ],
    dataSets: [
      {
        code: 'TEST_NUM',
        nameVi: 'Biểu thử số',
        periodType: 'yearly',
        deadlineDays: 10,
        assignLevel: 'commune',
        assignWithin: '25',
        sections: [{ code: 'A', nameVi: 'Phần A', dataElements: ['N_NUM', 'N_INT'] }],
      },
    ],
  };
  const res = await s.as('admin').post('/api/reporting/metadata', doc);
  expect(res.statusCode, res.body).toBe(200);
});

const stored = async () => {
  const all = await storedByCode(s.t.database.db);
  return { num: all['N_NUM.none'] ?? null, int: all['N_INT.none'] ?? null };
};
const post = (values: { dataElement: string; value: unknown }[], lang = 'en') =>
  s.as('tinh.phutho').post(CODE, { dataSet: 'TEST_NUM', period: '2025', orgUnit: '05128', dataValues: values }, { 'accept-language': lang });

describe('numbers in DHIS2 files', () => {
  it('refuses "1,000" and "1 000" as a conflict instead of storing 1, in JSON and CSV', async () => {
    await post([{ dataElement: 'N_INT', value: '7' }]);
    const res = await post(
      [
        { dataElement: 'N_INT', value: '1,000' },
        { dataElement: 'N_NUM', value: '1 000,5' },
      ],
      'vi',
    );
    const body = res.json();
    expect(body.status).not.toBe('SUCCESS');
    expect(body.conflicts.map((c: { object: string; errorCode: string }) => [c.object, c.errorCode]).sort()).toEqual([
      ['1 000,5', 'dhis2_number_format'],
      ['1,000', 'dhis2_number_format'],
    ]);
    expect(JSON.stringify(body.conflicts)).toContain('dấu chấm');
    const csv = 'dataelement,period,orgunit,catoptcombo,attroptcombo,value\nN_INT,2025,05128,none,,"1,000"\n';
    const fromCsv = (await s.as('tinh.phutho').post(CODE, csv, { 'content-type': 'text/csv', 'accept-language': 'en' })).json();
    expect(fromCsv.conflicts).toMatchObject([{ object: '1,000', errorCode: 'dhis2_number_format' }]);
    expect((await stored()).int).toBe('7');
  });

  it('refuses an integer with more digits than are kept exactly, as text or as a JSON number', async () => {
    const res = (await post([{ dataElement: 'N_INT', value: '12345678901234567890' }])).json();
    expect(res.conflicts).toMatchObject([{ object: '12345678901234567890', errorCode: 'dhis2_number_not_exact' }]);
    expect(res.conflicts[0].value).toContain('nhiều chữ số hơn mức lưu được chính xác');
    const asNumber = await s
      .as('tinh.phutho')
      .post(CODE, `{"dataSet":"TEST_NUM","period":"2025","orgUnit":"05128","dataValues":[{"dataElement":"N_INT","value":12345678901234567890}]}`, {
        'content-type': 'application/json',
        'accept-language': 'en',
      });
    expect(asNumber.json().conflicts).toMatchObject([{ errorCode: 'dhis2_number_not_exact' }]);
    expect((await stored()).int).toBe('7');
    // The largest exact integers are taken as sent.
    expect((await post([{ dataElement: 'N_INT', value: '9007199254740991' }])).json().conflicts).toEqual([]);
    expect((await stored()).int).toBe('9007199254740991');
  });

  it('exports 1e+23 in plain digits and takes it back unchanged', async () => {
    expect((await post([{ dataElement: 'N_NUM', value: '1e+23' }])).json().conflicts).toEqual([]);
    const out = (await s.as('tinh.phutho').get(`/api/dataValueSets?${QUERY}`)).json();
    expect(out.dataValues.find((v: { dataElement: string }) => v.dataElement === 'N_NUM').value).toBe('100000000000000000000000');
    const again = (await s.as('tinh.phutho').post(CODE, out)).json();
    expect(again.conflicts).toEqual([]);
    expect(again.importCount).toMatchObject({ imported: 0, updated: 0 });
  });

  it('writes exponent notation in plain digits exactly', () => {
    expect(plainDecimal('1e+23')).toBe('100000000000000000000000');
    expect(plainDecimal('-2.5e-7')).toBe('-0.00000025');
    expect(plainDecimal('1.25e1')).toBe('12.5');
    expect(plainDecimal('12')).toBe('12');
    const rule = { valueType: 'number' as const, min: null, max: null };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const plain = plainDecimal(String(d));
        expect(plain).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(plain)).toBe(d === 0 ? 0 : d);
        expect(checkDhis2Value(plain, rule)).toEqual({ ok: true, value: String(d === 0 ? 0 : d) });
      }),
    );
  });
});

const FORMATS = {
  json: { get: `/api/dataValueSets?${QUERY}`, type: 'application/json' },
  csv: { get: `/api/dataValueSets.csv?${QUERY}`, type: 'text/csv' },
  xml: { get: `/api/dataValueSets.xml?${QUERY}`, type: 'application/xml' },
  adx: { get: `/api/dataValueSets?format=adx&${QUERY}`, type: 'application/adx+xml' },
} as const;

describe('round trip of everything we export', () => {
  it('imports any exported number back unchanged, in JSON, CSV, XML and ADX', async () => {
    const c = s.as('tinh.phutho');
    await fc.assert(
      fc.asyncProperty(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.maxSafeInteger().map((n) => (n % 2 === 0 ? n : -n)),
        async (num, int) => {
          const res = (
            await post([
              { dataElement: 'N_NUM', value: String(num) },
              { dataElement: 'N_INT', value: String(int) },
            ])
          ).json();
          expect(res.conflicts).toEqual([]);
          const before = await stored();
          expect(Number(before.num)).toBe(num === 0 ? 0 : num);
          expect(Number(before.int)).toBe(int === 0 ? 0 : int);
          for (const [name, f] of Object.entries(FORMATS)) {
            const out = await c.get(f.get);
            expect(out.statusCode, `${name} ${out.body}`).toBe(200);
            const back = await c.post(name === 'adx' ? '/api/dataValueSets?format=adx' : CODE, out.body, { 'content-type': f.type });
            expect(back.json().conflicts, `${name}: ${out.body}`).toEqual([]);
            expect(back.json().importCount, name).toMatchObject({ imported: 0, updated: 0, deleted: 0 });
            expect(await stored(), name).toEqual(before);
          }
        },
      ),
      {
        numRuns: 8,
        examples: [
          [1e23, 9007199254740991],
          [5e-324, -9007199254740991],
          [-1.7976931348623157e308, 0],
          [0.1, 1],
        ],
      },
    );
  }, 300_000);
});
