// npx tsx scripts/compare-pyxform.ts [--pyxform /tmp/pyxform] [--python /usr/bin/python3] [--markdown]
//   [--reference saved.json] [--save saved.json] [--show N] [--only text] [--dump dir]
// A developer tool (CI needs neither Python nor pyxform): converts every XLSForm of pyxform's own test
// folders (tests/example_xls, tests/bug_example_xls and, with --markdown, the markdown forms written in
// tests/*.py and tests/entities/*.py) with pyxform and with our converter, normalises both XForms and compares them section by
// section: head (namespaces, title, model attributes, submission), primary instance, secondary
// instances (by id), binds (by nodeset), model actions, body and itext translations (by language and
// text id). Whitespace inside expressions is collapsed; attribute order, the order of binds, actions,
// secondary instances and itext entries are ignored (the XForms specification gives them no meaning);
// the order of instance nodes, choices and body controls counts. Prints how many match and why the
// others differ. pyxform itself is run through scripts/compare-pyxform.py.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { convertXlsForm } from '../src/modules/xlsform/xlsform.service.js';

interface Case {
  key: string;
  source: string;
  input?: string;
  xml?: string;
  error?: string;
}
type Node = { name: string; attrs: Record<string, string>; kids: (Node | string)[] };

const args = process.argv.slice(2);
const opt = (name: string, fallback: string | null = null) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const flag = (name: string) => args.includes(`--${name}`);
const here = path.dirname(fileURLToPath(import.meta.url));

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on('opentag', (t) => {
    const n: Node = { name: t.name, attrs: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)])), kids: [] };
    if (stack.length) stack[stack.length - 1].kids.push(n);
    else root = n;
    stack.push(n);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].kids.push(t);
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('empty document');
  return root;
}

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const elems = (n: Node | undefined) => (n?.kids ?? []).filter((k): k is Node => typeof k !== 'string');
const find = (n: Node | undefined, name: string) => elems(n).find((k) => k.name === name);

/** One line per element, attributes sorted, text with whitespace collapsed; children in order. */
function canon(n: Node, depth = 0, out: string[] = []): string[] {
  const attrs = Object.keys(n.attrs)
    .sort()
    .map((k) => ` ${k}="${ws(n.attrs[k])}"`)
    .join('');
  const text = ws(n.kids.filter((k): k is string => typeof k === 'string').join(''));
  out.push(`${'  '.repeat(depth)}<${n.name}${attrs}>${text}`);
  for (const k of elems(n)) canon(k, depth + 1, out);
  return out;
}

/** Mixed content (a label with <output/>) as one string. */
function inner(n: Node): string {
  return ws(
    n.kids
      .map((k) =>
        typeof k === 'string'
          ? k
          : `<${k.name}${Object.keys(k.attrs)
              .sort()
              .map((a) => ` ${a}="${ws(k.attrs[a])}"`)
              .join('')}/>`,
      )
      .join(''),
  );
}

type Sections = Record<string, Map<string, string>>;

/** The XForm cut into comparable sections, each a map from a key to its canonical text. */
function sections(xml: string): Sections {
  const html = parse(xml);
  const head = find(html, 'h:head');
  const model = find(head, 'model');
  const body = find(html, 'h:body');
  const s: Sections = {
    head: new Map(),
    instance: new Map(),
    secondary: new Map(),
    binds: new Map(),
    actions: new Map(),
    body: new Map(),
    itext: new Map(),
  };
  for (const [k, v] of Object.entries(html.attrs)) s.head.set(`html@${k}`, v);
  s.head.set('title', ws(inner(find(head, 'h:title') ?? { name: '', attrs: {}, kids: [] })));
  for (const [k, v] of Object.entries(model?.attrs ?? {})) s.head.set(`model@${k}`, v);
  for (const [k, v] of Object.entries(body?.attrs ?? {})) s.head.set(`body@${k}`, v);
  let actions = 0;
  for (const k of elems(model)) {
    if (k.name === 'instance' && !k.attrs.id) s.instance.set('primary', canon(k).join('\n'));
    else if (k.name === 'instance') s.secondary.set(k.attrs.id, canon(k).join('\n'));
    else if (k.name === 'bind') s.binds.set(k.attrs.nodeset, canon({ ...k, attrs: { ...k.attrs } }).join('\n'));
    else if (k.name === 'itext') {
      for (const t of elems(k)) {
        for (const text of elems(t)) {
          const values = elems(text)
            .map((v) => `${v.attrs.form ?? 'long'}=${inner(v)}`)
            .sort()
            .join(' | ');
          s.itext.set(`${t.attrs.lang}${t.attrs.default ? ' (default)' : ''} ${text.attrs.id}`, values);
        }
      }
    } else if (k.name === 'submission') s.head.set('submission', canon(k).join('\n'));
    else s.actions.set(`${canon(k).join('\n')}#${actions++ && 0}`, '');
  }
  if (body) s.body.set('body', canon({ ...body, attrs: {} }).join('\n'));
  return s;
}

/** The first line where two canonical texts part. */
function firstDiff(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `pyxform: ${(la[i] ?? '(nothing)').trim()}\n        ours:    ${(lb[i] ?? '(nothing)').trim()}`;
  }
  return '';
}

function compare(ref: Sections, ours: Sections): { section: string; detail: string }[] {
  const out: { section: string; detail: string }[] = [];
  for (const name of Object.keys(ref)) {
    const a = ref[name];
    const b = ours[name];
    const details: string[] = [];
    for (const [k, v] of a) {
      if (!b.has(k)) details.push(`missing in ours: ${k}${name === 'binds' ? ` ${v.replace(/\n/g, ' ')}` : ''}`);
      else if (b.get(k) !== v) details.push(`${k}:\n        ${firstDiff(v, b.get(k) as string)}`);
    }
    for (const k of b.keys()) if (!a.has(k)) details.push(`extra in ours: ${k}${name === 'binds' ? ` ${(b.get(k) as string).replace(/\n/g, ' ')}` : ''}`);
    if (details.length)
      out.push({ section: name, detail: details.slice(0, 3).join('\n      ') + (details.length > 3 ? `\n      … ${details.length - 3} more` : '') });
  }
  return out;
}

async function main() {
  let cases: Case[];
  const saved = opt('reference');
  if (saved) cases = JSON.parse(fs.readFileSync(saved, 'utf8'));
  else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-pyxform-'));
    const py = execFileSync(
      opt('python', '/usr/bin/python3') as string,
      [path.join(here, 'compare-pyxform.py'), opt('pyxform', '/tmp/pyxform') as string, dir, ...(flag('markdown') ? ['--markdown'] : [])],
      { maxBuffer: 1 << 28, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    cases = JSON.parse(py);
    const save = opt('save');
    if (save) fs.writeFileSync(save, JSON.stringify(cases));
  }
  const only = opt('only');
  if (only) cases = cases.filter((c) => c.key.includes(only));
  const show = Number(opt('show', '1000'));
  const tally = { match: 0, differ: 0, bothRefuse: 0, weRefuse: 0, weAccept: 0, noInput: 0 };
  const bySection = new Map<string, number>();
  const refusals = new Map<string, string[]>();
  const lines: string[] = [];
  for (const c of cases) {
    if (!c.input) {
      tally.noInput++;
      continue;
    }
    const r = await convertXlsForm(fs.readFileSync(c.input), path.basename(c.input));
    if (!c.xml) {
      if (r.ok) {
        tally.weAccept++;
        lines.push(`ACCEPTED ${c.key} — pyxform refuses: ${c.error?.slice(0, 200)}`);
      } else tally.bothRefuse++;
      continue;
    }
    if (!r.ok) {
      tally.weRefuse++;
      const e = r.errors[0];
      const reason = `${e.message.en.replace(/"[^"]*"/g, '"…"')}`;
      refusals.set(reason, [...(refusals.get(reason) ?? []), c.key]);
      lines.push(
        `REFUSED  ${c.key} — ${r.errors.map((x) => `${x.sheet}${x.row ? `:${x.row}` : ''}${x.column ? `:${x.column}` : ''} ${x.message.en}`).join('; ')}`,
      );
      continue;
    }
    const dump = opt('dump');
    if (dump) {
      const stem = path.join(dump, c.key.replace(/[^\w.-]+/g, '_'));
      fs.writeFileSync(`${stem}.pyxform.xml`, c.xml);
      fs.writeFileSync(`${stem}.ours.xml`, r.xform);
    }
    const diffs = compare(sections(c.xml), sections(r.xform));
    if (!diffs.length) {
      tally.match++;
      continue;
    }
    tally.differ++;
    for (const d of diffs) bySection.set(d.section, (bySection.get(d.section) ?? 0) + 1);
    lines.push(`DIFFERS  ${c.key} (${diffs.map((d) => d.section).join(', ')})`);
    for (const d of diffs) lines.push(`    ${d.section}: ${d.detail}`);
  }
  for (const l of lines.slice(0, show)) console.log(l);
  const converted = cases.filter((c) => c.xml).length;
  console.log('');
  console.log(`${cases.length} XLSForms; pyxform converts ${converted}, refuses ${cases.length - converted - tally.noInput}`);
  console.log(`  same XForm after normalising:  ${tally.match} of ${converted}`);
  console.log(`  different:                     ${tally.differ} (by section: ${[...bySection].map(([k, v]) => `${k} ${v}`).join(', ') || '—'})`);
  console.log(`  refused by ours only:          ${tally.weRefuse}`);
  for (const [reason, keys] of [...refusals].sort((a, b) => b[1].length - a[1].length))
    console.log(`      ${keys.length} × ${reason}${keys.length <= 3 ? ` (${keys.join(', ')})` : ''}`);
  console.log(`  refused by both:               ${tally.bothRefuse}`);
  console.log(`  accepted by ours only:         ${tally.weAccept}`);
}

await main();
