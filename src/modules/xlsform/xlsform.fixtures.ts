/** Test helpers: XLSForm workbooks built in memory, and the produced XForm parsed with saxes into a plain tree. */
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';

export type Cell = string | number | boolean | Date | null;
export type Sheets = Record<string, Cell[][]>;

/** An `.xlsx` with the given sheets (first row of each is its header). */
export async function xlsx(sheets: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r.map((c) => (c === null ? undefined : c)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same sheets in pyxform's CSV layout. */
export function csv(sheets: Sheets): Buffer {
  const q = (c: Cell) => {
    const s = c === null ? '' : String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines: string[] = [];
  for (const [name, rows] of Object.entries(sheets)) {
    for (const [i, r] of rows.entries()) lines.push([i === 0 ? name : '', ...r].map(q).join(','));
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

/** Parses XML into a tree (qualified names kept as written); throws on XML that is not well formed. */
export function parseXml(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XNode[] = [];
  let root: XNode | null = null;
  parser.on('opentag', (t) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(t.attributes)) attrs[k] = typeof a === 'string' ? a : a.value;
    const n: XNode = { name: t.name, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(n);
    else root = n;
    stack.push(n);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('empty document');
  return root;
}

export function all(n: XNode, name: string, out: XNode[] = []): XNode[] {
  if (n.name === name) out.push(n);
  for (const c of n.children) all(c, name, out);
  return out;
}

export function one(n: XNode, name: string): XNode {
  const found = all(n, name);
  if (!found.length) throw new Error(`no <${name}>`);
  return found[0];
}

/** The primary instance as nested names: `{ data: { q1: {}, rep: […] } }` flattened to paths in document order. */
export function instancePaths(doc: XNode): string[] {
  const model = one(doc, 'model');
  const primary = model.children.find((c) => c.name === 'instance' && !c.attrs.id);
  if (!primary) throw new Error('no primary instance');
  const out: string[] = [];
  const walk = (n: XNode, prefix: string) => {
    const p = `${prefix}/${n.name}${n.attrs['jr:template'] !== undefined ? '[template]' : ''}`;
    out.push(p);
    for (const c of n.children) walk(c, p);
  };
  walk(primary.children[0], '');
  return out;
}

/** Binds by nodeset. */
export function binds(doc: XNode): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const b of one(doc, 'model').children.filter((c) => c.name === 'bind')) out.set(b.attrs.nodeset, b.attrs);
  return out;
}

/** Body controls as `tag ref` lines in document order. */
export function controls(doc: XNode): string[] {
  const out: string[] = [];
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (['label', 'hint', 'itemset', 'value', 'setvalue'].includes(c.name)) continue;
      out.push(`${c.name} ${c.attrs.ref ?? c.attrs.nodeset ?? ''}`);
      walk(c);
    }
  };
  walk(one(doc, 'h:body'));
  return out;
}

/** Translations: language → text id → form → value (inner XML text, outputs as `<output value="…"/>`). */
export function itext(doc: XNode): Map<string, Map<string, Record<string, string>>> {
  const out = new Map<string, Map<string, Record<string, string>>>();
  for (const t of all(doc, 'translation')) {
    const texts = new Map<string, Record<string, string>>();
    for (const text of t.children) {
      const forms: Record<string, string> = {};
      for (const v of text.children) forms[v.attrs.form ?? 'long'] = v.text + v.children.map((o) => `<output value="${o.attrs.value}"/>`).join('');
      texts.set(text.attrs.id, forms);
    }
    out.set(t.attrs.lang, texts);
  }
  return out;
}

/** The control whose ref is the given path. */
export function control(doc: XNode, ref: string): XNode {
  const found: XNode[] = [];
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (c.attrs.ref === ref && c.name !== 'setvalue') found.push(c);
      walk(c);
    }
  };
  walk(one(doc, 'h:body'));
  if (!found.length) throw new Error(`no control for ${ref}`);
  return found[0];
}

/** A secondary instance by id. */
export function secondary(doc: XNode, id: string): XNode | undefined {
  return one(doc, 'model').children.find((c) => c.name === 'instance' && c.attrs.id === id);
}
