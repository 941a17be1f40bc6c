import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp, type Client, countRows } from '../../test/harness.js';
import { createTestForm, type TestForm, otherCommuneOf25 } from './data-entry.fixtures.js';

let f: TestForm;
let otherCommune: string;
const R = '/api/data-entry/reports/TEST_Y/05128/2025';

const s = useTestApp('xa.tanlac', 'tinh.phutho', 'lanhdao', 'admin');

beforeAll(async () => {
  f = await createTestForm(s.as('admin'), s.t.database.db);
  // Another commune of province 25 on the period's last day, outside the commune officer's reach.
  otherCommune = await otherCommuneOf25(s.t.database.db);
});
const v = (dataElementId: number, value: unknown, extra: Record<string, unknown> = {}) => ({ dataElementId, categoryOptionComboId: f.none, value, ...extra });
const stored = async () =>
  (
    await s.t.database.db
      .selectFrom('data_value as dv')
      .innerJoin('admin_unit as u', 'u.id', 'dv.unit_id')
      .select(['dv.data_element_id', 'dv.category_option_combo_id', 'dv.value', 'dv.comment', 'dv.deleted_at'])
      .where('u.code', '=', '05128')
      .where('dv.period_id', '=', '2025')
      .execute()
  ).reduce((m, r) => m.set(`${r.data_element_id}:${r.category_option_combo_id}`, r), new Map<string, any>());

describe('data entry', () => {
  it('returns the form grid with sections, elements, option combos, status and edit rights', async () => {
    const res = await s.as('xa.tanlac').get(R);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json();
    expect(g.unit.code).toBe('05128');
    expect(g.period).toEqual({ id: '2025', start: '2025-01-01', end: '2025-12-31', deadline: '2026-01-10' });
    expect(g.status).toBe('open');
    expect(g.canEdit).toBe(true);
    expect(g.canApprove).toBe(false);
    const els = g.sections[0].elements;
    expect(els.map((e: any) => e.code)).toEqual(['T_HH_TOTAL', 'T_HH_POOR', 'T_POOR_RATE', 'T_HAS_ROAD', 'T_SURVEY_DAY', 'T_POP']);
    expect(
      els
        .find((e: any) => e.code === 'T_POP')
        .optionCombos.map((c: any) => c.code)
        .sort(),
    ).toEqual(['NAM', 'NU']);
    expect((await s.as('lanhdao').get(R)).json().canEdit).toBe(false);
    expect((await s.as('xa.tanlac').get(`${R}/validation`)).json()).toEqual({ violations: [], errors: 0, warnings: 0 });
  });

  it('refuses bad types and bounds value by value, translated, writing nothing', async () => {
    const before = await countRows(s.t.database.db, 'data_value_history');
    const res = await s.as('xa.tanlac').post(`${R}/values`, {
      values: [
        v(f.el.HH_TOTAL, '12'),
        v(f.el.HH_POOR, '3.5'),
        v(f.el.POOR_RATE, 120),
        v(f.el.HAS_ROAD, 'maybe'),
        v(f.el.SURVEY_DAY, '2025-02-30'),
        v(f.el.HH_TOTAL, -1),
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('values_rejected');
    expect(err.details.map((d: any) => [d.field, d.code])).toEqual([
      ['values.1.value', 'value_not_integer'],
      ['values.2.value', 'value_above_max'],
      ['values.3.value', 'value_not_boolean'],
      ['values.4.value', 'value_not_date'],
      ['values.5.value', 'value_below_min'],
    ]);
    expect(err.details[1].message).toBe('Giá trị lớn hơn mức tối đa 100');
    const enWrite = await s.as('tinh.phutho').post(`${R}/values`, { values: [v(f.el.HH_POOR, 'abc')] });
    expect(enWrite.json().error.details[0].message).toBe('Giá trị phải là số nguyên');
    await s.as('tinh.phutho').put('/api/auth/language', { language: 'en' });
    const en2 = await s.as('tinh.phutho').post(`${R}/values`, { values: [v(f.el.HH_POOR, 'abc')] });
    expect(en2.json().error.details[0].message).toBe('The value must be a whole number');
    expect(en2.json().error.message).toBe('Values not valid: 1; nothing was saved');
    await s.as('tinh.phutho').put('/api/auth/language', { language: 'vi' });
    expect(await countRows(s.t.database.db, 'data_value_history')).toBe(before);
    expect((await stored()).size).toBe(0);
    const wrongCombo = await s.as('xa.tanlac').put(`${R}/values`, { dataElementId: f.el.POP, categoryOptionComboId: f.none, value: 3 });
    expect(wrongCombo.json().error.details[0].code).toBe('option_combo_not_allowed');
  });

  it('saves a batch once: a retried batch with the same client ids writes nothing', async () => {
    const batch = {
      values: [
        v(f.el.HH_TOTAL, '1 200', { clientId: 'c-0001-total' }),
        v(f.el.HH_POOR, 1500, { clientId: 'c-0001-poor', comment: 'Số liệu rà soát' }),
        v(f.el.POOR_RATE, '12,5', { clientId: 'c-0001-rate' }),
        v(f.el.HAS_ROAD, 'có', { clientId: 'c-0001-road' }),
        { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 100, clientId: 'c-0001-male' },
        { dataElementId: f.el.POP, categoryOptionComboId: f.female, value: 250, clientId: 'c-0001-female' },
      ],
    };
    const first = await s.as('xa.tanlac').post(`${R}/values`, batch);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ saved: 6, unchanged: 0, duplicates: 0 });
    const hist = await countRows(s.t.database.db, 'data_value_history');
    const audits = await countRows(s.t.database.db, 'audit_log', { action: 'data_values_save' });
    const again = await s.as('xa.tanlac').post(`${R}/values`, batch);
    expect(again.json()).toMatchObject({ saved: 0, duplicates: 6 });
    expect(await countRows(s.t.database.db, 'data_value_history')).toBe(hist);
    expect(await countRows(s.t.database.db, 'audit_log', { action: 'data_values_save' })).toBe(audits);
    const kept = await stored();
    expect(kept.get(`${f.el.HH_TOTAL}:${f.none}`).value).toBe('1200');
    expect(kept.get(`${f.el.POOR_RATE}:${f.none}`).value).toBe('12.5');
    expect(kept.get(`${f.el.HAS_ROAD}:${f.none}`).value).toBe('true');
    expect(kept.get(`${f.el.HH_POOR}:${f.none}`).comment).toBe('Số liệu rà soát');
    // The same value again without a client id is unchanged; a new value is one history row.
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_TOTAL, 1200))).json()).toMatchObject({ unchanged: 1, saved: 0 });
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.SURVEY_DAY, '2025-12-01', { clientId: 'c-0002-day' }))).json()).toMatchObject({ saved: 1 });
    expect(await countRows(s.t.database.db, 'data_value_history')).toBe(hist + 1);
    const audit = await s.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'data_values_save')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.username).toBe('xa.tanlac');
    expect(JSON.stringify(audit.after)).toContain('2025-12-01');
    // A comment alone keeps the value.
    expect(
      (await s.as('xa.tanlac').put(`${R}/values`, { dataElementId: f.el.HAS_ROAD, categoryOptionComboId: f.none, comment: 'Đường bê tông' })).json().saved,
    ).toBe(1);
    expect((await stored()).get(`${f.el.HAS_ROAD}:${f.none}`)).toMatchObject({ value: 'true', comment: 'Đường bê tông' });
    // A late retry of an old save never replays its value over a newer one.
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_TOTAL, 1200, { clientId: 'c-0003-old' }))).json().unchanged).toBe(1);
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_TOTAL, 1300, { clientId: 'c-0003-new' }))).json().saved).toBe(1);
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_TOTAL, 1200, { clientId: 'c-0003-old' }))).json().duplicates).toBe(1);
    expect((await stored()).get(`${f.el.HH_TOTAL}:${f.none}`).value).toBe('1300');
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_TOTAL, 1200, { clientId: 'c-0003-back' }))).json().saved).toBe(1);
    // One cell twice in a batch: both changes kept in history, the later one stored; a client id repeated in a batch counts once.
    const h0 = await countRows(s.t.database.db, 'data_value_history');
    const twice = await s.as('xa.tanlac').post(`${R}/values`, {
      values: [
        { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 101, clientId: 'c-0004-a' },
        { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 102, clientId: 'c-0004-b' },
        { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 103, clientId: 'c-0004-b' },
      ],
    });
    expect(twice.json().items.map((i: any) => i.outcome)).toEqual(['saved', 'saved', 'duplicate']);
    expect((await stored()).get(`${f.el.POP}:${f.male}`).value).toBe('102');
    expect(await countRows(s.t.database.db, 'data_value_history')).toBe(h0 + 2);
    await s.as('xa.tanlac').put(`${R}/values`, { dataElementId: f.el.POP, categoryOptionComboId: f.male, value: 100 });
  });

  it('keeps an emptied value as deleted', async () => {
    await s.as('xa.tanlac').put(`${R}/values`, v(f.el.SURVEY_DAY, ''));
    const row = (await stored()).get(`${f.el.SURVEY_DAY}:${f.none}`);
    expect(row.value).toBeNull();
    expect(row.deleted_at).not.toBeNull();
    expect((await s.as('xa.tanlac').get(R)).json().values.some((x: any) => x.dataElementId === f.el.SURVEY_DAY)).toBe(false);
  });

  it('lists every change of one cell, newest first, with who made it; cells off the form or out of reach are refused', async () => {
    const cellHistory = (c: Client, dataElementId: number, coc = f.none, report = R) =>
      c.get(`${report}/values/history?dataElementId=${dataElementId}&categoryOptionComboId=${coc}`);
    const total = await s.as('xa.tanlac').get(`${R}/values/history?dataElementId=${f.el.HH_TOTAL}&categoryOptionComboId=${f.none}`);
    expect(total.statusCode, total.body).toBe(200);
    expect(total.json().dataElement.code).toBe('T_HH_TOTAL');
    expect(total.json().items.map((i: any) => [i.oldValue, i.newValue, i.by])).toEqual([
      ['1300', '1200', 'xa.tanlac'],
      ['1200', '1300', 'xa.tanlac'],
      [null, '1200', 'xa.tanlac'],
    ]);
    // Both changes of one batch are there, in the order they were made.
    expect((await cellHistory(s.as('xa.tanlac'), f.el.POP, f.male)).json().items.map((i: any) => i.newValue)).toEqual(['100', '102', '101', '100']);
    // A comment alone is a change of the comment with the value kept; an emptied value shows as null.
    const road = (await cellHistory(s.as('xa.tanlac'), f.el.HAS_ROAD)).json().items[0];
    expect(road).toMatchObject({ oldValue: 'true', newValue: 'true', oldComment: null, newComment: 'Đường bê tông', derived: false });
    expect((await cellHistory(s.as('xa.tanlac'), f.el.SURVEY_DAY)).json().items[0]).toMatchObject({ oldValue: '2025-12-01', newValue: null });
    expect(Date.parse((await cellHistory(s.as('xa.tanlac'), f.el.SURVEY_DAY)).json().items[0].at)).toBeGreaterThan(Date.now() - 600_000);
    // Viewers read it; a cell never saved has no history.
    expect((await cellHistory(s.as('lanhdao'), f.el.HH_TOTAL)).json().items).toHaveLength(3);
    expect((await cellHistory(s.as('xa.tanlac'), f.el.POP, f.female)).json().items).toHaveLength(1);
    const wrongCombo = await cellHistory(s.as('xa.tanlac'), f.el.HH_TOTAL, f.male);
    expect(wrongCombo.statusCode).toBe(400);
    expect(wrongCombo.json().error.code).toBe('option_combo_not_allowed');
    const offForm = await cellHistory(s.as('xa.tanlac'), 999999);
    expect(offForm.statusCode).toBe(400);
    expect(offForm.json().error).toMatchObject({ code: 'element_not_in_form', message: 'Chỉ tiêu "999999" không thuộc biểu mẫu này' });
    expect((await s.as('xa.tanlac').get(`${R}/values/history?dataElementId=abc&categoryOptionComboId=${f.none}`)).statusCode).toBe(400);
    expect((await cellHistory(s.as('xa.tanlac'), f.el.HH_TOTAL, f.none, `/api/data-entry/reports/TEST_Y/${otherCommune}/2025`)).statusCode).toBe(404);
  });

  it('lists violations; an error blocks submit, a warning does not', async () => {
    const check = (await s.as('xa.tanlac').get(`${R}/validation`)).json();
    expect(check.errors).toBe(1);
    expect(check.warnings).toBe(1);
    const err = check.violations.find((x: any) => x.blocking);
    expect(err).toMatchObject({ code: 'TEST_Y_POOR', importance: 'high', left: 1500, right: 1200, message: 'Số hộ nghèo không được lớn hơn tổng số hộ' });
    const blocked = await s.as('xa.tanlac').post(`${R}/submit`, {});
    expect(blocked.statusCode, blocked.body).toBe(409);
    expect(blocked.json().error.code).toBe('report_has_errors');
    expect(blocked.json().error.details[0].message).toBe('Số hộ nghèo không được lớn hơn tổng số hộ');
    expect((await s.t.database.db.selectFrom('report_submission').select('status').where('data_set_id', '=', f.id).execute()).map((r) => r.status)).toEqual([
      'open',
    ]);
  });

  it('submits once fixed, then the provincial officer approves and the report is locked', async () => {
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_POOR, 150))).statusCode).toBe(200);
    const sub = await s.as('xa.tanlac').post(`${R}/submit`, { comment: 'Gửi tỉnh' });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().status).toBe('submitted');
    expect(sub.json().warnings.map((w: any) => w.code)).toEqual(['TEST_Y_SEX']);
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_POOR, 151))).json().error.code).toBe('report_submitted');
    expect((await s.as('xa.tanlac').post(`${R}/approve`, {})).statusCode).toBe(403);
    expect((await s.as('lanhdao').post(`${R}/approve`, {})).statusCode).toBe(403);
    const ok = await s.as('tinh.phutho').post(`${R}/approve`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    const locked = await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_POOR, 151));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('report_locked');
    expect((await s.as('tinh.phutho').post(`${R}/values`, { values: [v(f.el.HH_POOR, 151)] })).json().error.code).toBe('report_locked');
    expect((await stored()).get(`${f.el.HH_POOR}:${f.none}`).value).toBe('150');
    const g = (await s.as('xa.tanlac').get(R)).json();
    expect(g).toMatchObject({ status: 'approved', canEdit: false });
  });

  it('reopens as a recorded action with a reason, then returns with a comment', async () => {
    expect((await s.as('tinh.phutho').post(`${R}/reopen`, {})).json().error.code).toBe('comment_required');
    const re = await s.as('tinh.phutho').post(`${R}/reopen`, { comment: 'Sai số hộ nghèo' });
    expect(re.json().status).toBe('open');
    expect((await s.as('xa.tanlac').put(`${R}/values`, v(f.el.HH_POOR, 140))).json().saved).toBe(1);
    expect((await s.as('xa.tanlac').post(`${R}/submit`, {})).json().status).toBe('submitted');
    expect((await s.as('tinh.phutho').post(`${R}/return`, {})).statusCode).toBe(400);
    const ret = await s.as('tinh.phutho').post(`${R}/return`, { comment: 'Kiểm tra lại dân số nữ' });
    expect(ret.json().status).toBe('returned');
    const g = (await s.as('xa.tanlac').get(R)).json();
    expect(g).toMatchObject({ status: 'returned', comment: 'Kiểm tra lại dân số nữ', canEdit: true });
    const h = (await s.as('xa.tanlac').get(`${R}/history`)).json().items;
    expect(h.map((x: any) => [x.action, x.to, x.by])).toEqual([
      ['submit', 'submitted', 'xa.tanlac'],
      ['approve', 'approved', 'tinh.phutho'],
      ['reopen', 'open', 'tinh.phutho'],
      ['submit', 'submitted', 'xa.tanlac'],
      ['return', 'returned', 'tinh.phutho'],
    ]);
    expect(h[2].comment).toBe('Sai số hộ nghèo');
    for (const a of ['report_submit', 'report_approve', 'report_reopen', 'report_return'])
      expect(await countRows(s.t.database.db, 'audit_log', { action: a, entity: 'report_submission' }), a).toBeGreaterThan(0);
    // A wrong step is a conflict.
    expect((await s.as('tinh.phutho').post(`${R}/approve`, {})).json().error.code).toBe('report_wrong_status');
  });

  it('keeps callers to their area and role', async () => {
    const other = `/api/data-entry/reports/TEST_Y/${otherCommune}/2025`;
    expect((await s.as('xa.tanlac').get(other)).statusCode).toBe(404);
    const w = await s.as('xa.tanlac').put(`${other}/values`, v(f.el.HH_TOTAL, 5));
    expect(w.statusCode).toBe(403);
    expect(w.json().error.code).toBe('out_of_scope');
    expect((await s.as('tinh.phutho').get(other)).statusCode).toBe(200);
    const vw = await s.as('lanhdao').put(`${R}/values`, v(f.el.HH_TOTAL, 5));
    expect(vw.statusCode).toBe(403);
    expect((await s.as('lanhdao').post(`${R}/submit`, {})).statusCode).toBe(403);
    expect((await s.as('xa.tanlac').get('/api/data-entry/reports/NOPE/05128/2025')).json().error.code).toBe('unknown_data_set');
    expect((await s.as('xa.tanlac').get('/api/data-entry/reports/TEST_Y/05128/2025Q1')).json().error.code).toBe('unknown_period');
    // Not in province 25: not assigned (admin reaches it, so it is not a scope answer).
    expect((await s.as('admin').get('/api/data-entry/reports/TEST_Y/00004/2025')).statusCode).toBe(404);
  });

  it('tells who reported on time, late or not at all', async () => {
    const C = '/api/data-entry/completeness?dataSet=TEST_Y&period=2025';
    // The Tân Lạc report is returned (not reported); submit it again, dated before the deadline.
    expect((await s.as('xa.tanlac').post(`${R}/submit`, {})).statusCode).toBe(200);
    await sql`UPDATE report_submission SET submitted_at = '2026-01-05T03:00:00Z' WHERE data_set_id = ${f.id}`.execute(s.t.database.db);
    // The other commune reports late (today, after the 10 January 2026 deadline).
    const other = `/api/data-entry/reports/TEST_Y/${otherCommune}/2025`;
    expect((await s.as('tinh.phutho').put(`${other}/values`, v(f.el.HH_TOTAL, 10))).statusCode).toBe(200);
    expect((await s.as('tinh.phutho').post(`${other}/submit`, {})).statusCode).toBe(200);
    await sql`UPDATE report_submission SET submitted_at = '2026-02-01T03:00:00Z' WHERE data_set_id = ${f.id} AND status = 'submitted' AND submitted_at > '2026-01-06'`.execute(
      s.t.database.db,
    );

    const res = await s.as('tinh.phutho').get(C);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    const expected = Number(
      (
        await sql<{ n: number }>`SELECT count(*) AS n FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id WHERE c.level = 'commune' AND p.code = '25'
          AND (c.valid_to IS NULL OR c.valid_to >= '2025-12-31') AND (c.valid_from IS NULL OR c.valid_from <= '2025-12-31')`.execute(s.t.database.db)
      ).rows[0].n,
    );
    expect(c.totals).toMatchObject({ expected, reported: 2, onTime: 1, late: 1, missing: expected - 2, notDue: 0 });
    expect(c.totals.completeness).toBe(Math.round((2 / expected) * 1000) / 10);
    const byCode = new Map(c.items.map((i: any) => [i.unit.code, i]));
    expect(byCode.get('05128')).toMatchObject({ status: 'submitted', timeliness: 'on_time' });
    expect(byCode.get(otherCommune)).toMatchObject({ status: 'submitted', timeliness: 'late' });
    expect(c.chase.length).toBe(expected - 2);
    expect(c.chase.some((i: any) => i.unit.code === '05128')).toBe(false);

    const within = (await s.as('tinh.phutho').get(`${C}&parent=25`)).json();
    expect(within.totals).toEqual(c.totals);
    expect((await s.as('xa.tanlac').get(`${C}&parent=25`)).statusCode).toBe(404);
    // The commune officer sees only the communes in reach.
    const mine = (await s.as('xa.tanlac').get(C)).json();
    expect(mine.items.map((i: any) => i.unit.code)).toEqual(['05128']);
    // A future period is not yet due.
    const next = (await s.as('tinh.phutho').get('/api/data-entry/completeness?dataSet=TEST_Y&period=2026')).json();
    expect(next.totals).toMatchObject({ reported: 0, missing: 0, notDue: next.totals.expected });
  });
});
