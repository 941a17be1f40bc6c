import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createHousehold } from './households.fixtures.js';

let t: TestApp;
let tanlac: Client;
beforeAll(async () => {
  t = await createTestApp();
  tanlac = await t.login('xa.tanlac');
});
afterAll(async () => t?.close());

describe('years with a poverty classification', () => {
  it('lists every classified year, newest first, and follows new classifications', async () => {
    const distinct = async () =>
      (await t.database.db.selectFrom('household_poverty').select('year').distinct().orderBy('year', 'desc').execute()).map((r) => Number(r.year));
    const before = (await tanlac.get('/api/register/poverty-years')).json().years;
    expect(before).toEqual(await distinct());
    expect(before.length).toBeGreaterThan(0);
    const h = await createHousehold(tanlac, { communeCode: '05128', validFrom: '2025-08-01' });
    const put = await tanlac.put(`/api/households/${h.id}/poverty/2026`, { status: 'near_poor', effectiveDate: '2026-03-01' });
    expect(put.statusCode, put.body).toBe(200);
    const after = (await tanlac.get('/api/register/poverty-years')).json().years;
    expect(after[0]).toBe(2026);
    expect(after).toEqual(await distinct());
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/register/poverty-years' })).statusCode).toBe(401);
  });
});
