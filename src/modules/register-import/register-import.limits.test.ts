import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countRows, useTestApp } from '../../test/harness.js';
import { csvWithHugeLine, xlsxWithHugeCell } from '../uploads/uploads.fixtures.js';
import { importsIdle } from './register-import.jobs.js';
import { SAMPLE_HEADER as HEADER } from './register-import.fixtures.js';

const ROW = ['05128', 'LIM-1', 'Chủ hộ', 'Bùi Văn Giới', 'Nam', '1975', 'Mường', '', '', '', '', ''];

let dir: string;
const previous = process.env.IMPORT_DIR;
const left = {
  crashed: 'u99999999-lq2x8k-0a1b2c3d4e5f.upload',
  olderVersion: '1733000000000-k3j4h5.upload',
  anotherLiveProcess: 'u1-zzzzzz-aaaaaaaaaaaa.upload',
  notAnUpload: 'ghi-chu.txt',
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-imports-'));
  for (const name of Object.values(left)) fs.writeFileSync(path.join(dir, name), 'Bùi Văn Giới,012345678901\n');
  process.env.IMPORT_DIR = dir;
});
// After the set-up above: the app reads these settings when it starts.
const s = useTestApp('xa.tanlac');
afterAll(async () => {
  if (previous === undefined) delete process.env.IMPORT_DIR;
  else process.env.IMPORT_DIR = previous;
  fs.rmSync(dir, { recursive: true, force: true });
});

const send = (data: Buffer, name: string) => s.as('xa.tanlac').upload('/api/register/imports', { dryRun: 'false' }, { file: { name, data } });
const households = () => countRows(s.t.database.db, 'household');
const uploadsOnDisk = () =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.upload'))
    .sort();

async function failureOf(res: { statusCode: number; json(): { id: number } }) {
  expect(res.statusCode).toBe(202);
  await importsIdle();
  return (await s.as('xa.tanlac').get(`/api/register/imports/${res.json().id}`)).json();
}

describe('register files at start-up', () => {
  it('removes the uploads left by a process that is gone, and only those', () => {
    expect(fs.readdirSync(dir).sort()).toEqual([left.notAnUpload, left.anotherLiveProcess].sort());
  });
});

describe('register files past the limits', () => {
  it('refuses a CSV line of 5 MB when it is uploaded, and keeps nothing', async () => {
    const before = await households();
    const res = await send(csvWithHugeLine(HEADER, 5), 'so-ho.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'row_too_large', message: 'Dòng 2 quá lớn (tối đa 1 MB mỗi dòng)' });
    expect(uploadsOnDisk()).toEqual([left.anotherLiveProcess]);
    expect(await households()).toBe(before);
  });

  it('refuses an XLSX bomb when it is uploaded', async () => {
    const res = await send(await xlsxWithHugeCell(HEADER, ROW, 3, 64), 'so-ho.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'xlsx_ratio_too_high', message: expect.stringContaining('tối đa 100 lần') });
    expect(uploadsOnDisk()).toEqual([left.anotherLiveProcess]);
  });

  it('fails the import of a CSV record over 1 MB with a message naming the limit, writes nothing and removes the file', async () => {
    const before = await households();
    const r = await failureOf(await send(csvWithHugeLine(HEADER, 2), 'so-ho.csv'));
    expect(r.status).toBe('failed');
    expect(r.failure).toEqual({ code: 'row_too_large', message: 'Dòng 2 quá lớn (tối đa 1 MB mỗi dòng)' });
    // The job removes its file as it ends.
    await vi.waitFor(() => expect(uploadsOnDisk()).toEqual([left.anotherLiveProcess]));
    expect(await households()).toBe(before);
  });

  it('fails the import of an XLSX that lies about its sizes before exceljs inflates it', async () => {
    const r = await failureOf(await send(await xlsxWithHugeCell(HEADER, ROW, 3, 40, { lie: true }), 'so-ho.xlsx'));
    expect(r.failure).toMatchObject({ code: 'xlsx_cell_too_long', message: expect.stringContaining('32767 ký tự') });
    await vi.waitFor(() => expect(uploadsOnDisk()).toEqual([left.anotherLiveProcess]));
  });
});
