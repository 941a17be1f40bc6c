import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';

/**
 * Requests to use register data: a researcher (the viewer `lanhdao`) files, the provincial officer
 * decides, the approved access reaches exactly what was approved, for as long as approved.
 */
const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
const DAY = 86_400_000;
const db = () => s.t.database.db;

const base = {
  organisation: 'Viện Dân tộc học',
  title: 'Nghiên cứu học vấn người Mường',
  fields: ['sex', 'birthYear', 'ethnic', 'educationLevel'],
  identities: false,
  areaCode: '05128',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  purpose: 'Nghiên cứu trình độ học vấn của đồng bào dân tộc thiểu số',
  legalBasis: 'Hợp đồng nghiên cứu số 12/2025/HĐ-VDT',
  retentionDays: 365,
  accessKind: 'extract',
  accessDays: 30,
};

async function file(body: Record<string, unknown> = {}) {
  const res = await s.as('lanhdao').post('/api/data-requests', { ...base, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; status: string; can: Record<string, boolean> };
}
async function approve(id: number, body: Record<string, unknown> = {}) {
  const res = await s.as('tinh.phutho').post(`/api/data-requests/${id}/approve`, { reason: 'Đúng mục đích nghiên cứu, đủ căn cứ', ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
/** Parses the CSV the extract sends (UTF-8 with BOM, no quoted commas in these values). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
}

beforeAll(async () => {
  await createHousehold(s.as('admin'), {
    communeCode: '05128',
    validFrom: '2025-08-01',
    members: [
      { fullName: 'Đinh Văn Khải', sex: 'male', birthDate: '1970-02-03', ethnicCode: '06', relationship: 'head' },
      { fullName: 'Bùi Thị Mai', sex: 'female', birthYear: 1972, ethnicCode: '06', relationship: 'wife' },
    ],
  });
  await createHousehold(s.as('admin'), {
    communeCode: '00004',
    validFrom: '2025-08-01',
    members: [{ fullName: 'Nguyễn Văn Hà', sex: 'male', birthDate: '1975-04-12', ethnicCode: '01', relationship: 'head' }],
  });
});

describe('filing a request', () => {
  it('lists the fields, marking those that identify a person', async () => {
    const res = await s.as('lanhdao').get('/api/data-requests/fields');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; identifying: boolean }[];
    expect(items.find((i) => i.key === 'fullName')?.identifying).toBe(true);
    expect(items.find((i) => i.key === 'cccd')?.identifying).toBe(true);
    expect(items.find((i) => i.key === 'ethnic')?.identifying).toBe(false);
  });

  it('refuses bad requests with a translated reason, writing nothing', async () => {
    const before = await countRows(db(), 'data_request');
    const bad: [Record<string, unknown>, number, string][] = [
      [{ fields: ['sex', 'salary'] }, 400, 'Không có trường dữ liệu: salary'],
      [{ fields: ['fullName', 'sex'] }, 400, 'định danh một người'],
      [{ purpose: 'vì' }, 400, 'mục đích'],
      [{ legalBasis: '' }, 400, 'căn cứ pháp lý'],
      [{ periodFrom: '2026-01-01', periodTo: '2025-01-01' }, 400, 'kỳ dữ liệu'],
      [{ areaCode: '99999' }, 404, 'Không có đơn vị hành chính mã 99999'],
      [{ accessDays: 400 }, 400, ''],
    ];
    for (const [body, status, text] of bad) {
      const res = await s.as('lanhdao').post('/api/data-requests', { ...base, ...body }, { 'accept-language': 'vi' });
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.message).toContain(text);
    }
    const cccd = await s.as('lanhdao').post('/api/data-requests', { ...base, fields: ['cccd'] });
    expect(cccd.json().error.details[0]).toMatchObject({ field: 'fields', code: 'data_request_identities_needed' });
    expect(await countRows(db(), 'data_request')).toBe(before);
  });

  it('files a pending request, audited, seen by its requester and by the province, not by others', async () => {
    const r = await file();
    expect(r.status).toBe('pending');
    expect(r.can).toEqual({ decide: false, revoke: false, download: false, issueToken: false });
    expect(await countRows(db(), 'audit_log', { entity: 'data_request', action: 'create', entity_id: String(r.id) })).toBe(1);
    const mine = (await s.as('lanhdao').get('/api/data-requests')).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toContain(r.id);
    const review = (await s.as('tinh.phutho').get('/api/data-requests?view=review&status=pending')).json();
    const seen = review.items.find((i: { id: number }) => i.id === r.id);
    expect(seen.can.decide).toBe(true);
    expect(seen.requester.username).toBe('lanhdao');
    expect((await s.as('xa.tanlac').get(`/api/data-requests/${r.id}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get('/api/data-requests?view=review')).statusCode).toBe(403);
  });
});

describe('deciding', () => {
  it('only a provincial officer or administrator whose area holds the request decides, never on their own request', async () => {
    const r = await file();
    expect((await s.as('xa.tanlac').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đồng ý cấp' })).statusCode).toBe(403);
    expect((await s.as('lanhdao').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đồng ý cấp' })).statusCode).toBe(403);
    // A request for Hà Nội is outside the Phú Thọ officer's area.
    const hanoi = await s.as('admin').post('/api/data-requests', { ...base, areaCode: '01' });
    expect(hanoi.statusCode, hanoi.body).toBe(201);
    expect((await s.as('tinh.phutho').post(`/api/data-requests/${hanoi.json().id}/approve`, { reason: 'Đồng ý cấp' })).statusCode).toBe(404);
    expect((await s.as('admin').post(`/api/data-requests/${hanoi.json().id}/approve`, { reason: 'Đồng ý cấp' })).statusCode).toBe(403);
    expect(await countRows(db(), 'data_request', { status: 'pending', id: r.id })).toBe(1);
  });

  it('refuses with a reason; a decision needs a reason and is made once', async () => {
    const r = await file();
    const noReason = await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/refuse`, { reason: ' ' }, { 'accept-language': 'vi' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('lý do');
    const refused = await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/refuse`, { reason: 'Chưa có hợp đồng hợp lệ' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'refused', decisionReason: 'Chưa có hợp đồng hợp lệ', accessUntil: null });
    expect((await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đổi ý, đồng ý' })).statusCode).toBe(409);
    expect((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(403);
    expect(await countRows(db(), 'audit_log', { entity: 'data_request', action: 'refuse', entity_id: String(r.id) })).toBe(1);
  });

  it('approves no more than was asked', async () => {
    const r = await file();
    const more = await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đồng ý cấp', fields: ['sex', 'religion'] });
    expect(more.statusCode).toBe(400);
    expect(more.json().error.details[0].code).toBe('data_request_fields_not_asked');
    expect((await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đồng ý cấp', identities: true })).statusCode).toBe(400);
    expect((await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/approve`, { reason: 'Đồng ý cấp', accessDays: 60 })).statusCode).toBe(400);
    expect(await countRows(db(), 'data_request', { status: 'pending', id: r.id })).toBe(1);
  });
});

describe('approved access', () => {
  it('the extract holds only the approved fields and pseudonymous ids, every download logged, refused after expiry', async () => {
    const r = await file();
    const approved = await approve(r.id, { fields: ['sex', 'birthYear', 'ethnic'] });
    expect(approved).toMatchObject({ status: 'approved', approvedFields: ['sex', 'birthYear', 'ethnic'], approvedIdentities: false });
    expect(new Date(approved.accessUntil).getTime() - s.t.ctx.auth.now()).toBeGreaterThan(29 * DAY);
    const mine = (await s.as('lanhdao').get(`/api/data-requests/${r.id}`)).json();
    expect(mine.can.download).toBe(true);

    const res = await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract?format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(['Mã giả danh', 'Giới tính', 'Năm sinh', 'Dân tộc']);
    expect(res.body).not.toContain('Đinh Văn Khải');
    expect(res.body).not.toContain('Nguyễn Văn Hà'); // Hà Nội is outside the area
    expect(res.body).not.toContain('Giáo dục');
    const khai = rows.find((row) => row[2] === '1970');
    expect(khai).toEqual([expect.stringMatching(/^[0-9a-f]{24}$/), 'Nam', '1970', 'Mường']);
    const ids = await sql<{ id: number }>`SELECT id FROM person WHERE full_name = 'Đinh Văn Khải'`.execute(db());
    expect(khai![0]).not.toContain(String(ids.rows[0].id));
    // The same person keeps their pseudonym within a request.
    const again = csvRows((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).body);
    expect(again.find((row) => row[2] === '1970')![0]).toBe(khai![0]);

    const xlsx = await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'Mã giả danh', 'Giới tính', 'Năm sinh', 'Dân tộc']);

    const logged = await sql<{ username: string; purpose: string; details: unknown }>`
      SELECT username, purpose, details FROM access_log WHERE entity = 'data_request' AND entity_id = ${String(r.id)} ORDER BY id`.execute(db());
    expect(logged.rows).toHaveLength(3);
    expect(logged.rows[0]).toMatchObject({ username: 'lanhdao', purpose: base.purpose });
    const details = (typeof logged.rows[0].details === 'string' ? JSON.parse(logged.rows[0].details) : logged.rows[0].details) as Record<string, unknown>;
    expect(details).toMatchObject({ dataRequestId: r.id, format: 'csv', fields: ['sex', 'birthYear', 'ethnic'] });
    expect(details.rows).toBe(rows.length - 1);

    // Only the requester downloads.
    expect((await s.as('tinh.phutho').get(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(404);

    s.t.advanceClock(31 * DAY);
    const late = await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`, { 'accept-language': 'vi' });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.message).toContain('đã hết hạn');
    expect((await s.as('lanhdao').get(`/api/data-requests/${r.id}`)).json()).toMatchObject({ status: 'expired', can: { download: false } });
    expect(await countRows(db(), 'audit_log', { entity: 'data_request', action: 'expire', entity_id: String(r.id) })).toBe(1);
    expect(await countRows(db(), 'access_log', { entity: 'data_request', entity_id: String(r.id) })).toBe(3);
  });

  it('identities, when approved, give the person id and the names', async () => {
    const r = await file({ fields: ['fullName', 'sex'], identities: true });
    await approve(r.id);
    const rows = csvRows((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).body);
    expect(rows[0]).toEqual(['Mã nhân khẩu', 'Họ và tên', 'Giới tính']);
    const ids = await sql<{ id: number }>`SELECT id FROM person WHERE full_name = 'Đinh Văn Khải'`.execute(db());
    expect(rows).toContainEqual([String(ids.rows[0].id), 'Đinh Văn Khải', 'Nam']);
  });

  it('identities asked for but refused leave the identifying fields out', async () => {
    const r = await file({ fields: ['fullName', 'sex'], identities: true });
    const a = await approve(r.id, { identities: false });
    expect(a.approvedFields).toEqual(['sex']);
    const rows = csvRows((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).body);
    expect(rows[0]).toEqual(['Mã giả danh', 'Giới tính']);
  });

  it('a token reaches only its request, read-only, until the request is revoked', async () => {
    const r = await file({ accessKind: 'token', accessDays: 10 });
    await approve(r.id);
    // Token-only access: the web download is refused.
    expect((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(403);
    const issued = await s.as('lanhdao').post(`/api/data-requests/${r.id}/token`);
    expect(issued.statusCode, issued.body).toBe(201);
    const { secret } = issued.json();
    expect(secret).toMatch(/^dtk_/);
    const token = await sql<{
      scopes: unknown;
      origin: string;
      expires_at: Date;
    }>`SELECT scopes, origin, expires_at FROM api_token WHERE id = (SELECT token_id FROM data_request WHERE id = ${r.id})`.execute(db());
    expect(token.rows[0].origin).toBe(`data_request:${r.id}`);
    expect(JSON.stringify(token.rows[0].scopes)).toContain('dataUse:read');

    const call = (url: string, method = 'GET') => s.t.app.inject({ method: method as 'GET', url, headers: { authorization: `ApiToken ${secret}` } });
    const page = await call(`/api/data-requests/${r.id}/rows?pageSize=500`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().columns.map((c: { key: string }) => c.key)).toEqual(['pseudonym', 'sex', 'birthYear', 'ethnic', 'educationLevel']);
    expect(page.json().total).toBeGreaterThan(2);
    expect(page.json().rows.length).toBe(Math.min(500, page.json().total));
    expect((await call(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(200);
    // Nothing else: not the register, not the list of requests, not another request.
    expect((await call('/api/households?commune=05128')).statusCode).toBe(403);
    expect((await call('/api/data-requests')).statusCode).toBe(403);
    const other = await file({ accessKind: 'token' });
    await approve(other.id);
    expect((await call(`/api/data-requests/${other.id}/rows`)).statusCode).toBe(403);
    expect((await call(`/api/data-requests/${r.id}/approve`, 'POST')).statusCode).toBe(403);
    expect(await countRows(db(), 'access_log', { entity: 'data_request', entity_id: String(r.id) })).toBe(2);

    const revoke = await s.as('tinh.phutho').post(`/api/data-requests/${r.id}/revoke`, { reason: 'Bên nhận vi phạm thỏa thuận sử dụng' });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json().status).toBe('revoked');
    expect((await call(`/api/data-requests/${r.id}/rows`)).statusCode).toBe(401);
    expect(await countRows(db(), 'audit_log', { entity: 'data_request', action: 'revoke', entity_id: String(r.id) })).toBe(1);
  });

  it('at expiry the token is revoked as well', async () => {
    const r = await file({ accessKind: 'both', accessDays: 5 });
    await approve(r.id);
    const { secret } = (await s.as('lanhdao').post(`/api/data-requests/${r.id}/token`)).json();
    const call = () => s.t.app.inject({ method: 'GET', url: `/api/data-requests/${r.id}/rows`, headers: { authorization: `Bearer ${secret}` } });
    expect((await call()).statusCode).toBe(200);
    expect((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(200);
    s.t.advanceClock(6 * DAY);
    expect((await call()).statusCode).toBe(401);
    expect((await s.as('lanhdao').get(`/api/data-requests/${r.id}/extract`)).statusCode).toBe(410);
    const tok = await sql<{
      revoked_at: Date | null;
    }>`SELECT revoked_at FROM api_token WHERE id = (SELECT token_id FROM data_request WHERE id = ${r.id})`.execute(db());
    expect(tok.rows[0].revoked_at).not.toBeNull();
    expect((await s.as('lanhdao').post(`/api/data-requests/${r.id}/token`)).statusCode).toBe(410);
  });
});
