import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../test/harness.js';
import { createHousehold, villageOf } from './households.fixtures.js';

const s = useTestApp('xa.tanlac');

const total = async (client: Client, url: string) => {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};

describe('remembered list totals', () => {
  it('follow every write to the register, through the API or straight into the tables', async () => {
    const households = '/api/households?commune=05128&pageSize=5';
    const persons = '/api/persons?commune=05128&pageSize=5';
    const h0 = await total(s.as('xa.tanlac'), households);
    const p0 = await total(s.as('xa.tanlac'), persons);
    expect(h0).toBeGreaterThan(0);
    expect(await total(s.as('xa.tanlac'), households + '&page=3')).toBe(h0); // the same total on every page

    const h = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      villageId: await villageOf(s.as('xa.tanlac'), '05128', '2025-08-01'),
    });
    expect(await total(s.as('xa.tanlac'), households)).toBe(h0 + 1);
    expect(await total(s.as('xa.tanlac'), persons)).toBe(p0 + h.members.length);

    // A write that bypasses the service (a bulk load, a database console) changes the totals too.
    await sql`UPDATE household SET deleted_at = now(), deleted_reason = 'test' WHERE id = ${h.id}`.execute(s.t.database.db);
    expect(await total(s.as('xa.tanlac'), households)).toBe(h0);
    await sql`UPDATE person SET deleted_at = now() WHERE id = ${h.members[0].id}`.execute(s.t.database.db);
    expect(await total(s.as('xa.tanlac'), persons)).toBe(p0 + h.members.length - 1);
  });

  it('counts a search in the same pass as its page, and the same past the last page', async () => {
    const first = (await s.as('xa.tanlac').get('/api/persons?q=thi&pageSize=100')).json();
    expect(first.total).toBeGreaterThan(100);
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(first.total / 100); page++) {
      const res = (await s.as('xa.tanlac').get(`/api/persons?q=thi&pageSize=100&page=${page}`)).json();
      expect(res.total).toBe(first.total);
      for (const p of res.items) {
        expect(
          p.fullName
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/gi, 'd')
            .toLowerCase(),
        ).toContain('thi');
        seen.push(p.id);
      }
    }
    expect(new Set(seen).size).toBe(first.total);
    const beyond = (await s.as('xa.tanlac').get(`/api/persons?q=thi&pageSize=100&page=${Math.ceil(first.total / 100) + 3}`)).json();
    expect(beyond).toMatchObject({ items: [], total: first.total });
  });
});
