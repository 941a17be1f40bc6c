import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../test/harness.js';
import { lastEndedPeriod } from './overview.periods.js';

let t: TestApp;
let xa: Client;
let tinh: Client;
let viewer: Client;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  [xa, tinh, viewer, admin] = await Promise.all([t.login('xa.tanlac'), t.login('tinh.phutho'), t.login('lanhdao'), t.login('admin')]);
});
afterAll(async () => t?.close());

const total = async (c: Client, url: string) => {
  const r = await c.get(url);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().total as number;
};

describe('the last ended period', () => {
  it('is the one before the period of today, under either calendar', () => {
    expect(lastEndedPeriod('quarterly', '2026-12-06', 'nd09')?.id).toBe('2026Q3');
    expect(lastEndedPeriod('quarterly', '2026-12-15', 'nd09')?.id).toBe('2026Q4');
    expect(lastEndedPeriod('quarterly', '2026-12-06', 'calendar')?.id).toBe('2026Q3');
    expect(lastEndedPeriod('monthly', '2026-03-14', 'nd09')?.id).toBe('2026M02');
    expect(lastEndedPeriod('monthly', '2026-03-15', 'nd09')?.id).toBe('2026M03');
    expect(lastEndedPeriod('monthly', '2026-01-01', 'calendar')?.id).toBe('2025M12');
    expect(lastEndedPeriod('six_monthly', '2026-07-01', 'calendar')?.id).toBe('2026S1');
    expect(lastEndedPeriod('yearly', '2026-12-31', 'calendar')?.id).toBe('2025');
    // Nine months: the year's own from October, the year before's until then.
    expect(lastEndedPeriod('nine_monthly', '2026-10-01', 'calendar')?.id).toBe('2026N9');
    expect(lastEndedPeriod('nine_monthly', '2026-09-30', 'calendar')?.id).toBe('2025N9');
  });
});

describe('GET /api/overview', () => {
  it("counts the commune officer's register as the lists do, and the reports owed by the commune", async () => {
    const res = await xa.get('/api/overview');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.register).toEqual({
      households: await total(xa, '/api/households?pageSize=1'),
      persons: await total(xa, '/api/persons?pageSize=1'),
      openDuplicates: await total(xa, '/api/duplicates?pageSize=1'),
      isDemo: true,
    });
    expect(o.register.households).toBeGreaterThan(0);
    expect(o.reports.map((r: any) => r.dataSet.code).sort()).toEqual(['TD_CHUONG_TRINH_QUY', 'TK_DAN_TOC_NAM']);
    for (const r of o.reports) {
      expect(r.due.period.end < o.date).toBe(true);
      if (r.current) expect(r.current.start <= o.date && o.date <= r.current.end).toBe(true);
      expect(r.due.unit).toMatchObject({ code: '05128', status: 'open' });
      const c = (await xa.get(`/api/data-entry/completeness?dataSet=${r.dataSet.code}&period=${r.due.period.id}`)).json();
      expect(r.due.totals).toEqual(c.totals);
      expect(r.due.totals.expected).toBe(1);
    }
    const yearly = o.reports.find((r: any) => r.dataSet.code === 'TK_DAN_TOC_NAM');
    expect(yearly.due.period).toMatchObject({ id: String(Number(o.date.slice(0, 4)) - 1), name: `Năm ${Number(o.date.slice(0, 4)) - 1}` });
  });

  it('shows a submitted report as reported, on time or late against its deadline', async () => {
    const quarterly = (await xa.get('/api/overview')).json().reports.find((r: any) => r.dataSet.code === 'TD_CHUONG_TRINH_QUY');
    const submit = await xa.post(`/api/data-entry/reports/TD_CHUONG_TRINH_QUY/05128/${quarterly.due.period.id}/submit`, {});
    expect(submit.statusCode, submit.body).toBe(200);
    const overview = (await xa.get('/api/overview')).json();
    const after = overview.reports.find((r: any) => r.dataSet.code === 'TD_CHUONG_TRINH_QUY');
    const onTime = overview.date <= after.due.period.deadline;
    expect(after.due.unit).toMatchObject({ status: 'submitted', timeliness: onTime ? 'on_time' : 'late' });
    expect(after.due.totals).toMatchObject({ expected: 1, reported: 1, missing: 0 });
    // The province sees the commune among all of its own.
    const province = (await tinh.get('/api/overview')).json();
    const pq = province.reports.find((r: any) => r.dataSet.code === 'TD_CHUONG_TRINH_QUY');
    expect(pq.due.unit).toBeNull();
    expect(pq.due.totals).toEqual((await tinh.get(`/api/data-entry/completeness?dataSet=TD_CHUONG_TRINH_QUY&period=${pq.due.period.id}`)).json().totals);
    expect(pq.due.totals.expected).toBeGreaterThan(100);
    expect(pq.due.totals.reported).toBe(1);
  });

  it("carries the province's return comment to the commune's card, and tells a report nobody opened", async () => {
    const find = (o: any, code: string) => o.reports.find((r: any) => r.dataSet.code === code);
    const before = (await xa.get('/api/overview')).json();
    expect(find(before, 'TK_DAN_TOC_NAM').due.unit).toMatchObject({ status: 'open', started: false, returnComment: null, decidedAt: null });
    const period = find(before, 'TD_CHUONG_TRINH_QUY').due.period.id;
    const R = `/api/data-entry/reports/TD_CHUONG_TRINH_QUY/05128/${period}`;
    const returned = await tinh.post(`${R}/return`, { comment: 'Bổ sung số hộ hưởng lợi' });
    expect(returned.statusCode, returned.body).toBe(200);
    const unit = find((await xa.get('/api/overview')).json(), 'TD_CHUONG_TRINH_QUY').due.unit;
    expect(unit).toMatchObject({ status: 'returned', started: true, returnComment: 'Bổ sung số hộ hưởng lợi' });
    expect(unit.decidedAt).toEqual(expect.any(String));
    // The province's chase list: the returned report first, with whom to call; then only overdue units.
    const c = (await tinh.get(`/api/data-entry/completeness?dataSet=TD_CHUONG_TRINH_QUY&period=${period}`)).json();
    expect(c.chase[0]).toMatchObject({ unit: { code: '05128' }, status: 'returned', comment: 'Bổ sung số hộ hưởng lợi' });
    expect(c.chase[0].officers).toContainEqual({ name: expect.any(String), username: 'xa.tanlac' });
    expect(c.chase.slice(1).every((i: any) => i.timeliness === 'missing' && i.status === 'open')).toBe(true);
    expect(c.items.filter((i: any) => i.started).map((i: any) => i.unit.code)).toEqual(['05128']);
  });

  it('answers every role within its area, and no one without a session', async () => {
    const province = (await tinh.get('/api/overview')).json();
    expect(province.register.households).toBe(await total(tinh, '/api/households?pageSize=1'));
    expect(province.register.households).toBeGreaterThan((await xa.get('/api/overview')).json().register.households);
    const v = await viewer.get('/api/overview');
    expect(v.statusCode).toBe(200);
    expect(v.json().register).toEqual(province.register);
    const national = (await admin.get('/api/overview')).json();
    expect(national.register.persons).toBe(await total(admin, '/api/persons?pageSize=1'));
    const anonymous = await t.anonymous().get('/api/overview');
    expect(anonymous.statusCode).toBe(401);
  });
});
