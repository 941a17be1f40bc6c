import fs from 'node:fs';
import crypto from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedReference } from '../modules/reference/reference.seed.js';
import { seedDemo, DEMO_USERS } from '../modules/reference/demo.seed.js';
import { buildApp } from '../server/app.js';
import { createContext, type AppContext } from '../server/context.js';
import { totpCode } from './totp.js';
import { copyOfTemplate } from './global-setup.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  ctx: AppContext;
  /** Logs in and returns a client that sends the session cookie and CSRF token. */
  login(username: string, password?: string): Promise<Client>;
  /** A client with no session. */
  anonymous(): Client;
  /** TOTP secrets of users enrolled so far (login() enrols administrators through the API and keeps theirs here). */
  totpSecrets: Map<string, string>;
  /** Moves the sign-in clock (throttles, TOTP) forward. */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

export interface Client {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Sends a multipart form (files as Buffers). */
  upload(url: string, fields: Record<string, string>, files: Record<string, { name: string; data: Buffer; type?: string }>): Promise<LightMyRequestResponse>;
  cookie: string;
  csrf: string;
}

/** Password of a demo user by username. */
export function demoPassword(username: string): string {
  const u = DEMO_USERS.find((d) => d.username === username);
  if (!u) throw new Error(`no demo user ${username}`);
  return u.password;
}

/**
 * A fresh app on a fresh database with reference and demo data: an in-memory PGlite copy of the
 * prepared template, or, when TEST_DATABASE_URL is set, a new database on that PostgreSQL server copied
 * from the prepared one (a new schema, migrated and loaded here, when the run could not prepare one).
 */
export async function createTestApp(): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropCopy: (() => Promise<void>) | null = null;
  const postgresTemplate = url ? inject('postgresTemplate') : '';
  if (url && postgresTemplate) {
    const copy = await copyOfTemplate(url, postgresTemplate, 't');
    database = await openDatabase({ databaseUrl: copy.url });
    dropCopy = copy.drop;
  } else if (url) {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: url });
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(admin.db).catch(() => undefined);
    await sql.raw(`CREATE SCHEMA ${schema}`).execute(admin.db);
    database = await openDatabase({ databaseUrl: url, schema });
    await migrate(database.db);
    await seedReference(database.db);
    await seedDemo(database.db);
    dropCopy = async () => {
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(admin.db);
      await admin.close();
    };
  } else {
    const template = fs.readFileSync(inject('pgliteTemplate'));
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([template]) });
  }
  const config = { ...loadConfig({}), loadDemo: true };
  const ctx = createContext(database.db, database.engine, config);
  let clockOffset = 0;
  ctx.auth.now = () => Date.now() + clockOffset;
  const totpSecrets = new Map<string, string>();
  const app = await buildApp({ ctx });
  await app.ready();

  const client = (cookie: string, csrf: string): Client => {
    const request = async (method: string, reqUrl: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: method as 'GET',
        url: reqUrl,
        headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}), ...headers },
        ...(body === undefined ? {} : typeof body === 'string' || Buffer.isBuffer(body) ? { payload: body } : { payload: body as object }),
      });
    return {
      cookie,
      csrf,
      request,
      get: (u, h) => request('GET', u, undefined, h),
      post: (u, b, h) => request('POST', u, b ?? {}, h),
      put: (u, b, h) => request('PUT', u, b ?? {}, h),
      patch: (u, b, h) => request('PATCH', u, b ?? {}, h),
      delete: (u, h) => request('DELETE', u, undefined, h),
      upload: async (u, fields, files) => {
        const boundary = `----dantoc${crypto.randomBytes(8).toString('hex')}`;
        const parts: Buffer[] = [];
        for (const [k, v] of Object.entries(fields)) {
          parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
        }
        for (const [k, f] of Object.entries(files)) {
          parts.push(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
            ),
            f.data,
            Buffer.from('\r\n'),
          );
        }
        parts.push(Buffer.from(`--${boundary}--\r\n`));
        return request('POST', u, Buffer.concat(parts), { 'content-type': `multipart/form-data; boundary=${boundary}` });
      },
    };
  };

  return {
    app,
    database,
    ctx,
    anonymous: () => client('', ''),
    totpSecrets,
    advanceClock: (ms) => {
      clockOffset += ms;
    },
    async login(username, password) {
      let res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: password ?? demoPassword(username) } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      if (res.json().next === 'code') {
        const secret = totpSecrets.get(username.toLowerCase());
        if (!secret) throw new Error(`login ${username}: a TOTP code is asked and no secret is known`);
        // Each code is accepted once: step the clock to the next 30-second period, as a person would wait.
        clockOffset += 30_000;
        const code = totpCode(secret, ctx.auth.now());
        res = await app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { challenge: res.json().challenge, code } });
        if (res.statusCode !== 200) throw new Error(`login ${username} code failed: ${res.statusCode} ${res.body}`);
      }
      const sid = res.cookies.find((c) => c.name === 'dantoc_sid')!;
      const cookie = `dantoc_sid=${sid.value}`;
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      const c = client(cookie, me.json().csrfToken);
      if (res.json().next === 'enrol') {
        // Administrators must enrol before anything else: do it through the API, as the page does.
        const setup = await c.post('/api/auth/two-factor/setup');
        if (setup.statusCode !== 200) throw new Error(`enrol ${username}: ${setup.statusCode} ${setup.body}`);
        const { secret } = setup.json();
        const confirm = await c.post('/api/auth/two-factor/confirm', { code: totpCode(secret, ctx.auth.now()) });
        if (confirm.statusCode !== 200) throw new Error(`enrol ${username}: ${confirm.statusCode} ${confirm.body}`);
        totpSecrets.set(username.toLowerCase(), secret);
      }
      return c;
    },
    async close() {
      await app.close();
      await database.close();
      if (dropCopy) await dropCopy();
    },
  };
}

/** What a test file works with once its beforeAll has run: the app, and a client per user logged in. */
export interface TestSession {
  t: TestApp;
  /** The client of a user named to useTestApp. */
  as(username: string): Client;
}

/**
 * Registers a test file's beforeAll/afterAll: a fresh app, logged in as each user named, closed at
 * the end. Read the fields inside tests (they are set once beforeAll has run).
 */
export function useTestApp(...usernames: string[]): TestSession {
  const clients = new Map<string, Client>();
  const session: TestSession = {
    t: undefined as unknown as TestApp,
    as(username) {
      const c = clients.get(username);
      if (!c) throw new Error(`${username} was not named to useTestApp`);
      return c;
    },
  };
  beforeAll(async () => {
    session.t = await createTestApp();
    for (const u of usernames) clients.set(u, await session.t.login(u));
  });
  afterAll(async () => session.t?.close());
  return session;
}

/** Rows of a table, optionally only those whose columns equal the values given. */
export async function countRows(db: Kysely<DB>, table: keyof DB & string, where: Record<string, string | number | boolean | null> = {}): Promise<number> {
  const conditions = Object.entries(where).map(([col, v]) => (v === null ? sql`${sql.ref(col)} IS NULL` : sql`${sql.ref(col)} = ${v}`));
  const filter = conditions.length ? sql` WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const r = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(table)}${filter}`.execute(db);
  return Number(r.rows[0].n);
}
