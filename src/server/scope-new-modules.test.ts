import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../test/harness.js';
import { createHousehold } from '../modules/register/households.fixtures.js';

/**
 * The area scope of the data-use, data-protection, webhook, supply-duty, token and register-as-of-a-day
 * routes, tried as an attacker: the commune officer `xa.tanlac`, the provincial officer `tinh.phutho`,
 * the viewer `lanhdao`, and officers and an administrator of Hà Nội. A record outside the caller's
 * area answers exactly like one that does not exist.
 */
const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
const PASSWORD = 'Suoi-Da-Tan-Lac-9';
const NO_ID = 2_000_000_000;
/** The CCCD a person of Tân Lạc is given after moving to Hà Nội (born 1985, male, registered in Hà Nội). */
const NEW_CCCD = '001085012345';
const db = () => s.t.database.db;
/** Status and body: all a caller can tell two answers apart by. */
const answer = (res: { statusCode: number; body: string }) => ({ status: res.statusCode, body: res.body });

let hanoiOfficer: Client;
let phuthoAdmin: Client;
let hanoiAdmin: Client;
let receiver: http.Server;
let hookBase = '';
/** A Phú Thọ data-use request (Tân Lạc), filed by lanhdao and approved by tinh.phutho. */
let requestId: number;
/** A person of Tân Lạc, and one of Hà Nội. */
let tanlacPersonId: number;
let hanoiPersonId: number;
let hanoiHouseholdId: number;

async function newUser(username: string, role: string, scopeUnitCode: string) {
  const res = await s.as('admin').post('/api/users', { username, password: PASSWORD, fullName: `Người dùng ${username}`, role, scopeUnitCode });
  expect(res.statusCode, res.body).toBe(201);
  return s.t.login(username, PASSWORD);
}

beforeAll(async () => {
  receiver = http.createServer((_req, res) => res.writeHead(200).end('ok'));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  hanoiOfficer = await newUser('tinh.hanoi', 'province_officer', '01');
  phuthoAdmin = await newUser('qt.phutho', 'admin', '25');
  hanoiAdmin = await newUser('qt.hanoi', 'admin', '01');

  const tanlac = await createHousehold(s.as('xa.tanlac'), {
    communeCode: '05128',
    validFrom: '2025-08-01',
    members: [{ fullName: 'Hà Văn Lạc', sex: 'male', birthDate: '1980-03-04', ethnicCode: '06', relationship: 'head' }],
  });
  tanlacPersonId = tanlac.members[0].id;
  const hanoi = await createHousehold(s.as('admin'), {
    communeCode: '00004',
    validFrom: '2025-08-01',
    members: [{ fullName: 'Nguyễn Văn Hà', sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', relationship: 'head' }],
  });
  hanoiPersonId = hanoi.members[0].id;
  hanoiHouseholdId = hanoi.id;

  const filed = await s.as('lanhdao').post('/api/data-requests', {
    organisation: 'Viện Dân tộc học',
    title: 'Nghiên cứu dân số Tân Lạc',
    fields: ['sex', 'birthYear', 'ethnic'],
    areaCode: '05128',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    purpose: 'Nghiên cứu cơ cấu dân số đồng bào dân tộc thiểu số',
    legalBasis: 'Hợp đồng nghiên cứu số 12/2025/HĐ-VDT',
    retentionDays: 365,
    accessKind: 'both',
    accessDays: 30,
  });
  expect(filed.statusCode, filed.body).toBe(201);
  requestId = filed.json().id;
  const approved = await s.as('tinh.phutho').post(`/api/data-requests/${requestId}/approve`, { reason: 'Đúng mục đích nghiên cứu' });
  expect(approved.statusCode, approved.body).toBe(200);
  expect((await s.as('lanhdao').get(`/api/data-requests/${requestId}/extract`)).statusCode).toBe(200);
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

describe('data-use requests', () => {
  it('a request of another area answers like one that does not exist, on every route', async () => {
    for (const c of [hanoiOfficer, s.as('xa.tanlac')]) {
      expect(answer(await c.get(`/api/data-requests/${requestId}`))).toEqual(answer(await c.get(`/api/data-requests/${NO_ID}`)));
      for (const action of ['approve', 'refuse', 'revoke']) {
        const real = answer(await c.post(`/api/data-requests/${requestId}/${action}`, { reason: 'Thử quyền ngoài phạm vi' }));
        const none = answer(await c.post(`/api/data-requests/${NO_ID}/${action}`, { reason: 'Thử quyền ngoài phạm vi' }));
        expect(real, action).toEqual(none);
      }
      expect(answer(await c.get(`/api/data-requests/${requestId}/extract`))).toEqual(answer(await c.get(`/api/data-requests/${NO_ID}/extract`)));
      expect(answer(await c.get(`/api/data-requests/${requestId}/rows`))).toEqual(answer(await c.get(`/api/data-requests/${NO_ID}/rows`)));
      expect(answer(await c.post(`/api/data-requests/${requestId}/token`))).toEqual(answer(await c.post(`/api/data-requests/${NO_ID}/token`)));
      expect((await c.get('/api/data-requests')).json().items.map((i: { id: number }) => i.id)).not.toContain(requestId);
    }
    const review = await hanoiOfficer.get('/api/data-requests?view=review');
    expect(review.statusCode).toBe(200);
    expect(review.json().items.map((i: { id: number }) => i.id)).not.toContain(requestId);
    expect(review.body).not.toContain('Tân Lạc');
    expect((await s.as('tinh.phutho').get('/api/data-requests?view=review')).json().items.map((i: { id: number }) => i.id)).toContain(requestId);
    expect(await sql`SELECT 1 FROM data_request WHERE id = ${requestId} AND status = 'approved'`.execute(db()).then((r) => r.rows.length)).toBe(1);
  });

  it('the request token reaches its own request only, and no other API area', async () => {
    const { secret } = (await s.as('lanhdao').post(`/api/data-requests/${requestId}/token`)).json();
    const call = (url: string) => s.t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
    expect((await call(`/api/data-requests/${requestId}/rows`)).statusCode).toBe(200);
    for (const url of [
      '/api/data-requests',
      `/api/data-requests/${requestId}`,
      '/api/data-protection/accesses',
      '/api/households',
      `/api/persons/${tanlacPersonId}`,
      '/api/webhooks',
      '/api/supply-duties',
      '/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE',
      '/api/auth/tokens',
    ])
      expect((await call(url)).statusCode, url).toBe(403);
  });
});

describe('data-protection report', () => {
  it('another province sees neither the uses of our data nor our request through its id', async () => {
    const ours = await s.as('tinh.phutho').get('/api/data-protection/accesses?pageSize=200');
    expect(ours.json().items.some((i: { request: { id: number } | null }) => i.request?.id === requestId)).toBe(true);
    const theirs = await hanoiOfficer.get('/api/data-protection/accesses?pageSize=200');
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items.some((i: { request: { id: number } | null }) => i.request?.id === requestId)).toBe(false);
    expect(theirs.body).not.toContain('lanhdao');
    expect(answer(await hanoiOfficer.get(`/api/data-protection/accesses?requestId=${requestId}`))).toEqual(
      answer(await hanoiOfficer.get(`/api/data-protection/accesses?requestId=${NO_ID}`)),
    );
    expect(answer(await hanoiOfficer.get(`/api/data-protection/persons/${tanlacPersonId}/accesses`))).toEqual(
      answer(await hanoiOfficer.get(`/api/data-protection/persons/${NO_ID}/accesses`)),
    );
    expect(answer(await s.as('tinh.phutho').get(`/api/data-protection/persons/${hanoiPersonId}/accesses`))).toEqual(
      answer(await s.as('tinh.phutho').get(`/api/data-protection/persons/${NO_ID}/accesses`)),
    );
    const own = await s.as('tinh.phutho').get(`/api/data-protection/persons/${tanlacPersonId}/accesses`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.some((i: { kind: string; request: { id: number } | null }) => i.kind === 'data_use' && i.request?.id === requestId)).toBe(true);
    // The commune officer and the viewer have no report at all.
    for (const c of [s.as('xa.tanlac'), s.as('lanhdao')]) {
      expect((await c.get('/api/data-protection/accesses')).statusCode).toBe(403);
      expect((await c.get(`/api/data-protection/persons/${tanlacPersonId}/accesses`)).statusCode).toBe(403);
      expect((await c.get('/api/data-protection/retention')).statusCode).toBe(403);
    }
  });

  it('the retention review counts only the access-log entries of the caller’s area', async () => {
    const userId = async (username: string) => (await db().selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const old = new Date('2015-03-01T00:00:00Z');
    // Two old entries: a Hà Nội officer reading a Hà Nội person, a Tân Lạc officer reading a Tân Lạc person.
    await db()
      .insertInto('access_log')
      .values([
        {
          at: old,
          user_id: await userId('tinh.hanoi'),
          username: 'tinh.hanoi',
          action: 'view_person',
          entity: 'person',
          entity_id: String(hanoiPersonId),
          purpose: 'Kiểm tra',
          details: '{}',
        },
        {
          at: old,
          user_id: await userId('xa.tanlac'),
          username: 'xa.tanlac',
          action: 'view_person',
          entity: 'person',
          entity_id: String(tanlacPersonId),
          purpose: 'Kiểm tra',
          details: '{}',
        },
      ])
      .execute();
    const logItem = async (c: Client) => {
      const res = await c.get('/api/data-protection/retention');
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.find((i: { kind: string }) => i.kind === 'access_log');
    };
    expect((await logItem(s.as('admin'))).total).toBe(2);
    expect(await logItem(s.as('tinh.phutho'))).toMatchObject({ total: 1, oldest: '2015-03-01' });
    expect(await logItem(hanoiOfficer)).toMatchObject({ total: 1, oldest: '2015-03-01' });
    // The periods hold in every province: a provincial administrator neither sets them nor gets the country's review.
    const rules = await db().selectFrom('data_retention_rule').selectAll().execute();
    const put = await phuthoAdmin.put('/api/data-protection/retention/access_log', { days: 100 });
    expect(put.statusCode).toBe(403);
    expect(put.body).not.toContain('Nguyễn Văn Hà');
    expect(await db().selectFrom('data_retention_rule').selectAll().execute()).toEqual(rules);
    await db().deleteFrom('access_log').where('at', '=', old).execute();
    expect(await logItem(hanoiOfficer)).toMatchObject({ total: 0, oldest: null });
  });
});

describe('webhooks', () => {
  let hookId: number;
  let deliveryId: number;

  beforeAll(async () => {
    expect((await s.as('admin').post('/api/webhooks/allowed-hosts', { host: '127.0.0.1', allowPrivate: true })).statusCode).toBe(200);
    const res = await phuthoAdmin.post('/api/webhooks', { name: 'Hệ thống Phú Thọ', url: `${hookBase}/hook`, events: ['household.changed'] });
    expect(res.statusCode, res.body).toBe(201);
    hookId = res.json().webhook.id;
    await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName: 'Bùi Thị Sự Kiện', sex: 'female', birthYear: 1990, ethnicCode: '06', relationship: 'head' }],
    });
    const d = await db().selectFrom('webhook_delivery').select('id').where('webhook_id', '=', hookId).executeTakeFirstOrThrow();
    deliveryId = Number(d.id);
  });

  it('a subscription and its deliveries of another province answer like ones that do not exist', async () => {
    expect((await phuthoAdmin.get('/api/webhooks')).json().items.map((i: { id: number }) => i.id)).toContain(hookId);
    const list = await hanoiAdmin.get('/api/webhooks');
    expect(list.json().items.map((i: { id: number }) => i.id)).not.toContain(hookId);
    expect(list.body).not.toContain('Phú Thọ');
    expect(answer(await hanoiAdmin.patch(`/api/webhooks/${hookId}`, { active: false }))).toEqual(
      answer(await hanoiAdmin.patch(`/api/webhooks/${NO_ID}`, { active: false })),
    );
    expect(answer(await hanoiAdmin.delete(`/api/webhooks/${hookId}`))).toEqual(answer(await hanoiAdmin.delete(`/api/webhooks/${NO_ID}`)));
    expect(answer(await hanoiAdmin.post(`/api/webhooks/deliveries/${deliveryId}/retry`, {}))).toEqual(
      answer(await hanoiAdmin.post(`/api/webhooks/deliveries/${NO_ID}/retry`, {})),
    );
    expect((await hanoiAdmin.get(`/api/webhooks/deliveries?webhook=${hookId}`)).json().items).toEqual([]);
    expect((await hanoiAdmin.get('/api/webhooks/deliveries')).json().items.map((i: { id: number }) => i.id)).not.toContain(deliveryId);
    expect((await phuthoAdmin.get(`/api/webhooks/deliveries?webhook=${hookId}`)).json().items.map((i: { id: number }) => i.id)).toContain(deliveryId);
    // Nothing changed.
    expect(await db().selectFrom('webhook').select('active').where('id', '=', hookId).executeTakeFirstOrThrow()).toEqual({ active: true });
    // Officers and viewers manage no subscriptions; only national administrators change the allowed hosts.
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho'), s.as('lanhdao'), hanoiOfficer]) {
      expect((await c.get('/api/webhooks')).statusCode).toBe(403);
      expect((await c.get('/api/webhooks/deliveries')).statusCode).toBe(403);
      expect((await c.get('/api/webhooks/allowed-hosts')).statusCode).toBe(403);
    }
    expect((await hanoiAdmin.post('/api/webhooks/allowed-hosts', { host: 'example.org', allowPrivate: false })).statusCode).toBe(403);
    expect((await hanoiAdmin.delete('/api/webhooks/allowed-hosts/127.0.0.1')).statusCode).toBe(403);
  });

  it('a name taken only in another province is free, as a name never used', async () => {
    const body = { url: `${hookBase}/hook`, events: ['household.changed'] };
    const taken = await hanoiAdmin.post('/api/webhooks', { ...body, name: 'Hệ thống Phú Thọ' });
    expect(taken.statusCode, taken.body).toBe(201);
    const other = await hanoiAdmin.post('/api/webhooks', { ...body, name: 'Hệ thống Hà Nội' });
    expect(other.statusCode).toBe(201);
    const renamed = await hanoiAdmin.patch(`/api/webhooks/${other.json().webhook.id}`, { name: 'hệ thống phú thọ' });
    expect(renamed.statusCode).toBe(409);
    // Inside one's area the name is still taken.
    expect((await phuthoAdmin.post('/api/webhooks', { ...body, name: 'Hệ thống Phú Thọ' })).statusCode).toBe(409);
  });
});

describe('supply duties (read only)', () => {
  it('lists and overdue answers hold only duties of the caller’s area', async () => {
    const unit = await db().selectFrom('admin_unit').select('id').where('code', '=', '05128').where('valid_to', 'is', null).executeTakeFirstOrThrow();
    const res = await s.as('tinh.phutho').post('/api/supply-duties', { unitId: unit.id, registerArea: 'households', periodType: 'yearly', deadlineDays: 10 });
    expect(res.statusCode, res.body).toBe(201);
    const dutyId = res.json().id;
    const ids = async (c: Client, path: string) => (await c.get(path)).json().items.map((i: { id?: number; dutyId?: number }) => i.dutyId ?? i.id);
    expect(await ids(s.as('xa.tanlac'), '/api/supply-duties')).toContain(dutyId);
    expect(await ids(s.as('lanhdao'), '/api/supply-duties')).toContain(dutyId);
    expect(await ids(hanoiOfficer, '/api/supply-duties')).not.toContain(dutyId);
    expect(await ids(hanoiOfficer, '/api/supply-duties/overdue')).not.toContain(dutyId);
    expect((await hanoiOfficer.get('/api/supply-duties')).body).not.toContain('Tân Lạc');
    expect((await hanoiOfficer.get('/api/supply-duties/overdue')).body).not.toContain('Tân Lạc');
  });
});

describe('the register as of a day', () => {
  // About seventy requests: more room than the default 30 s on a busy machine.
  it('a person who moved out of the commune is listed for a day they lived there with that day’s details, never today’s', { timeout: 120_000 }, async () => {
    const h = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [
        { fullName: 'Lò Văn Cha', sex: 'male', birthDate: '1955-01-02', ethnicCode: '06', relationship: 'head' },
        { fullName: 'Lò Văn Chuyển', sex: 'male', birthDate: '1985-06-07', ethnicCode: '06', relationship: 'child' },
      ],
    });
    const personId = h.members.find((m: { fullName: string }) => m.fullName === 'Lò Văn Chuyển').id;
    // Moved into a household of Ba Đình (Hà Nội) on 1/10/2025, then renamed there on 1/11/2025.
    const moved = await s.as('admin').post(`/api/households/${h.id}/events`, {
      type: 'move_out',
      date: '2025-10-01',
      personIds: [personId],
      toHouseholdId: hanoiHouseholdId,
      relationships: [{ personId, relationship: 'sibling' }],
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const { version } = await db().selectFrom('person').select('version').where('id', '=', personId).executeTakeFirstOrThrow();
    const renamed = await s.as('admin').patch(`/api/persons/${personId}`, { version, effectiveDate: '2025-11-01', fullName: 'Lò Văn Mới', cccd: NEW_CCCD });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const listed = async (c: Client, date: string) => {
      const res = await c.get(`/api/persons?date=${date}&q=${encodeURIComponent('Lò Văn')}&pageSize=500`);
      expect(res.statusCode, res.body).toBe(200);
      return res;
    };
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho'), s.as('lanhdao')]) {
      const then = await listed(c, '2025-09-01');
      const row = then.json().items.find((i: { id: number }) => i.id === personId);
      expect(row).toMatchObject({ fullName: 'Lò Văn Chuyển', commune: { code: '05128' } });
      expect(then.body).not.toContain('Lò Văn Mới');
      const now = await listed(c, '2025-12-01');
      expect(now.json().items.map((i: { id: number }) => i.id)).not.toContain(personId);
      expect((await c.get(`/api/persons?q=${encodeURIComponent('Lò Văn')}&pageSize=500`)).json().items.map((i: { id: number }) => i.id)).not.toContain(
        personId,
      );
      // The record itself is Hà Nội's now, whatever the day asked.
      for (const date of ['2025-09-01', '2025-12-01'])
        expect(answer(await c.get(`/api/persons/${personId}?date=${date}`))).toEqual(answer(await c.get(`/api/persons/${NO_ID}?date=${date}`)));
      // The household stayed: its members of that day are listed with that day's names.
      const hh = await c.get(`/api/households/${h.id}?date=2025-09-01`);
      expect(hh.statusCode).toBe(200);
      expect(hh.body).not.toContain('Lò Văn Mới');
    }
    // Hà Nội sees the person from the day they arrived, under the name of each day.
    const hn = async (date: string) => (await listed(hanoiOfficer, date)).json().items.find((i: { id: number }) => i.id === personId);
    expect(await hn('2025-09-01')).toBeUndefined();
    expect(await hn('2025-10-15')).toMatchObject({ fullName: 'Lò Văn Chuyển', commune: { code: '00004' } });
    expect(await hn('2025-12-01')).toMatchObject({ fullName: 'Lò Văn Mới', commune: { code: '00004' } });
    // A search on a day matches the name and CCCD recorded that day: the name and CCCD given later in
    // Hà Nội never find the person in Tân Lạc's past, and the former name is not found in Hà Nội today.
    const found = async (c: Client, date: string, q: string) =>
      (await c.get(`/api/persons?date=${date}&q=${encodeURIComponent(q)}&pageSize=500`))
        .json()
        .items.map((i: { id: number }) => i.id)
        .includes(personId);
    for (const c of [s.as('xa.tanlac'), s.as('tinh.phutho'), s.as('lanhdao')]) {
      expect([await found(c, '2025-09-01', 'Lò Văn Mới'), await found(c, '2025-09-01', 'lo van moi'), await found(c, '2025-09-01', NEW_CCCD)]).toEqual([
        false,
        false,
        false,
      ]);
      expect([await found(c, '2025-09-01', 'Lò Văn Chuyển'), await found(c, '2025-09-01', 'chuyen')]).toEqual([true, true]);
    }
    expect([
      await found(hanoiOfficer, '2025-10-15', 'Mới'),
      await found(hanoiOfficer, '2025-10-15', NEW_CCCD),
      await found(hanoiOfficer, '2025-10-15', 'Chuyển'),
    ]).toEqual([false, false, true]);
    expect([
      await found(hanoiOfficer, '2025-12-01', 'Mới'),
      await found(hanoiOfficer, '2025-12-01', NEW_CCCD),
      await found(hanoiOfficer, '2025-12-01', 'Chuyển'),
    ]).toEqual([true, true, false]);
    // Before 1/7/2025 the former communes are asked for by their own code.
    const before = await s.as('xa.tanlac').get('/api/persons?date=2025-06-01&commune=00004');
    const far = await s.as('xa.tanlac').get('/api/persons?date=2025-06-01&commune=99999');
    expect([before.statusCode, before.json().error.code]).toEqual([far.statusCode, far.json().error.code]);
  });
});

describe('access tokens', () => {
  it('a commune officer’s token never reaches beyond the commune, nor outside its API areas', async () => {
    const made = await s
      .as('xa.tanlac')
      .post('/api/auth/tokens', { name: 'Kiểm tra phạm vi', scopes: [{ area: 'register', access: 'read' }], expiresInDays: 5 });
    expect(made.statusCode, made.body).toBe(201);
    const auth = { authorization: `ApiToken ${made.json().secret}` };
    const call = (url: string, method = 'GET') => s.t.app.inject({ method: method as 'GET', url, headers: auth });
    expect(answer(await call(`/api/persons/${hanoiPersonId}`))).toEqual(answer(await call(`/api/persons/${NO_ID}`)));
    const far = await call(`/api/persons?q=${encodeURIComponent('Nguyễn Văn Hà')}`);
    expect(far.statusCode).toBe(200);
    expect(far.json().items.map((i: { id: number }) => i.id)).not.toContain(hanoiPersonId);
    expect((await call(`/api/persons?q=${encodeURIComponent('Hà Văn Lạc')}`)).json().items.map((i: { id: number }) => i.id)).toContain(tanlacPersonId);
    expect(answer(await call(`/api/households/${hanoiHouseholdId}`))).toEqual(answer(await call(`/api/households/${NO_ID}`)));
    for (const url of [
      '/api/data-requests',
      `/api/data-requests/${requestId}/rows`,
      '/api/data-protection/accesses',
      '/api/webhooks',
      '/api/supply-duties',
      '/api/supply-duties/overdue',
      '/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE',
      '/api/system/tasks/DATAVALUE_IMPORT',
      '/api/auth/tokens',
      '/api/users',
    ])
      expect((await call(url)).statusCode, url).toBe(403);
    expect((await call('/api/households', 'POST')).statusCode).toBe(403);
  });

  it('DHIS2 reads answer for a unit of another province as for a unit that does not exist', async () => {
    const c = s.as('xa.tanlac');
    const far = await c.get('/api/dataValues?de=T_POP&pe=2025&ou=00004&co=NAM&idScheme=CODE');
    const none = await c.get('/api/dataValues?de=T_POP&pe=2025&ou=99998&co=NAM&idScheme=CODE');
    expect(far.statusCode).toBe(none.statusCode);
    expect(far.body.replace(/00004/g, 'X')).toBe(none.body.replace(/99998/g, 'X'));
    const tasks = await hanoiOfficer.get('/api/system/tasks/DATAVALUE_IMPORT');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.json()).toEqual({});
  });
});
