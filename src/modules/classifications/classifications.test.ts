import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type Client, useTestApp } from '../../test/harness.js';
import { parseCategory } from './classifications.service.js';

const s = useTestApp('admin', 'tinh.phutho', 'xa.tanlac', 'lanhdao');

const TAN_LAC_OLD = ['05128', '05164', '05167', '05170', '05173'];

async function ok(c: Client, url: string) {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: any[]; total: number };
}

async function xlsx(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const send = (c: Client, listId: number, data: Buffer, fields: Record<string, string> = {}) =>
  c.upload(`/api/classification-lists/${listId}/import`, fields, { file: { name: 'phan-loai.xlsx', data } });

describe('demo lists', () => {
  it('holds three 2021-2025 lists for Hòa Bình, marked as demo', async () => {
    const all = await ok(s.as('admin'), '/api/classification-lists');
    expect(all.items.map((l) => l.kind).sort()).toEqual(['ethnic_region', 'extremely_difficult_commune', 'extremely_difficult_village']);
    for (const l of all.items) {
      expect(l).toMatchObject({ isDemo: true, validTo: '2025-06-30', periodLabel: '2021-2025', scopeUnit: { code: '17', name: 'Hoà Bình' } });
      expect(l.name).toContain('(dữ liệu mô phỏng)');
    }
    const region = all.items.find((l) => l.kind === 'ethnic_region');
    expect(region).toMatchObject({ validFrom: '2021-06-04', entryCount: 151 });
    expect(all.items.find((l) => l.kind === 'extremely_difficult_village').basis).toContain('612/QĐ-UBDT');
  });

  it('lists by date and kind', async () => {
    expect((await ok(s.as('admin'), '/api/classification-lists?date=2024-01-01')).total).toBe(3);
    expect((await ok(s.as('admin'), '/api/classification-lists?date=2021-07-01')).total).toBe(2);
    expect((await ok(s.as('admin'), '/api/classification-lists?date=2025-08-01')).total).toBe(0);
    expect((await ok(s.as('admin'), '/api/classification-lists?kind=extremely_difficult_commune')).items).toHaveLength(1);
  });

  it('counts and shows only the entries inside the caller area', async () => {
    const lists = await ok(s.as('xa.tanlac'), '/api/classification-lists?kind=ethnic_region');
    expect(lists.items[0].entryCount).toBe(5);
    const entries = await ok(s.as('xa.tanlac'), `/api/classification-lists/${lists.items[0].id}/entries?pageSize=500`);
    expect(entries.items.map((e) => e.unit.code).sort()).toEqual(TAN_LAC_OLD);
    expect(entries.items.every((e) => ['I', 'II', 'III'].includes(e.category) && e.village === null)).toBe(true);
    const search = await ok(s.as('admin'), `/api/classification-lists/${lists.items[0].id}/entries?q=tu ne`);
    expect(search.items.map((e) => e.unit.name)).toEqual(['Tử Nê']);
  });

  it('keeps region III and the extremely difficult communes consistent', async () => {
    const asOf = async (kind: string) => (await ok(s.as('admin'), `/api/classifications?date=2024-01-01&kind=${kind}&pageSize=500`)).items;
    const third = (await asOf('ethnic_region'))
      .filter((e) => e.category === 'III')
      .map((e) => e.unit.id)
      .sort();
    const difficult = (await asOf('extremely_difficult_commune')).map((e) => e.unit.id).sort();
    expect(third.length).toBeGreaterThan(20);
    expect(difficult).toEqual(third);
  });
});

describe('classifications as of a date', () => {
  it('answers inside the period and nothing outside it', async () => {
    const inside = await ok(s.as('admin'), '/api/classifications?date=2024-01-01&kind=ethnic_region&pageSize=1');
    expect(inside.total).toBe(151);
    expect(inside.items[0]).toMatchObject({ kind: 'ethnic_region', list: { isDemo: true, validFrom: '2021-06-04' }, unit: { level: 'commune' } });
    expect((await ok(s.as('admin'), '/api/classifications?date=2021-06-03&kind=ethnic_region')).total).toBe(0);
    expect((await ok(s.as('admin'), '/api/classifications?date=2025-07-01')).total).toBe(0);
    // The village list starts later than the commune lists.
    expect((await ok(s.as('admin'), '/api/classifications?date=2021-07-01&kind=extremely_difficult_village')).total).toBe(0);
    expect((await ok(s.as('admin'), '/api/classifications?date=2021-09-16&kind=extremely_difficult_village')).total).toBeGreaterThan(100);
  });

  it('answers for one unit, with its villages, within the caller area', async () => {
    const mine = await ok(s.as('xa.tanlac'), '/api/classifications?unit=05164&date=2024-01-01&pageSize=100');
    const kinds = mine.items.map((e) => e.kind);
    expect(kinds).toContain('ethnic_region');
    expect(mine.items.every((e) => (e.unit?.code ?? e.village.commune.code) === '05164')).toBe(true);
    const villages = mine.items.filter((e) => e.village);
    for (const v of villages) expect(v).toMatchObject({ category: 'DBKK', village: { communeName: 'Xã Tử Nê' } });
    expect((await s.as('xa.tanlac').get('/api/classifications?unit=05134&date=2024-01-01')).statusCode).toBe(404);
    expect((await s.as('xa.tanlac').get('/api/classifications?unit=05164&date=2025-08-01')).json().error.code).toBe('unknown_unit');
    const scoped = await ok(s.as('xa.tanlac'), '/api/classifications?date=2024-01-01&kind=ethnic_region&pageSize=500');
    expect(scoped.items.map((e) => e.unit.code).sort()).toEqual(TAN_LAC_OLD);
  });

  it('searches ignoring diacritics', async () => {
    const r = await ok(s.as('admin'), '/api/classifications?date=2024-01-01&kind=ethnic_region&q=thanh hoi');
    expect(r.items.map((e) => e.unit.name)).toEqual(['Thanh Hối']);
  });
});

describe('creating and importing lists', () => {
  let listId: number;

  it('lets a province officer create a list for their area, audited; others may not', async () => {
    const res = await s.as('tinh.phutho').post('/api/classification-lists', {
      kind: 'ethnic_region',
      name: 'Khu vực I, II, III giai đoạn 2026-2030',
      basis: 'Quyết định (dự thảo)',
      periodLabel: '2026-2030',
      validFrom: '2026-01-01',
      validTo: '2030-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    listId = res.json().id;
    expect(res.json()).toMatchObject({ isDemo: false, entryCount: 0, scopeUnit: { code: '25', validFrom: '2025-07-01' } });
    const audit = await s.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'classification_list')
      .where('entity_id', '=', String(listId))
      .execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'create', username: 'tinh.phutho' })]);
    expect((await s.as('xa.tanlac').post('/api/classification-lists', { kind: 'ethnic_region', name: 'x', validFrom: '2026-01-01' })).statusCode).toBe(403);
    expect((await s.as('lanhdao').post('/api/classification-lists', { kind: 'ethnic_region', name: 'x', validFrom: '2026-01-01' })).statusCode).toBe(403);
    const national = await s
      .as('tinh.phutho')
      .post('/api/classification-lists', { kind: 'ethnic_region', name: 'x', validFrom: '2026-01-01', scopeUnit: '01' });
    expect(national.statusCode).toBe(403);
    expect(national.json().error.code).toBe('out_of_scope');
    const backwards = await s
      .as('tinh.phutho')
      .post('/api/classification-lists', { kind: 'ethnic_region', name: 'x', validFrom: '2026-01-01', validTo: '2025-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].field).toBe('validTo');
  });

  it('reads categories as officials write them', () => {
    expect(['I', 'kv II', 'Khu vực 3', 'iii', 'KV.I'].map((c) => parseCategory('ethnic_region', c))).toEqual(['I', 'II', 'III', 'III', 'I']);
    expect(parseCategory('ethnic_region', 'IV')).toBeNull();
    expect(['', 'x', 'ĐBKK', 'Đặc biệt khó khăn'].map((c) => parseCategory('extremely_difficult_commune', c))).toEqual(['DBKK', 'DBKK', 'DBKK', 'DBKK']);
  });

  it('imports entries: dry run, errors, idempotent, update in place', async () => {
    const header = ['Mã xã', 'Tên xã', 'Phân loại'];
    const rows = [
      ['05128', 'Xã Tân Lạc', 'KV III'],
      ['Mường Hoa', '', 'Khu vực II'],
      ['05134', '', 'IV'],
      ['00004', '', 'I'],
    ];
    const dry = await send(s.as('tinh.phutho'), listId, await xlsx(header, rows), { dryRun: 'true' });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 2, invalid: 2 });
    expect(dry.json().errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [4, 'invalid_category'],
      [5, 'row_out_of_scope'],
    ]);
    const refused = await send(s.as('tinh.phutho'), listId, await xlsx(header, rows));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import_failed');
    expect((await ok(s.as('tinh.phutho'), `/api/classification-lists/${listId}/entries`)).total).toBe(0);

    const good = rows.slice(0, 2);
    const done = await send(s.as('tinh.phutho'), listId, await xlsx(header, good));
    expect(done.json()).toMatchObject({ applied: true, created: 2 });
    const again = await send(s.as('tinh.phutho'), listId, await xlsx(header, good));
    expect(again.json()).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 2 });
    const fixed = await send(s.as('tinh.phutho'), listId, await xlsx(header, [['05128', '', 'II']]));
    expect(fixed.json()).toMatchObject({ applied: true, updated: 1 });
    const entries = await ok(s.as('tinh.phutho'), `/api/classification-lists/${listId}/entries`);
    expect(entries.items.map((e) => [e.unit.code, e.category]).sort()).toEqual([
      ['05128', 'II'],
      ['05134', 'II'],
    ]);
    const update = await s.t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'classification_entry')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(update.before).toMatchObject({ category: 'III' });
    expect(update.after).toMatchObject({ category: 'II' });

    const asOf = await ok(s.as('xa.tanlac'), '/api/classifications?unit=05128&date=2027-03-01');
    expect(asOf.items).toEqual([
      expect.objectContaining({ kind: 'ethnic_region', category: 'II', list: expect.objectContaining({ id: listId, isDemo: false }) }),
    ]);
    expect((await ok(s.as('xa.tanlac'), '/api/classifications?unit=05128&date=2031-01-01')).total).toBe(0);
  });

  it('imports villages by commune and village name, ignoring diacritics', async () => {
    const created = await s.as('tinh.phutho').post('/api/classification-lists', {
      kind: 'extremely_difficult_village',
      name: 'Thôn ĐBKK 2026-2030',
      validFrom: '2026-01-01',
    });
    const id = created.json().id;
    const village = (await ok(s.as('tinh.phutho'), '/api/villages?commune=05128&date=2026-01-01&q=xom')).items[0];
    const folded = village.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
    const data = await xlsx(
      ['Mã xã', 'Tên thôn', 'Phân loại'],
      [
        ['05128', folded, 'x'],
        ['05128', 'Xóm Không Có', ''],
      ],
    );
    const res = await send(s.as('tinh.phutho'), id, data, { dryRun: 'true' });
    expect(res.json().errors).toEqual([expect.objectContaining({ row: 3, code: 'unknown_village' })]);
    const done = await send(s.as('tinh.phutho'), id, data, { skipInvalid: 'true' });
    expect(done.json()).toMatchObject({ created: 1, skipped: 1 });
    const entries = await ok(s.as('xa.tanlac'), `/api/classification-lists/${id}/entries`);
    expect(entries.items).toEqual([
      expect.objectContaining({ category: 'DBKK', unit: null, village: expect.objectContaining({ id: village.id, communeName: 'Xã Tân Lạc' }) }),
    ]);
    const missing = await send(s.as('tinh.phutho'), id, await xlsx(['Mã xã', 'Phân loại'], [['05128', 'x']]));
    expect(missing.json().error.details[0]).toMatchObject({ row: 2, code: 'row_required' });
  });

  it('refuses imports from those who may not change the list', async () => {
    const demo = (await ok(s.as('admin'), '/api/classification-lists?kind=ethnic_region&date=2024-01-01')).items[0];
    const data = await xlsx(['Mã xã', 'Phân loại'], [['05128', 'I']]);
    expect((await send(s.as('xa.tanlac'), demo.id, data)).statusCode).toBe(403);
    expect((await send(s.as('lanhdao'), demo.id, data)).statusCode).toBe(403);
    expect((await send(s.as('tinh.phutho'), 999999, data)).statusCode).toBe(404);
  });
});
