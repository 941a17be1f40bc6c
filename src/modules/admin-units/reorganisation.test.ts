import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Client, useTestApp } from '../../test/harness.js';
import { SYSTEM } from '../audit/audit.service.js';
import { insertUser } from '../accounts/users.service.js';

const s = useTestApp('admin');

/** A synthetic future reform: the 2025 communes Vân Sơn (05152) and Mường Bi (05158) of Phú Thọ merge. */
const UNITS = 'code,name,level,type,parent_code\n05158,Mường Vân,commune,Xã,25\n';
const CROSSWALK = 'old_code,new_code,merge_type\n05152,05158,full\n05158,05158,full\n';
const FORM = { effectiveDate: '2027-01-01', name: 'Sáp nhập xã Vân Sơn và xã Mường Bi (thử nghiệm)', basis: 'Nghị quyết giả định' };

const csv = (text: string) => ({ name: 'file.csv', data: Buffer.from(text, 'utf8'), type: 'text/csv' });
const upload = (client: Client, fields: Record<string, string> = FORM, units = UNITS, crosswalk = CROSSWALK) =>
  client.upload('/api/admin-reorganisations', fields, { units: csv(units), crosswalk: csv(crosswalk) });

async function counts() {
  const r = await sql<{ units: number; reorgs: number; links: number; audit: number }>`
    SELECT (SELECT count(*)::int FROM admin_unit) AS units, (SELECT count(*)::int FROM admin_reorganisation) AS reorgs,
           (SELECT count(*)::int FROM admin_unit_succession) AS links, (SELECT count(*)::int FROM audit_log WHERE action = 'load_reorganisation') AS audit`.execute(
    s.t.database.db,
  );
  return r.rows[0];
}

const codes = (body: { items: { code: string }[] }) => body.items.map((u) => u.code);

describe('loading a reorganisation', () => {
  it('lists the 2025 reform as loaded', async () => {
    const res = (await s.as('admin').get('/api/admin-reorganisations')).json();
    expect(res).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(res.items[0]).toMatchObject({ effectiveDate: '2025-07-01', unitCount: 3355, linkCount: 10592 });
  });

  it('is for administrators only', async () => {
    const before = await counts();
    const res = await upload(await s.t.login('tinh.phutho'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(await counts()).toEqual(before);
  });

  it('checks a dry run fully and keeps nothing', async () => {
    const before = await counts();
    const res = await upload(s.as('admin'), { ...FORM, dryRun: 'true' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: null, alreadyLoaded: false, dryRun: true, unitsCreated: 1, unitsEnded: 2, links: 2 });
    expect(await counts()).toEqual(before);
    expect(codes((await s.as('admin').get('/api/admin-units?date=2027-02-01&parent=25&q=05152')).json())).toEqual(['05152']);
  });

  it('ends the two communes, starts the merged one and links them', async () => {
    const before = await counts();
    const res = await upload(s.as('admin'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ alreadyLoaded: false, dryRun: false, unitsCreated: 1, unitsEnded: 2, links: 2 });
    expect(await counts()).toEqual({ units: before.units + 1, reorgs: before.reorgs + 1, links: before.links + 2, audit: before.audit + 1 });

    const after = (await s.as('admin').get('/api/admin-units?date=2027-02-01&parent=25&pageSize=500')).json();
    expect(after.total).toBe(147);
    expect(codes(after)).not.toContain('05152');
    expect(after.items.find((u: { code: string }) => u.code === '05158')).toMatchObject({ fullName: 'Xã Mường Vân', validFrom: '2027-01-01', validTo: null });
    for (const code of ['05152', '05158']) {
      expect((await s.as('admin').get(`/api/admin-units/${code}?date=2026-12-31`)).json()).toMatchObject({ validFrom: '2025-07-01', validTo: '2026-12-31' });
    }
    expect((await s.as('admin').get('/api/admin-units/05152?date=2027-01-01')).statusCode).toBe(404);
    expect((await s.as('admin').get('/api/admin-units?date=2026-06-01&parent=25')).json().total).toBe(148);

    const succ = (await s.as('admin').get('/api/admin-units/05152/successors?date=2026-06-01')).json();
    expect(succ.items.map((i: { unit: { fullName: string }; mergeType: string }) => `${i.unit.fullName} ${i.mergeType}`)).toEqual(['Xã Mường Vân full']);
    const pred = (await s.as('admin').get('/api/admin-units/05158/predecessors?date=2027-02-01')).json();
    expect(pred.items.map((i: { unit: { fullName: string } }) => i.unit.fullName)).toEqual(['Xã Vân Sơn', 'Xã Mường Bi']);
    expect((await s.as('admin').get('/api/admin-units/05158/versions')).json().items.map((u: { name: string }) => u.name)).toEqual([
      'Phong Phú',
      'Mường Bi',
      'Mường Vân',
    ]);
    expect((await s.as('admin').get('/api/admin-reorganisations')).json().items[0]).toMatchObject({ effectiveDate: '2027-01-01', unitCount: 1, linkCount: 2 });
  });

  it('lets a user of the merged commune reach both old communes and their own predecessors', async () => {
    const merged = await s.t.database.db
      .selectFrom('admin_unit')
      .select('id')
      .where('code', '=', '05158')
      .where('valid_from', '=', '2027-01-01')
      .executeTakeFirstOrThrow();
    await insertUser(s.t.database.db, SYSTEM, {
      username: 'xa.muongvan',
      password: 'MuongVan2027',
      fullName: 'Cán bộ xã Mường Vân',
      role: 'commune_officer',
      scopeUnitId: merged.id,
    });
    const officer = await s.t.login('xa.muongvan', 'MuongVan2027');
    expect(codes((await officer.get('/api/admin-units?date=2026-06-01&parent=25')).json())).toEqual(['05158', '05152']);
    // Old communes merged in 2025 into the two, e.g. 05176 Vân Sơn and 05140 Phú Cường.
    expect((await officer.get('/api/admin-units/05176?date=2025-06-01')).json().fullName).toBe('Xã Vân Sơn');
    expect((await officer.get('/api/admin-units/05140?date=2025-06-01')).statusCode).toBe(200);
    expect((await officer.get('/api/admin-units/05128?date=2026-06-01')).statusCode).toBe(404);
    const graph = await s.t.ctx.graph();
    const reach = graph.reach(merged.id);
    const oldIds = await s.t.database.db
      .selectFrom('admin_unit')
      .select('id')
      .where('code', 'in', ['05152', '05158', '05176', '05194', '05140', '05143'])
      .execute();
    for (const { id } of oldIds) expect(reach.has(id)).toBe(true);
    expect(reach.size).toBe(1 + 2 + 6);
  });

  it('changes nothing when the same files are loaded again', async () => {
    const before = await counts();
    const res = await upload(s.as('admin'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ alreadyLoaded: true, unitsCreated: 0, unitsEnded: 0, links: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe('rejecting a bad reorganisation', () => {
  const NEXT = { ...FORM, effectiveDate: '2028-01-01' };
  let before: Awaited<ReturnType<typeof counts>>;
  beforeAll(async () => {
    before = await counts();
  });
  afterAll(async () => {
    expect(await counts()).toEqual(before);
  });

  it('reports unknown old codes and unknown parents row by row', async () => {
    const res = await upload(
      s.as('admin'),
      NEXT,
      'code,name,level,type,parent_code\n05128,Tân Lạc Mới,commune,Xã,25\n05131,Bản Mới,commune,Xã,99\n',
      'old_code,new_code,merge_type\n05128,05128,full\n99999,05128,full\n05164,05128,whole\n',
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('import_failed');
    expect(error.details).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'crosswalk.old_code',
        value: '99999',
        code: 'unknown_old_unit',
        message: 'Không có đơn vị cũ mã 99999 còn hiệu lực ngày 31/12/2027',
      }),
      expect.objectContaining({ row: 4, field: 'crosswalk.old_code', value: '05164', code: 'unknown_old_unit' }),
      expect.objectContaining({ row: 4, field: 'crosswalk.merge_type', value: 'whole', code: 'invalid_merge_type' }),
    ]);
    const parent = await upload(
      s.as('admin'),
      NEXT,
      'code,name,level,type,parent_code\n05128,Tân Lạc Mới,commune,Xã,99\n',
      'old_code,new_code,merge_type\n05128,05128,full\n',
    );
    expect(parent.json().error.details).toEqual([expect.objectContaining({ row: 2, field: 'units.parent_code', value: '99', code: 'unknown_parent' })]);
  });

  it('checks the unit rows', async () => {
    const res = await upload(s.as('admin'), NEXT, 'code,name,level,type,parent_code\n5128,Tân Lạc,commune,Xã,25\n05129,,village,Xã,25\n', CROSSWALK);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ row: 2, field: 'units.code', code: 'invalid_unit_code', message: 'Mã không hợp lệ: 5128 (cần 5 chữ số)' }),
      expect.objectContaining({ row: 3, field: 'units.level', code: 'invalid_unit_level', value: 'village' }),
    ]);
  });

  it('says when a file is not UTF-8', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('code,name,level,type,parent_code\n05158,M'),
      Buffer.from([0xf0, 0x75]),
      Buffer.from('ng,commune,X\xe3,25\n', 'latin1'),
    ]);
    const res = await s.as('admin').upload('/api/admin-reorganisations', NEXT, { units: { name: 'u.csv', data: latin1 }, crosswalk: csv(CROSSWALK) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'file_not_utf8', details: [expect.objectContaining({ field: 'units', row: 2 })] });
    expect(res.json().error.message).toContain('CSV UTF-8');
  });

  it('rejects empty files, missing columns and malformed CSV', async () => {
    const empty = await upload(s.as('admin'), NEXT, '', CROSSWALK);
    expect(empty.json().error).toMatchObject({ code: 'file_empty', details: [expect.objectContaining({ field: 'units' })] });
    const headerOnly = await upload(s.as('admin'), NEXT, UNITS, 'old_code,new_code,merge_type\n');
    expect(headerOnly.json().error.code).toBe('file_no_rows');
    const columns = await upload(s.as('admin'), NEXT, 'code,name,level,type\n05158,Mường Vân,commune,Xã\n', CROSSWALK);
    expect(columns.statusCode).toBe(400);
    expect(columns.json().error).toMatchObject({ code: 'missing_columns', message: 'Thiếu cột: parent_code' });
    const ragged = await upload(s.as('admin'), NEXT, UNITS, 'old_code,new_code,merge_type\n05152,05158,full,extra\n');
    expect(ragged.json().error).toMatchObject({ code: 'csv_malformed', details: [expect.objectContaining({ field: 'crosswalk', row: 2 })] });
  });

  it('reads semicolon-separated files with a BOM and upper-case headers', async () => {
    const res = await upload(
      s.as('admin'),
      { ...NEXT, dryRun: 'true' },
      '\uFEFFCODE;NAME;LEVEL;TYPE;PARENT_CODE\n05158;Mường Vân 2;commune;Xã;25\n',
      'old_code;new_code;merge_type\n05158;05158;full\n',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, unitsCreated: 1, unitsEnded: 1 });
  });

  it('refuses a date before the latest reorganisation, a bad date and missing fields or files', async () => {
    const early = await upload(s.as('admin'), { ...FORM, effectiveDate: '2026-01-01' });
    expect(early.json().error).toMatchObject({ code: 'reorganisation_not_latest', message: 'Ngày hiệu lực phải sau lần sắp xếp gần nhất (01/01/2027)' });
    const bad = await upload(s.as('admin'), { ...FORM, effectiveDate: '01/01/2028' });
    expect(bad.json().error).toMatchObject({ code: 'invalid_date', details: [expect.objectContaining({ field: 'effectiveDate' })] });
    const noName = await upload(s.as('admin'), { effectiveDate: '2028-01-01' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details[0].field).toBe('name');
    const extra = await upload(s.as('admin'), { ...NEXT, colour: 'red' });
    expect(extra.json().error.details[0]).toMatchObject({ field: 'colour', code: 'unrecognized_keys' });
    const noCrosswalk = await s.as('admin').upload('/api/admin-reorganisations', NEXT, { units: csv(UNITS) });
    expect(noCrosswalk.json().error).toMatchObject({ code: 'file_required', details: [expect.objectContaining({ field: 'crosswalk' })] });
    const json = await s.as('admin').post('/api/admin-reorganisations', { name: 'x' });
    expect(json.statusCode).toBe(400);
  });
});
