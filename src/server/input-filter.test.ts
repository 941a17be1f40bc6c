/**
 * The one input filter (NUL and lone surrogates refused with a 400 naming the field), bounded ids,
 * the error shape of the framework's own errors, and what the server log keeps of a search.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/harness.js';
import { buildApp } from './app.js';
import { redactUrl } from './logger.js';

const s = useTestApp('admin', 'xa.tanlac');

const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';

function expectRefused(res: { statusCode: number; body: string; json(): any }, field: string) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
  const { error } = res.json();
  expect(error.code).toBe('invalid_character');
  expect(error.message).toContain(field);
  expect(error.details).toEqual([expect.objectContaining({ field, code: 'invalid_character' })]);
}

describe('NUL and lone surrogates are refused everywhere with a 400 naming the field', () => {
  it('in the query string', async () => {
    expectRefused(await s.as('xa.tanlac').get('/api/persons?q=ab%00'), 'q');
    expectRefused(await s.as('admin').get('/api/villages?q=%00'), 'q');
    expectRefused(await s.as('admin').get('/api/households?q=a%00b&page=1'), 'q');
  });

  it('in JSON bodies, however deep, and in keys', async () => {
    expectRefused(await s.as('xa.tanlac').post('/api/villages', { communeCode: '05128', name: 'Th\u0000', type: 'xom' }), 'name');
    expectRefused(await s.as('xa.tanlac').post('/api/villages', { communeCode: '05128', name: `Th${LONE_HIGH}`, type: 'xom' }), 'name');
    expectRefused(
      await s.as('admin').post('/api/villages/merge', { sourceIds: [1], target: { name: `X${LONE_LOW}`, type: 'xom' }, date: '2025-08-01' }),
      'target.name',
    );
    expectRefused(await s.as('admin').post('/api/reporting/data-elements', { items: [{ a: ['ok', 'b\u0000'] }] }), 'items.0.a.1');
    expectRefused(await s.as('admin').post('/api/villages', { 'k\u0000': 1 }), 'k\uFFFD');
  });

  it('in path segments', async () => {
    expectRefused(await s.as('admin').get('/api/admin-units/05128%00'), 'code');
    expectRefused(await s.as('admin').get('/api/reporting/periods/2025%00'), 'id');
  });

  it('in multipart text fields and file names', async () => {
    const csv = Buffer.from('a,b\n1,2\n');
    expectRefused(await s.as('admin').upload('/api/register/imports', { dryRun: 'tr\u0000ue' }, { file: { name: 'x.csv', data: csv } }), 'dryRun');
    expectRefused(await s.as('admin').upload('/api/register/imports', {}, { file: { name: 'x\u0000.csv', data: csv } }), 'file');
  });

  it('in the headers the server reads', async () => {
    expectRefused(await s.as('admin').get('/api/persons', { 'accept-language': 'vi\u0000' }), 'accept-language');
  });

  it('refuses a CSRF token that is not ASCII (403, not a crash in the comparison)', async () => {
    const res = await s
      .as('admin')
      .post('/api/villages', { communeCode: '05128', name: 'Xóm', type: 'xom' }, { 'x-csrf-token': '\u00e9'.repeat(s.as('admin').csrf.length) });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_invalid');
  });

  it('keeps ordinary Vietnamese text and paired surrogates (emoji)', async () => {
    const res = await s.as('xa.tanlac').get(`/api/persons?q=${encodeURIComponent('Nguyễn 😀')}`);
    expect(res.statusCode).toBe(200);
  });
});

describe('ids are bounded', () => {
  it('answers 400 for ids past 2³¹−1 in paths, queries and bodies, never 500', async () => {
    for (const url of [
      '/api/persons/2147483648',
      '/api/households/9223372036854775808',
      '/api/villages/2147483648',
      '/api/users/2147483648',
      '/api/register/imports/2147483648',
    ]) {
      const res = await s.as('admin').get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details[0]).toMatchObject({ field: 'id' });
    }
    expect((await s.as('admin').get('/api/households?village=2147483648')).statusCode).toBe(400);
    const merge = await s.as('admin').post('/api/duplicates/1/merge', { keepPersonId: 2 ** 31 });
    expect(merge.statusCode).toBe(400);
    expect(merge.json().error.details[0]).toMatchObject({ field: 'keepPersonId' });
  });

  it('still answers 404 for the largest id that can exist', async () => {
    expect((await s.as('admin').get('/api/persons/2147483647?purpose=kiểm tra')).statusCode).toBe(404);
  });
});

describe("the framework's own errors have our shape", () => {
  const ours = (res: { statusCode: number; json(): any }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String), details: expect.any(Array) } });
  };

  it('a malformed percent-encoding in the path', async () => {
    ours(await s.as('admin').get('/api/persons/%E0%A4%A'), 400, 'bad_url');
    const en = await s.as('admin').get('/api/persons/%E0%A4%A', { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The request address is not valid');
  });

  it('a wrong method and an unknown route', async () => {
    ours(await s.as('admin').request('PUT', '/api/health', {}), 404, 'route_not_found');
  });

  it('broken content types', async () => {
    const res = await s.as('admin').request('POST', '/api/villages', '{}', { 'content-type': 'application/json; charset=utf-99' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(Object.keys(res.json())).toEqual(['error']);
    ours(await s.as('admin').request('POST', '/api/villages', 'x', { 'content-type': 'text/x-nope' }), 415, 'unsupported_media_type');
  });
});

describe('the server log', () => {
  it('keeps no query values: a CCCD searched for never appears', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({ ctx: s.t.ctx, logger: { level: 'info', stream } });
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/persons?q=001088012345', headers: { cookie: s.as('xa.tanlac').cookie } });
      expect(res.statusCode).toBe(200);
      const log = lines.join('');
      expect(log).toContain('/api/persons?q=');
      expect(log).not.toContain('001088012345');
    } finally {
      await app.close();
    }
  });

  it('redacts every query value but keeps the names', () => {
    expect(redactUrl('/api/persons?q=Nguy%E1%BB%85n&page=2')).toBe('/api/persons?q=…&page=…');
    expect(redactUrl('/api/persons')).toBe('/api/persons');
  });
});
