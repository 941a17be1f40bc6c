/**
 * Writes src/web/api/schema.d.ts from the OpenAPI document the server serves at /api/docs, so the
 * web client's types follow the routes' Zod schemas. Run with `npm run api:types`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config.js';
import type { DB } from '../src/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';

/** Where the generated types live. */
export const SCHEMA_FILE = fileURLToPath(new URL('../src/web/api/schema.d.ts', import.meta.url));

/** The OpenAPI document as /api/docs serves it, from an app built without a database or a listening socket. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // Building needs no data: every query answers no rows (the start-up hooks find nothing to recover).
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  // A throwaway data folder: start-up hooks tidy files under it.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-openapi-'));
  const config = { ...loadConfig({}), dataDir, loadDemo: false };
  const app = await buildApp({ ctx: createContext(db, 'pglite', config), logger: false });
  try {
    await app.ready();
    return structuredClone(app.swagger()) as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const HEADER = '/**\n * Generated from the OpenAPI document by scripts/generate-api-types.ts. Do not edit: run `npm run api:types`.\n */\n\n';

/** The text of src/web/api/schema.d.ts for the routes as they are now (same routes → same bytes). */
export async function generateApiTypes(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as never, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await generateApiTypes();
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${text.length} bytes)`);
}
