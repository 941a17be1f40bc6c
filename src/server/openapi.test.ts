import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateApiTypes, openApiDocument, SCHEMA_FILE } from '../../scripts/generate-api-types.js';

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Writes that take no body: actions named by their path alone. Uploads do take one and document it
 * as multipart/form-data (see boundaries.schema.ts: `consumes` plus a body schema that accepts null).
 */
const NO_BODY = [
  /\/auth\/logout$/,
  /\/two-factor\/setup$/,
  /\/two-factor\/reset$/,
  /\/unlock$/,
  /\/restore$/,
  /\/deactivate$/,
  /\/derived$/,
  /\/revoke$/,
  /\/benefit-cycles\/\{id\}\/\{action\}$/,
];

/** What an operation leaves undocumented: no success response schema, undeclared path parameters, no body schema on a write. */
function gaps(path: string, method: string, op: Operation): string[] {
  const out: string[] = [];
  const responses = op.responses ?? {};
  const success = Object.keys(responses).filter((code) => /^2\d\d$/.test(code));
  const documented = success.filter((code) => code === '204' || Object.values(responses[code].content ?? {}).some((c) => c.schema !== undefined));
  if (documented.length === 0) out.push(`no response schema for ${success.join('/') || '2xx'}`);
  const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
  const inUrl = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const undeclared = inUrl.filter((name) => !declared.has(name));
  if (undeclared.length) out.push(`path parameter(s) not declared: ${undeclared.join(', ')}`);
  if (method !== 'get' && method !== 'delete' && !op.requestBody && !NO_BODY.some((re) => re.test(path))) out.push('no request body schema');
  return out;
}

describe('OpenAPI document', () => {
  let doc: { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };
  beforeAll(async () => {
    doc = (await openApiDocument()) as typeof doc;
  });

  it('documents the request and the success response of every route', () => {
    const problems: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        operations++;
        for (const gap of gaps(path, method, op)) problems.push(`${method.toUpperCase()} ${path}: ${gap}`);
      }
    }
    expect(operations).toBeGreaterThan(100);
    expect(problems, `${problems.length} route(s) not fully documented:\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('src/web/api/schema.d.ts matches the routes (else run npm run api:types)', async () => {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    const fresh = await generateApiTypes();
    expect(current === fresh, 'src/web/api/schema.d.ts is stale: run npm run api:types').toBe(true);
  });
});
