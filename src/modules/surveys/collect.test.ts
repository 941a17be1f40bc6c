import crypto from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';
import { householdXForm, photo, submissionXml } from './surveys.fixtures.js';

const s = useTestApp('tinh.phutho', 'xa.tanlac');
const md5 = (b: string | Buffer) => crypto.createHash('md5').update(b).digest('hex');
const logo = Buffer.from('PNG-logo-bytes');

let formId = 0;
let tanLacId = 0;
let householdId = 0;
let outsideHouseholdId = 0;

const unitId = async (code: string) =>
  (
    await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = ${code} AND valid_to IS NULL ORDER BY valid_from DESC NULLS LAST LIMIT 1`.execute(
      s.t.database.db,
    )
  ).rows[0].id;

/** The web client's submission: the same multipart as ODK Collect's, with the session cookie and CSRF token. */
const send = (xml: string, files: Record<string, { name: string; data: Buffer; type?: string }> = {}, who = 'xa.tanlac') =>
  s
    .as(who)
    .upload('/api/surveys/collect/submission', {}, { xml_submission_file: { name: 'submission.xml', data: Buffer.from(xml), type: 'text/xml' }, ...files });

beforeAll(async () => {
  tanLacId = await unitId('05128');
  const province = await unitId('25');
  const other = await sql<{ code: string }>`
    SELECT code FROM admin_unit WHERE level = 'commune' AND parent_id = ${province} AND id <> ${tanLacId} AND valid_to IS NULL ORDER BY code LIMIT 1`.execute(
    s.t.database.db,
  );
  householdId = (await createHousehold(s.as('tinh.phutho'), { communeCode: '05128' })).id;
  outsideHouseholdId = (await createHousehold(s.as('tinh.phutho'), { communeCode: other.rows[0].code })).id;
  const up = await s
    .as('tinh.phutho')
    .upload(
      '/api/surveys/forms',
      {},
      { file: { name: 'khao_sat_ho.xml', data: Buffer.from(householdXForm()), type: 'text/xml' }, media: { name: 'logo.png', data: logo, type: 'image/png' } },
    );
  expect(up.statusCode, up.body).toBe(201);
  formId = up.json().id;
});

describe('web collection', () => {
  it('lists only published forms, with the XForm and the media of the surveyor’s area', async () => {
    expect((await s.as('xa.tanlac').get('/api/surveys/collect/forms')).json().items).toEqual([]);
    expect((await s.as('tinh.phutho').put(`/api/surveys/forms/${formId}/state`, { state: 'published' })).statusCode).toBe(204);
    const list = (await s.as('xa.tanlac').get('/api/surveys/collect/forms')).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: formId, xmlFormId: 'khao_sat_ho', version: '1', hash: `md5:${md5(householdXForm())}` });
    const media = Object.fromEntries(list[0].media.map((m: { name: string; hash: string }) => [m.name, m.hash]));
    expect(media['logo.png']).toBe(`md5:${md5(logo)}`);

    const xform = await s.as('xa.tanlac').get(`/api/surveys/collect/forms/${formId}/xform`);
    expect(xform.body).toBe(householdXForm());
    const csv = await s.as('xa.tanlac').get(`/api/surveys/collect/forms/${formId}/media/households.csv`);
    expect(media['households.csv']).toBe(`md5:${md5(csv.rawPayload)}`);
    const ids = csv.body
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[0]));
    expect(ids).toContain(householdId);
    expect(ids).not.toContain(outsideHouseholdId);
    expect((await s.as('xa.tanlac').get(`/api/surveys/collect/forms/${formId}/media/logo.png`)).rawPayload.equals(logo)).toBe(true);
    expect((await s.as('xa.tanlac').get(`/api/surveys/collect/forms/${formId}/media/other.png`)).statusCode).toBe(404);
    expect((await s.t.app.inject({ method: 'GET', url: '/api/surveys/collect/forms' })).statusCode).toBe(401);
  });

  it('takes a submission with its photo once per instanceID, audited under the signed-in user', async () => {
    const instanceId = `uuid:${crypto.randomUUID()}`;
    const xml = submissionXml({
      instanceId,
      household: String(householdId),
      phones: 2,
      internet: 'yes',
      photo: 'nha.jpg',
      members: [{ name: 'Bùi Văn Thắng', age: 51 }],
    });
    const pic = photo();
    const first = await send(xml, { 'nha.jpg': { name: 'nha.jpg', data: pic, type: 'image/jpeg' } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ created: true, added: 1 });
    const id = first.json().submissionId;

    // A resend (the answer was lost on a bad network) adds nothing; other XML under the same instanceID is refused.
    const again = await send(xml, { 'nha.jpg': { name: 'nha.jpg', data: pic, type: 'image/jpeg' } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ created: false, submissionId: id, added: 0 });
    expect((await send(xml.replace('<phones>2</phones>', '<phones>3</phones>'))).statusCode).toBe(409);
    expect(await countRows(s.t.database.db, 'survey_submission', { instance_id: instanceId })).toBe(1);

    const row = (
      await sql<{ unit_id: number; household_id: number; app_user_id: number | null }>`
        SELECT unit_id, household_id, app_user_id FROM survey_submission WHERE id = ${id}`.execute(s.t.database.db)
    ).rows[0];
    expect(row).toEqual({ unit_id: tanLacId, household_id: householdId, app_user_id: null });
    const att = (await sql<{ md5: string }>`SELECT md5 FROM survey_submission_attachment WHERE submission_id = ${id}`.execute(s.t.database.db)).rows;
    expect(att).toEqual([{ md5: md5(pic) }]);
    const audit = (
      await sql<{ username: string }>`
        SELECT a.username FROM audit_log a WHERE a.entity = 'survey_submission' AND a.entity_id = ${String(id)} AND a.action = 'create'`.execute(
        s.t.database.db,
      )
    ).rows;
    expect(audit).toEqual([{ username: 'xa.tanlac' }]);
  });

  it('refuses a household outside the surveyor’s area, a form not open, and a request without its parts', async () => {
    const outside = await send(submissionXml({ household: String(outsideHouseholdId) }));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('survey_household_out_of_area');
    const unknown = await send(submissionXml({ formId: 'khong_co' }));
    expect(unknown.statusCode).toBe(404);
    const empty = await s.as('xa.tanlac').upload('/api/surveys/collect/submission', {}, { other: { name: 'a.txt', data: Buffer.from('x') } });
    expect(empty.statusCode).toBe(400);
    expect(await countRows(s.t.database.db, 'survey_submission')).toBe(1);
  });
});
