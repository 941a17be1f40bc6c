import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { createHousehold } from './households.fixtures.js';

const s = useTestApp('xa.tanlac');

describe('years with a poverty classification', () => {
  it('lists every classified year, newest first, and follows new classifications', async () => {
    const distinct = async () =>
      (await s.t.database.db.selectFrom('household_poverty').select('year').distinct().orderBy('year', 'desc').execute()).map((r) => Number(r.year));
    const before = (await s.as('xa.tanlac').get('/api/register/poverty-years')).json().years;
    expect(before).toEqual(await distinct());
    expect(before.length).toBeGreaterThan(0);
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: '2025-08-01' });
    const put = await s.as('xa.tanlac').put(`/api/households/${h.id}/poverty/2026`, { status: 'near_poor', effectiveDate: '2026-03-01' });
    expect(put.statusCode, put.body).toBe(200);
    const after = (await s.as('xa.tanlac').get('/api/register/poverty-years')).json().years;
    expect(after[0]).toBe(2026);
    expect(after).toEqual(await distinct());
  });

  it('needs a session', async () => {
    expect((await s.t.app.inject({ method: 'GET', url: '/api/register/poverty-years' })).statusCode).toBe(401);
  });
});
