import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { type Client, countRows, useTestApp } from '../../test/harness.js';
import { cccdFor, freshCode } from '../register/households.fixtures.js';
import { toTcvn3, toVni, toWindows1258 } from '../villages/villages.fixtures.js';
import { importsIdle } from './register-import.jobs.js';
import { SAMPLE_HEADER as HEADER, csvCell } from './register-import.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac');

const csv = (rows: string[][], header = HEADER) => `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;

/** A household of a head and a child in Tân Lạc. */
function household(code = freshCode('IM'), ethnic = 'Mường') {
  return [
    ['05128', code, 'Chủ hộ', 'Bùi Văn Nhập', 'Nam', '12/04/1975', ethnic, cccdFor('male', 1975), 'Xóm Nhập', 'Bán kiên cố', '2025', 'Hộ nghèo'],
    ['05128', code, 'Con', 'Bùi Thị Nhập', 'Nữ', '2005', ethnic, '', '', '', '', ''],
  ];
}

async function upload(c: Client, data: Buffer | string, fields: Record<string, string> = {}, name = 'so-ho.csv') {
  const res = await c.upload('/api/register/imports', fields, { file: { name, data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') } });
  expect(res.statusCode, res.body).toBe(202);
  await importsIdle();
  const detail = await c.get(`/api/register/imports/${res.json().id}`);
  expect(detail.statusCode, detail.body).toBe(200);
  return detail.json();
}
const apply = { dryRun: 'false' };

const count = (table: 'household' | 'person' | 'record_change' | 'audit_log') => countRows(s.t.database.db, table);
const householdByCode = (code: string) => s.t.database.db.selectFrom('household').selectAll().where('code', '=', code).executeTakeFirst();
const personsOf = (householdId: number) =>
  s.t.database.db
    .selectFrom('person as p')
    .innerJoin('household_member as m', 'm.person_id', 'p.id')
    .selectAll('p')
    .select('m.relationship')
    .where('m.household_id', '=', householdId)
    .where('m.valid_to', 'is', null)
    .orderBy('p.id')
    .execute();

describe('register import', () => {
  it('dry run reports what would happen and writes nothing', async () => {
    const before = await count('household');
    const code = freshCode('IM');
    const r = await upload(s.as('xa.tanlac'), csv(household(code)));
    expect(r).toMatchObject({
      status: 'done',
      dryRun: true,
      applied: false,
      errorCount: 0,
      counts: { rows: 2, valid: 2, invalid: 0, households: { created: 1 }, persons: { created: 2 } },
    });
    expect(r.progress.percent).toBe(100);
    expect(r.encoding).toEqual({ detected: 'Unicode (UTF-8)', converted: false });
    expect(await count('household')).toBe(before);
    expect(await householdByCode(code)).toBeUndefined();
  });

  it('applies a new household with every denormalised column, then a second run changes nothing', async () => {
    const code = freshCode('IM');
    const file = csv(household(code));
    const r = await upload(s.as('xa.tanlac'), file, apply);
    expect(r).toMatchObject({ status: 'done', applied: true, counts: { households: { created: 1 }, persons: { created: 2 } } });
    const h = (await householdByCode(code))!;
    expect(h).toMatchObject({ address: 'Xóm Nhập', housing: 'semi_solid', head_ethnic_code: '06', search_text: `${code.toLowerCase()} bui van nhap` });
    const members = await personsOf(h.id);
    expect(members.map((m) => [m.full_name, m.relationship, m.birth_year, m.ethnic_code, m.commune_id])).toEqual([
      ['Bùi Văn Nhập', 'head', 1975, '06', h.commune_id],
      ['Bùi Thị Nhập', 'child', 2005, '06', h.commune_id],
    ]);
    expect(h.head_person_id).toBe(members[0].id);
    expect(members[0].search_text).toContain('bui van nhap');
    const pov = await s.t.database.db.selectFrom('household_poverty').selectAll().where('household_id', '=', h.id).execute();
    expect(pov.map((p) => [p.year, p.status])).toEqual([[2025, 'poor']]);
    const marks = await s.t.database.db
      .selectFrom('record_change')
      .select(['entity', 'field'])
      .where('field', '=', '_created')
      .where((eb) =>
        eb.or([
          eb.and([eb('entity', '=', 'household'), eb('entity_id', '=', h.id)]),
          eb.and([
            eb('entity', '=', 'person'),
            eb(
              'entity_id',
              'in',
              members.map((m) => m.id),
            ),
          ]),
        ]),
      )
      .execute();
    // One creation mark for the household; its persons and memberships point at the import instead.
    expect(marks).toEqual([{ entity: 'household', field: '_created' }]);
    expect(members.map((m) => m.import_id)).toEqual([r.id, r.id]);
    expect(h.import_id).toBe(r.id);
    // The household reads back through the API like any other, the import standing for each member's joining.
    const detail = await s.as('xa.tanlac').get(`/api/households/${h.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().members).toHaveLength(2);
    const joined = detail.json().timeline.filter((c: { entity: string; field: string }) => c.entity === 'membership' && c.field === '_created');
    expect(joined.map((c: { newValue: { personId: number; importId: number } }) => [c.newValue.personId, c.newValue.importId])).toEqual(
      members.map((m) => [m.id, r.id]),
    );
    const person = await s.as('xa.tanlac').get(`/api/persons/${members[1].id}?purpose=${encodeURIComponent('Kiểm tra nhập tệp')}`);
    expect(person.statusCode, person.body).toBe(200);
    expect(person.json().timeline[0]).toMatchObject({ field: '_created', newValue: { importId: r.id, file: 'so-ho.csv' }, changedBy: 'xa.tanlac' });

    const changes = await count('record_change');
    const again = await upload(s.as('xa.tanlac'), file, apply);
    expect(again).toMatchObject({
      status: 'done',
      applied: false,
      counts: { households: { created: 0, updated: 0, unchanged: 1 }, persons: { created: 0, updated: 0, unchanged: 2 } },
    });
    expect(await count('record_change')).toBe(changes);
  });

  it('a corrected file updates in place and records history', async () => {
    const code = freshCode('IM');
    const rows = household(code);
    await upload(s.as('xa.tanlac'), csv(rows), apply);
    const h = (await householdByCode(code))!;
    rows[0][9] = 'Kiên cố';
    rows[0][11] = 'Hộ cận nghèo';
    const r = await upload(s.as('xa.tanlac'), csv(rows), apply);
    expect(r).toMatchObject({ status: 'done', applied: true, errorCount: 0, counts: { households: { updated: 1 }, persons: { unchanged: 2 } } });
    const after = (await householdByCode(code))!;
    expect(after.id).toBe(h.id);
    expect(after.housing).toBe('solid');
    expect(after.version).toBe(h.version + 1);
    const hist = await s.t.database.db
      .selectFrom('record_change')
      .select(['field', 'old_value', 'new_value'])
      .where('entity', 'in', ['household', 'poverty'])
      .where('entity_id', '=', h.id)
      .where('field', 'not like', '\\_%')
      .execute();
    // The poverty year: recorded at creation, then its change.
    expect(hist.map((x) => x.field).sort()).toEqual(['2025', '2025', 'housing']);
    expect(hist.filter((x) => x.field === '2025').map((x) => (x.new_value as { status: string }).status)).toEqual(['poor', 'near_poor']);
    expect(hist.find((x) => x.field === 'housing')).toMatchObject({ old_value: 'semi_solid', new_value: 'solid' });
    // A person's field corrected by CCCD.
    rows[0][5] = '13/04/1975';
    const p = await upload(s.as('xa.tanlac'), csv(rows), apply);
    expect(p).toMatchObject({ applied: true, counts: { persons: { updated: 1, unchanged: 1 } } });
    const head = (await personsOf(h.id))[0];
    expect(head.birth_date).toBe('1975-04-13');
    const personHist = await s.t.database.db
      .selectFrom('record_change')
      .select(['field', 'old_value', 'new_value'])
      .where('entity', '=', 'person')
      .where('entity_id', '=', head.id)
      .where('field', '=', 'birthDate')
      .execute();
    expect(personHist).toEqual([{ field: 'birthDate', old_value: '1975-04-12', new_value: '1975-04-13' }]);
  });

  it('a file with errors lists row, column, value and reason and writes nothing', async () => {
    const before = await count('household');
    const good = household();
    const bad = household();
    bad[0][7] = '017175000001'; // century digit 1 = female, but the head is male
    bad[1][6] = 'Không có';
    bad[1][5] = '31/02/2005';
    const r = await upload(s.as('xa.tanlac'), csv([...good, ...bad]), apply);
    expect(r).toMatchObject({ status: 'done', applied: false, counts: { rows: 4, valid: 2, invalid: 2 } });
    expect(r.errors.map((e: { row: number; column: string; value: string; code: string }) => [e.row, e.column, e.value, e.code])).toEqual([
      [4, 'Số CCCD', '017175000001', 'cccd_sex'],
      [5, 'Ngày sinh', '31/02/2005', 'import_invalid_birth'],
      [5, 'Dân tộc', 'Không có', 'unknown_ethnic_group'],
    ]);
    expect(r.errors[0].message).toContain('giới tính');
    expect(r.errorReportUrl).toBe(`/api/register/imports/${r.id}/errors.xlsx`);
    expect(await count('household')).toBe(before);

    const report = await s.as('xa.tanlac').get(r.errorReportUrl);
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const list = wb.worksheets[1];
    expect(list.getRow(2).values).toEqual([undefined, 4, 'Số CCCD', '017175000001', expect.stringContaining('giới tính')]);
    expect(wb.worksheets[0].actualRowCount).toBe(3);

    const only = await upload(s.as('xa.tanlac'), csv([...good, ...bad]), { ...apply, onlyValid: 'true' });
    expect(only).toMatchObject({ applied: true, counts: { households: { created: 1 } } });
    expect(only.errors.map((e: { code: string }) => e.code)).toContain('import_household_skipped');
    expect(await householdByCode(good[0][1])).toBeDefined();
    expect(await householdByCode(bad[0][1])).toBeUndefined();
  });

  it('takes coded columns by code, name or name without diacritics', async () => {
    const codes = [freshCode('IM'), freshCode('IM'), freshCode('IM')];
    const rows = [...household(codes[0], '06'), ...household(codes[1], 'Mường'), ...household(codes[2], 'muong')];
    rows[2][9] = 'ban kien co';
    rows[4][9] = 'semi_solid';
    const r = await upload(s.as('xa.tanlac'), csv(rows), apply);
    expect(r).toMatchObject({ applied: true, errorCount: 0, counts: { households: { created: 3 } } });
    for (const code of codes) expect(await householdByCode(code)).toMatchObject({ head_ethnic_code: '06', housing: 'semi_solid' });
  });

  it('applies the register rules to each row', async () => {
    const rows = household();
    rows[1][5] = '1960'; // a child older than the head
    const noHead = household();
    noHead[0][2] = 'Vợ';
    const r = await upload(s.as('xa.tanlac'), csv([...rows, ...noHead]));
    expect(r.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [3, 'child_older_than_parent'],
      [4, 'one_head_required'],
    ]);
  });

  it("refuses rows of a commune outside the caller's area", async () => {
    const other = await s.t.database.db
      .selectFrom('admin_unit')
      .select('code')
      .where('level', '=', 'commune')
      .where('valid_from', '=', '2025-07-01')
      .where('code', '!=', '05128')
      .executeTakeFirstOrThrow();
    const rows = household();
    rows[0][0] = other.code;
    rows[1][0] = other.code;
    const r = await upload(s.as('xa.tanlac'), csv(rows), apply);
    expect(r.errors.map((e: { row: number; code: string; column: string }) => [e.row, e.column, e.code])).toEqual([[2, 'Mã xã', 'out_of_scope']]);
    expect(r.applied).toBe(false);
  });

  it('converts Windows-1258 and TCVN3 files and refuses VNI by name', async () => {
    const code1 = freshCode('IM');
    const r1 = await upload(s.as('xa.tanlac'), toWindows1258(csv(household(code1))), apply);
    expect(r1).toMatchObject({ status: 'done', applied: true, encoding: { detected: 'Windows-1258', converted: true } });
    expect((await personsOf((await householdByCode(code1))!.id))[0].full_name).toBe('Bùi Văn Nhập');
    const code2 = freshCode('IM');
    const r2 = await upload(s.as('xa.tanlac'), toTcvn3(csv(household(code2))), apply);
    expect(r2).toMatchObject({ status: 'done', applied: true, encoding: { detected: 'TCVN3 (ABC)', converted: true } });
    expect((await personsOf((await householdByCode(code2))!.id))[0].full_name).toBe('Bùi Văn Nhập');
    const r3 = await upload(s.as('xa.tanlac'), toVni(csv(household())), apply);
    expect(r3).toMatchObject({ status: 'failed', failure: { code: 'legacy_encoding' } });
    expect(r3.failure.message).toContain('VNI');
  });

  it('gives clear failures for an empty file, wrong columns and a file that is no spreadsheet', async () => {
    expect((await upload(s.as('xa.tanlac'), '')).failure.code).toBe('file_empty');
    const wrong = await upload(s.as('xa.tanlac'), 'a,b,c\n1,2,3\n');
    expect(wrong.failure.code).toBe('missing_columns');
    expect(wrong.failure.message).toContain('Mã hộ');
    expect((await upload(s.as('xa.tanlac'), Buffer.from([0, 1, 2, 3, 0, 0, 7]), {}, 'x.bin')).failure.code).toBe('file_invalid');
    expect((await upload(s.as('xa.tanlac'), `${HEADER.join(',')}\n`)).failure.code).toBe('sheet_no_rows');
  });

  it('serves templates that import cleanly, lists imports, and keeps viewers out', async () => {
    const x = await s.as('xa.tanlac').get('/api/register/import/template?format=xlsx');
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Mã xã');
    expect(ws.getCell('H2').dataValidation).toMatchObject({ type: 'list' });
    expect(wb.getWorksheet('Mã')!.state).toBe('hidden');
    const dry = await upload(s.as('xa.tanlac'), x.rawPayload, {}, 'mau.xlsx');
    expect(dry).toMatchObject({ status: 'done', errorCount: 0, counts: { rows: 2, households: { created: 1 }, persons: { created: 2 } } });
    const c = await s.as('xa.tanlac').get('/api/register/import/template?format=csv');
    expect(c.body).toContain('Mã xã,Mã hộ');
    const dryCsv = await upload(s.as('xa.tanlac'), c.rawPayload);
    expect(dryCsv).toMatchObject({ status: 'done', errorCount: 0, counts: { rows: 2 } });

    const mine = (await s.as('xa.tanlac').get('/api/register/imports?pageSize=5')).json();
    expect(mine.items[0].id).toBe(dryCsv.id);
    expect(mine.total).toBeGreaterThan(5);
    expect((await s.as('admin').get(`/api/register/imports/${dryCsv.id}`)).statusCode).toBe(200);
    const viewer = await s.t.login('lanhdao');
    expect((await viewer.get(`/api/register/imports/${dryCsv.id}`)).statusCode).toBe(404);
    const refused = await viewer.upload('/api/register/imports', {}, { file: { name: 'a.csv', data: Buffer.from(csv(household())) } });
    expect(refused.statusCode).toBe(403);
  });

  it("prints the screens' field names in the template and still imports a file with the former headers", async () => {
    const c = await s.as('xa.tanlac').get('/api/register/import/template?format=csv');
    const printed = c.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    for (const h of ['Thôn, bản', 'Nguồn nước sinh hoạt', 'Nhà tiêu', 'Mức thu nhập', 'Điện thoại thông minh', 'Phân loại nghèo']) expect(printed).toContain(h);
    expect(printed).not.toContain('Tình trạng nghèo');

    const code = freshCode('IM');
    const former = [
      ...HEADER.slice(0, 11),
      'Nguồn nước',
      'Nhà vệ sinh',
      'Thu nhập',
      'Số điện thoại thông minh',
      'Số máy tính',
      'Diện tích đất ở (m2)',
      'Biết đọc biết viết',
      'Tình trạng nghèo',
    ];
    const [head, child] = household(code);
    const rows = [
      [...head.slice(0, 11), 'Giếng khoan', 'Tự hoại', 'Từ 2 đến dưới 4 triệu', '2', '1', '350', 'Có', 'Hộ nghèo'],
      [...child.slice(0, 11), '', '', '', '', '', '', 'Không', ''],
    ];
    const r = await upload(s.as('xa.tanlac'), csv(rows, former), apply);
    expect(r).toMatchObject({ status: 'done', applied: true, errorCount: 0, counts: { households: { created: 1 }, persons: { created: 2 } } });
    const h = (await householdByCode(code))!;
    expect(h).toMatchObject({ water_source: 'drilled_well', toilet_type: 'septic', income_band: '2000_4000', smartphones: 2, computers: 1 });
    expect(Number(h.residential_land_m2)).toBe(350);
    expect((await personsOf(h.id)).map((m) => m.literate)).toEqual([true, false]);
    const pov = await s.t.database.db.selectFrom('household_poverty').select(['year', 'status']).where('household_id', '=', h.id).execute();
    expect(pov).toEqual([{ year: 2025, status: 'poor' }]);
  });

  it('puts imported persons that look like persons already held into the duplicate review queue', async () => {
    // The first file's head is held; the second file brings the same name spaced and cased differently
    // (the import keeps single spaces), same birth year, same commune, and no CCCD (two different valid
    // CCCD numbers are two persons: such a pair is never proposed).
    const first = household(freshCode('IM'));
    expect((await upload(s.as('xa.tanlac'), csv(first), apply)).applied).toBe(true);
    const second = household(freshCode('IM'));
    second[0][3] = 'BÙI  VĂN   NHẬP';
    second[0][7] = '';
    second[1][3] = 'Bùi Thị Khác';
    expect((await upload(s.as('xa.tanlac'), csv(second), apply)).applied).toBe(true);
    const pairs = await sql<{ a: string; b: string; reason: string }>`
      SELECT pa.full_name AS a, pb.full_name AS b, d.reason FROM duplicate_candidate d
      JOIN person pa ON pa.id = d.person_a_id JOIN person pb ON pb.id = d.person_b_id
      WHERE pb.full_name = 'BÙI VĂN NHẬP' OR pa.full_name = 'BÙI VĂN NHẬP'`.execute(s.t.database.db);
    expect(pairs.rows.map((r) => r.reason)).toContain('similar_name_birth_year_commune');
    expect(pairs.rows.every((r) => [r.a, r.b].includes('Bùi Văn Nhập'))).toBe(true);
  });
});
