/**
 * Hostile files for tests and the upload benchmark: small on disk, huge once inflated or parsed.
 * Built in pieces, so making a 300 MB cell never holds 300 MB.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** A part of a zip: its text, or a prefix + `chunk` repeated `times` + suffix. */
export type ZipPart = { name: string; text: string } | { name: string; prefix: string; chunk: string; times: number; suffix: string };

async function deflatePart(part: ZipPart): Promise<{ data: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  function* pieces() {
    const all = 'text' in part ? [Buffer.from(part.text)] : [Buffer.from(part.prefix), Buffer.from(part.suffix)];
    yield all[0];
    if (!('text' in part)) {
      // Repeats go out in blocks of about 1 MB: one stream write per repeat would be slow.
      const per = Math.max(1, Math.floor((1024 * 1024) / Math.max(1, Buffer.byteLength(part.chunk))));
      const block = Buffer.from(part.chunk.repeat(per));
      for (let left = part.times; left > 0; left -= per) yield left >= per ? block : Buffer.from(part.chunk.repeat(left));
    }
    if (all[1]) yield all[1];
  }
  const counted = Readable.from(
    (function* () {
      for (const b of pieces()) {
        crc = zlib.crc32(b, crc);
        size += b.length;
        yield b;
      }
    })(),
  );
  const out: Buffer[] = [];
  for await (const d of counted.pipe(zlib.createDeflateRaw({ level: 9 }))) out.push(d as Buffer);
  return { data: Buffer.concat(out), crc: crc >>> 0, size };
}

/**
 * A zip archive (deflate, no zip64) of the parts. `declare` picks the uncompressed size written in
 * the headers (the real one by default); `lie: true` declares each part as small as its compressed data.
 */
export async function buildZip(parts: ZipPart[], lie: boolean | ((real: number) => number) = false): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size: real } = await deflatePart(part);
    const size = typeof lie === 'function' ? lie(real) : lie ? data.length : real;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A one-sheet workbook whose header row is `headers` and whose second row holds `cells`, the cell
 * at `hugeAt` being one shared string of `hugeMb` megabytes (or `hugeKb` kilobytes) of "A".
 */
export function xlsxWithHugeCell(
  headers: string[],
  cells: string[],
  hugeAt: number,
  hugeMb: number,
  opts: { lie?: boolean; hugeKb?: number } = {},
): Promise<Buffer> {
  const strings = [...headers, ...cells.map((c, i) => (i === hugeAt ? '' : c))];
  const cellXml = (values: string[], row: number, base: number) =>
    values.map((_, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="s"><v>${base + i}</v></c>`).join('');
  const before = strings.map((s, i) => (i === headers.length + hugeAt ? null : `<si><t>${esc(s)}</t></si>`));
  const at = headers.length + hugeAt;
  const prefix = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${before.slice(0, at).join('')}<si><t>`;
  const suffix = `</t></si>${before.slice(at + 1).join('')}</sst>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cellXml(headers, 1, 0)}</row><row r="2">${cellXml(cells, 2, headers.length)}</row></sheetData></worksheet>`;
  return buildZip(
    [
      { name: '[Content_Types].xml', text: CONTENT_TYPES },
      { name: '_rels/.rels', text: ROOT_RELS },
      { name: 'xl/workbook.xml', text: WORKBOOK },
      { name: 'xl/_rels/workbook.xml.rels', text: WORKBOOK_RELS },
      { name: 'xl/sharedStrings.xml', prefix, chunk: 'A'.repeat(opts.hugeKb ? 1024 : 1024 * 1024), times: opts.hugeKb ?? hugeMb, suffix },
      { name: 'xl/worksheets/sheet1.xml', text: sheet },
    ],
    opts.lie,
  );
}

/** A CSV of a header line and one data line of `mb` megabytes in one field. */
export function csvWithHugeLine(headers: string[], mb: number): Buffer {
  return Buffer.concat([Buffer.from(`${headers.join(',')}\n`), Buffer.alloc(mb * 1024 * 1024, 'B'), Buffer.from('\n')]);
}

/** A closed ring of `n` positions that crosses itself everywhere: a star polygon {n/k}. */
export function selfCrossingRing(n: number, lon = 105.3, lat = 20.7, r = 0.05): number[][] {
  const k = Math.floor(n / 2) - 1;
  const ring: number[][] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = (2 * Math.PI * ((i * k) % (n - 1))) / (n - 1);
    ring.push([lon + r * Math.cos(a), lat + r * Math.sin(a)]);
  }
  ring.push(ring[0]);
  return ring;
}

/** A closed ring of `n` positions that never crosses itself: a wavy circle. */
export function wavyRing(n: number, lon = 105.3, lat = 20.7, r = 0.05): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = (2 * Math.PI * i) / (n - 1);
    const rr = r * (1 + 0.05 * Math.sin(a * 97));
    ring.push([lon + rr * Math.cos(a), lat + rr * Math.sin(a)]);
  }
  ring.push(ring[0]);
  return ring;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
