/**
 * Zip-bomb guard for XLSX uploads. Two passes, both before exceljs sees the file:
 * 1. the central directory's declared sizes (instant; catches ordinary bombs, usable in a request);
 * 2. every part inflated through the same zip reader exceljs uses (unzipper), counting the bytes
 *    that really come out and stopping at the first limit passed: declared sizes can lie. XML parts
 *    are scanned for the longest stretch without a `<` (a cell's text or one tag) and for the size of
 *    each worksheet row.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import unzipper, { type Entry } from 'unzipper';
import { AppError } from '../../server/errors.js';
import { humanBytes, type SheetLimits } from './uploads.limits.js';

/** A part as the central directory declares it. */
interface DeclaredEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64 = 0xffffffff;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const MB = 1024 * 1024;

const unreadable = () => new AppError(400, 'file_invalid', { reason: 'XLSX' });
const tooBig = (limit: number) => new AppError(400, 'xlsx_unpacked_too_large', { limit: humanBytes(limit) });
const tooManyStrings = (limit: number) => new AppError(400, 'xlsx_shared_strings_too_large', { limit: humanBytes(limit) });
const tooCompressed = (part: string, ratio: number, max: number) => new AppError(400, 'xlsx_ratio_too_high', { part, ratio: Math.round(ratio), max });

/** Reads `length` bytes at `position` of a buffer or an open file. */
type ReadAt = (position: number, length: number) => Buffer;

function declaredEntries(size: number, readAt: ReadAt, limits: SheetLimits): DeclaredEntry[] {
  const tailLength = Math.min(size, 65_535 + 22);
  const tail = readAt(size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw unreadable();
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (count > limits.maxEntries) throw new AppError(400, 'xlsx_too_many_parts', { max: limits.maxEntries });
  // Zip64 archives (over 4 GB or 65,535 parts) are not workbooks anyone fills in by hand.
  if (count === 0xffff || cdOffset === ZIP64 || cdSize === ZIP64 || cdOffset + cdSize > size) throw unreadable();
  const cd = readAt(cdOffset, cdSize);
  const entries: DeclaredEntry[] = [];
  for (let p = 0; entries.length < count; ) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw unreadable();
    const nameLength = cd.readUInt16LE(p + 28);
    const compressed = cd.readUInt32LE(p + 20);
    const uncompressed = cd.readUInt32LE(p + 24);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    if (compressed === ZIP64 || uncompressed === ZIP64) throw tooBig(limits.maxUnpackedBytes);
    entries.push({ name, compressed, uncompressed });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

function checkDeclared(entries: DeclaredEntry[], limits: SheetLimits) {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (total > limits.maxUnpackedBytes) throw tooBig(limits.maxUnpackedBytes);
    if (e.name === SHARED_STRINGS && e.uncompressed > limits.maxSharedStringsBytes) throw tooManyStrings(limits.maxSharedStringsBytes);
    if (e.uncompressed > MB && e.uncompressed / Math.max(e.compressed, 1) > limits.maxRatio)
      throw tooCompressed(e.name, e.uncompressed / Math.max(e.compressed, 1), limits.maxRatio);
  }
}

/** Checks an XLSX's central directory against the limits without inflating anything. */
export function checkXlsxDeclared(source: Buffer | string, limits: SheetLimits): void {
  if (Buffer.isBuffer(source)) {
    checkDeclared(
      declaredEntries(source.length, (p, n) => source.subarray(p, p + n), limits),
      limits,
    );
    return;
  }
  const fd = fs.openSync(source, 'r');
  try {
    const readAt: ReadAt = (position, length) => {
      const buf = Buffer.alloc(length);
      return buf.subarray(0, fs.readSync(fd, buf, 0, length, position));
    };
    checkDeclared(declaredEntries(fs.fstatSync(fd).size, readAt, limits), limits);
  } finally {
    fs.closeSync(fd);
  }
}

/** Tracks the longest run of bytes without `<` and the bytes of each `<row` element. */
class XmlScan {
  private run = 0;
  private sinceRow = -1;
  row = 0;

  constructor(
    private readonly maxRun: number,
    private readonly maxRow: number | null,
  ) {}

  feed(chunk: Buffer): 'cell' | 'row' | null {
    let pos = 0;
    for (;;) {
      const lt = chunk.indexOf(0x3c, pos);
      const end = lt < 0 ? chunk.length : lt;
      this.run += end - pos;
      if (this.sinceRow >= 0) this.sinceRow += end - pos + (lt < 0 ? 0 : 1);
      if (this.run > this.maxRun) return 'cell';
      if (this.maxRow !== null && this.sinceRow > this.maxRow) return 'row';
      if (lt < 0) return null;
      this.run = 0;
      // `<row ` or `<row>` opens a row; `</sheetData` closes the last one.
      if (chunk[lt + 1] === 0x72 && chunk[lt + 2] === 0x6f && chunk[lt + 3] === 0x77 && (chunk[lt + 4] === 0x20 || chunk[lt + 4] === 0x3e)) {
        this.sinceRow = 0;
        this.row++;
      } else if (chunk[lt + 1] === 0x2f && chunk[lt + 2] === 0x73 && chunk[lt + 3] === 0x68) this.sinceRow = -1;
      pos = lt + 1;
    }
  }
}

/**
 * Inflates every part of an XLSX (a buffer, or a file on disk) as exceljs will, refusing the file
 * at the first limit passed: total unpacked size, shared strings, compression ratio, a cell's
 * length, a row's size. Memory stays at one chunk per part.
 */
export async function checkXlsxInflated(source: Buffer | string, limits: SheetLimits): Promise<void> {
  try {
    await inflateParts(source, limits);
  } catch (e) {
    if (e instanceof AppError) throw e;
    // unzipper's streaming parser now and then fails on a valid archive while the machine is busy (seen in CI on
    // workbooks that read fine before and after): the same bytes are read once more before the file is called
    // unreadable. A broken file fails both times.
    console.warn(`XLSX check failed once (${(e as Error).message}); reading it again`);
    try {
      await inflateParts(source, limits);
    } catch (again) {
      if (again instanceof AppError) throw again;
      throw unreadable();
    }
  }
}

async function inflateParts(source: Buffer | string, limits: SheetLimits): Promise<void> {
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : fs.createReadStream(source);
  const zip = input.pipe(unzipper.Parse({ forceStream: true }));
  // Entity-escaped text may take six bytes a character; a tag's own text comes with it.
  const maxRun = limits.maxCellChars * 6 + 1024;
  let total = 0;
  try {
    for await (const entry of zip as AsyncIterable<Entry>) {
      const name = entry.path;
      const xml = /\.(xml|rels)$/i.test(name);
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
      const scan = xml ? new XmlScan(maxRun, sheet ? limits.maxRowBytes : null) : null;
      const compressed = entry.vars.compressedSize;
      let bytes = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        total += chunk.length;
        if (total > limits.maxUnpackedBytes) throw tooBig(limits.maxUnpackedBytes);
        if (name === SHARED_STRINGS && bytes > limits.maxSharedStringsBytes) throw tooManyStrings(limits.maxSharedStringsBytes);
        if (bytes > MB && compressed > 0 && bytes / compressed > limits.maxRatio) throw tooCompressed(name, bytes / compressed, limits.maxRatio);
        const hit = scan?.feed(chunk);
        if (hit === 'cell') throw new AppError(400, 'xlsx_cell_too_long', { part: name, max: limits.maxCellChars });
        if (hit === 'row') throw new AppError(400, 'row_too_large', { row: scan!.row, limit: humanBytes(limits.maxRowBytes) });
      }
    }
  } finally {
    input.destroy();
    zip.destroy();
  }
}

/** Both passes: the declared sizes first (cheap), then the real ones. */
export async function checkXlsx(source: Buffer | string, limits: SheetLimits): Promise<void> {
  checkXlsxDeclared(source, limits);
  await checkXlsxInflated(source, limits);
}
