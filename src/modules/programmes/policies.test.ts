import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, countRows, useTestApp } from '../../test/harness.js';
import { outsideOfficer } from './programmes.fixtures.js';

/**
 * The policy library: starter documents, search without diacritics or case, status on a date
 * through links, policies with areas, the public list, and the area rules on every path.
 */
const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');
const db = () => s.t.database.db;
let hanoi: Client;

async function search(c: Client, q: string, extra = '') {
  const res = await c.get(`/api/legal-documents?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: any[]; total: number };
}

beforeAll(async () => {
  hanoi = await outsideOfficer(s.t);
});

describe('starter content and search', () => {
  it('ships the documents named in the domain brief, with the dates that are certain', async () => {
    const all = await search(s.as('lanhdao'), '', '&pageSize=100');
    const numbers = all.items.map((d) => d.number);
    for (const n of ['1719/QĐ-TTg', '28/2023/QĐ-TTg', '07/2021/NĐ-CP', '06/2025/TT-BDTTG', '07/2025/TT-BDTTG', '414/QĐ-TTg']) expect(numbers).toContain(n);
    const d1719 = all.items.find((d) => d.number === '1719/QĐ-TTg');
    expect(d1719).toMatchObject({ docType: 'quyet_dinh', docTypeName: 'Quyết định', issuer: 'Thủ tướng Chính phủ', signedOn: '2021-10-14', isPublic: true });
  });

  it('finds documents without diacritics and case: number, type, title words and policy text', async () => {
    expect((await search(s.as('xa.tanlac'), 'quyet dinh 1719')).items.map((d) => d.number)).toEqual(['1719/QĐ-TTg']);
    expect((await search(s.as('xa.tanlac'), 'QUYẾT ĐỊNH 1719')).items.map((d) => d.number)).toEqual(['1719/QĐ-TTg']);
    const uyTin = (await search(s.as('xa.tanlac'), 'nguoi co uy tin')).items.map((d) => d.number);
    expect(uyTin).toContain('28/2023/QĐ-TTg');
    expect(uyTin).not.toContain('1719/QĐ-TTg');
    expect((await search(s.as('xa.tanlac'), 'chuan ngheo da chieu')).items.map((d) => d.number)).toEqual(['07/2021/NĐ-CP']);
    // Wildcards in the search are plain characters.
    expect((await search(s.as('xa.tanlac'), '%')).total).toBe(0);
  });
});

describe('status on a date', () => {
  it('follows effective dates and replacing links', async () => {
    const one = async (n: string, date: string) => (await search(s.as('lanhdao'), n, `&date=${date}`)).items.find((d) => d.number === n).status;
    expect(await one('06/2025/TT-BDTTG', '2025-06-30')).toBe('not_yet');
    expect(await one('06/2025/TT-BDTTG', '2025-07-01')).toBe('in_force');
    expect(await one('03/2019/TT-UBDT', '2025-06-30')).toBe('in_force');
    expect(await one('03/2019/TT-UBDT', '2025-07-01')).toBe('replaced');
    expect(await one('1719/QĐ-TTg', '2021-10-13')).toBe('not_yet');
    expect(await one('1719/QĐ-TTg', '2024-01-01')).toBe('in_force');
  });

  it('marks amended and expired documents, and refuses an expiry before the effective date', async () => {
    const bad = await s.as('tinh.phutho').post('/api/legal-documents', {
      number: '99/2024/QĐ-UBND',
      docType: 'quyet_dinh',
      title: 'Thử',
      issuer: 'UBND tỉnh Phú Thọ',
      effectiveFrom: '2024-05-01',
      expiresOn: '2024-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Ngày hết hiệu lực');
    expect(await countRows(db(), 'legal_document', { number: '99/2024/QĐ-UBND' })).toBe(0);

    const res = await s.as('tinh.phutho').post('/api/legal-documents', {
      number: '12/2024/QĐ-UBND',
      docType: 'quyet_dinh',
      title: 'Quy định hỗ trợ người có uy tín trên địa bàn tỉnh',
      issuer: 'UBND tỉnh Phú Thọ',
      signedOn: '2024-03-01',
      effectiveFrom: '2024-03-15',
      expiresOn: '2026-12-31',
      summary: 'Mức hỗ trợ thêm của tỉnh',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const amend = await s.as('tinh.phutho').post('/api/legal-documents', {
      number: '20/2025/QĐ-UBND',
      docType: 'quyet_dinh',
      title: 'Sửa đổi Quyết định 12/2024/QĐ-UBND',
      issuer: 'UBND tỉnh Phú Thọ',
      effectiveFrom: '2025-09-01',
    });
    const link = await s.as('tinh.phutho').post(`/api/legal-documents/${amend.json().id}/links`, { toId: id, kind: 'amends' });
    expect(link.statusCode, link.body).toBe(201);
    const at = async (date: string) => (await s.as('tinh.phutho').get(`/api/legal-documents/${id}?date=${date}`)).json().status;
    expect(await at('2024-03-14')).toBe('not_yet');
    expect(await at('2025-08-31')).toBe('in_force');
    expect(await at('2025-09-01')).toBe('amended');
    expect(await at('2027-01-01')).toBe('expired');
    // Same link twice and a link to itself are refused.
    expect((await s.as('tinh.phutho').post(`/api/legal-documents/${amend.json().id}/links`, { toId: id, kind: 'amends' })).statusCode).toBe(409);
    expect((await s.as('tinh.phutho').post(`/api/legal-documents/${id}/links`, { toId: id, kind: 'guides' })).statusCode).toBe(400);
    const audit = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_log WHERE entity IN ('legal_document', 'legal_document_link') AND entity_id IN (${String(id)}, ${String(link.json().id)})`.execute(
      db(),
    );
    expect(audit.rows[0].n).toBe(2);
  });
});

describe('policies and areas', () => {
  it('adds a policy with areas valid on a date, found by its target group', async () => {
    const doc = (await search(s.as('tinh.phutho'), '12/2024')).items.find((d) => d.number === '12/2024/QĐ-UBND');
    const res = await s.as('tinh.phutho').post(`/api/legal-documents/${doc.id}/policies`, {
      name: 'Hỗ trợ thăm hỏi người có uy tín',
      targetGroups: 'Người có uy tín ở thôn đặc biệt khó khăn',
      benefits: 'Quà Tết 500.000 đồng',
      validFrom: '2024-03-15',
      areaCodes: ['05128'],
      areaDate: '2025-08-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const found = await search(s.as('xa.tanlac'), 'thon dac biet kho khan');
    expect(found.items.map((d) => d.number)).toEqual(['12/2024/QĐ-UBND']);
    expect(found.items[0].policies[0]).toMatchObject({ name: 'Hỗ trợ thăm hỏi người có uy tín', validFrom: '2024-03-15', validTo: null });
    expect(found.items[0].policies[0].areas).toEqual([expect.objectContaining({ code: '05128', name: expect.stringContaining('Tân Lạc') })]);
    // A unit code that does not exist on the day is refused; nothing written.
    const before = await countRows(db(), 'policy');
    const bad = await s.as('tinh.phutho').post(`/api/legal-documents/${doc.id}/policies`, { name: 'X', areaCodes: ['99999'], areaDate: '2025-08-01' });
    expect(bad.statusCode).toBe(404);
    expect(await countRows(db(), 'policy')).toBe(before);
    // A provincial policy cannot name a unit of another province.
    const far = await s.as('tinh.phutho').post(`/api/legal-documents/${doc.id}/policies`, { name: 'X', areaCodes: ['00004'], areaDate: '2025-08-01' });
    expect(far.statusCode).toBe(403);
    expect(await countRows(db(), 'policy')).toBe(before);
  });
});

describe('area and role rules', () => {
  it("hides the province's documents from another province and refuses their changes", async () => {
    const doc = (await search(s.as('tinh.phutho'), '12/2024')).items.find((d) => d.number === '12/2024/QĐ-UBND');
    expect((await search(hanoi, '12/2024')).total).toBe(0);
    expect((await hanoi.get(`/api/legal-documents/${doc.id}`)).statusCode).toBe(404);
    expect((await hanoi.post(`/api/legal-documents/${doc.id}/policies`, { name: 'X' })).statusCode).toBe(404);
    expect((await hanoi.post(`/api/legal-documents/${doc.id}/links`, { toId: 1, kind: 'guides' })).statusCode).toBe(404);
    // National documents are everyone's to read.
    expect((await search(hanoi, 'quyet dinh 1719')).total).toBe(1);
  });

  it('lets the commune officer and the leader read the province documents but not change them', async () => {
    const doc = (await search(s.as('xa.tanlac'), '12/2024')).items.find((d) => d.number === '12/2024/QĐ-UBND');
    expect(doc.canEdit).toBe(false);
    const body = { number: '1/2025/QĐ-UBND', docType: 'quyet_dinh', title: 'X', issuer: 'UBND xã' };
    for (const u of ['xa.tanlac', 'lanhdao']) {
      expect((await s.as(u).post('/api/legal-documents', body)).statusCode).toBe(403);
      expect((await s.as(u).put(`/api/legal-documents/${doc.id}`, { ...body, number: doc.number })).statusCode).toBe(403);
      expect((await s.as(u).post(`/api/legal-documents/${doc.id}/policies`, { name: 'X' })).statusCode).toBe(403);
    }
    expect(await countRows(db(), 'legal_document', { number: '1/2025/QĐ-UBND' })).toBe(0);
    // A provincial officer cannot change a national document.
    const national = (await search(s.as('tinh.phutho'), 'quyet dinh 1719')).items[0];
    expect(national.canEdit).toBe(false);
    expect((await s.as('tinh.phutho').put(`/api/legal-documents/${national.id}`, { ...body, number: '1719/QĐ-TTg' })).statusCode).toBe(403);
  });

  it('refuses a number already in the library', async () => {
    const res = await s.as('admin').post('/api/legal-documents', { number: '1719/qđ-ttg', docType: 'quyet_dinh', title: 'X', issuer: 'Y' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('1719/qđ-ttg');
  });
});

describe('public list for the portal', () => {
  it('answers without sign-in with public documents only', async () => {
    const anon = s.t.anonymous();
    const res = await anon.get('/api/public/legal-documents?q=nguoi%20co%20uy%20tin&pageSize=100');
    expect(res.statusCode, res.body).toBe(200);
    const numbers = res.json().items.map((d: any) => d.number);
    expect(numbers).toContain('28/2023/QĐ-TTg');
    // The province's document was not marked public.
    expect(numbers).not.toContain('12/2024/QĐ-UBND');
    expect((await anon.get('/api/legal-documents')).statusCode).toBe(401);
  });
});

describe('attached file', () => {
  it('stores a PDF for the document and serves it back; refuses other types', async () => {
    const doc = (await search(s.as('tinh.phutho'), '12/2024')).items.find((d) => d.number === '12/2024/QĐ-UBND');
    const pdf = Buffer.from('%PDF-1.4\n% thử\n');
    const up = await s
      .as('tinh.phutho')
      .upload(`/api/legal-documents/${doc.id}/file`, {}, { file: { name: 'qd-12-2024.pdf', data: pdf, type: 'application/pdf' } });
    expect(up.statusCode, up.body).toBe(200);
    const got = await s.as('xa.tanlac').get(`/api/legal-documents/${doc.id}/file`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toContain('application/pdf');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    // Not public: the portal's file route does not serve it; a public document's file it does.
    expect((await s.t.anonymous().get(`/api/public/legal-documents/${doc.id}/file`)).statusCode).toBe(404);
    const exe = await s.as('tinh.phutho').upload(`/api/legal-documents/${doc.id}/file`, {}, { file: { name: 'virus.exe', data: pdf } });
    expect(exe.statusCode).toBe(400);
    expect((await hanoi.get(`/api/legal-documents/${doc.id}/file`)).statusCode).toBe(404);
  });
});
