/**
 * Fuzzes every route of the OpenAPI document as a commune officer (xa.tanlac) and a provincial
 * officer (tinh.phutho): wrong types, NUL, lone surrogates, huge ids and strings, unknown fields,
 * and ids and unit codes of Hà Nội. No answer may be a 500, every 4xx has our error shape, and no
 * answer may carry the personal data of a household registered in Hà Nội.
 * Seeded and bounded (a fixed number of cases per route), so a failure replays the same way.
 * Runs on the embedded engine only: the sweep is about the server, not the engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../test/harness.js';
import { cccdFor, freshCode } from '../modules/register/households.fixtures.js';
import { importsIdle } from '../modules/register-import/register-import.jobs.js';

// The sweep sends thousands of requests from one address: lift the per-address limit for this process.
process.env.RATE_LIMIT_PER_MINUTE = '1000000';

const CASES_PER_ROUTE = 16;
/** Routes that end or change the caller's own session, or sign in: fuzzing them would only log the sweep out. */
const SKIP = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password']);

interface Op {
  method: string;
  path: string;
  parameters?: { in: string; name: string; schema?: any; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: any }> };
}

let t: TestApp;
let officers: [string, Client][];
let routes: Op[];
const secret = { name: 'Lưu Thị Kín Đáo', cccd: '', code: freshCode('HN') };
let foreignIds: number[] = [];

/** A small seeded generator (mulberry32): the same cases every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) return;
  t = await createTestApp();
  const admin = await t.login('admin');
  secret.cccd = cccdFor('female', 1981, '01');
  const res = await admin.post('/api/households', {
    communeCode: '00004',
    code: secret.code,
    validFrom: '2025-08-01',
    address: 'Số 1 phố Bí Mật',
    members: [{ fullName: secret.name, sex: 'female', birthDate: '1981-02-03', ethnicCode: '01', cccd: secret.cccd, relationship: 'head' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const hh = res.json();
  foreignIds = [hh.id, ...hh.members.map((m: { id: number; personId?: number }) => m.personId ?? m.id)];
  officers = [
    ['xa.tanlac', await t.login('xa.tanlac')],
    ['tinh.phutho', await t.login('tinh.phutho')],
  ];
  const spec = (t.app as any).swagger();
  routes = Object.entries(spec.paths as Record<string, Record<string, Op>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
  );
}, 300_000);
afterAll(async () => {
  await importsIdle().catch(() => undefined);
  await t?.close();
});

/** A value that passes the schema, as far as a schema alone tells. */
function sample(schema: any, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alt = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alt) return sample(alt.find((s: any) => s.type !== 'null') ?? alt[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((x: string) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of schema.required ?? []) out[k] = sample(schema.properties?.[k], depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items, depth + 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (String(schema.pattern ?? '').includes('\\d{4}-')) return '2025-08-01';
      if (String(schema.pattern ?? '').startsWith('^\\d')) return '05128';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return 'x';
  }
}

/** The field paths of a body worth aiming at (top level and one level down). */
function fieldPaths(schema: any, prefix: string[] = [], depth = 0): string[][] {
  const props = schema?.properties ?? {};
  return Object.entries(props).flatMap(([k, s]: [string, any]) => [
    [...prefix, k],
    ...(depth < 1 && s?.type === 'object' ? fieldPaths(s, [...prefix, k], depth + 1) : []),
  ]);
}

function setPath(obj: any, path: string[], value: unknown): any {
  const copy = structuredClone(obj ?? {});
  let at = copy;
  for (const k of path.slice(0, -1)) {
    if (!at[k] || typeof at[k] !== 'object') at[k] = {};
    at = at[k];
  }
  at[path[path.length - 1]] = value;
  return copy;
}

const hostileValues = () => [
  'a\u0000b',
  'a\uD800b',
  '\uDC00',
  2 ** 31,
  2 ** 63,
  -1,
  1.5,
  'x'.repeat(20_000),
  { nested: [1, { deep: 'x' }] },
  [],
  null,
  true,
  '01',
  '00004',
  secret.code,
  ...foreignIds,
  [foreignIds[0], 2 ** 31],
];
const hostileText = () => [
  '%00',
  'a%00b',
  '2147483648',
  '9223372036854775808',
  '-1',
  '0',
  'abc',
  '%F0%9F',
  '01',
  '00004',
  encodeURIComponent(secret.code),
  'x'.repeat(150),
  ...foreignIds.map(String),
];

interface Case {
  url: string;
  body?: unknown;
  upload?: { fields: Record<string, string>; name: string };
}

/** A bounded, seeded set of hostile requests for one route. */
function casesFor(op: Op): Case[] {
  const random = rng(hash(`${op.method} ${op.path}`));
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
  const multipart = !!op.requestBody?.content?.['multipart/form-data'];
  const baseBody = jsonSchema ? sample(jsonSchema) : undefined;
  const paths = jsonSchema ? fieldPaths(jsonSchema) : [];

  const url = (pathValue: (name: string) => string, qs = '') => op.path.replace(/\{([^}]+)\}/g, (_, n) => pathValue(n)) + qs;
  const plain = (n: string) => (n === 'id' ? String(pick(foreignIds)) : n === 'code' ? '00004' : '1');
  const out: Case[] = [];
  while (out.length < CASES_PER_ROUTE) {
    const target = pick(['path', 'query', 'body', 'unknown'] as const);
    if (target === 'path' && pathParams.length) {
      const hit = pick(pathParams);
      out.push({ url: url((n) => (n === hit ? pick(hostileText()) : plain(n))), body: baseBody });
    } else if (target === 'query' && query.length) {
      const q = pick(query);
      out.push({ url: url(plain, `?${q.name}=${pick(hostileText())}`), body: baseBody });
    } else if (target === 'body' && paths.length) {
      out.push({ url: url(plain), body: setPath(baseBody, pick(paths), pick(hostileValues())) });
    } else if (target === 'body' && multipart) {
      out.push({
        url: url(plain),
        upload: {
          fields: { [pick(['dryRun', 'level', 'date', 'name', 'x\u0000'])]: String(pick(hostileValues())) },
          name: pick(['a.csv', 'a\u0000.csv', 'a.xlsx', 'a.geojson']),
        },
      });
    } else if (target === 'unknown') {
      out.push({
        url: url(plain, '?zz=%00'),
        body: baseBody && typeof baseBody === 'object' && !Array.isArray(baseBody) ? { ...(baseBody as object), zz_unknown: 'a\u0000' } : baseBody,
      });
    } else if (!pathParams.length && !query.length && !paths.length && !multipart) {
      out.push({ url: url(plain, `?zz=${pick(hostileText())}`), body: pick([{}, [], 'x', { a: 'b\u0000' }]) });
    }
  }
  return out;
}

const safeDecode = (url: string) => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

/** What is wrong with an answer, or null: a 500, a 4xx outside our shape, or Hà Nội personal data. */
function problemWith(res: { statusCode: number; body: string }, label: string, sentText: string): string | null {
  if (res.statusCode >= 500) return `${label} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  // ODK Collect's calls answer as ODK Central does: an OpenRosa XML message, translated.
  const openRosa = / \/v1\/key\//.test(label) && /^<\?xml[^>]*>\s*<OpenRosaResponse [^>]*>\s*<message nature="[^"]*">[^<]+<\/message>/.test(res.body);
  if (res.statusCode >= 400 && !openRosa) {
    let body: any;
    try {
      body = JSON.parse(res.body);
    } catch {
      return `${label} → ${res.statusCode} not JSON: ${res.body.slice(0, 200)}`;
    }
    const ok =
      Object.keys(body).join() === 'error' &&
      typeof body.error.code === 'string' &&
      typeof body.error.message === 'string' &&
      Array.isArray(body.error.details);
    if (!ok) return `${label} → ${res.statusCode} not our shape: ${res.body.slice(0, 200)}`;
  }
  const text = res.body.toLowerCase();
  for (const s of [secret.name, secret.cccd, secret.code, 'Phố Bí Mật']) {
    // Echoing what the caller sent (an unknown code in an error message) tells them nothing new.
    if (text.includes(s.toLowerCase()) && !sentText.toLowerCase().includes(s.toLowerCase())) return `${label} leaks "${s}": ${res.body.slice(0, 300)}`;
  }
  return null;
}

describe.skipIf(!!process.env.TEST_DATABASE_URL)('fuzzing every route', () => {
  it('never answers 500, always in our shape, never with Hà Nội personal data', async () => {
    let sent = 0;
    const problems: string[] = [];
    const statuses: Record<number, number> = {};
    const started = Date.now();
    for (const op of routes) {
      if (SKIP.has(`${op.method} ${op.path}`)) continue;
      for (const [who, c] of officers) {
        for (const k of casesFor(op)) {
          const label = `${who} ${op.method} ${k.url.slice(0, 200)} ${k.body === undefined ? '' : JSON.stringify(k.body).slice(0, 200)}`;
          const res = k.upload
            ? await c.upload(k.url, k.upload.fields, { file: { name: k.upload.name, data: Buffer.from('a,b\n1,\u0000\n') } })
            : await c.request(
                op.method,
                k.url,
                k.body === undefined ? undefined : JSON.stringify(k.body),
                k.body === undefined ? {} : { 'content-type': 'application/json' },
              );
          sent++;
          const problem = problemWith(res, label, `${safeDecode(k.url)} ${JSON.stringify(k.body ?? '')} ${JSON.stringify(k.upload ?? '')}`);
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          if (problem) problems.push(problem);
        }
      }
    }
    await importsIdle();
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(routes.length * CASES_PER_ROUTE);
    console.log(`fuzz: ${sent} requests over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s`, statuses);
  }, 600_000);
});
