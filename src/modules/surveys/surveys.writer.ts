/**
 * Exports of submissions, streamed batch by batch from the database: CSV (the main table or one
 * repeat), XLSX (the main table and one linked sheet per repeat, each written in its own pass so
 * memory stays flat) and GeoJSON of the first geopoint.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { csvField } from '../../shared/csv.js';
import type { Answers, FormField } from './xform.parse.js';
import { type FormShape, submissionBatches, type SubmissionFilter } from './surveys.service.js';
import type { crossTable } from './results.service.js';

export type ChoiceMode = 'labels' | 'codes';
type Cell = string | number | null;

/** A label in the language asked for, else Vietnamese, else the form's default, else any. */
export function labelIn(labels: Record<string, string>, lang: 'vi' | 'en'): string | undefined {
  const keys = Object.keys(labels);
  const pick = (re: RegExp) => keys.find((k) => re.test(k));
  const k =
    lang === 'en' ? (pick(/^en\b|english/i) ?? pick(/^vi\b|vi\)|tiếng việt|vietnam/i)) : (pick(/^vi\b|vi\)|tiếng việt|vietnam/i) ?? pick(/^en\b|english/i));
  return labels[k ?? 'default'] ?? labels[keys[0]];
}

const isQuestion = (f: FormField) => f.type !== 'group' && f.type !== 'repeat';

/** The questions of one table: outside repeats (repeat null) or directly inside the repeat given. */
export const questionsOf = (shape: FormShape, repeat: string | null) => shape.fields.filter((f) => isQuestion(f) && f.repeat === repeat);

/** A value as exported: choice codes turned into labels when asked, numbers as numbers. */
/**
 * How one question's answers are written: numbers as numbers, choices as labels (or codes), the rest as
 * given. Made once per question for a whole export (the label of each choice looked up once).
 */
function cellWriter(f: FormField, mode: ChoiceMode, lang: 'vi' | 'en'): (v: string | null | undefined) => Cell {
  if (f.type === 'int' || f.type === 'decimal')
    return (v) => {
      if (v === null || v === undefined || v === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    };
  if (mode === 'labels' && f.choices) {
    const labels = new Map<string, string>();
    for (const c of f.choices) if (!labels.has(c.value)) labels.set(c.value, labelIn(c.labels, lang) ?? c.value);
    const label = (code: string) => labels.get(code) ?? code;
    const many = f.type === 'select';
    return (v) => (v === null || v === undefined || v === '' ? null : many ? v.split(/\s+/).map(label).join('; ') : label(v));
  }
  return (v) => (v === null || v === undefined || v === '' ? null : v);
}

function getIn(obj: Answers, rel: string[]): string | null {
  let cur: unknown = obj;
  for (const p of rel) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Answers)[p];
  }
  return typeof cur === 'string' ? cur : null;
}

/** The instances of a repeat in a submission, each with its key and its parent's key (Central's KEY / PARENT_KEY). */
export function repeatInstances(shape: FormShape, data: Answers, repeatPath: string, instanceId: string): { key: string; parentKey: string; node: Answers }[] {
  const repeats = new Set(shape.fields.filter((f) => f.type === 'repeat').map((f) => f.path));
  const parts = repeatPath.split('/').slice(2);
  const out: { key: string; parentKey: string; node: Answers }[] = [];
  const walk = (node: Answers, i: number, path: string, key: string, enclosing: string) => {
    const p = `${path}/${parts[i]}`;
    const next = node[parts[i]];
    if (repeats.has(p)) {
      const list = Array.isArray(next) ? next : [];
      list.forEach((child, n) => {
        const k = `${key}/${parts[i]}[${n + 1}]`;
        if (i + 1 === parts.length) out.push({ key: k, parentKey: enclosing, node: child });
        else walk(child, i + 1, p, k, k);
      });
    } else if (next && typeof next === 'object' && !Array.isArray(next) && i + 1 < parts.length) walk(next, i + 1, p, `${key}/${parts[i]}`, enclosing);
  };
  walk(data, 0, `/${repeatPath.split('/')[1]}`, instanceId, instanceId);
  return out;
}

export interface ExportOptions {
  choices: ChoiceMode;
  lang: 'vi' | 'en';
}

const BASE_VI = ['KEY', 'Mã phiếu', 'Trạng thái', 'Địa bàn', 'Điều tra viên', 'Thời điểm nhận', 'Mã hộ'];
const BASE_EN = ['KEY', 'Submission id', 'State', 'Area', 'Surveyor', 'Received at', 'Household id'];
export const STATE_NAMES: Record<string, { vi: string; en: string }> = {
  received: { vi: 'Đã nhận', en: 'Received' },
  has_issues: { vi: 'Cần xem lại', en: 'Has issues' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
};

const header = (f: FormField, lang: 'vi' | 'en') => {
  const l = labelIn(f.labels, lang);
  return l ? `${f.name} (${l})` : f.name;
};

/** A table (main or repeat): its header and its rows batch by batch. */
export function table(db: Kysely<DB>, shape: FormShape, filter: SubmissionFilter, repeat: string | null, o: ExportOptions) {
  const qs = questionsOf(shape, repeat);
  const headers = repeat
    ? ['KEY', 'PARENT_KEY', ...qs.map((q) => header(q, o.lang))]
    : [...(o.lang === 'en' ? BASE_EN : BASE_VI), ...qs.map((q) => header(q, o.lang))];
  const base = repeat ? repeat.split('/').length : 0;
  // Each question's place in the answers, worked out once rather than once per row.
  const mainPaths = qs.map((q) => q.path.split('/').slice(2));
  const repeatPaths = qs.map((q) => q.path.split('/').slice(base));
  const writers = qs.map((q) => cellWriter(q, o.choices, o.lang));
  async function* batches(): AsyncGenerator<Cell[][]> {
    for await (const rows of submissionBatches(db, filter)) {
      const out: Cell[][] = [];
      for (const s of rows) {
        const data = s.data as Answers;
        if (!repeat) {
          out.push([
            s.instance_id,
            s.id,
            STATE_NAMES[s.state][o.lang],
            s.unit_name,
            s.submitter,
            new Date(s.received_at).toISOString(),
            s.household_id,
            ...writers.map((w, i) => w(getIn(data, mainPaths[i]))),
          ]);
        } else {
          for (const r of repeatInstances(shape, data, repeat, s.instance_id))
            out.push([r.key, r.parentKey, ...writers.map((w, i) => w(getIn(r.node, repeatPaths[i])))]);
        }
      }
      yield out;
    }
  }
  return { headers, batches };
}

const csvLine = (cells: Cell[]) => `${cells.map((c) => (c === null ? '' : csvField(String(c)))).join(',')}\r\n`;

/** CSV in UTF-8 with a byte-order mark. */
export function csvExport(db: Kysely<DB>, shape: FormShape, filter: SubmissionFilter, repeat: string | null, o: ExportOptions): Readable {
  const t = table(db, shape, filter, repeat, o);
  return Readable.from(
    (async function* () {
      yield Buffer.from(`\uFEFF${csvLine(t.headers)}`, 'utf8');
      for await (const batch of t.batches()) yield Buffer.from(batch.map(csvLine).join(''), 'utf8');
    })(),
    { objectMode: false },
  );
}

/** Waits until the reader has taken what was written (or has gone away); the listeners are removed either way. */
async function caughtUp(out: PassThrough) {
  if (!out.writableNeedDrain) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  if (out.destroyed) throw new Error('export reader closed');
}

/** Sheet names: Excel allows 31 characters and no []:*?/\ . */
const sheetName = (s: string, used: Set<string>) => {
  let name = s.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'sheet';
  while (used.has(name)) name = `${name.slice(0, 26)}_${used.size}`;
  used.add(name);
  return name;
};

/**
 * A zip archive written entry by entry to a stream (deflate, sizes and checksum after each entry's
 * data), so a sheet of any length passes through without being held. Entries are limited to 4 GB
 * (no ZIP64): beyond that the export stops with an error rather than writing a broken file.
 */
class ZipWriter {
  private offset = 0;
  private entries: { name: Buffer; crc: number; size: number; csize: number; offset: number }[] = [];

  constructor(private readonly out: PassThrough) {}

  private async put(b: Buffer) {
    this.offset += b.length;
    this.out.write(b);
    await caughtUp(this.out);
  }

  /** Writes one entry from its parts (strings are UTF-8). */
  async entry(path: string, parts: AsyncIterable<string> | Iterable<string>) {
    const name = Buffer.from(path, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // sizes after the data; UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt16LE(name.length, 26);
    const offset = this.offset;
    await this.put(Buffer.concat([local, name]));
    const deflate = zlib.createDeflateRaw({ level: 1, memLevel: 9 });
    let csize = 0;
    let crc = 0;
    let size = 0;
    const chunks: Buffer[] = [];
    deflate.on('data', (c: Buffer) => chunks.push(c));
    const flush = async () => {
      for (const c of chunks.splice(0)) {
        csize += c.length;
        await this.put(c);
      }
    };
    for await (const part of parts) {
      const b = Buffer.from(part, 'utf8');
      crc = zlib.crc32(b, crc);
      size += b.length;
      if (size > 0xffffffff) throw new Error('export sheet over 4 GB');
      if (!deflate.write(b)) await once(deflate, 'drain');
      await flush();
    }
    deflate.end();
    await once(deflate, 'end');
    await flush();
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(csize, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.put(descriptor);
    this.entries.push({ name, crc: crc >>> 0, size, csize, offset });
  }

  /** The central directory: the list of entries at the end of the file. */
  async finish() {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(DOS_TIME, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.csize, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([h, e.name]));
    }
    if (this.offset > 0xffffffff) throw new Error('export over 4 GB');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    this.out.end();
  }
}
/** 1 January 2000, 00:00 (the file dates inside the archive). */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** Text as XML character data: markup escaped, characters XML forbids left out. */
const xmlText = (s: string) =>
  s.replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '',
  );

/** Column letters: A … Z, AA … (cell references, which readers such as ExcelJS require). */
const columnLetters = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    let s = '';
    for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  });

/** One cell of a sheet: numbers as numbers, text inline (no shared-string table to hold), empty cells left out. */
function xlsxCell(ref: string, c: Cell, style = ''): string {
  if (c === null || (typeof c === 'number' && !Number.isFinite(c))) return '';
  if (typeof c === 'number') return `<c r="${ref}"${style}><v>${c}</v></c>`;
  const space = /^\s|\s$/.test(c) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style}><is><t${space}>${xmlText(c)}</t></is></c>`;
}
function xlsxRow(cols: string[], cells: Cell[], n: number): string {
  let row = `<row r="${n}">`;
  for (let i = 0; i < cells.length; i++) row += xlsxCell(cols[i] + n, cells[i]);
  return `${row}</row>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Data rows per worksheet: Excel's limit of 1,048,576 rows, less the header; more rows go on to a sheet "name (2)". */
export const SHEET_ROWS = 1_048_575;

/**
 * XLSX: the main sheet, then one sheet per repeat linked by KEY / PARENT_KEY; each sheet is its own pass
 * over the data. The sheets' XML is made as text row by row and deflated straight into the response
 * (header row bold and frozen), so memory stays flat however many rows there are.
 */
export function xlsxExport(db: Kysely<DB>, shape: FormShape, filter: SubmissionFilter, o: ExportOptions, formName: string, sheetRows = SHEET_ROWS): Readable {
  const out = new PassThrough();
  const zip = new ZipWriter(out);
  const used = new Set<string>();
  const sheets: string[] = [];
  const repeats = shape.fields.filter((f) => f.type === 'repeat').map((f) => f.path);
  const sheetXml = async function* (headers: string[], rows: AsyncIterator<Cell[][]>, pending: Cell[][]) {
    const cols = columnLetters(headers.length);
    yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData><row r="1">${headers.map((h, i) => xlsxCell(`${cols[i]}1`, h, ' s="1"')).join('')}</row>`;
    let n = 0;
    for (;;) {
      if (!pending.length) {
        const next = await rows.next();
        if (next.done) break;
        pending.push(...next.value);
        continue;
      }
      const take = pending.splice(0, Math.min(pending.length, sheetRows - n));
      let xml = '';
      for (const cells of take) xml += xlsxRow(cols, cells, ++n + 1);
      yield xml;
      if (n === sheetRows) break;
    }
    yield '</sheetData></worksheet>';
  };
  (async () => {
    for (const repeat of [null, ...repeats]) {
      const t = table(db, shape, filter, repeat, o);
      const base = sheetName(repeat ? repeat.split('/').pop()! : formName, used);
      const rows = t.batches();
      const pending: Cell[][] = [];
      let part = 1;
      for (;;) {
        sheets.push(part === 1 ? base : sheetName(`${base} (${part})`, used));
        await zip.entry(`xl/worksheets/sheet${sheets.length}.xml`, sheetXml(t.headers, rows, pending));
        if (!pending.length) {
          const next = await rows.next();
          if (next.done) break;
          pending.push(...next.value);
        }
        part++;
      }
    }
    const n = sheets.map((_, i) => i + 1);
    await zip.entry('[Content_Types].xml', [
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
      ...n.map(
        (i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      ),
      '</Types>',
    ]);
    await zip.entry('_rels/.rels', [
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ]);
    await zip.entry('xl/workbook.xml', [
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>`,
      ...sheets.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
      '</sheets></workbook>',
    ]);
    await zip.entry('xl/_rels/workbook.xml.rels', [
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
      ...n.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`),
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ]);
    await zip.entry('xl/styles.xml', [STYLES]);
    await zip.finish();
  })().catch((e) => out.destroy(e));
  return out;
}

/** GeoJSON FeatureCollection of the submissions with a location; properties are the main table's values. */
export function geojsonExport(db: Kysely<DB>, shape: FormShape, filter: SubmissionFilter, o: ExportOptions): Readable {
  const qs = questionsOf(shape, null).filter((q) => q.type !== 'geopoint');
  const paths = qs.map((q) => q.path.split('/').slice(2));
  const writers = qs.map((q) => cellWriter(q, o.choices, o.lang));
  return Readable.from(
    (async function* () {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const rows of submissionBatches(db, filter)) {
        const parts: string[] = [];
        for (const s of rows) {
          if (s.latitude === null || s.longitude === null) continue;
          const properties: Record<string, Cell> = { KEY: s.instance_id, id: s.id, state: s.state, unit: s.unit_name };
          qs.forEach((q, i) => {
            properties[q.name] = writers[i](getIn(s.data as Answers, paths[i]));
          });
          parts.push(
            `${first ? '' : ','}${JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [s.longitude, s.latitude] }, properties })}`,
          );
          first = false;
        }
        if (parts.length) yield parts.join('');
      }
      yield ']}\n';
    })(),
    { objectMode: false },
  );
}

const CROSS_HEADS = {
  vi: {
    question: 'Câu hỏi',
    answer: 'Trả lời',
    total: 'Tổng',
    answered: 'Số phiếu trả lời',
    mean: 'Trung bình',
    unknown: 'Chưa rõ dân tộc',
    hidden: 'Ô trống: số nhỏ được che (ngưỡng {n})',
  },
  en: {
    question: 'Question',
    answer: 'Answer',
    total: 'Total',
    answered: 'Submissions answering',
    mean: 'Mean',
    unknown: 'Ethnic group unknown',
    hidden: 'Empty cell: small count hidden (threshold {n})',
  },
};

/** The cross-table as one XLSX sheet: question, answer, a column per group, total; labels in the language asked for. */
export async function crossTableXlsx(t: Awaited<ReturnType<typeof crossTable>>, shape: FormShape, lang: 'vi' | 'en', sheet: string): Promise<Buffer> {
  const h = CROSS_HEADS[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName(sheet, new Set()), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const head = ws.addRow([h.question, h.answer, ...t.groups.map((g) => g.name || h.unknown), h.total]);
  head.font = { bold: true };
  const fields = new Map(shape.fields.map((f) => [f.path, f]));
  for (const r of t.rows) {
    const f = fields.get(r.path);
    const question = (f && labelIn(f.labels, lang)) || f?.name || r.path;
    const choice = r.value === null ? undefined : f?.choices?.find((c) => c.value === r.value);
    const answer = r.kind === 'answered' ? h.answered : r.kind === 'mean' ? h.mean : ((choice && labelIn(choice.labels, lang)) ?? r.value ?? '');
    const round = (v: number | null) => (v === null ? null : r.kind === 'mean' ? Math.round(v * 100) / 100 : v);
    const row = ws.addRow([question, answer, ...r.values.map(round), round(r.total)]);
    if (r.kind !== 'count') row.font = { italic: true };
  }
  if (t.suppression.applied) ws.addRow([h.hidden.replace('{n}', String(t.suppression.threshold))]);
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 32;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
