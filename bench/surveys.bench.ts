/**
 * Surveys benchmark: ODK Collect submissions POSTed over OpenRosa (multipart, each with a ~30 KB
 * photo) on PostgreSQL, reported as submissions a second (goal ≥ 100/s; ODK Central's soak test is
 * 50/s), with `HEAD submission` on the same key as the baseline (the cost of a request with no
 * work). Then an export of many submissions (copied in SQL from one) streamed as CSV and XLSX,
 * with the heap high-water mark sampled during the stream against the heap before it.
 * SURVEY_BENCH_SUBMISSIONS (default 1000) and SURVEY_BENCH_EXPORT (default 50000) set the scale.
 */
import { sql } from 'kysely';
import { migrate } from '../src/db/migrate.js';
import { SYSTEM } from '../src/modules/audit/audit.service.js';
import { seedDemo } from '../src/modules/reference/demo.seed.js';
import { seedReference } from '../src/modules/reference/reference.seed.js';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { createContext } from '../src/server/context.js';
import { createAppUser, keyUrl, setFormState, shapeOf, uploadForm, visibleForm } from '../src/modules/surveys/surveys.service.js';
import { collectMultipart, householdXForm, photo, submissionXml } from '../src/modules/surveys/surveys.fixtures.js';
import { csvExport, xlsxExport } from '../src/modules/surveys/surveys.writer.js';
import { inScratchSchema, writeResult } from './lib.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.SURVEY_BENCH_SUBMISSIONS ?? 1000);
const EXPORT = Number(process.env.SURVEY_BENCH_EXPORT ?? 50000);
process.env.SURVEY_RATE_PER_MINUTE = String(1_000_000);

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

  // Export scale: copies of stored submissions with new instance ids.
  await sql`INSERT INTO survey_submission (form_id, version_id, instance_id, unit_id, app_user_id, xml, md5, data, latitude, longitude)
    SELECT s.form_id, s.version_id, 'uuid:copy-' || g, s.unit_id, s.app_user_id, s.xml, s.md5, s.data, s.latitude, s.longitude
    FROM generate_series(1, ${EXPORT - N}) g CROSS JOIN (SELECT * FROM survey_submission ORDER BY id LIMIT 1) s`.execute(db);
  const form = await visibleForm(db, all, formId);
  const filter = { formId, unitIds: null };
  const measure = async (stream: NodeJS.ReadableStream) => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let bytes = 0;
    const start = performance.now();
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    clearInterval(timer);
    return { seconds: (performance.now() - start) / 1000, mb: bytes / 1e6, heapBeforeMb: before / 1e6, heapPeakMb: peak / 1e6 };
  };
  const csv = await measure(csvExport(db, shapeOf(form.fields), filter, null, { choices: 'labels', lang: 'vi' }));
  const xlsx = await measure(xlsxExport(db, shapeOf(form.fields), filter, { choices: 'labels', lang: 'vi' }, 'khao_sat_ho'));
  await app.close();
  return {
    submissions: N,
    failed,
    ingestPerSecond: Math.round(N / ingestSeconds),
    baselineHeadPerSecond: Math.round(headPerSecond),
    exportRows: EXPORT,
    csv,
    xlsx,
  };
});

console.log(JSON.stringify(result, null, 2));
writeResult('surveys', { date: new Date().toISOString(), engine: 'postgres', ...result });
