import crypto from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';
import { collectMultipart, householdXForm, photo, submissionXml } from './surveys.fixtures.js';

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac');
const md5 = (b: string | Buffer) => crypto.createHash('md5').update(b).digest('hex');

let formId = 0;
let provinceId = 0;
let tanLacId = 0;
let otherCommune = { id: 0, code: '' };
let keyBase = '';
let otherKeyBase = '';
let householdId = 0;
let outsideHouseholdId = 0;
const logo = Buffer.from('PNG-logo-bytes');
const first = {
  instanceId: 'uuid:0b0b7d6e-1111-4c1c-9a1a-000000000001',
  phones: 3,
  internet: 'yes',
  skills: 'email dvc',
  location: '21.3271 105.2152 120 5',
  photo: 'nha.jpg',
  members: [
    { name: 'Bùi Văn Thắng', age: 51 },
    { name: 'Quách Thị Hoa', age: 48 },
  ],
};

const unitId = async (code: string) =>
  (
    await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = ${code} AND valid_to IS NULL ORDER BY valid_from DESC NULLS LAST LIMIT 1`.execute(
      s.t.database.db,
    )
  ).rows[0].id;

async function uploadForm(client = s.as('tinh.phutho'), xform = householdXForm(), fields: Record<string, string> = {}) {
  return client.upload('/api/surveys/forms', fields, {
    file: { name: 'khao_sat_ho.xml', data: Buffer.from(xform), type: 'text/xml' },
    media: { name: 'logo.png', data: logo, type: 'image/png' },
  });
}

async function submit(base: string, xml: string, files: { name: string; type: string; data: Buffer }[] = []) {
  const m = collectMultipart(xml, files);
  return s.t.app.inject({ method: 'POST', url: `${base}/submission`, payload: m.body, headers: m.headers });
}

beforeAll(async () => {
  provinceId = await unitId('25');
  tanLacId = await unitId('05128');
  const other = await sql<{ id: number; code: string }>`
    SELECT id, code FROM admin_unit WHERE level = 'commune' AND parent_id = ${provinceId} AND id <> ${tanLacId} AND valid_to IS NULL ORDER BY code LIMIT 1`.execute(
    s.t.database.db,
  );
  otherCommune = other.rows[0];
  householdId = (await createHousehold(s.as('tinh.phutho'), { communeCode: '05128' })).id;
  outsideHouseholdId = (await createHousehold(s.as('tinh.phutho'), { communeCode: otherCommune.code })).id;
});

describe('forms and app users', () => {
  it('uploads an XForm with media, parses its fields, and refuses what is wrong', async () => {
    const res = await uploadForm();
    expect(res.statusCode, res.body).toBe(201);
    formId = res.json().id;
    const detail = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}`)).json();
    expect(detail).toMatchObject({ xmlFormId: 'khao_sat_ho', version: '1', state: 'draft', provinceId, hash: `md5:${md5(householdXForm())}` });
    const byPath = Object.fromEntries(detail.fields.map((f: any) => [f.path, f]));
    expect(byPath['/data/phones']).toMatchObject({ type: 'int', labels: { 'Tiếng Việt (vi)': 'Số điện thoại thông minh', 'English (en)': 'Smartphones' } });
    expect(byPath['/data/internet'].choices.map((c: any) => c.value)).toEqual(['yes', 'no']);
    expect(byPath['/data/skills']).toMatchObject({ type: 'select', choices: [{ value: 'email' }, { value: 'dvc' }] });
    expect(byPath['/data/household'].choicesFile).toBe('households.csv');
    expect(byPath['/data/member']).toMatchObject({ type: 'repeat' });
    expect(byPath['/data/member/age']).toMatchObject({ type: 'int', repeat: '/data/member' });
    expect(detail.media.sort()).toEqual(['households.csv', 'logo.png']);
    expect(detail.attachments).toEqual([{ name: 'logo.png', hash: `md5:${md5(logo)}` }]);

    // The same version again, a broken file, an XLSForm without the converter, a commune officer.
    expect((await uploadForm()).statusCode).toBe(409);
    const broken = await uploadForm(s.as('tinh.phutho'), '<h:html><oops');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('survey_form_invalid');
    expect((await uploadForm(s.as('xa.tanlac'))).statusCode).toBe(403);
    expect(await countRows(s.t.database.db, 'survey_form')).toBe(1);
  });

  it('publishes, and makes app users whose QR code carries Collect settings', async () => {
    expect((await s.as('tinh.phutho').put(`/api/surveys/forms/${formId}/state`, { state: 'published' })).statusCode).toBe(204);
    expect((await s.as('tinh.phutho').put(`/api/surveys/forms/${formId}/state`, { state: 'draft' })).statusCode).toBe(409);
    const res = await s.as('tinh.phutho').post('/api/surveys/app-users', { displayName: 'Lò Văn Sáng', areaUnitId: tanLacId, formIds: [formId] });
    expect(res.statusCode, res.body).toBe(201);
    const { serverUrl, qrSettings, appUser } = res.json();
    expect(appUser).toMatchObject({ displayName: 'Lò Văn Sáng', areaUnitId: tanLacId, formIds: [formId], revoked: false });
    const settings = JSON.parse(zlib.inflateSync(Buffer.from(qrSettings, 'base64')).toString('utf8'));
    expect(settings.general).toMatchObject({ server_url: serverUrl, form_update_mode: 'match_exactly' });
    expect(settings.admin).toEqual({});
    expect(settings.project.name).toContain('Tân Lạc');
    expect(serverUrl).toMatch(new RegExp(`/v1/key/[\\w-]{40,}/projects/${provinceId}$`));
    keyBase = new URL(serverUrl).pathname;
    const other = await s.as('tinh.phutho').post('/api/surveys/app-users', { displayName: 'Hà Thị Mai', areaUnitId: otherCommune.id, formIds: [formId] });
    otherKeyBase = new URL(other.json().serverUrl).pathname;
    // A commune officer cannot make app users; nobody makes one outside their area.
    expect((await s.as('xa.tanlac').post('/api/surveys/app-users', { displayName: 'X', areaUnitId: tanLacId, formIds: [] })).statusCode).toBe(403);
    const hanoi = await unitId('01');
    expect((await s.as('tinh.phutho').post('/api/surveys/app-users', { displayName: 'X', areaUnitId: hanoi, formIds: [] })).statusCode).toBe(400);
  });
});

describe('OpenRosa as ODK Collect uses it', () => {
  it('lists forms, serves the XForm, the manifest, the media and the households entity list of the area', async () => {
    const headers = { 'x-openrosa-version': '1.0', date: new Date().toUTCString() };
    const list = await s.t.app.inject({ method: 'GET', url: `${keyBase}/formList`, headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.headers['x-openrosa-version']).toBe('1.0');
    expect(list.headers['content-type']).toMatch(/text\/xml/);
    expect(list.body).toContain('<formID>khao_sat_ho</formID>');
    expect(list.body).toContain(`<hash>md5:${md5(householdXForm())}</hash>`);
    expect(list.body).toContain(`${keyBase}/forms/khao_sat_ho.xml</downloadUrl>`);
    expect(list.body).toContain(`${keyBase}/forms/khao_sat_ho/manifest</manifestUrl>`);

    const form = await s.t.app.inject({ method: 'GET', url: `${keyBase}/forms/khao_sat_ho.xml`, headers });
    expect(form.body).toBe(householdXForm());
    const manifest = await s.t.app.inject({ method: 'GET', url: `${keyBase}/forms/khao_sat_ho/manifest`, headers });
    expect(manifest.headers['x-openrosa-version']).toBe('1.0');
    expect(manifest.body).toContain(`<filename>logo.png</filename>\n    <hash>md5:${md5(logo)}</hash>`);
    expect(manifest.body).toContain('<mediaFile type="entityList">\n    <filename>households.csv</filename>');
    const media = await s.t.app.inject({ method: 'GET', url: `${keyBase}/forms/khao_sat_ho/attachments/logo.png`, headers });
    expect(media.rawPayload.equals(logo)).toBe(true);
    const csv = await s.t.app.inject({ method: 'GET', url: `${keyBase}/forms/khao_sat_ho/attachments/households.csv`, headers });
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('name,label,code,head,ethnic,commune,village,address,phone,smartphones,computers,internet');
    expect(lines.find((l) => l.startsWith(`${householdId},`))).toContain(',05128,');
    expect(lines.some((l) => l.startsWith(`${householdId},`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${outsideHouseholdId},`))).toBe(false);
    expect(manifest.body).toContain(`<hash>md5:${md5(csv.rawPayload)}</hash>`);
  });

  it('answers HEAD submission with 204 and the accepted size', async () => {
    const res = await s.t.app.inject({ method: 'HEAD', url: `${keyBase}/submission`, headers: { 'x-openrosa-version': '1.0' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['x-openrosa-version']).toBe('1.0');
    expect(Number(res.headers['x-openrosa-accept-content-length'])).toBeGreaterThan(1_000_000);
  });

  it('takes a submission, a resend with its missing photo, refuses other XML under the same instanceID', async () => {
    const xml = submissionXml({ ...first, household: String(householdId) });
    const res = await submit(keyBase, xml);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['x-openrosa-version']).toBe('1.0');
    expect(res.body).toContain('<OpenRosaResponse xmlns="http://openrosa.org/http/response"');
    const db = s.t.database.db;
    expect(await countRows(db, 'survey_submission')).toBe(1);
    expect(await countRows(db, 'survey_submission_attachment')).toBe(0);
    // Collect sends the photo in a later POST with the same XML.
    const pic = photo();
    const again = await submit(keyBase, xml, [{ name: 'nha.jpg', type: 'image/jpeg', data: pic }]);
    expect(again.statusCode).toBe(201);
    expect(await countRows(db, 'survey_submission')).toBe(1);
    expect(await countRows(db, 'survey_submission_attachment')).toBe(1);
    // A file the answers do not name is not kept; identical resend changes nothing.
    await submit(keyBase, xml, [
      { name: 'nha.jpg', type: 'image/jpeg', data: pic },
      { name: 'other.jpg', type: 'image/jpeg', data: photo(2) },
    ]);
    expect(await countRows(db, 'survey_submission_attachment')).toBe(1);
    const conflict = await submit(keyBase, submissionXml({ ...first, household: String(householdId), phones: 4 }));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain(first.instanceId);
    expect(await countRows(db, 'survey_submission')).toBe(1);
    const row = (await sql<{ unit_id: number; household_id: number }>`SELECT unit_id, household_id FROM survey_submission`.execute(db)).rows[0];
    expect(row).toEqual({ unit_id: tanLacId, household_id: householdId });
  });

  it('refuses a household outside the key’s area, unknown forms and versions, and a revoked key', async () => {
    const db = s.t.database.db;
    const outside = await submit(keyBase, submissionXml({ household: String(outsideHouseholdId), phones: 1 }));
    expect(outside.statusCode).toBe(403);
    expect((await submit(keyBase, submissionXml({ formId: 'khong_co' }))).statusCode).toBe(404);
    expect((await submit(keyBase, submissionXml({ version: '9' }))).statusCode).toBe(404);
    expect((await submit(keyBase, '<data id="khao_sat_ho"><oops')).statusCode).toBe(400);
    // The other commune's surveyor sends one of their own.
    expect(
      (await submit(otherKeyBase, submissionXml({ household: String(outsideHouseholdId), phones: 2, internet: 'no', location: '21.1 105.1' }))).statusCode,
    ).toBe(201);
    expect(await countRows(db, 'survey_submission')).toBe(2);
    const forged = keyBase.replace(/key\/[^/]+/, 'key/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await s.t.app.inject({ method: 'GET', url: `${forged}/formList` })).statusCode).toBe(403);
  });
});

describe('review, register update, export', () => {
  it('lists submissions in the caller’s area only, with the values submitted', async () => {
    const mine = (await s.as('xa.tanlac').get(`/api/surveys/forms/${formId}/submissions`)).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      instanceId: first.instanceId,
      state: 'received',
      unitId: tanLacId,
      householdId,
      latitude: 21.3271,
      longitude: 105.2152,
    });
    expect(mine.items[0].values).toMatchObject({ '/data/phones': '3', '/data/internet': 'yes', '/data/skills': 'email dvc' });
    expect((await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/submissions`)).json().total).toBe(2);
    const otherId = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/submissions?unit=${otherCommune.id}`)).json().items[0].id;
    expect((await s.as('xa.tanlac').get(`/api/surveys/submissions/${otherId}`)).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get(`/api/surveys/submissions/${otherId}/attachments/nha.jpg`)).statusCode).toBe(404);
  });

  it('reviews with comments, applies the register mapping on approval, keeps edits as versions', async () => {
    const p = s.as('tinh.phutho');
    const id = (await p.get(`/api/surveys/forms/${formId}/submissions?unit=${tanLacId}`)).json().items[0].id;
    expect((await s.as('xa.tanlac').post(`/api/surveys/submissions/${id}/review`, { state: 'approved' })).statusCode).toBe(403);
    const noReason = await p.post(`/api/surveys/submissions/${id}/review`, { state: 'has_issues' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toBe('Hãy ghi lý do khi trả lại hoặc từ chối phiếu');
    expect((await p.post(`/api/surveys/submissions/${id}/review`, { state: 'has_issues', comment: 'Số điện thoại chưa đúng' })).statusCode).toBe(204);
    expect((await p.put(`/api/surveys/submissions/${id}/values`, { values: { '/data/phones': '5' } })).statusCode).toBe(204);
    expect((await p.put(`/api/surveys/submissions/${id}/values`, { values: { '/data/nothing': '5' } })).statusCode).toBe(400);
    const bad = await p.put(`/api/surveys/forms/${formId}/mapping`, { mapping: [{ field: 'smartphones', path: '/data/member/age' }] });
    expect(bad.statusCode).toBe(400);
    expect((await p.put(`/api/surveys/forms/${formId}/mapping`, { mapping: [{ field: 'smartphones', path: '/data/phones' }] })).statusCode).toBe(204);
    expect((await p.post(`/api/surveys/submissions/${id}/review`, { state: 'approved', comment: 'Đã kiểm tra' })).statusCode).toBe(204);

    const detail = (await p.get(`/api/surveys/submissions/${id}`)).json();
    expect(detail.state).toBe('approved');
    expect(detail.values['/data/phones']).toBe('5');
    expect(detail.edits).toBe(1);
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0].xml).toContain('<phones>3</phones>');
    expect(detail.comments.map((c: any) => [c.stateTo, c.body])).toEqual([
      ['has_issues', 'Số điện thoại chưa đúng'],
      ['approved', 'Đã kiểm tra'],
    ]);
    expect(detail.attachments).toMatchObject([{ name: 'nha.jpg', contentType: 'image/jpeg' }]);
    const pic = await p.get(`/api/surveys/submissions/${id}/attachments/nha.jpg`);
    expect(pic.statusCode).toBe(200);
    expect(pic.rawPayload.length).toBe(detail.attachments[0].size);
    const h = (await p.get(`/api/households/${householdId}`)).json();
    expect(h.smartphones).toBe(5);
    expect(h.timeline.some((c: any) => c.field === 'smartphones')).toBe(true);
    const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'survey_submission' AND entity_id = ${String(id)}`.execute(
      s.t.database.db,
    );
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it('exports CSV, XLSX with the repeat linked by parent key, and GeoJSON, with the submitted values', async () => {
    const p = s.as('tinh.phutho');
    const csv = await p.get(`/api/surveys/forms/${formId}/export?format=csv&unit=${tanLacId}`);
    expect(csv.statusCode).toBe(200);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(2);
    const head = rows[0].split(',');
    const cells = rows[1].split(',');
    const at = (name: string) => cells[head.findIndex((h) => h.startsWith(name))];
    expect(at('KEY')).toBe(first.instanceId);
    expect(at('phones')).toBe('5');
    expect(at('internet')).toBe('Có');
    expect(at('skills')).toBe('Thư điện tử; Dịch vụ công trực tuyến');
    const codes = await p.get(`/api/surveys/forms/${formId}/export?format=csv&choices=codes&unit=${tanLacId}`);
    expect(codes.body).toContain(',yes,email dvc,');
    // A commune officer's export holds only their commune.
    const commune = await s.as('xa.tanlac').get(`/api/surveys/forms/${formId}/export?format=csv`);
    expect(commune.body.trim().split('\r\n')).toHaveLength(2);

    const xlsx = await p.get(`/api/surveys/forms/${formId}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['khao_sat_ho', 'member']);
    const member = wb.getWorksheet('member')!;
    const mrows = member.getSheetValues().slice(2) as unknown[][];
    expect(mrows.map((r) => r.slice(1))).toEqual([
      [`${first.instanceId}/member[1]`, first.instanceId, 'Bùi Văn Thắng', 51],
      [`${first.instanceId}/member[2]`, first.instanceId, 'Quách Thị Hoa', 48],
    ]);

    const geo = (await p.get(`/api/surveys/forms/${formId}/export?format=geojson`)).json();
    expect(geo.features).toHaveLength(2);
    expect(geo.features.find((f: any) => f.properties.KEY === first.instanceId).geometry.coordinates).toEqual([105.2152, 21.3271]);
  });

  it('summarises per question and keeps other provinces out', async () => {
    const sum = (await s.as('tinh.phutho').get(`/api/surveys/forms/${formId}/summary`)).json();
    expect(sum.total).toBe(2);
    expect(sum.states).toMatchObject({ approved: 1, received: 1 });
    const internet = sum.items.find((i: any) => i.path === '/data/internet');
    expect(internet.counts).toEqual(
      expect.arrayContaining([
        { value: 'yes', count: 1 },
        { value: 'no', count: 1 },
      ]),
    );
    expect(sum.items.find((i: any) => i.path === '/data/phones').stats).toEqual({ n: 2, min: 2, max: 5, sum: 7, mean: 3.5, median: 3.5 });

    const hanoi = await s
      .as('admin')
      .upload(
        '/api/surveys/forms',
        { provinceId: String(await unitId('01')) },
        { file: { name: 'f.xml', data: Buffer.from(householdXForm('1', 'ha_noi')), type: 'text/xml' } },
      );
    expect(hanoi.statusCode, hanoi.body).toBe(201);
    expect((await s.as('tinh.phutho').get(`/api/surveys/forms/${hanoi.json().id}`)).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').get(`/api/surveys/forms/${hanoi.json().id}/export?format=csv`)).statusCode).toBe(404);
    expect((await s.as('tinh.phutho').get('/api/surveys/forms')).json().items.map((f: any) => f.xmlFormId)).toEqual(['khao_sat_ho']);
    expect((await s.as('xa.tanlac').get('/api/surveys/forms')).json().items.map((f: any) => f.xmlFormId)).toEqual(['khao_sat_ho']);
  });

  it('a revoked key reaches nothing', async () => {
    const users = (await s.as('tinh.phutho').get('/api/surveys/app-users')).json().items;
    const sang = users.find((u: any) => u.displayName === 'Lò Văn Sáng');
    expect((await s.as('tinh.phutho').delete(`/api/surveys/app-users/${sang.id}`)).statusCode).toBe(204);
    expect((await s.t.app.inject({ method: 'GET', url: `${keyBase}/formList` })).statusCode).toBe(403);
    const res = await submit(keyBase, submissionXml({ phones: 1 }));
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('đã bị thu hồi');
  });
});

describe('submissions sent together', () => {
  it('stores each once with its photo and its audit entry; the same instanceID twice in one go is kept once, other XML under it refused', async () => {
    const db = s.t.database.db;
    const before = await countRows(db, 'survey_submission');
    const auditsBefore = await countRows(db, 'audit_log', { entity: 'survey_submission', action: 'create' });
    const pics = [0, 1, 2, 3, 4].map((i) => Buffer.concat([photo(10 + i), Buffer.from(`anh-${i}`)]));
    const xmls = pics.map((_, i) => submissionXml({ phones: i, internet: 'no', photo: 'nha.jpg', location: `21.${i} 105.${i}` }));
    const twice = submissionXml({ phones: 9, internet: 'yes', photo: 'nha.jpg' });
    const id = /<instanceID>([^<]+)</.exec(twice)![1];
    const other = twice.replace('<phones>9</phones>', '<phones>8</phones>');
    // All at once, as phones coming back into coverage together.
    const answers = await Promise.all([
      ...xmls.map((x, i) => submit(otherKeyBase, x, [{ name: 'nha.jpg', type: 'image/jpeg', data: pics[i] }])),
      submit(otherKeyBase, twice, [{ name: 'nha.jpg', type: 'image/jpeg', data: pics[0] }]),
      submit(otherKeyBase, twice, [{ name: 'nha.jpg', type: 'image/jpeg', data: pics[0] }]),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201, 201, 201]);
    expect(await countRows(db, 'survey_submission')).toBe(before + 6);
    // Each submission has its own photo (not another's from the same transaction).
    const stored = (
      await sql<{ xml: string; md5: string }>`
        SELECT s.xml, a.md5 FROM survey_submission s JOIN survey_submission_attachment a ON a.submission_id = s.id
         WHERE s.instance_id = ANY(${[...xmls, twice].map((x) => /<instanceID>([^<]+)</.exec(x)![1])})`.execute(db)
    ).rows;
    expect(stored).toHaveLength(6);
    for (const [i, x] of xmls.entries()) expect(stored.find((r) => r.xml === x)?.md5).toBe(md5(pics[i]));
    expect(await countRows(db, 'audit_log', { entity: 'survey_submission', action: 'create' })).toBe(auditsBefore + 6);
    // Other XML under a stored instanceID, even sent together with a new one: refused, the new one kept.
    const fresh = submissionXml({ phones: 1, internet: 'no' });
    const [conflict, ok] = await Promise.all([submit(otherKeyBase, other), submit(otherKeyBase, fresh)]);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain(id);
    expect(ok.statusCode).toBe(201);
    expect(await countRows(db, 'survey_submission')).toBe(before + 7);
  });
});
