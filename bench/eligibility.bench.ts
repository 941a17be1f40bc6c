/**
 * Eligibility rules on a large register. On each engine (BENCH_ENGINES, default `pglite,postgres`), with
 * reference and demo data and a synthetic register of BENCH_PERSONS persons (default 200,000), times:
 *  - a 5-condition rule (poor in 2025 AND minority AND age ≥ 18 AND housing not solid AND woman) counted
 *    through the beneficiaries service (the register's as-of-day query, history undone where it changed),
 *    against a plain hand-written SQL count of the same condition in the same run (baseline);
 *  - freezing a large list (every minority person, with the facts of its condition) as `runRule` does.
 * Median of BENCH_RUNS (default 3) runs each. Goals at 1M persons: rule < 2 s; freezing 100,000 < 10 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { seedDemo } from '../src/modules/reference/demo.seed.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { registerGenerate } from '../src/modules/register-demo/register-demo.command.js';
import { countMatching, createRule } from '../src/modules/beneficiaries/eligibility.service.js';
import { runRule } from '../src/modules/beneficiaries/lists.service.js';
import type { SessionUser } from '../src/server/context.js';
import { inScratchSchema, median, writeResult } from './lib.js';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DAY = '2025-08-01';

const FIVE = {
  op: 'and' as const,
  children: [
    { field: 'poverty', operator: 'in', value: ['poor'], year: 2025 },
    { field: 'minority', operator: 'eq', value: true },
    { field: 'age', operator: 'gte', value: 18 },
    { field: 'housing', operator: 'in', value: ['semi_solid', 'makeshift'] },
    { field: 'sex', operator: 'eq', value: 'female' },
  ],
};

async function plainCount(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*)::text AS n FROM person p
    JOIN household_member m ON m.person_id = p.id AND m.valid_from <= ${DAY} AND (m.valid_to IS NULL OR m.valid_to >= ${DAY})
    JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL AND h.valid_from <= ${DAY} AND (h.valid_to IS NULL OR h.valid_to >= ${DAY})
    JOIN household_poverty hp ON hp.household_id = h.id AND hp.year = 2025 AND hp.status = 'poor'
    WHERE p.deleted_at IS NULL AND (p.death_date IS NULL OR p.death_date > ${DAY})
      AND p.ethnic_code <> '01' AND p.sex = 'female' AND h.housing IN ('semi_solid', 'makeshift')
      AND (CASE WHEN p.birth_date IS NOT NULL THEN date_part('year', age(${DAY}::date, p.birth_date)) ELSE 2025 - p.birth_year END) >= 18`.execute(db);
  return Number(r.rows[0].n);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function bench(engine: string, database: Database) {
  const db = database.db;
  const t0 = performance.now();
  await migrate(db);
  await seedReference(db);
  await seedDemo(db);
  await registerGenerate(db, { persons: PERSONS, seed: 'bench', truncate: true, log: () => undefined });
  await sql`ANALYZE`.execute(db);
  const persons = Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM person`.execute(db)).rows[0].n);
  console.log(`${engine}: ${persons.toLocaleString('en')} persons ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const admin = await db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const user = {
    id: admin.id,
    username: 'admin',
    fullName: 'admin',
    role: 'admin',
    scopeUnitId: null,
    language: 'vi',
    sessionId: '',
    csrfToken: '',
  } as SessionUser;
  const scope = { all: true, reach: new Set<number>(), visible: new Set<number>() };

  const plain: number[] = [];
  const rule: number[] = [];
  let counts: [number, number] = [0, 0];
  for (let i = 0; i < RUNS; i++) {
    const a = await timed(() => plainCount(db));
    const b = await timed(() => countMatching(db, scope, FIVE, DAY));
    plain.push(a.ms);
    rule.push(b.ms);
    counts = [a.value, b.value];
  }
  if (counts[0] !== counts[1]) throw new Error(`rule ${counts[1]} ≠ plain SQL ${counts[0]}`);

  const ruleId = await createRule(db, user, SYSTEM, { name: 'Người dân tộc thiểu số', tree: { field: 'minority', operator: 'eq', value: true } });
  const freeze: number[] = [];
  let frozen = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() => runRule(db, user, scope, SYSTEM, ruleId, { date: DAY }));
    freeze.push(r.ms);
    frozen = Number((await db.selectFrom('beneficiary_list').select('person_count').where('id', '=', r.value).executeTakeFirstOrThrow()).person_count);
  }
  const out = {
    engine,
    persons,
    matching: counts[0],
    plainSqlMs: Math.round(median(plain)),
    ruleMs: Math.round(median(rule)),
    ratio: Number((median(rule) / median(plain)).toFixed(2)),
    frozenPersons: frozen,
    freezeMs: Math.round(median(freeze)),
    runs: { plain: plain.map(Math.round), rule: rule.map(Math.round), freeze: freeze.map(Math.round) },
  };
  console.log(
    `${engine}: 5-condition rule ${out.ruleMs} ms vs plain SQL ${out.plainSqlMs} ms (×${out.ratio}), ${out.matching.toLocaleString('en')} persons; ` +
      `freezing ${frozen.toLocaleString('en')} persons ${out.freezeMs} ms (runs: ${out.runs.freeze.join(', ')} ms)`,
  );
  return out;
}

const results = [];
for (const engine of ENGINES) {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-eligibility-'));
    const database = await openDatabase({ dataDir: dir });
    try {
      results.push(await bench('pglite', database));
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else {
    results.push(await inScratchSchema(URL, 'bench_eligibility', (database) => bench('postgres', database)));
  }
}
console.log(`wrote ${writeResult('eligibility', { persons: PERSONS, runs: RUNS, day: DAY, results })}`);
