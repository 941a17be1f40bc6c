/**
 * Exports of submissions, streamed batch by batch from the database: CSV (the main table or one
 * repeat), XLSX (the main table and one linked sheet per repeat, each written in its own pass so
 * memory stays flat) and GeoJSON of the first geopoint.
 */
import { PassThrough, Readable } from 'node:stream';
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

/** XLSX: the main sheet, then one sheet per repeat linked by KEY / PARENT_KEY; each sheet is its own pass over the data. */
export function xlsxExport(db: Kysely<DB>, shape: FormShape, filter: SubmissionFilter, o: ExportOptions, formName: string): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const used = new Set<string>();
  const repeats = shape.fields.filter((f) => f.type === 'repeat').map((f) => f.path);
  (async () => {
    for (const repeat of [null, ...repeats]) {
      const t = table(db, shape, filter, repeat, o);
      const ws = wb.addWorksheet(sheetName(repeat ? repeat.split('/').pop()! : formName, used), { views: [{ state: 'frozen', ySplit: 1 }] });
      const head = ws.getRow(1);
      head.values = t.headers;
      head.font = { bold: true };
      head.commit();
      for await (const batch of t.batches()) {
        for (const cells of batch) ws.addRow(cells).commit();
        await caughtUp(out);
      }
      ws.commit();
    }
    await wb.commit();
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
