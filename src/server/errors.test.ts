/**
 * Sweeps every API route listed in the OpenAPI document with bad input: no session, unknown fields,
 * wrong types, broken and oversized bodies. Each must answer with the one error shape, translated,
 * never a 500, and must write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../test/harness.js';

const s = useTestApp('admin');
let routes: { method: string; path: string; op: any }[];
const PUBLIC_PATHS = new Set(['/api/health', '/api/auth/login', '/api/auth/login/code', '/api/auth/setup']);
/** Reached without a session: the fixed public routes, what the portal reads under /api/public/, and ODK Collect's calls (the key is in the address). */
const PUBLIC = { has: (path: string) => PUBLIC_PATHS.has(path) || path.startsWith('/api/public/') || path.startsWith('/v1/key/') };

beforeAll(async () => {
  const spec = (s.t.app as any).swagger();
  routes = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
});

const concrete = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);
const isMultipart = (op: any) => !!op.requestBody?.content?.['multipart/form-data'];
const hasJsonBody = (op: any) => !!op.requestBody?.content?.['application/json'];
const expectErrorShape = (res: { statusCode: number; json(): any; body: string }, label: string) => {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, label).toBeLessThan(500);
  const body = res.json();
  expect(typeof body.error?.code, label).toBe('string');
  expect(typeof body.error?.message, label).toBe('string');
  expect(Array.isArray(body.error?.details), label).toBe(true);
};

async function auditCount() {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action NOT IN ('login', 'logout')`.execute(s.t.database.db);
  return r.rows[0].n;
}

describe('every endpoint rejects bad input with the error shape', () => {
  it('lists the foundation routes in OpenAPI', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    for (const p of ['GET /api/health', 'POST /api/auth/login', 'GET /api/ethnic-groups', 'GET /api/admin-units', 'GET /api/users', 'GET /api/audit']) {
      expect(paths).toContain(p);
    }
  });

  it('answers 401 without a session (except public routes)', async () => {
    for (const r of routes.filter((r) => !PUBLIC.has(r.path))) {
      const res = await s.t.anonymous().request(r.method, concrete(r.path, '1'));
      expectErrorShape(res, `${r.method} ${r.path}`);
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(401);
    }
  });

  it('rejects unknown query fields on every list', async () => {
    for (const r of routes.filter((r) => r.method === 'GET' && (r.op.parameters ?? []).some((p: any) => p.in === 'query'))) {
      const res = await s.as('admin').get(`${concrete(r.path, '1')}?zz_unknown=1`, { 'accept-language': 'en' });
      expectErrorShape(res, `${r.method} ${r.path}`);
      expect(res.statusCode).toBe(400);
    }
  });

  it('rejects wrong-typed path parameters', async () => {
    for (const r of routes.filter((r) => r.path.includes('{'))) {
      const res = await s.as('admin').request(r.method, concrete(r.path, 'x%20y'), hasJsonBody(r.op) ? {} : undefined);
      expectErrorShape(res, `${r.method} ${r.path}`);
    }
  });

  /** Routes that take whole documents and accept more than the 1 MB default. */
  const LARGER_BODY_LIMITS: Record<string, number> = {
    '/api/reporting/metadata': 20 * 1024 * 1024,
    '/api/dataValueSets': 10 * 1024 * 1024,
    '/api/dhis2/metadata': 20 * 1024 * 1024,
  };

  it('rejects unknown fields, wrong types, broken JSON and oversized bodies on every JSON write', async () => {
    const before = await auditCount();
    for (const r of routes.filter((r) => hasJsonBody(r.op) && !PUBLIC.has(r.path))) {
      const url = concrete(r.path, '1');
      const label = `${r.method} ${url}`;
      for (const body of [{ zz_unknown: 1 }, [1, 2], 'plain text']) {
        const res = await s.as('admin').request(r.method, url, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json' });
        expectErrorShape(res, `${label} ${JSON.stringify(body)}`);
      }
      const limit = LARGER_BODY_LIMITS[r.path] ?? 1024 * 1024;
      const huge = await s
        .as('admin')
        .request(r.method, url, JSON.stringify({ name: 'x'.repeat(limit + 1024 * 1024) }), { 'content-type': 'application/json' });
      expectErrorShape(huge, `${label} huge`);
      expect(huge.statusCode, label).toBe(413);
    }
    expect(await auditCount()).toBe(before);
  });

  it('rejects uploads without a file or with an empty file', async () => {
    const before = await auditCount();
    for (const r of routes.filter((r) => isMultipart(r.op))) {
      const url = concrete(r.path, '1');
      const noFile = await s.as('admin').upload(url, { dryRun: 'false' }, {});
      expectErrorShape(noFile, `${url} no file`);
      const json = await s.as('admin').request('POST', url, { a: 1 });
      expectErrorShape(json, `${url} json instead of multipart`);
    }
    expect(await auditCount()).toBe(before);
  });

  it("speaks the caller's language", async () => {
    const en = await s.t.anonymous().get('/api/ethnic-groups', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().error.message).toBe('You need to log in');
    const vi = await s.t.anonymous().get('/api/ethnic-groups', { 'accept-language': 'vi' });
    expect(vi.json().error.message).toBe('Bạn cần đăng nhập');
    const unknownRoute = await s.as('admin').get('/api/no-such-thing');
    expect(unknownRoute.statusCode).toBe(404);
    expect(unknownRoute.json().error.code).toBe('route_not_found');
  });
});
