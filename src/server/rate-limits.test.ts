import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { useTestApp, demoPassword } from '../test/harness.js';
import { buildApp } from './app.js';
import type { RateLimits } from './rate-limits.js';

const s = useTestApp();
const apps: FastifyInstance[] = [];
let webDir: string;
const JS = `export const hello = ${JSON.stringify('xin chào '.repeat(400))};\n`;

beforeAll(() => {
  // A built web app in miniature: the page, a hashed file with its build-time brotli and gzip copies, the service worker.
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(webDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(webDir, 'assets', 'index-AbC123xy.js'), JS);
  fs.writeFileSync(path.join(webDir, 'assets', 'index-AbC123xy.js.br'), zlib.brotliCompressSync(JS));
  fs.writeFileSync(path.join(webDir, 'assets', 'index-AbC123xy.js.gz'), zlib.gzipSync(JS));
});
afterAll(async () => {
  for (const app of apps) await app.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

/** A second app on the test database with its own limits (the production defaults are far above what a test sends). */
async function appWith(rateLimits: RateLimits): Promise<FastifyInstance> {
  const app = await buildApp({ ctx: s.t.ctx, webDir, rateLimits });
  await app.ready();
  apps.push(app);
  return app;
}

async function login(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: demoPassword(username) } });
  expect(res.statusCode, res.body).toBe(200);
  return `dantoc_sid=${res.cookies.find((c) => c.name === 'dantoc_sid')!.value}`;
}

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('request limits', () => {
  it('never counts the web app’s files; calls without a session are limited per address, with the wait in seconds', async () => {
    const app = await appWith({ perSession: 1000, perAddress: 3 });
    for (let i = 0; i < 30; i++) {
      for (const url of ['/', '/households/12', '/assets/index-AbC123xy.js', '/sw.js']) expect((await get(app, url)).statusCode, url).toBe(200);
    }
    for (let i = 0; i < 3; i++) expect((await get(app, '/api/health')).statusCode).toBe(200);
    const refused = await get(app, '/api/health');
    expect(refused.statusCode).toBe(429);
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.json().error).toMatchObject({ code: 'rate_limited', message: `Quá nhiều yêu cầu, hãy thử lại sau ${seconds} giây` });
    const english = await get(app, '/api/health', { 'accept-language': 'en' });
    expect(english.json().error.message).toMatch(/^Too many requests; try again in \d+ seconds$/);
    // The page and its files still load while the address waits.
    expect((await get(app, '/assets/index-AbC123xy.js')).statusCode).toBe(200);
    expect((await get(app, '/reporting/entry')).statusCode).toBe(200);
  });

  it('gives each signed-in session its own budget, even from one address', async () => {
    const app = await appWith({ perSession: 5, perAddress: 50 });
    const first = await login(app, 'xa.tanlac');
    const second = await login(app, 'xa.tanlac');
    for (let i = 0; i < 5; i++) expect((await get(app, '/api/auth/me', { cookie: first })).statusCode).toBe(200);
    const refused = await get(app, '/api/auth/me', { cookie: first });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The other session (the colleague at the next desk) and sign-in from the same address are not affected.
    for (let i = 0; i < 5; i++) expect((await get(app, '/api/auth/me', { cookie: second })).statusCode).toBe(200);
    expect((await get(app, '/api/auth/me', { cookie: second })).statusCode).toBe(429);
    expect(await login(app, 'tinh.phutho')).toMatch(/^dantoc_sid=/);
  });

  it('counts calls with a stale session cookie against the address', async () => {
    const app = await appWith({ perSession: 1000, perAddress: 3 });
    for (let i = 0; i < 3; i++) expect((await get(app, '/api/auth/me', { cookie: 'dantoc_sid=not-a-session' })).statusCode).toBe(401);
    expect((await get(app, '/api/health')).statusCode).toBe(429);
  });
});

describe('compression and caching', () => {
  it('sends the build-time brotli or gzip copy of a hashed file, cached for a year', async () => {
    const app = await appWith({ perSession: 1000, perAddress: 1000 });
    const br = await get(app, '/assets/index-AbC123xy.js', { 'accept-encoding': 'br, gzip' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(JS);
    const gz = await get(app, '/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(JS);
    const plain = await get(app, '/assets/index-AbC123xy.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
  });

  it('asks again for the page, the service worker and client-side routes; a missing build file is a 404', async () => {
    const app = await appWith({ perSession: 1000, perAddress: 1000 });
    for (const url of ['/', '/sw.js', '/households/12']) expect((await get(app, url)).headers['cache-control'], url).toBe('no-cache');
    const missing = await get(app, '/assets/gone-XyZ98765.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('route_not_found');
  });

  it('compresses API answers for the browsers that accept it', async () => {
    const app = await appWith({ perSession: 1000, perAddress: 1000 });
    const cookie = await login(app, 'xa.tanlac');
    const plain = await get(app, '/api/ethnic-groups', { cookie });
    expect(plain.statusCode).toBe(200);
    expect(plain.body.length).toBeGreaterThan(2000);
    const br = await get(app, '/api/ethnic-groups', { cookie, 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });
});

describe('request limits of machine clients', () => {
  it('counts calls with an access token per token and with HTTP Basic per user, never by the address they share', async () => {
    const app = await appWith({ perSession: 3, perAddress: 1000 });
    const cookie = await login(app, 'xa.tanlac');
    const csrf = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().csrfToken as string;
    const token = async (name: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { name, expiresInDays: 30, scopes: [{ area: 'register', access: 'read' }] },
      });
      expect(res.statusCode, res.body).toBe(201);
      return `ApiToken ${res.json().secret}`;
    };
    const [first, second] = [await token('Giới hạn 1'), await token('Giới hạn 2')];
    const call = (authorization: string) => get(app, '/api/households?commune=05128', { authorization });
    for (let i = 0; i < 3; i++) expect((await call(first)).statusCode).toBe(200);
    const refused = await call(first);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    // Another token of the same user, from the same address, has its own budget.
    expect((await call(second)).statusCode).toBe(200);
    const basic = (user: string) => `Basic ${Buffer.from(`${user}:${demoPassword(user)}`).toString('base64')}`;
    for (let i = 0; i < 3; i++) expect((await call(basic('tinh.phutho'))).statusCode).toBe(200);
    expect((await call(basic('tinh.phutho'))).statusCode).toBe(429);
  });
});
