import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { seedDemoSurveys } from './surveys.demo.js';

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
let formId = 0;
let loaded = 0;

const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(s.t.database.db)).rows;

beforeAll(async () => {
  loaded = await seedDemoSurveys(s.t.database.db);
  formId = (await one(sql<{ id: number }>`SELECT id FROM survey_form WHERE xml_form_id = 'cntt_ho_gia_dinh'`))[0].id;
  await sql`UPDATE app_user SET aggregates_only = true WHERE username = 'lanhdao'`.execute(s.t.database.db);
}, 120_000);

describe('demo submissions of the survey of IT use', () => {
  it('loads a few hundred linked submissions across communes and ethnic groups, once', async () => {
    expect(loaded).toBeGreaterThanOrEqual(200);
    expect(loaded).toBeLessThanOrEqual(400);
    const [r] = await one(
      sql<{ n: number; communes: number; ethnic: number; located: number; linked: number }>`
        SELECT count(*)::int AS n, count(DISTINCT unit_id)::int AS communes, count(DISTINCT ethnic_code)::int AS ethnic,
               count(latitude)::int AS located, count(household_id)::int AS linked
          FROM survey_submission WHERE form_id = ${formId}`,
    );
    expect(r.n).toBe(loaded);
    expect(r.linked).toBe(loaded);
    expect(r.communes).toBeGreaterThanOrEqual(10);
    expect(r.ethnic).toBeGreaterThanOrEqual(3);
    expect(r.located).toBeGreaterThan(loaded / 2);
    expect(r.located).toBeLessThan(loaded);
    expect(await seedDemoSurveys(s.t.database.db)).toBe(0);
  });
});

describe('results', () => {
  it('counts choices, months and numbers in SQL as hand-written SQL does', async () => {
    const res = await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    const sum = res.json();
    expect(sum.total).toBe(loaded);
    expect(sum.suppression.applied).toBe(false);

    const internet = sum.items.find((i: any) => i.path === '/data/internet/co_internet');
    const want = await one(
      sql<{
        v: string;
        n: number;
      }>`SELECT data #>> '{internet,co_internet}' AS v, count(*)::int AS n FROM survey_submission WHERE form_id = ${formId} GROUP BY 1`,
    );
    expect(internet.kind).toBe('choices');
    expect(internet.counts).toEqual(['co', 'khong'].map((value) => ({ value, count: want.find((w) => w.v === value)?.n ?? 0 })));
    expect(internet.answered).toBe(loaded);

    // A multiple choice counts each choice ticked.
    const devices = sum.items.find((i: any) => i.path === '/data/thiet_bi/thiet_bi_co');
    const [tv] = await one(
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM survey_submission WHERE form_id = ${formId} AND ' ' || (data #>> '{thiet_bi,thiet_bi_co}') || ' ' LIKE '% tivi %'`,
    );
    expect(devices.kind).toBe('multiple');
    expect(devices.counts.find((c: any) => c.value === 'tivi').count).toBe(tv.n);

    // Dates by month.
    const months = sum.items.find((i: any) => i.path === '/data/ngay_khao_sat');
    const wantMonths = await one(
      sql<{
        m: string;
        n: number;
      }>`SELECT left(data ->> 'ngay_khao_sat', 7) AS m, count(*)::int AS n FROM survey_submission WHERE form_id = ${formId} GROUP BY 1 ORDER BY 1`,
    );
    expect(months.counts).toEqual(wantMonths.map((m) => ({ value: m.m, count: m.n })));

    // Numbers: mean, median, histogram adding up to the answers.
    const cost = sum.items.find((i: any) => i.path === '/data/internet/chi_phi_internet');
    const [st] = await one(
      sql<{ n: number; mean: number; median: number; min: number; max: number }>`
        SELECT count(*)::int AS n, avg(x) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS median, min(x) AS min, max(x) AS max
          FROM (SELECT (data #>> '{internet,chi_phi_internet}')::float8 AS x FROM survey_submission WHERE form_id = ${formId} AND data #>> '{internet,chi_phi_internet}' <> '') t`,
    );
    expect(cost.stats.n).toBe(st.n);
    expect(cost.stats.mean).toBeCloseTo(Number(st.mean), 9);
    expect(cost.stats.median).toBe(Number(st.median));
    expect(cost.stats.min).toBe(Number(st.min));
    expect(cost.histogram.reduce((a: number, h: any) => a + h.count, 0)).toBe(st.n);
    expect(cost.histogram[0].from).toBe(Number(st.min));
    expect(cost.histogram.length).toBeLessThanOrEqual(10);
  });

  it('filters by commune and by ethnic group, and keeps to the caller’s area', async () => {
    const [top] = await one(
      sql<{
        unit_id: number;
        n: number;
      }>`SELECT unit_id, count(*)::int AS n FROM survey_submission WHERE form_id = ${formId} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const byCommune = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/summary?unit=${top.unit_id}`)).json();
    expect(byCommune.total).toBe(top.n);
    const [muong] = await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM survey_submission WHERE form_id = ${formId} AND ethnic_code = '06'`);
    expect(muong.n).toBeGreaterThan(0);
    expect((await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/summary?ethnic=06`)).json().total).toBe(muong.n);
    expect((await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/summary?ethnic=x'--`)).statusCode).toBe(400);

    const [tanlac] = await one(
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM survey_submission s JOIN admin_unit u ON u.id = s.unit_id WHERE form_id = ${formId} AND u.code = '05128'`,
    );
    expect((await s.as('xa.tanlac').get(`/api/surveys/forms/${formId}/summary`)).json().total).toBe(tanlac.n);
    const points = (await s.as('xa.tanlac').get(`/api/surveys/forms/${formId}/points`)).json();
    expect(points.items.every((p: any) => p.unitCode === '05128')).toBe(true);
  });

  it('cross-tabulates by ethnic group and by commune, in JSON and XLSX with labels', async () => {
    const t = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/crosstab?by=ethnic`)).json();
    const want = await one(
      sql<{ code: string; n: number }>`SELECT coalesce(ethnic_code, '') AS code, count(*)::int AS n FROM survey_submission
        WHERE form_id = ${formId} AND data #>> '{internet,co_internet}' = 'co' GROUP BY 1`,
    );
    const row = t.rows.find((r: any) => r.path === '/data/internet/co_internet' && r.value === 'co');
    for (const w of want) expect(row.values[t.groups.findIndex((g: any) => g.key === w.code)]).toBe(w.n);
    expect(row.total).toBe(want.reduce((a, w) => a + w.n, 0));
    const muong = t.groups.find((g: any) => g.code === '06');
    expect(muong.name).toBe('Mường');

    const byCommune = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/crosstab?by=commune`)).json();
    const answered = byCommune.rows.find((r: any) => r.path === '/data/internet/co_internet' && r.kind === 'answered');
    expect(answered.total).toBe(loaded);
    expect(answered.values.reduce((a: number, v: number) => a + v, 0)).toBe(loaded);

    const file = await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/crosstab?by=ethnic&format=xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('cntt_ho_gia_dinh-ethnic.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as never);
    const ws = wb.worksheets[0];
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    expect(head[0]).toBe('Câu hỏi');
    expect(head[head.length - 1]).toBe('Tổng');
    const col = head.indexOf('Mường') + 1;
    let found = false;
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'Hộ có dùng Internet không?' && r.getCell(2).value === 'Có') {
        found = true;
        expect(r.getCell(col).value).toBe(want.find((w) => w.code === '06')?.n ?? 0);
        expect(r.getCell(head.length).value).toBe(row.total);
      }
    });
    expect(found).toBe(true);
    const [audit] = await one(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'survey_form' AND entity_id = ${String(formId)} AND action = 'export'`,
    );
    expect(audit.n).toBe(1);
  });

  it('hides small counts, single answers and locations from users who may see only aggregates', async () => {
    const sum = (await s.as('lanhdao').get(`/api/surveys/forms/${formId}/summary`)).json();
    expect(sum.suppression).toEqual({ applied: true, threshold: 10 });
    for (const i of sum.items) for (const c of i.counts ?? []) expect(c.count === null || c.count === 0 || c.count >= 10).toBe(true);
    const cost = sum.items.find((i: any) => i.path === '/data/internet/chi_phi_internet');
    expect(cost.stats.mean).toBeGreaterThan(0);
    expect(cost.stats.min).toBeUndefined();
    // A single choice never has exactly one hidden count (it could be worked out from the others).
    for (const i of sum.items.filter((x: any) => x.kind === 'choices'))
      expect([...i.counts.map((c: any) => c.count), i.answered].filter((v) => v === null).length).not.toBe(1);
    const points = (await s.as('lanhdao').get(`/api/surveys/forms/${formId}/points`)).json();
    expect(points).toEqual({ items: [], truncated: false, hidden: true });
    const t = (await s.as('lanhdao').get(`/api/surveys/forms/${formId}/crosstab?by=commune`)).json();
    for (const r of t.rows.filter((x: any) => x.kind !== 'mean')) for (const v of [...r.values, r.total]) expect(v === null || v === 0 || v >= 10).toBe(true);
  });

  it('refuses single submissions to users who may see only aggregates, in Vietnamese, and serves them to others', async () => {
    const [sub] = await one(
      sql<{ id: number; name: string }>`SELECT s.id, a.name FROM survey_submission s LEFT JOIN survey_submission_attachment a ON a.submission_id = s.id
        WHERE s.form_id = ${formId} ORDER BY a.name IS NULL, s.id LIMIT 1`,
    );
    const att = sub.name ?? 'anh.jpg';
    const urls = [
      `/api/surveys/forms/${formId}/submissions`,
      `/api/surveys/forms/${formId}/export?format=csv`,
      `/api/surveys/forms/${formId}/export?format=xlsx`,
      `/api/surveys/forms/${formId}/export?format=geojson`,
      `/api/surveys/submissions/${sub.id}`,
      `/api/surveys/submissions/${sub.id}/attachments/${encodeURIComponent(att)}`,
    ];
    const exportsBefore = await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'survey_form' AND action = 'export'`);
    for (const url of urls) {
      const res = await s.as('lanhdao').get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code, url).toBe('survey_aggregates_only');
      expect(res.json().error.message, url).toContain('chỉ được xem số liệu tổng hợp');
    }
    // Nothing was exported on the refused requests.
    expect(await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'survey_form' AND action = 'export'`)).toEqual(exportsBefore);
    // The same requests by a user of the same province who may see single answers.
    for (const url of urls.slice(0, 5)) expect((await s.as('tinh.phutho').get(url)).statusCode, url).toBe(200);
    if (sub.name) expect((await s.as('tinh.phutho').get(urls[5])).statusCode).toBe(200);
    // Summaries stay open to them, with disclosure control.
    const sum = await s.as('lanhdao').get(`/api/surveys/forms/${formId}/summary`);
    expect(sum.statusCode).toBe(200);
    expect(sum.json().total).toBe(loaded);
    expect((await s.as('lanhdao').get(`/api/surveys/forms/${formId}/crosstab?by=ethnic`)).statusCode).toBe(200);
  });
});
