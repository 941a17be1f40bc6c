/**
 * Register import benchmark. Writes a synthetic register (BENCH_PERSONS, default 1,000,000 persons in
 * about 265,000 households, one CSV row per person, household columns on the head's row) and the
 * same rows as COPY files, then measures:
 *  (a) the product's import (runImport: stream, check every rule, write; all-or-nothing) on the
 *      embedded engine (PGlite, data folder on disk) and on PostgreSQL (BENCH_DATABASE_URL, default
 *      postgres://postgres@127.0.0.1:5432/test, a schema of its own dropped afterwards);
 *  (b) the baseline: a raw COPY of the same rows (persons, households, memberships, one poverty year)
 *      into the same tables, indexes and foreign keys in place, on each engine.
 * Goals: PostgreSQL import ≥ 0.3 × raw COPY throughput; embedded import ≥ 20,000 rows/s. Each
 * embedded phase runs in its own process so that its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { driverOf, openDatabase, type Database } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { seedDemoVillages } from '../src/modules/villages/villages.demo.js';
import { generateRegister, RECORD_DATE, type DemoHousehold } from '../src/modules/register-demo/register-demo.generator.js';
import { appendHousehold, COPY_ORDER, copyStatement, emptyBuffers } from '../src/modules/register-demo/register-demo.rows.js';
import { registerCommunes } from '../src/modules/register-demo/register-demo.units.js';
import { runImport } from '../src/modules/register-import/register-import.run.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { inScratchSchema, writeResult } from './lib.js';

interface PhaseResult {
  ms: number;
  fileRows: number;
  tableRows: number;
  peakRssKb?: number;
  errors?: number;
}

async function countRows(database: Database): Promise<number> {
  const r = await sql<{
    n: number;
  }>`SELECT ((SELECT count(*) FROM person) + (SELECT count(*) FROM household) + (SELECT count(*) FROM household_member) + (SELECT count(*) FROM household_poverty))::int AS n`.execute(
    database.db,
  );
  return r.rows[0].n;
}

async function importCsv(database: Database, file: string, fileRows: number): Promise<PhaseResult> {
  const job = await database.db
    .insertInto('register_import')
    .values({ file_name: path.basename(file), dry_run: false, only_valid: false, bytes_total: fs.statSync(file).size })
    .returning('id')
    .executeTakeFirstOrThrow();
  const t0 = performance.now();
  const out = await runImport(database.db, {
    id: job.id,
    path: file,
    fileName: path.basename(file),
    bytesTotal: fs.statSync(file).size,
    dryRun: false,
    onlyValid: false,
    actor: SYSTEM,
    scope: { all: true, reach: new Set(), visible: new Set() },
  });
  const ms = performance.now() - t0;
  if (!out.applied) throw new Error(`import refused: ${out.errorCount} errors, first ${JSON.stringify(out.errors.slice(0, 5))}`);
  return { ms, fileRows, tableRows: await countRows(database), errors: out.errorCount };
}

async function* fileChunks(file: string): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0);
  for await (const piece of fs.createReadStream(file, { highWaterMark: 16 << 20 })) {
    const data = Buffer.concat([rest, piece as Buffer]);
    const cut = data.lastIndexOf(10) + 1;
    if (cut > 0) yield data.subarray(0, cut);
    rest = data.subarray(cut);
  }
  if (rest.length) yield rest;
}

async function copyFiles(database: Database, dir: string, fileRows: number): Promise<PhaseResult> {
  const driver = driverOf(database.db)!;
  const t0 = performance.now();
  if (driver.pglite) {
    const pgl = driver.pglite;
    await pgl.exec('BEGIN');
    for (const t of COPY_ORDER) {
      for await (const chunk of fileChunks(path.join(dir, `${t}.tsv`)))
        await pgl.query(copyStatement(t, `'/dev/blob'`), [], { blob: new Blob([new Uint8Array(chunk)]) });
    }
    await pgl.exec('COMMIT');
  } else {
    const client = await driver.pool!.connect();
    try {
      await client.query('BEGIN');
      for (const t of COPY_ORDER) await pipeline(fs.createReadStream(path.join(dir, `${t}.tsv`)), client.query(copyFrom(copyStatement(t, 'STDIN'))));
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
  return { ms: performance.now() - t0, fileRows, tableRows: await countRows(database) };
}

if (process.argv[2] === 'phase') {
  const [name, dataDir, files, fileRows] = process.argv.slice(3);
  const database = await openDatabase({ dataDir });
  try {
    const r =
      name === 'import' ? await importCsv(database, path.join(files, 'register.csv'), Number(fileRows)) : await copyFiles(database, files, Number(fileRows));
    console.log(JSON.stringify({ ...r, peakRssKb: process.resourceUsage().maxRSS }));
  } finally {
    await database.close();
  }
  process.exit(0);
}

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-import-bench-'));

async function prepare(database: Database) {
  await migrate(database.db);
  await seedReference(database.db);
  await seedDemoVillages(database.db);
}

const cell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const vnDate = (iso: string | null, year: number) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : String(year));
const flag = (b: boolean | null) => (b === null ? '' : b ? 'Có' : 'Không');

const CSV_HEADER = [
  'Mã xã',
  'Mã hộ',
  'Thôn/bản',
  'Quan hệ với chủ hộ',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Tôn giáo',
  'Số CCCD',
  'Tình trạng hôn nhân',
  'Trình độ học vấn',
  'Biết đọc biết viết',
  'Biết tiếng Việt',
  'Tình trạng đi học',
  'Nghề nghiệp',
  'Bảo hiểm y tế',
  'Khuyết tật',
  'Địa chỉ',
  'Điện thoại',
  'Nhà ở',
  'Nguồn nước',
  'Điện',
  'Nhà vệ sinh',
  'Sinh kế chính',
  'Thu nhập',
  'Internet',
  'Số điện thoại thông minh',
  'Số máy tính',
  'Diện tích đất ở (m2)',
  'Diện tích đất sản xuất (m2)',
  'Năm xác định nghèo',
  'Tình trạng nghèo',
  'Chỉ số thiếu hụt',
  'Ngày hiệu lực',
];

/** One CSV line per person; the household's columns on the head's row only. */
function csvLines(h: DemoHousehold, communeCode: string): string {
  const pov = h.poverty.at(-1);
  let out = '';
  h.members.forEach((p, i) => {
    const person = [
      communeCode,
      h.code,
      i === 0 ? h.villageId : '',
      p.relationship,
      p.fullName,
      p.sex,
      vnDate(p.birthDate, p.birthYear),
      p.ethnicCode,
      p.religion,
      p.cccd,
      p.maritalStatus,
      p.educationLevel,
      flag(p.literate),
      flag(p.speaksVietnamese),
      p.schoolEnrolment,
      p.occupation,
      flag(p.healthInsurance),
      p.disability,
    ];
    const household =
      i === 0
        ? [
            h.address,
            h.phone,
            h.housing,
            h.waterSource,
            h.electricity,
            h.toiletType,
            h.mainLivelihood,
            h.incomeBand,
            h.internetAccess,
            h.smartphones,
            h.computers,
            h.residentialLandM2,
            h.productionLandM2,
            pov?.year,
            pov?.status,
            pov?.deprivations.join(';'),
            // The row gives the household as it is now, in the commune it has lived in since the 2025 reform.
            vnDate(h.validFrom > RECORD_DATE ? h.validFrom : RECORD_DATE, 0),
          ]
        : ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''];
    out += [...person, ...household].map(cell).join(',') + '\n';
  });
  return out;
}

function phase(name: 'import' | 'copy', template: string, files: string, fileRows: number): PhaseResult {
  const dir = path.join(work, `pglite-${name}`);
  fs.cpSync(template, dir, { recursive: true });
  const out = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_PHASE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(ROOT, 'bench/register-import.bench.ts'),
      'phase',
      name,
      dir,
      files,
      String(fileRows),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  const last = out.stdout.trim().split('\n').at(-1) ?? '';
  if (out.status !== 0 || !last.startsWith('{')) throw new Error(`phase ${name} failed (${out.status}): ${out.stdout.slice(-2000)}`);
  return JSON.parse(last);
}

try {
  console.log(`Chuẩn bị / preparing (${PERSONS.toLocaleString('en')} persons)…`);
  const template = path.join(work, 'template');
  const prepared = await openDatabase({ dataDir: template });
  await prepare(prepared);
  const communes = await registerCommunes(prepared.db);
  await prepared.close();
  const codeOf = new Map(communes.map((c) => [c.id, c.code]));

  const files = path.join(work, 'files');
  fs.mkdirSync(files);
  const started = performance.now();
  const csv = fs.createWriteStream(path.join(files, 'register.csv'));
  csv.write(`\uFEFF${CSV_HEADER.join(',')}\n`);
  const streams = Object.fromEntries(COPY_ORDER.map((t) => [t, fs.createWriteStream(path.join(files, `${t}.tsv`))]));
  let buffers = emptyBuffers();
  let text = '';
  let persons = 0;
  let households = 0;
  const drain = async () => {
    for (const t of COPY_ORDER) if (!streams[t].write(buffers[t].bytes())) await new Promise<void>((r) => streams[t].once('drain', () => r()));
    buffers = emptyBuffers();
    if (!csv.write(text)) await new Promise<void>((r) => csv.once('drain', () => r()));
    text = '';
  };
  for (const h of generateRegister(communes, { seed: 'bench', persons: PERSONS })) {
    appendHousehold(buffers, { ...h, poverty: h.poverty.slice(-1) });
    text += csvLines(h, codeOf.get(h.communeId)!);
    persons += h.members.length;
    if (++households % 5_000 === 0) await drain();
  }
  await drain();
  await Promise.all([...COPY_ORDER.map((t) => new Promise<void>((r) => streams[t].end(() => r()))), new Promise<void>((r) => csv.end(() => r()))]);
  const csvMB = fs.statSync(path.join(files, 'register.csv')).size / 1e6;
  console.log(
    `  ${persons.toLocaleString('en')} persons in ${households.toLocaleString('en')} households; CSV ${csvMB.toFixed(0)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // BENCH_ENGINES: `pglite`, `postgres`, or both (default).
  const engines = process.env.BENCH_ENGINES ?? 'pglite,postgres';
  let pgliteImport: PhaseResult | undefined;
  let pgliteCopy: PhaseResult | undefined;
  if (engines.includes('pglite')) {
    console.log('PGlite: import…');
    pgliteImport = phase('import', template, files, persons);
    console.log(' ', pgliteImport);
    console.log('PGlite: raw COPY…');
    pgliteCopy = phase('copy', template, files, persons);
    console.log(' ', pgliteCopy);
  }

  if (!engines.includes('postgres')) process.exit(0);
  let pgCopy: PhaseResult;
  let pgImport: PhaseResult;
  await inScratchSchema(PG_URL, 'bench_import', async (database) => {
    await prepare(database);
    await sql`VACUUM ANALYZE`.execute(database.db).catch(() => undefined);
    console.log('PostgreSQL: raw COPY…');
    pgCopy = await copyFiles(database, files, persons);
    console.log(' ', pgCopy);
    await sql`TRUNCATE household_poverty, household_member, household, person, record_change RESTART IDENTITY CASCADE`.execute(database.db);
    await sql`VACUUM ANALYZE`.execute(database.db).catch(() => undefined);
    console.log('PostgreSQL: import…');
    pgImport = await importCsv(database, path.join(files, 'register.csv'), persons);
    console.log(' ', pgImport);
  });

  const perS = (n: number, r: PhaseResult) => Math.round(n / (r.ms / 1000));
  const summary = (r: PhaseResult) => ({
    ...r,
    seconds: +(r.ms / 1000).toFixed(1),
    fileRowsPerSecond: perS(r.fileRows, r),
    tableRowsPerSecond: perS(r.tableRows, r),
    peakRssMB: r.peakRssKb ? Math.round(r.peakRssKb / 1024) : undefined,
  });
  const pglite =
    pgliteImport && pgliteCopy
      ? { import: summary(pgliteImport), rawCopy: summary(pgliteCopy), ratioToRawCopy: +(pgliteCopy.ms / pgliteImport.ms).toFixed(2) }
      : undefined;
  const postgres = {
    import: summary(pgImport!),
    rawCopy: summary(pgCopy!),
    ratioToRawCopy: +(pgCopy!.ms / pgImport!.ms).toFixed(2),
    importPeakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => +x.toFixed(2)) },
    persons,
    households,
    csvMB: Math.round(csvMB),
    pglite,
    postgres,
    goals: { pgliteRowsPerSecond: 20_000, postgresRatioToRawCopy: 0.3 },
  };
  const row = (r: ReturnType<typeof summary>, ratio?: number) => ({
    seconds: r.seconds,
    file_rows_per_s: r.fileRowsPerSecond,
    table_rows_per_s: r.tableRowsPerSecond,
    peak_rss_mb: r.peakRssMB,
    ratio,
  });
  console.table({
    ...(pglite ? { 'PGlite, import': row(pglite.import, pglite.ratioToRawCopy), 'PGlite, raw COPY': row(pglite.rawCopy) } : {}),
    'PostgreSQL, import': row(postgres.import, postgres.ratioToRawCopy),
    'PostgreSQL, raw COPY': row(postgres.rawCopy),
  });
  console.log(`written ${writeResult('register-import', result)}`);
  if ((pglite && pglite.import.fileRowsPerSecond < 20_000) || postgres.ratioToRawCopy < 0.3) {
    console.error('GOAL MISSED');
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
