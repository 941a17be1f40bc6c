import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell } from './register-export.columns.js';
import { csvStream, xlsxStream } from './register-export.writer.js';

async function* batches(n: number, size: number): AsyncGenerator<Cell[][]> {
  for (let i = 0; i < n; i += size) yield Array.from({ length: Math.min(size, n - i) }, (_, k) => [`0${i + k}`, i + k, null]);
}
async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts);
}

describe('export writers', () => {
  it('writes CSV with a BOM, quoting and formula guard', async () => {
    const body = (
      await collect(
        csvStream(
          ['Mã', 'Tên, đầy đủ'],
          (async function* () {
            yield [
              ['001', 'Lò "Văn" Pọm'],
              ['=1+1', '-5'],
              [null, true],
            ] as Cell[][];
          })(),
        ),
      )
    ).toString('utf8');
    expect(body).toBe('\uFEFFMã,"Tên, đầy đủ"\r\n001,"Lò ""Văn"" Pọm"\r\n\'=1+1,-5\r\n,Có\r\n');
  });

  it('neutralises formula payloads, even those starting with a sign and a digit, and keeps numbers exact', async () => {
    const body = (
      await collect(
        csvStream(
          ['a', 'b'],
          (async function* () {
            yield [
              ["+1+cmd|' /C calc'!A0", '-0.5+HYPERLINK("x")'],
              ['=1+1', '@SUM(1)'],
              ['-5', '+3'],
              ['1.5', '12345678901234567890'],
              [-5, 1.5],
            ] as Cell[][];
          })(),
        ),
      )
    ).toString('utf8');
    expect(body).toBe('\uFEFFa,b\r\n\'+1+cmd|\' /C calc\'!A0,"\'-0.5+HYPERLINK(""x"")"\r\n\'=1+1,\'@SUM(1)\r\n-5,+3\r\n1.5,12345678901234567890\r\n-5,1.5\r\n');
  });

  it('starts a new worksheet when one is full, keeping codes as text', async () => {
    const raw = await collect(xlsxStream('Hộ', ['Mã', 'Số', 'Trống'], [0], batches(25, 7), 10));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(raw as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hộ', 'Hộ (2)', 'Hộ (3)']);
    expect(wb.worksheets.map((w) => w.rowCount)).toEqual([11, 11, 6]);
    expect(wb.worksheets[1].getRow(1).values).toEqual([undefined, 'Mã', 'Số', 'Trống']);
    expect(wb.worksheets[2].getRow(6).values).toEqual([undefined, '024', 24]);
  });
});
