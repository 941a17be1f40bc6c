import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { AppError } from '../../server/errors.js';
import { toTcvn3, toVni, toWindows1258 } from '../villages/villages.fixtures.js';
import { decodeText, detectEncoding, detectLegacyVietnamese, legacyInPieces } from './encoding.parse.js';
import { fetchReport, storeReport, writeErrorReport } from './report.writer.js';
import { headerKey, matchHeaders, openTable, readAll, sniffDelimiter, type ColumnSpec } from './sheet.parse.js';

const WORDS = [
  'Bản',
  'Lác',
  'Xóm',
  'Mới',
  'Thôn',
  'Trại',
  'Chiềng',
  'Mường',
  'đồng',
  'bào',
  'dân',
  'tộc',
  'thiểu',
  'số',
  'Việt',
  'Nam',
  'Hòa',
  'Bình',
  'Tân',
  'Lạc',
  'người',
  'có',
  'uy',
  'tín',
  'hộ',
  'nghèo',
  'cận',
  'được',
  'những',
  'xã',
  'đặc',
  'biệt',
  'khó',
  'khăn',
  'miền',
  'núi',
  'Đà',
  'Bắc',
  'Mai',
  'Châu',
  'Thái',
  'Dao',
  'Mông',
  'nước',
  'sạch',
  'thuở',
  'trường',
  'học',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }).map((w) => w.join(' '));
/** About a column of names: what detection sees in a real file. */
const fileText = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 40 }).map((w) => w.join(' '));

// ---- helpers ----

async function xlsx(sheets: unknown[][][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((rows, i) => {
    const ws = wb.addWorksheet(`S${i + 1}`);
    for (const r of rows) ws.addRow(r);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const COLUMNS: ColumnSpec<'code' | 'name' | 'type'>[] = [
  { key: 'code', headers: ['Mã xã', 'Commune code'], required: true },
  { key: 'name', headers: ['Tên thôn', 'Village name'], required: true },
  { key: 'type', headers: ['Loại', 'Type'] },
];

async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('header mapping', () => {
  it('folds case, diacritics, spacing, notes and marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Mã xã', 'Tên thôn', 'Loại', 'Commune code'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '*', ' (chỉ để đọc)', '  '),
        (h, upper, strip, tail) => {
          let v = upper ? h.toUpperCase() : h.toLowerCase();
          if (strip)
            v = v
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/đ/gi, 'd');
          expect(headerKey(`  ${v}${tail}`)).toBe(headerKey(h));
        },
      ),
    );
    expect(headerKey('communeCode')).toBe(headerKey('Commune code'));
  });

  it('finds columns by Vietnamese or English names and lists the missing required ones', () => {
    const m = matchHeaders(['STT', 'Village name', 'MA XA', 'Ghi chú'], COLUMNS);
    expect(m.index.get('code')).toBe(2);
    expect(m.index.get('name')).toBe(1);
    expect(m.labels.code).toBe('MA XA');
    expect(m.missing).toEqual([]);
    expect(matchHeaders(['Tên thôn'], COLUMNS).missing.map((c) => c.key)).toEqual(['code']);
  });

  it('sniffs the CSV delimiter', () => {
    expect(sniffDelimiter('Mã xã;Tên thôn;Loại')).toBe(';');
    expect(sniffDelimiter('Mã xã,Tên thôn')).toBe(',');
    expect(sniffDelimiter('Mã xã\tTên thôn')).toBe('\t');
  });
});

describe('legacy Vietnamese encodings', () => {
  it('converts Windows-1258 text exactly', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const bytes = toWindows1258(s);
        expect(detectEncoding(bytes)).toBe('windows-1258');
        expect(decodeText(bytes)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 200 },
    );
  });

  it('recognises TCVN3 and VNI bytes and refuses them by name', () => {
    fc.assert(
      fc.property(fileText, (s) => {
        expect(detectEncoding(toTcvn3(s))).toBe('tcvn3');
        expect(detectEncoding(toVni(s))).toBe('vni');
      }),
      { numRuns: 200 },
    );
    let err: unknown;
    try {
      decodeText(toTcvn3('Mã xã,Tên thôn\n05128,Bản Lác'));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ status: 400, code: 'legacy_encoding', params: { encoding: 'TCVN3 (ABC)' } });
  });

  it('never mistakes Unicode Vietnamese for a legacy font, but spots font text saved as Unicode', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(detectLegacyVietnamese(s)).toBeNull();
        expect(detectEncoding(Buffer.from(s, 'utf8'))).toBe('utf-8');
      }),
      { numRuns: 300 },
    );
    // A sheet typed in .VnTime and saved as "CSV UTF-8" carries the font's letters as Unicode.
    const mojibake = toTcvn3('Xóm Trại, Bản Lác, Thôn Mới').toString('latin1');
    expect(detectLegacyVietnamese(mojibake)).toBe('tcvn3');
    expect(detectEncoding(Buffer.from(mojibake, 'utf8'))).toBe('tcvn3');
    expect(detectLegacyVietnamese(toVni('Việt Nam, Bản Lác').toString('latin1'))).toBe('vni');
    // A couple of «quoted» names in a large Unicode file are no reason to refuse it.
    const lines = Array.from({ length: 30 }, (_, i) => `05128,Xóm Trại ${i},Xóm`);
    lines.push('05128,«Bản Lác»,Bản', '05128,Xóm «Mới»,Xóm');
    expect(detectEncoding(Buffer.from(lines.join('\n'), 'utf8'))).toBe('utf-8');
    expect(legacyInPieces(lines)).toBeNull();
  });
});

describe('reading tables', () => {
  it('reads XLSX rows under a header found below a title, converting cell types', async () => {
    const data = await xlsx([
      [
        ['DANH SÁCH THÔN'],
        [],
        ['Commune code', 'Village name', 'Type', 'Ghi chú'],
        [5128, { richText: [{ text: 'Bản ' }, { text: 'Lác' }] }, 'bản'],
        [],
        ['05164', ' Xóm  Mới ', null],
      ],
    ]);
    const t = await openTable({ filename: 'a.xlsx', data }, COLUMNS);
    expect(t.headerRow).toBe(3);
    expect(t.labels).toEqual({ code: 'Commune code', name: 'Village name', type: 'Type' });
    expect(await readAll(t)).toEqual([
      { row: 4, values: { code: '5128', name: 'Bản Lác', type: 'bản' } },
      { row: 6, values: { code: '05164', name: 'Xóm  Mới', type: '' } },
    ]);
  });

  it('takes the first sheet that has the header', async () => {
    const data = await xlsx([
      [['Hướng dẫn'], ['Ghi mã xã 5 chữ số']],
      [
        ['Mã xã', 'Tên thôn'],
        ['05128', 'Thôn 1'],
      ],
    ]);
    expect((await readAll(await openTable({ filename: 'b.xlsx', data }, COLUMNS))).map((r) => r.values.name)).toEqual(['Thôn 1']);
  });

  it('reads semicolon CSV with a BOM, and Windows-1258 CSV', async () => {
    const utf8 = Buffer.from('\uFEFFMã xã;Tên thôn;Loại\n05128;"Bản Lác; trên";Bản\n\n05164;Xóm Mới;\n', 'utf8');
    const rows = await readAll(await openTable({ filename: 'c.csv', data: utf8 }, COLUMNS));
    expect(rows).toEqual([
      { row: 2, values: { code: '05128', name: 'Bản Lác; trên', type: 'Bản' } },
      { row: 4, values: { code: '05164', name: 'Xóm Mới', type: '' } },
    ]);
    const legacy = toWindows1258('Mã xã,Tên thôn,Loại\r\n05128,Xóm Trại Mường,Xóm\r\n');
    expect(await readAll(await openTable({ filename: 'd.csv', data: legacy }, COLUMNS))).toEqual([
      { row: 2, values: { code: '05128', name: 'Xóm Trại Mường', type: 'Xóm' } },
    ]);
  });

  it('explains empty files, missing columns, old .xls files and broken workbooks', async () => {
    expect((await failure(openTable({ filename: 'e.csv', data: Buffer.alloc(0) }, COLUMNS))).code).toBe('file_empty');
    expect((await failure(openTable({ filename: 'e.xlsx', data: await xlsx([[]]) }, COLUMNS))).code).toBe('file_empty');
    const headerOnly = await openTable({ filename: 'h.csv', data: Buffer.from('Mã xã,Tên thôn\n') }, COLUMNS);
    expect((await failure(readAll(headerOnly))).code).toBe('sheet_no_rows');
    const missing = await failure(openTable({ filename: 'm.csv', data: Buffer.from('Mã xã,Tên\n05128,Bản Lác\n') }, COLUMNS));
    expect(missing).toMatchObject({ code: 'missing_columns', params: { columns: 'Tên thôn' } });
    expect(missing.details[0]).toMatchObject({ field: 'Tên thôn', code: 'missing_column' });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure(openTable({ filename: 'old.xls', data: xls }, COLUMNS))).code).toBe('xls_not_supported');
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await failure(openTable({ filename: 'x.xlsx', data: broken }, COLUMNS))).code).toBe('file_invalid');
  });

  it('refuses a workbook typed with a TCVN3 font, in the header or in the data', async () => {
    const font = (s: string) => toTcvn3(s).toString('latin1');
    const inHeader = await xlsx([
      [
        [font('Mã xã'), font('Tên thôn')],
        ['05128', font('Bản Lác')],
      ],
    ]);
    expect(await failure(openTable({ filename: 't.xlsx', data: inHeader }, COLUMNS))).toMatchObject({
      code: 'legacy_encoding',
      params: { encoding: 'TCVN3 (ABC)' },
    });
    const inData = await xlsx([
      [
        ['Mã xã', 'Tên thôn'],
        ['05128', font('Bản Lác')],
        ['05128', font('Xóm Trại')],
        ['05128', 'Thôn 1'],
      ],
    ]);
    const t = await openTable({ filename: 'u.xlsx', data: inData }, COLUMNS);
    expect(await failure(readAll(t))).toMatchObject({ code: 'legacy_encoding' });
  });

  it('stops at the row limit', async () => {
    const data = Buffer.from(`Mã xã,Tên thôn\n${Array.from({ length: 6 }, (_, i) => `05128,Thôn ${i}`).join('\n')}\n`);
    expect(await failure(readAll(await openTable({ filename: 'l.csv', data }, COLUMNS, { maxRows: 5 })))).toMatchObject({
      code: 'too_many_rows',
      params: { max: 5 },
    });
  });
});

describe('error reports', () => {
  it('writes the bad rows with their cells marked and one line per error, in the user language', async () => {
    const rows = [
      { row: 2, values: { code: '05128', name: 'Bản Lác', type: 'Bản' } },
      { row: 3, values: { code: '99999', name: '', type: 'Làng' } },
    ];
    const labels = { code: 'Mã xã', name: 'Tên thôn', type: 'Loại' };
    const errors = [
      { row: 3, column: 'Mã xã', value: '99999', code: 'unknown_commune', params: { date: '2025-08-01' } },
      { row: 3, column: 'Tên thôn', value: '', code: 'row_required', params: { column: 'Tên thôn' } },
    ];
    const data = await writeErrorReport({ columns: COLUMNS, labels, rows, errors, lang: 'vi' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const [sheet, list] = wb.worksheets;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(3);
    expect(sheet.getRow(2).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getRow(2).getCell(4).fill).toBeUndefined();
    expect(list.getRow(2).values).toEqual([undefined, 3, 'Mã xã', '99999', 'Không có xã mã hoặc tên "99999" vào ngày 2025-08-01']);
    expect(list.getRow(3).getCell(4).value).toBe('Cần nhập Tên thôn');
  });

  it('keeps a report for its uploader only', () => {
    const token = storeReport(7, Buffer.from('x'), 'r.xlsx');
    expect(fetchReport(7, token)?.filename).toBe('r.xlsx');
    expect(fetchReport(8, token)).toBeNull();
    expect(fetchReport(7, 'nope-nope-nope')).toBeNull();
  });
});
