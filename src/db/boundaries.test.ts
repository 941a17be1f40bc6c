// The boundary checks of `npm run lint` catch what they are meant to: each one is run on a small
// deliberate violation and must report it (and stay quiet on the allowed form beside it).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile, checkTree, type Ownership } from '../../scripts/check-sql-placement.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const ownership: Ownership = {
  owners: { villages: ['village'], register: ['person', 'household'], 'admin-units': ['admin_unit'] },
  sharedReads: ['admin_unit'],
};

describe('SQL placement check', () => {
  const messages = (file: string, text: string) => checkFile(file, text, ownership).map((v) => `${v.line}: ${v.message}`);

  it('reports query builder calls and sql templates in a service, but not in comments or strings', () => {
    const text = [
      "import { sql } from 'kysely';",
      '// db.selectFrom("person") in a comment is fine',
      "const hint = 'use db.selectFrom(x) in a repository';",
      "export const list = (db: any) => db.selectFrom('village').selectAll().execute();",
      'export const n = (db: any) => sql<number>`SELECT count(*) FROM village`.execute(db);',
      "export const t = () => sql.raw('SELECT 1');",
      "export const x = (db: any) => db.with('w', (q: any) => q).selectFrom('w');",
    ].join('\n');
    const found = messages('src/modules/villages/villages.service.ts', text);
    expect(found.map((m) => m.split(':')[0])).toEqual(['4', '5', '6', '7']);
    expect(found[0]).toMatch(/selectFrom\(\): SQL outside a repository/);
    expect(messages('src/modules/villages/villages.repository.ts', text)).toEqual([]);
  });

  it('reports raw SQL strings handed to a driver outside repositories', () => {
    expect(messages('src/server/health.routes.ts', "await client.query('BEGIN');\nconst note = 'Select a village';")).toEqual([
      '1: raw SQL string: SQL outside a repository (move it into a *.repository.ts of the module that owns the tables)',
    ]);
  });

  it("reports a repository that writes or reads another module's table, and allows shared reads", () => {
    const text = [
      "import { sql } from 'kysely';",
      "export const a = (db: any) => db.insertInto('person').values({}).execute();",
      "export const b = (db: any) => db.selectFrom('village as v').innerJoin('admin_unit as u', 'u.code', 'v.unit_code').selectAll().execute();",
      'export const c = (db: any) => sql`UPDATE household SET x = 1 FROM admin_unit u`.execute(db);',
      'export const d = (db: any) => sql`WITH person AS (SELECT 1) SELECT * FROM person`.execute(db);',
      "export const e = (db: any) => db.updateTable('admin_unit').set({}).execute();",
    ].join('\n');
    expect(messages('src/modules/villages/villages.repository.ts', text)).toEqual([
      "2: writes person, owned by register (call the register module's service instead)",
      "4: writes household, owned by register (call the register module's service instead)",
      "6: writes admin_unit, owned by admin-units (call the admin-units module's service instead)",
    ]);
    expect(messages('src/modules/register/register.repository.ts', "export const f = (db: any) => db.selectFrom('village').selectAll();")).toEqual([
      "1: reads village, owned by villages (call the villages module's service instead)",
    ]);
  });

  it("accepts no list of tolerated reads of another module's table in table-owners.json", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-owners-'));
    try {
      fs.mkdirSync(path.join(dir, 'scripts'));
      fs.mkdirSync(path.join(dir, 'src/modules/villages'), { recursive: true });
      const pending = { villages: { person: 'names of the persons of a village' } };
      fs.writeFileSync(path.join(dir, 'scripts/table-owners.json'), JSON.stringify({ ...ownership, pendingReads: pending }));
      fs.writeFileSync(path.join(dir, 'src/modules/villages/villages.repository.ts'), "export const a = (db: any) => db.selectFrom('person').selectAll();");
      expect(checkTree(dir).map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([
        'scripts/table-owners.json:1: "pendingReads" is not accepted: only owners and sharedReads (call the owning module\'s service instead of reading its table)',
        "src/modules/villages/villages.repository.ts:1: reads person, owned by register (call the register module's service instead)",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('allows SQL in the database layer, seeds, tests and fixtures', () => {
    const text = "export const a = (db: any) => db.deleteFrom('person').execute();";
    for (const file of ['src/db/migrate.ts', 'src/modules/reference/reference.seed.ts', 'src/modules/villages/villages.test.ts', 'src/test/harness.ts']) {
      expect(messages(file, text)).toEqual([]);
    }
  });
});

describe('dependency rules', () => {
  let dir = '';
  let result: ICruiseResult;
  const files: Record<string, string> = {
    'src/modules/a/a.service.ts':
      "import { rows } from '../b/b.repository.js';\nimport { own } from './a.repository.js';\nexport const s = () => rows() + own();",
    'src/modules/a/a.repository.ts': 'export const own = () => 1;',
    'src/modules/a/a.test.ts': "import { own } from './a.repository.js';\nexport const t = own;",
    'src/modules/a/a.routes.ts': "import { own } from './a.repository.js';\nimport { s } from './a.service.js';\nexport const r = () => own() + s();",
    'src/modules/b/b.repository.ts': 'export const rows = () => 1;',
    'src/modules/b/b.one.ts': "import { two } from './b.two.js';\nexport const one = () => two;",
    'src/modules/b/b.two.ts': "import { one } from './b.one.js';\nexport const two = () => one;",
    'src/shared/bad.ts': "import fs from 'node:fs';\nimport { s } from '../modules/a/a.service.js';\nexport const x = () => fs.existsSync('x') && s();",
    'src/shared/good.ts': 'export const y = 1;',
    'src/web/page.tsx': "import { y } from '../shared/good.js';\nimport { rows } from '../modules/b/b.repository.js';\nexport const p = () => y + rows();",
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-boundaries-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as IConfiguration;
    const tsConfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', jsx: 'react-jsx' } };
    const out = await cruise(
      ['src'],
      { ...config.options, ruleSet: { forbidden: config.forbidden }, baseDir: dir, tsConfig: undefined, validate: true },
      { extensions: ['.ts', '.tsx', '.js'] },
      { tsConfig },
    );
    result = out.output as ICruiseResult;
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const violations = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('reports each deliberate violation and nothing else', () => {
    expect(violations()).toEqual(
      [
        'no-circular: src/modules/b/b.one.ts → src/modules/b/b.two.ts',
        'no-foreign-repository: src/modules/a/a.service.ts → src/modules/b/b.repository.ts',
        'routes-through-services: src/modules/a/a.routes.ts → src/modules/a/a.repository.ts',
        'shared-no-node-builtins: src/shared/bad.ts → fs',
        'shared-runs-everywhere: src/shared/bad.ts → src/modules/a/a.service.ts',
        'web-through-the-api: src/web/page.tsx → src/modules/b/b.repository.ts',
      ].sort(),
    );
  });
});
