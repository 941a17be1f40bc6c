/**
 * Surveys benchmark: ODK Collect submissions POSTed over OpenRosa (multipart, each with a ~30 KB
 * photo) on PostgreSQL, reported as submissions a second (goal ≥ 100/s; ODK Central's soak test is
 * 50/s), with `HEAD submission` on the same key as the baseline (the cost of a request with no
 * work). Then an export of many submissions of a 300-question form (bench/wide-form.ts, rows made in
 * SQL from one answered submission) streamed as CSV and XLSX, with the heap and the resident set
 * (RSS) sampled every 20 ms during the stream against their values before it.
 * SURVEY_BENCH_SUBMISSIONS (default 1000) and SURVEY_BENCH_EXPORT (default 100000) set the scale;
 * SURVEY_BENCH_XLSX=0 leaves out the XLSX export. Run with `node --expose-gc --import tsx bench/surveys.bench.ts`
 * to also see the heap still in use after a full collection during each export (flat memory).
 */
import os from 'node:os';
import { sql } from 'kysely';
import { migrate } from '../src/db/migrate.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { seedDemo } from '../src/modules/reference/demo.seed.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';
import { createAppUser, keyUrl, setFormState, shapeOf, uploadForm, visibleForm, xformOf } from '../src/modules/surveys/surveys.service.js';
import { collectMultipart, householdXForm, photo, submissionXml } from '../src/modules/surveys/surveys.fixtures.js';
import { csvExport, xlsxExport } from '../src/modules/surveys/surveys.writer.js';
import { inScratchSchema, writeResult } from './lib.js';
import { QUESTIONS, wideAnswers, wideForm } from './wide-form.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.SURVEY_BENCH_SUBMISSIONS ?? 1000);
const EXPORT = Number(process.env.SURVEY_BENCH_EXPORT ?? 100000);
const XLSX = process.env.SURVEY_BENCH_XLSX !== '0';
process.env.SURVEY_RATE_PER_MINUTE = String(1_000_000);

const loadAtStart = os.loadavg().map((x) => Math.round(x * 10) / 10);
const result = await inScratchSchema(PG_URL, 'bench_surveys', async (database) => {
  const db = database.db;
  await migrate(db);
  await seedReference(db);
  await seedDemo(db);
  const ctx = createContext(db, database.engine, { ...loadConfig({}), loadDemo: true, backgroundJobs: false } as never);
  const app = await buildApp({ ctx, rateLimits: { perSession: 1e9, perAddress: 1e9 } });
  await app.ready();
  const graph = await ctx.graph();
  const all = { all: true, reach: new Set<number>(), visible: new Set<number>() };
  const province = (await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = '25' AND valid_to IS NULL`.execute(db)).rows[0].id;
  const commune = (await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = '05128' AND valid_to IS NULL`.execute(db)).rows[0].id;
  const formId = await uploadForm(db, SYSTEM, province, householdXForm(), []);
  await setFormState(db, SYSTEM, all, formId, 'published');
  const { token } = await createAppUser(db, graph, SYSTEM, all, { displayName: 'Bench', areaUnitId: commune, formIds: [formId] });
  const base = new URL(keyUrl('http://localhost', token, province)).pathname;

  // Baseline: HEAD submission (key lookup, headers, no body).
  let t0 = performance.now();
  for (let i = 0; i < N; i++) await app.inject({ method: 'HEAD', url: `${base}/submission` });
  const headPerSecond = N / ((performance.now() - t0) / 1000);

  const bodies = Array.from({ length: N }, (_, i) =>
    collectMultipart(
      submissionXml({
        phones: i % 7,
        internet: i % 2 ? 'yes' : 'no',
        skills: 'email',
        location: `21.${i % 1000} 105.${i % 997}`,
        photo: 'nha.jpg',
        members: [{ name: 'A', age: 30 }],
      }),
      [{ name: 'nha.jpg', type: 'image/jpeg', data: Buffer.concat([photo(i), Buffer.alloc(28_000, i % 251)]) }],
    ),
  );
  t0 = performance.now();
  let failed = 0;
  // Four at a time, as several phones sending together.
  for (let i = 0; i < N; i += 4) {
    const batch = bodies.slice(i, i + 4).map((b) => app.inject({ method: 'POST', url: `${base}/submission`, payload: b.body, headers: b.headers }));
    for (const r of await Promise.all(batch)) if (r.statusCode !== 201) failed++;
  }
  const ingestSeconds = (performance.now() - t0) / 1000;

  // Export: a 300-question form, EXPORT submissions made in SQL from one answered submission (each
  // with its own instance id and a few answers of its own).
  const wideId = await uploadForm(db, SYSTEM, province, await xformOf({ name: 'bench_300.csv', type: 'text/csv', bytes: wideForm() }, 'vi'), []);
  await setFormState(db, SYSTEM, all, wideId, 'published');
  const answers = wideAnswers(0);
  const xmlOf = (a: Record<string, unknown>): string =>
    Object.entries(a)
      .map(([k, v]) =>
        Array.isArray(v)
          ? v.map((x) => `<${k}>${xmlOf(x)}</${k}>`).join('')
          : typeof v === 'object'
            ? `<${k}>${xmlOf(v as Record<string, unknown>)}</${k}>`
            : `<${k}>${v}</${k}>`,
      )
      .join('');
  const wideXml = `<data id="bench_300" version="1">${xmlOf(answers)}</data>`;
  const version = (await sql<{ v: number }>`SELECT current_version_id AS v FROM survey_form WHERE id = ${wideId}`.execute(db)).rows[0].v;
  t0 = performance.now();
  for (let done = 0; done < EXPORT; done += 10_000)
    await sql`INSERT INTO survey_submission (form_id, version_id, instance_id, unit_id, xml, md5, data)
      SELECT ${wideId}, ${version}, 'uuid:wide-' || g, ${commune}, ${wideXml}, md5(g::text),
             ${JSON.stringify(answers)}::jsonb || jsonb_build_object('q1', (g % 1000)::text, 'q2', 'Phiếu ' || g, 'meta', jsonb_build_object('instanceID', 'uuid:wide-' || g))
        FROM generate_series(${done + 1}::int, ${Math.min(done + 10_000, EXPORT)}::int) g`.execute(db);
  const loadSeconds = (performance.now() - t0) / 1000;
  // What autovacuum does after a bulk insert (the export's plan depends on the table's statistics).
  await sql`ANALYZE survey_submission`.execute(db);
  const form = await visibleForm(db, all, wideId);
  const filter = { formId: wideId, unitIds: null };
  // Memory: RSS sampled every 20 ms; with --expose-gc, the heap still in use after a full collection
  // once a second (what the export holds, rather than garbage not yet collected).
  const measure = async (stream: NodeJS.ReadableStream) => {
    global.gc?.();
    const before = process.memoryUsage();
    let heapPeak = before.heapUsed;
    let rssPeak = before.rss;
    let liveHeapPeak = before.heapUsed;
    const liveHeap: number[] = [];
    let bytes = 0;
    const start = performance.now();
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      heapPeak = Math.max(heapPeak, m.heapUsed);
      rssPeak = Math.max(rssPeak, m.rss);
    }, 20);
    const gcTimer = setInterval(() => {
      if (!global.gc) return;
      global.gc();
      const h = process.memoryUsage().heapUsed;
      liveHeap.push(h);
      liveHeapPeak = Math.max(liveHeapPeak, h);
    }, 1000);
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    clearInterval(timer);
    clearInterval(gcTimer);
    const mb = (n: number) => Math.round(n / 1e5) / 10;
    return {
      seconds: Math.round((performance.now() - start) / 100) / 10,
      mb: mb(bytes),
      heapBeforeMb: mb(before.heapUsed),
      heapPeakMb: mb(heapPeak),
      liveHeapPeakMb: global.gc ? mb(liveHeapPeak) : null,
      liveHeapFirstLastMb: liveHeap.length ? [mb(liveHeap[0]), mb(liveHeap[liveHeap.length - 1])] : null,
      rssBeforeMb: mb(before.rss),
      rssPeakMb: mb(rssPeak),
    };
  };
  const csv = await measure(csvExport(db, shapeOf(form.fields), filter, null, { choices: 'labels', lang: 'vi' }));
  const xlsx = XLSX ? await measure(xlsxExport(db, shapeOf(form.fields), filter, { choices: 'labels', lang: 'vi' }, 'bench_300')) : null;
  await app.close();
  return {
    submissions: N,
    failed,
    ingestPerSecond: Math.round(N / ingestSeconds),
    baselineHeadPerSecond: Math.round(headPerSecond),
    exportForm: { questions: QUESTIONS, rows: EXPORT, loadSeconds: Math.round(loadSeconds) },
    csv,
    xlsx,
  };
});

console.log(JSON.stringify(result, null, 2));
writeResult('surveys', {
  date: new Date().toISOString(),
  engine: 'postgres',
  loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => Math.round(x * 10) / 10) },
  ...result,
});
