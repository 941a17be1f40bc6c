/**
 * Eligibility rules on a large register. On each engine (BENCH_ENGINES, default `pglite,postgres`), with
 * reference and demo data and a synthetic register of BENCH_PERSONS persons (default 200,000), times:
 *  - a 5-condition rule (poor in 2025 AND minority AND age ≥ 18 AND housing not solid AND woman) counted
 *    through the beneficiaries service (the register's as-of-day query, history undone where it changed),
 *    against a plain hand-written SQL count of the same condition in the same run (baseline);
 *  - freezing a list of about BENCH_LIST persons (default 100,000: the minority persons of the largest
 *    communes, enough of them to reach that number, or all of them on a smaller register) as `runRule`
 *    does, with the facts of its conditions; the second and later runs also work out the difference
 *    from the run before. Baseline: a plain `INSERT … SELECT` copying the same number of entries.
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
const LIST = Number(process.env.BENCH_LIST ?? 100_000);

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

/** Codes of the largest communes (by minority persons on the day) until they hold `LIST` minority persons. */
async function communesFor(db: Kysely<DB>): Promise<string[]> {
  const r = await sql<{ code: string; n: string }>`SELECT c.code, count(*)::text AS n FROM person p
    JOIN household_member m ON m.person_id = p.id AND m.valid_from <= ${DAY} AND (m.valid_to IS NULL OR m.valid_to >= ${DAY})
    JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL
    JOIN admin_unit c ON c.id = h.commune_id
    WHERE p.deleted_at IS NULL AND p.ethnic_code <> '01'
    GROUP BY c.code ORDER BY count(*) DESC, c.code`.execute(db);
  const out: string[] = [];
  let total = 0;
  for (const row of r.rows) {
    if (total >= LIST) break;
    out.push(row.code);
    total += Number(row.n);
  }
  return out;
}

/** Baseline of a freeze: the same number of entries copied by one plain INSERT … SELECT (rolled back). */
async function plainCopy(db: Kysely<DB>, listId: number): Promise<number> {
  const t0 = performance.now();
  await db
    .transaction()
    .execute(async (trx) => {
      const l = await sql<{ id: number }>`INSERT INTO beneficiary_list (name, source, as_of_date, person_count) VALUES ('baseline', 'prestigious', ${DAY}, 0)
        RETURNING id`.execute(trx);
      await sql`INSERT INTO beneficiary_list_entry (list_id, person_id, household_id, household_code, commune_id, village_id, full_name,
          sort_key, search_text, sex, birth_year, ethnic_code, facts)
        SELECT ${l.rows[0].id}, person_id, household_id, household_code, commune_id, village_id, full_name, sort_key, search_text, sex,
          birth_year, ethnic_code, facts FROM beneficiary_list_entry WHERE list_id = ${listId}`.execute(trx);
      throw new Error('rollback');
    })
    .catch((e) => {
      if ((e as Error).message !== 'rollback') throw e;
    });
  return performance.now() - t0;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function bench(engine: string, database: Database) {
  const db = database.db;
  const t0 = performance.now();
  console.log(
    `${engine}: load average at start ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')}`,
  );
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

  const communes = await communesFor(db);
  const ruleId = await createRule(db, user, SYSTEM, {
    name: 'Người dân tộc thiểu số của các xã',
    tree: {
      op: 'and',
      children: [
        { field: 'minority', operator: 'eq', value: true },
        { field: 'commune', operator: 'in', value: communes },
      ],
    },
  });
  const freeze: number[] = [];
  const copy: number[] = [];
  let frozen = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() => runRule(db, user, scope, SYSTEM, ruleId, { date: DAY }));
    freeze.push(r.ms);
    frozen = Number((await db.selectFrom('beneficiary_list').select('person_count').where('id', '=', r.value).executeTakeFirstOrThrow()).person_count);
    copy.push(await plainCopy(db, r.value));
  }
  const out = {
    engine,
    persons,
    matching: counts[0],
    plainSqlMs: Math.round(median(plain)),
    ruleMs: Math.round(median(rule)),
    ratio: Number((median(rule) / median(plain)).toFixed(2)),
    frozenPersons: frozen,
    communes: communes.length,
    freezeMs: Math.round(median(freeze)),
    plainCopyMs: Math.round(median(copy)),
    freezeRatio: Number((median(freeze) / median(copy)).toFixed(2)),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
    goals: { ruleUnder2s: median(rule) < 2000, freezeUnder10s: median(freeze) < 10_000 },
    runs: { plain: plain.map(Math.round), rule: rule.map(Math.round), freeze: freeze.map(Math.round), copy: copy.map(Math.round) },
  };
  console.log(
    `${engine}: 5-condition rule ${out.ruleMs} ms vs plain SQL ${out.plainSqlMs} ms (×${out.ratio}), ${out.matching.toLocaleString('en')} persons; ` +
      `freezing ${frozen.toLocaleString('en')} persons (${communes.length} communes) ${out.freezeMs} ms (runs: ${out.runs.freeze.join(', ')} ms) ` +
      `vs plain INSERT … SELECT of the entries ${out.plainCopyMs} ms (×${out.freezeRatio})`,
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
const name = process.env.BENCH_ENGINES ? `eligibility-${ENGINES.join('-')}` : 'eligibility';
console.log(
  `load average (1, 5, 15 min): ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')}`,
);
console.log(`wrote ${writeResult(name, { persons: PERSONS, runs: RUNS, day: DAY, results })}`);
