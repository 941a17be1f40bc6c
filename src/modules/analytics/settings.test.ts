import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';

const s = useTestApp('admin', 'tinh.phutho');

describe('disclosure threshold', () => {
  it('an administrator changes it (audited with the value before and after); others may not; bad values are refused', async () => {
    const res = await s.as('admin').put('/api/analytics/settings', { threshold: 15 });
    expect(res.statusCode, res.body).toBe(200);
    expect((await s.as('admin').get('/api/analytics/catalogue')).json().threshold).toBe(15);
    const audit = await sql<{ before: unknown; after: unknown }>`
      SELECT before, after FROM audit_log WHERE entity = 'analytics_setting' ORDER BY id DESC LIMIT 1`.execute(s.t.database.db);
    const parse = (x: unknown) => (typeof x === 'string' ? JSON.parse(x) : x);
    expect(parse(audit.rows[0].before)).toEqual({ threshold: 10 });
    expect(parse(audit.rows[0].after)).toEqual({ threshold: 15 });
    expect((await s.as('tinh.phutho').put('/api/analytics/settings', { threshold: 3 })).statusCode).toBe(403);
    const bad = await s.as('admin').put('/api/analytics/settings', { threshold: 0 });
    expect(bad.statusCode).toBe(400);
    expect((await s.as('admin').get('/api/analytics/catalogue')).json().threshold).toBe(15);
  });
});
