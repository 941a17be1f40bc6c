/**
 * DHIS2 import benchmark (issue 14): a 40,000-value DHIS2 JSON data value set (100 data elements ×
 * 100 communes of Phú Thọ × September–December 2025) POSTed to /api/dataValueSets on each engine
 * (BENCH_ENGINES, default `postgres,pglite`), as a DHIS2 client does (HTTP Basic, idScheme=CODE), into
 * empty reports: every value checked, saved with its history and audited per report. Baseline in the
 * same run: a raw multi-row INSERT of the same 40,000 values straight into data_value (other months,
 * same keys and indexes). Prints the import's phases. Goal: import < 5 s on PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connection.js';
import { latestPhases } from '../src/shared/phases.js';
import { migrate } from '../src/db/migrate.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { importDocument } from '../src/modules/reporting-metadata/metadata.service.js';
import { metadataDocument } from '../src/modules/reporting-metadata/reporting-metadata.schema.js';
import { DEMO_USERS, seedDemo } from '../src/modules/reference/demo.seed.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';
import { inScratchSchema, writeResult } from './lib.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',');
const ELEMENTS = 100;
const UNITS = 100;
const MONTHS = 4;
const USER = DEMO_USERS.find((u) => u.username === 'tinh.phutho')!;

async function bench(database: Database) {
  const db = database.db;
  await migrate(db);
  await seedReference(db);
  await seedDemo(db);
  const codes = Array.from({ length: ELEMENTS }, (_, i) => `B_${String(i + 1).padStart(3, '0')}`);
  await importDocument(
    db,
    SYSTEM,
    metadataDocument.parse({
      dataElements: codes.map((code) => ({ code, nameVi: `Chỉ tiêu ${code}`, valueType: 'integer', minValue: 0 })),
      dataSets: [
        {
          code: 'BENCH_M',
          nameVi: 'Biểu tháng (đo hiệu năng)',
          periodType: 'monthly',
          assignLevel: 'commune',
          assignWithin: '25',
          sections: [{ code: 'A', nameVi: 'Phần A', dataElements: codes }],
        },
      ],
    }),
    false,
  );
  const units = (
    await sql<{ code: string }>`SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'commune' AND p.code = '25' AND c.valid_to IS NULL AND (c.valid_from IS NULL OR c.valid_from <= '2025-09-01')
      ORDER BY c.code LIMIT ${UNITS}`.execute(db)
  ).rows.map((r) => r.code);
  if (units.length < UNITS) throw new Error(`only ${units.length} communes`);
  const dataValues = [];
  for (let m = 9; m < 9 + MONTHS; m++)
    for (const orgUnit of units)
      for (const [i, dataElement] of codes.entries())
        dataValues.push({ dataElement, period: `2025${String(m).padStart(2, '0')}`, orgUnit, value: String((i * 7 + m) % 1000) });
  const body = JSON.stringify({ dataValues });

  const ctx = createContext(db, database.engine, { ...loadConfig({}), loadDemo: true });
  const app = await buildApp({ ctx });
  await app.ready();
  const auth = `Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`;
  const started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/dataValueSets?idScheme=CODE',
    headers: { authorization: auth, 'content-type': 'application/json' },
    payload: body,
  });
  const importMs = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 2000)}`);
  const summary = res.json().response;
  const stored = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM data_value WHERE period_id LIKE '2025M%'`.execute(db)).rows[0].n);

  // Baseline: the same 40,000 values inserted raw (months of 2024), 1,000 rows per statement.
  const ids = await sql<{ id: number; code: string }>`SELECT id, code FROM data_element WHERE code LIKE 'B\\_%'`.execute(db);
  const elementId = new Map(ids.rows.map((r) => [r.code, r.id]));
  const unitIds = await sql<{ id: number; code: string }>`SELECT id, code FROM admin_unit WHERE code IN (${sql.join(units)}) AND valid_to IS NULL`.execute(db);
  const unitId = new Map(unitIds.rows.map((r) => [r.code, r.id]));
  const coc = (
    await sql<{ id: number }>`SELECT c.id FROM category_option_combo c JOIN category_combo cc ON cc.id = c.category_combo_id WHERE cc.code = 'none'`.execute(db)
  ).rows[0].id;
  const rows = dataValues.map((v) => ({
    data_element_id: elementId.get(v.dataElement)!,
    category_option_combo_id: coc,
    unit_id: unitId.get(v.orgUnit)!,
    period_id: `2024M${v.period.slice(4)}`,
    value: v.value,
  }));
  const rawStart = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000)
      await trx
        .insertInto('data_value')
        .values(rows.slice(i, i + 1000))
        .execute();
  });
  const rawMs = performance.now() - rawStart;
  await app.close();
  const phases = Object.fromEntries(Object.entries(latestPhases.get('dhis2-import') ?? {}).map(([k, v]) => [k, Math.round(v)]));
  const inImport = Object.values(phases).reduce((a, b) => a + b, 0);
  return {
    values: dataValues.length,
    bodyBytes: body.length,
    importMs: Math.round(importMs),
    rawInsertMs: Math.round(rawMs),
    ratio: +(importMs / rawMs).toFixed(1),
    stored,
    summary: summary.importCount,
    // Phases of the import; `request` is the rest (body parse and check, sign-in, answer).
    phases: { request: Math.round(importMs - inImport), ...phases },
  };
}

const results = [];
for (const engine of ENGINES) {
  const load = os.loadavg()[0].toFixed(1);
  let result: Awaited<ReturnType<typeof bench>>;
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-dhis2-bench-'));
    const database = await openDatabase({ dataDir: dir });
    try {
      result = await bench(database);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else result = await inScratchSchema(PG_URL, 'bench_dhis2', bench);
  console.log(engine, `load ${load}`, result);
  console.log(
    `${engine}: import ${(result.importMs / 1000).toFixed(2)} s (goal < 5 s), raw INSERT ${(result.rawInsertMs / 1000).toFixed(2)} s, ×${result.ratio}`,
  );
  results.push({ engine, loadBefore: +load, loadAfter: +os.loadavg()[0].toFixed(1), ...result });
}
writeResult('dhis2-import', { date: new Date().toISOString(), results });
process.exit(0);
