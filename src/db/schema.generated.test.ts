// schema.generated.ts must match what the migrations build: a migration without `npm run db:types`
// fails here. kysely-codegen reads PostgreSQL's catalog, so this runs only on the PostgreSQL engine.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDbTypes, OUT_FILE } from '../../scripts/generate-db-types.js';

const url = process.env.TEST_DATABASE_URL;

describe('generated table types', () => {
  it.skipIf(!url)(
    'schema.generated.ts is up to date with the migrations (skipped without TEST_DATABASE_URL: generation needs PostgreSQL)',
    async () => {
      const fresh = await generateDbTypes(url!);
      expect(fs.readFileSync(OUT_FILE, 'utf8'), 'src/db/schema.generated.ts is stale: run npm run db:types').toBe(fresh);
    },
    120_000,
  );
});
