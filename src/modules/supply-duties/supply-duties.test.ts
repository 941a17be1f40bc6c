import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { countRows, createTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createTestForm, type TestForm } from '../data-entry/data-entry.fixtures.js';
import { mailerFromEnv, sendReminders } from './supply-duties.service.js';

/** Mails received by an SMTP server in this process, decoded. */
interface Mail {
  to: string[];
  subject: string;
  text: string;
}
let t: TestApp;
let province: Client;
let tanlac: Client;
let form: TestForm;
let smtp: SMTPServer;
let smtpPort = 0;
const mails: Mail[] = [];

/** Decodes MIME encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). */
function decodeWords(s: string): string {
  return s.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function parseMail(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(/^subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^content-transfer-encoding: (.*)$/im.exec(headers)?.[1].trim().toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { to, subject, text };
}

beforeAll(async () => {
  t = await createTestApp();
  province = await t.login('tinh.phutho');
  tanlac = await t.login('xa.tanlac');
  form = await createTestForm(province, t.database.db, 'SUPPLY_Y');
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 100,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const unitId = async (code: string) =>
  (await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = ${code} ORDER BY valid_from DESC NULLS LAST LIMIT 1`.execute(t.database.db)).rows[0].id;
const mailer = () => mailerFromEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_FROM: 'Hệ thống dân tộc <no-reply@dantoc.test>' });
const at = (day: string) => Date.parse(`${day}T02:00:00Z`);

describe('supply duties', () => {
  let dutyId = 0;

  it('refuses a duty with no target, a wrong period type or a bad address, writing nothing', async () => {
    const unit = await unitId('05128');
    const base = { unitId: unit, periodType: 'yearly', deadlineDays: 10 };
    const before = await countRows(t.database.db, 'supply_duty');
    const none = await province.post('/api/supply-duties', base);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('biểu mẫu báo cáo hoặc một phần sổ đăng ký');
    const wrongType = await province.post('/api/supply-duties', { ...base, dataSet: form.code, periodType: 'monthly' });
    expect(wrongType.json().error.code).toBe('supply_period_mismatch');
    const badMail = await province.post('/api/supply-duties', { ...base, dataSet: form.code, email: 'không phải thư' });
    expect(badMail.json().error.code).toBe('supply_email_invalid');
    expect((await tanlac.post('/api/supply-duties', { ...base, dataSet: form.code })).statusCode).toBe(403);
    expect(await countRows(t.database.db, 'supply_duty')).toBe(before);
  });

  it('lists what is overdue to the unit and to the province', async () => {
    const unit = await unitId('05128');
    const res = await province.post('/api/supply-duties', {
      unitId: unit,
      dataSet: form.code,
      periodType: 'yearly',
      deadlineDays: 10,
      escalateAfterDays: 7,
      email: 'xa.tanlac@example.vn',
      escalationEmail: 'vanphong@phutho.example.vn',
    });
    expect(res.statusCode, res.body).toBe(201);
    dutyId = res.json().id;
    expect(res.json()).toMatchObject({ dataSetName: 'Biểu thử SUPPLY_Y', periodType: 'yearly' });
    expect(await countRows(t.database.db, 'audit_log', { entity: 'supply_duty', action: 'create', entity_id: String(dutyId) })).toBe(1);
    // Set before the 2025 deadline (10 January 2026), so 2025 is owed.
    await sql`UPDATE supply_duty SET created_at = '2025-06-01T00:00:00Z' WHERE id = ${dutyId}`.execute(t.database.db);

    const mine = (await tanlac.get('/api/supply-duties/overdue', { 'accept-language': 'vi' })).json().items;
    expect(mine.find((o: any) => o.dutyId === dutyId)).toMatchObject({ periodId: '2025', periodName: 'Năm 2025', deadline: '2026-01-10' });
    const theirs = (await province.get('/api/supply-duties/overdue')).json().items;
    expect(theirs.some((o: any) => o.dutyId === dutyId)).toBe(true);
  });

  it('mails one Vietnamese reminder per duty and period, then escalates to the province after the delay, never twice', async () => {
    const m = mailer();
    const first = await sendReminders(t.database.db, at('2026-01-12'), m);
    expect(first).toMatchObject({ reminders: 1, escalations: 0, mailed: 1 });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['xa.tanlac@example.vn']);
    expect(mails[0].subject).toBe('Nhắc cung cấp thông tin: Biểu thử SUPPLY_Y – Năm 2025');
    expect(mails[0].text).toContain('Kính gửi Xã Tân Lạc');
    expect(mails[0].text).toContain('Hạn cung cấp là ngày 10/01/2026; đến nay đã quá hạn 2 ngày.');

    // The next run, the same day or later, sends nothing new until the escalation delay has passed.
    expect(await sendReminders(t.database.db, at('2026-01-13'), m)).toMatchObject({ reminders: 0, escalations: 0 });
    const escalated = await sendReminders(t.database.db, at('2026-01-17'), m);
    expect(escalated).toMatchObject({ reminders: 0, escalations: 1, mailed: 1 });
    expect(mails).toHaveLength(2);
    expect(mails[1].to).toEqual(['vanphong@phutho.example.vn']);
    expect(mails[1].subject).toContain('Quá hạn cung cấp thông tin: Xã Tân Lạc');
    expect(mails[1].text).toContain('Kính gửi Tỉnh Phú Thọ');
    expect(mails[1].text).toContain('quá hạn 7 ngày');
    expect(await sendReminders(t.database.db, at('2026-02-01'), m)).toMatchObject({ reminders: 0, escalations: 0 });
    expect(mails).toHaveLength(2);
    expect(await countRows(t.database.db, 'supply_reminder', { duty_id: dutyId })).toBe(2);
  });

  it('lists the reminders sent and the mail settings to the province, changes a duty, and refuses others', async () => {
    const sent = (await province.get('/api/supply-duties/reminders', { 'accept-language': 'vi' })).json().items.filter((r: any) => r.dutyId === dutyId);
    expect(sent.map((r: any) => [r.kind, r.periodId, r.periodName, r.what, r.recipients, r.mailed])).toEqual([
      ['escalation', '2025', 'Năm 2025', 'Biểu thử SUPPLY_Y', ['vanphong@phutho.example.vn'], true],
      ['reminder', '2025', 'Năm 2025', 'Biểu thử SUPPLY_Y', ['xa.tanlac@example.vn'], true],
    ]);
    expect((await tanlac.get('/api/supply-duties/reminders')).statusCode).toBe(403);
    expect((await province.get('/api/supply-duties/mail')).json()).toMatchObject({ configured: false, host: null });
    expect((await tanlac.get('/api/supply-duties/mail')).statusCode).toBe(403);

    const change = { periodType: 'yearly', deadlineDays: 20, escalateAfterDays: 5, email: 'xa@example.vn', escalationEmail: null };
    const changed = await province.put(`/api/supply-duties/${dutyId}`, change);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: dutyId, deadlineDays: 20, escalateAfterDays: 5, email: 'xa@example.vn', escalationEmail: null });
    expect(await countRows(t.database.db, 'audit_log', { entity: 'supply_duty', action: 'update', entity_id: String(dutyId) })).toBe(1);
    const wrong = await province.put(`/api/supply-duties/${dutyId}`, { ...change, periodType: 'monthly' }, { 'accept-language': 'vi' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('supply_period_mismatch');
    expect((await province.put(`/api/supply-duties/${dutyId}`, { ...change, email: 'sai' })).json().error.code).toBe('supply_email_invalid');
    expect((await tanlac.put(`/api/supply-duties/${dutyId}`, change)).statusCode).toBe(403);
    // An officer of another province sees neither the duty nor its reminders.
    const admin = await t.login('admin');
    const other = (
      await sql<{ code: string }>`SELECT code FROM admin_unit WHERE level = 'province' AND code <> '25' AND valid_to IS NULL ORDER BY code LIMIT 1`.execute(
        t.database.db,
      )
    ).rows[0].code;
    const created = await admin.post('/api/users', {
      username: 'tinh.khac',
      password: 'Ruong bac thang Ha Giang 2026',
      fullName: 'Cán bộ tỉnh khác',
      role: 'province_officer',
      scopeUnitCode: other,
    });
    expect(created.statusCode, created.body).toBeLessThan(300);
    const outsider = await t.login('tinh.khac', 'Ruong bac thang Ha Giang 2026');
    expect((await outsider.put(`/api/supply-duties/${dutyId}`, change)).statusCode).toBe(404);
    expect((await outsider.get('/api/supply-duties/reminders')).json().items).toEqual([]);
    expect((await outsider.get('/api/supply-duties')).json().items).toEqual([]);
    const after = (await province.get('/api/supply-duties')).json().items.find((d: any) => d.id === dutyId);
    expect(after).toMatchObject({ deadlineDays: 20, email: 'xa@example.vn' });
  });

  it('keeps a reminder whose mail failed to be sent again on the next run', async () => {
    const unit = await unitId('05128');
    const res = await province.post('/api/supply-duties', {
      unitId: unit,
      registerArea: 'households',
      periodType: 'quarterly',
      deadlineDays: 15,
      escalateAfterDays: 30,
      email: 'xa.tanlac@example.vn',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    await sql`UPDATE supply_duty SET created_at = '2026-01-01T00:00:00Z' WHERE id = ${id}`.execute(t.database.db);
    const broken = mailerFromEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '1' });
    // 2025 Q4 is due on 15 January 2026: on the 20th it is 5 days late.
    const failed = await sendReminders(t.database.db, at('2026-01-20'), broken);
    expect(failed.mailed).toBe(0);
    expect(await countRows(t.database.db, 'supply_reminder', { duty_id: id })).toBe(0);
    const sent = await sendReminders(t.database.db, at('2026-01-20'), mailer());
    expect(sent).toMatchObject({ reminders: 1, mailed: 1 });
    expect(mails.at(-1)!.subject).toBe('Nhắc cung cấp thông tin: Sổ hộ gia đình – Quý IV/2025');

    // The commune declares the register area supplied: it is no longer overdue.
    expect((await tanlac.post(`/api/supply-duties/${id}/periods/2025Q4/confirm`)).statusCode).toBe(200);
    const left = (await tanlac.get('/api/supply-duties/overdue')).json().items.filter((o: any) => o.dutyId === id && o.periodId === '2025Q4');
    expect(left).toEqual([]);
  });
});

describe('a form duty once the report is submitted', () => {
  it('is no longer overdue, and nothing is sent for it', async () => {
    const submitted = await tanlac.post(`/api/data-entry/reports/${form.code}/05128/2025/submit`, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    const items = (await tanlac.get('/api/supply-duties/overdue')).json().items;
    expect(items.some((o: any) => o.what === 'Biểu thử SUPPLY_Y')).toBe(false);
    const before = mails.length;
    await sendReminders(t.database.db, at('2026-03-01'), mailer());
    expect(mails.slice(before).some((m) => m.subject.includes('SUPPLY_Y'))).toBe(false);
  });
});
