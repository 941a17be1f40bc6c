import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { totpCode } from '../../test/totp.js';
import { ADDRESS_BUCKET, USER_BUCKET, addFailure, waitSeconds } from './throttle.service.js';

const s = useTestApp();

const ATTACKER = '203.0.113.66';
const OFFICE = '198.51.100.10';

const attempt = (username: string, password: string, ip: string, cookie?: string) =>
  s.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip, headers: cookie ? { cookie } : {} });

describe('sign-in throttling', () => {
  it('cannot lock an administrator out: the known device still signs in, and the counter leaks away', async () => {
    await s.t.login('admin'); // enrols two-factor
    const secret = s.t.totpSecrets.get('admin')!;
    // The administrator's own browser signs in once and keeps its device cookie.
    const first = await attempt('admin', 'Admin@2025', OFFICE);
    s.t.advanceClock(30_000);
    const done = await s.t.app.inject({
      method: 'POST',
      url: '/api/auth/login/code',
      payload: { challenge: first.json().challenge, code: totpCode(secret, s.t.ctx.auth.now()) },
      remoteAddress: OFFICE,
    });
    expect(done.json()).toMatchObject({ ok: true, next: 'done' });
    const device = done.cookies.find((c) => c.name === 'dantoc_device')!;
    expect(device.value.length).toBeGreaterThan(30);

    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await attempt('admin', `guess-${i}`, ATTACKER)).statusCode);
    expect(statuses.slice(0, USER_BUCKET.capacity).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(USER_BUCKET.capacity).every((s) => s === 429)).toBe(true);
    const held = await attempt('admin', 'Admin@2025', ATTACKER);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('login_throttled');

    // The right password from the administrator's known browser is never refused.
    const own = await attempt('admin', 'Admin@2025', OFFICE, `dantoc_device=${device.value}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().next).toBe('code');

    // A different browser waits, but only as long as the counter takes to leak one failure.
    s.t.advanceClock(USER_BUCKET.leakSeconds * 1000 - 20_000);
    expect((await attempt('admin', 'Admin@2025', OFFICE)).statusCode).toBe(429);
    s.t.advanceClock(40_000);
    expect((await attempt('admin', 'Admin@2025', OFFICE)).statusCode).toBe(200);

    const failures = await s.t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'login_failed').where('ip', '=', ATTACKER).execute();
    expect(failures).toHaveLength(USER_BUCKET.capacity);
  });

  it('answers unknown and known usernames alike, and holds back both', async () => {
    const known = await attempt('lanhdao', 'wrong-password', '192.0.2.1');
    const unknown = await attempt('khong.co.ai', 'wrong-password', '192.0.2.1');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    for (let i = 1; i < USER_BUCKET.capacity; i++) {
      await attempt('lanhdao', 'wrong-password', '192.0.2.1');
      await attempt('khong.co.ai', 'wrong-password', '192.0.2.1');
    }
    const knownHeld = await attempt('lanhdao', 'wrong-password', '192.0.2.1');
    const unknownHeld = await attempt('khong.co.ai', 'wrong-password', '192.0.2.1');
    expect(knownHeld.statusCode).toBe(429);
    expect(unknownHeld.statusCode).toBe(429);
    expect(unknownHeld.body).toBe(knownHeld.body);
  });

  it('lets an office behind one address fail many times without shutting out its other staff', async () => {
    for (let i = 0; i < 45; i++) expect((await attempt(`nhan.vien${i % 5}`, 'sai-mat-khau', `${OFFICE}0`)).statusCode).toBe(401);
    const colleague = await attempt('xa.tanlac', 'Xa@20251', `${OFFICE}0`);
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().next).toBe('done');
  });

  it('keeps counters in the database, leaking one failure per interval', async () => {
    const db = s.t.database.db;
    const now = Date.UTC(2026, 0, 1);
    for (let i = 0; i < ADDRESS_BUCKET.capacity - 1; i++) await addFailure(db, ADDRESS_BUCKET, '10.9.9.9', now);
    expect(await waitSeconds(db, ADDRESS_BUCKET, '10.9.9.9', now)).toBe(0);
    await addFailure(db, ADDRESS_BUCKET, '10.9.9.9', now);
    expect(await waitSeconds(db, ADDRESS_BUCKET, '10.9.9.9', now)).toBe(ADDRESS_BUCKET.leakSeconds);
    expect(await waitSeconds(db, ADDRESS_BUCKET, '10.9.9.9', now + ADDRESS_BUCKET.leakSeconds * 1000)).toBe(0);
    // One failure an hour never keeps a name held back (the old lock did).
    for (let h = 0; h < 24; h++) await addFailure(db, USER_BUCKET, 'slow.attacker', now + h * 3600_000);
    expect(await waitSeconds(db, USER_BUCKET, 'slow.attacker', now + 24 * 3600_000)).toBe(0);
  });
});
