// npx tsx scripts/build-survey-forms.ts: writes the built-in survey of IT use in minority areas as
// XLSForm workbooks (data/surveys/*.xlsx) from their editable sources, data/surveys/*.csv (the
// XLSForm CSV layout: a sheet's name in the first column, its header and rows below). The ethnic
// group list `dan_toc` is filled from data/ethnic-groups.csv when a form uses it. Each workbook is
// converted once before it is written, so a mistake in a source stops the script with its location.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parseCsv } from '../src/shared/csv.js';
import { readWorkbook } from '../src/modules/xlsform/xlsform.parse.js';
import { convertXlsForm } from '../src/modules/xlsform/xlsform.service.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'data/surveys');
/** Sheet order of the workbooks. */
const ORDER = ['survey', 'choices', 'settings', 'entities'];
/** A fixed date, so that rebuilding an unchanged source gives the same workbook metadata. */
const STAMP = new Date('2026-12-07T00:00:00Z');

/** The ethnic groups of data/ethnic-groups.csv (code and name) as a choice list. */
function ethnicChoices(header: string[]): string[][] {
  const groups = parseCsv<{ code: string; name: string }>(fs.readFileSync(path.join(root, 'data/ethnic-groups.csv'), 'utf8'));
  const at = (k: string) => header.findIndex((h) => h.toLowerCase().startsWith(k));
  return groups.map((g) => {
    const row = header.map(() => '');
    row[at('list_name')] = 'dan_toc';
    row[at('name')] = g.code;
    for (let i = 0; i < header.length; i++) if (header[i].toLowerCase().startsWith('label')) row[i] = g.name;
    return row;
  });
}

export async function buildSurveyForm(source: string): Promise<Buffer> {
  const read = await readWorkbook(fs.readFileSync(source), source);
  if ('problem' in read) throw new Error(`${source}: ${read.problem.code}`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dantoc';
  wb.created = STAMP;
  wb.modified = STAMP;
  const names = [...read.sheets.keys()].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const usesEthnic = read.sheets.get('survey')?.rows.some((r) => r.cells.some((c) => /^select_(one|multiple) dan_toc\b/.test(c)));
  for (const key of names) {
    const sheet = read.sheets.get(key);
    if (!sheet) continue;
    const width = Math.max(...sheet.columns.map((c) => c.index)) + 1;
    const header = Array.from({ length: width }, (_, i) => sheet.columns.find((c) => c.index === i)?.header ?? '');
    const rows = sheet.rows.map((r) => header.map((_, i) => r.cells[i] ?? ''));
    if (key === 'choices' && usesEthnic && !rows.some((r) => r[0] === 'dan_toc')) rows.push(...ethnicChoices(header));
    const ws = wb.addWorksheet(key, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    header.forEach((h, i) => {
      const longest = Math.max(h.length, ...rows.map((r) => r[i].length));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
      ws.getColumn(i + 1).alignment = { wrapText: longest > 60, vertical: 'top' };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main() {
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  for (const f of sources) {
    const source = path.join(dir, f);
    const target = source.replace(/\.csv$/, '.xlsx');
    const data = await buildSurveyForm(source);
    const check = await convertXlsForm(data, path.basename(target));
    if (!check.ok) {
      for (const e of check.errors) console.error(`${f}: ${e.sheet} ${e.row ?? ''} ${e.column ?? ''}: ${e.message.vi}`);
      process.exitCode = 1;
      continue;
    }
    fs.writeFileSync(target, data);
    console.log(`${path.relative(root, target)}: ${check.title} (${check.formId}, version ${check.version})`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
