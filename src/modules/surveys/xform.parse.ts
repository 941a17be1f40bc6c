/**
 * Reading XForms and submissions: a small element tree built with saxes, the field list of a form
 * (paths, types, labels per language, repeats, choices) and a submission's values as nested JSON.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Elements deeper than this are refused (a hostile document cannot exhaust the stack). */
const MAX_DEPTH = 64;

/** The element tree of an XML document; throws on malformed XML. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const node: XmlNode = { name: tag.name, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
    if (stack.length > MAX_DEPTH) throw new Error('too deep');
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!root) throw new Error('empty document');
  return root;
}

/** The name without its namespace prefix. */
export const local = (name: string) => name.slice(name.indexOf(':') + 1);
const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => local(c.name) === name);
const childrenNamed = (n: XmlNode | undefined, name: string) => n?.children.filter((c) => local(c.name) === name) ?? [];

export type Labels = Record<string, string>;
export interface Choice {
  value: string;
  labels: Labels;
}
export interface FormField {
  /** Absolute path in the instance, `/data/group/question`. */
  path: string;
  name: string;
  /** Bind type (string, int, decimal, date, select1, select, geopoint, binary …), `repeat` or `group`. */
  type: string;
  labels: Labels;
  /** Path of the nearest enclosing repeat, or null. */
  repeat: string | null;
  choices?: Choice[];
  /** Choices read from a media file (select_one_from_file / external): its name. */
  choicesFile?: string;
  /** Media type of an upload question (image, audio …). */
  mediatype?: string;
}
export interface ParsedForm {
  formId: string;
  version: string;
  title: string;
  rootName: string;
  fields: FormField[];
  /** Names of media files the form refers to (jr://images/a.png → a.png, jr://file-csv/x.csv → x.csv). */
  media: string[];
}

/** The field list of an XForm, or the reason it cannot be used. */
export function parseXForm(xml: string): { ok: true; form: ParsedForm } | { ok: false; reason: string } {
  let doc: XmlNode;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return { ok: false, reason: `xml: ${(e as Error).message.slice(0, 200)}` };
  }
  if (local(doc.name) !== 'html') return { ok: false, reason: 'no_html' };
  const head = child(doc, 'head');
  const body = child(doc, 'body');
  const model = child(head, 'model');
  const instances = childrenNamed(model, 'instance');
  const primary = instances.find((i) => !i.attrs.id)?.children[0];
  if (!head || !model || !primary) return { ok: false, reason: 'no_instance' };
  const formId = primary.attrs.id;
  if (!formId) return { ok: false, reason: 'no_form_id' };
  const title = child(head, 'title')?.text.trim() || formId;

  // Translations: itext id → language → text (the plain form, not image/audio).
  const itext = new Map<string, Labels>();
  for (const tr of childrenNamed(child(model, 'itext'), 'translation')) {
    const lang = tr.attrs.lang ?? 'default';
    for (const text of childrenNamed(tr, 'text')) {
      const values = childrenNamed(text, 'value');
      const plain = values.find((v) => !v.attrs.form || v.attrs.form === 'long') ?? values[0];
      if (!plain) continue;
      const labels = itext.get(text.attrs.id) ?? {};
      labels[lang] = textOf(plain);
      itext.set(text.attrs.id, labels);
    }
  }
  const labelOf = (n: XmlNode | undefined): Labels => {
    const label = child(n, 'label');
    if (!label) return {};
    const m = /jr:itext\('([^']+)'\)/.exec(label.attrs.ref ?? '');
    if (m) return itext.get(m[1]) ?? {};
    const t = textOf(label);
    return t ? { default: t } : {};
  };

  const types = new Map<string, string>();
  for (const b of childrenNamed(model, 'bind')) if (b.attrs.nodeset) types.set(b.attrs.nodeset, b.attrs.type ?? 'string');

  // Secondary instances: choices lists (pyxform writes them as item/name + label or itextId) and files.
  const secondary = new Map<string, XmlNode>();
  const files = new Map<string, string>();
  for (const i of instances) {
    if (!i.attrs.id) continue;
    if (i.attrs.src) files.set(i.attrs.id, i.attrs.src.replace(/^jr:\/\/file(-csv)?\//, ''));
    else if (i.children[0]) secondary.set(i.attrs.id, i.children[0]);
  }

  const controls = new Map<string, { labels: Labels; choices?: Choice[]; choicesFile?: string; mediatype?: string; repeat?: boolean; kind?: string }>();
  const walk = (n: XmlNode, ctx: string) => {
    for (const c of n.children) {
      const kind = local(c.name);
      const ref = absolute(c.attrs.ref ?? c.attrs.nodeset, ctx);
      if (kind === 'group' || kind === 'repeat') {
        if (ref) {
          const prev = controls.get(ref);
          controls.set(ref, { labels: { ...prev?.labels, ...labelOf(c) }, repeat: kind === 'repeat' || prev?.repeat });
        }
        walk(c, ref ?? ctx);
      } else if (ref && ['input', 'select1', 'select', 'upload', 'trigger', 'range', 'rank', 'odk:rank'].includes(kind)) {
        const entry: { labels: Labels; choices?: Choice[]; choicesFile?: string; mediatype?: string; kind: string } = { labels: labelOf(c), kind };
        const items = childrenNamed(c, 'item');
        if (items.length) entry.choices = items.map((it) => ({ value: textOf(child(it, 'value')), labels: labelOf(it) }));
        const itemset = child(c, 'itemset');
        if (itemset) {
          const m = /instance\('([^']+)'\)/.exec(itemset.attrs.nodeset ?? '');
          const id = m?.[1];
          if (id && files.has(id)) entry.choicesFile = files.get(id);
          else if (id && secondary.has(id)) {
            const valueRef = child(itemset, 'value')?.attrs.ref ?? 'name';
            const labelRef = child(itemset, 'label')?.attrs.ref ?? 'label';
            entry.choices = secondary.get(id)!.children.map((item) => {
              const value = textOf(child(item, valueRef));
              const itextRef = /jr:itext\(([^)]+)\)/.exec(labelRef);
              if (itextRef) return { value, labels: itext.get(textOf(child(item, itextRef[1].trim()))) ?? {} };
              const t = textOf(child(item, labelRef));
              return { value, labels: t ? { default: t } : {} };
            });
          }
        }
        if (kind === 'upload') entry.mediatype = c.attrs.mediatype?.replace(/\/\*$/, '');
        controls.set(ref, entry);
      }
    }
  };
  if (body) walk(body, `/${primary.name}`);

  const fields: FormField[] = [];
  const visit = (n: XmlNode, path: string, repeat: string | null) => {
    for (const c of n.children) {
      // pyxform's repeat templates carry jr:template: one element per repeat, whatever it says.
      const p = `${path}/${c.name}`;
      if (fields.some((f) => f.path === p)) continue;
      const ctl = controls.get(p);
      if (c.children.length || ctl?.repeat) {
        const isRepeat = !!ctl?.repeat;
        fields.push({ path: p, name: c.name, type: isRepeat ? 'repeat' : 'group', labels: ctl?.labels ?? {}, repeat });
        visit(c, p, isRepeat ? p : repeat);
      } else {
        let type = types.get(p) ?? 'string';
        if (type === 'string' && (ctl?.kind === 'select1' || ctl?.kind === 'select')) type = ctl.kind;
        const f: FormField = { path: p, name: c.name, type, labels: ctl?.labels ?? {}, repeat };
        if (ctl?.choices) f.choices = ctl.choices;
        if (ctl?.choicesFile) f.choicesFile = ctl.choicesFile;
        if (ctl?.mediatype) f.mediatype = ctl.mediatype;
        fields.push(f);
      }
    }
  };
  visit(primary, `/${primary.name}`, null);

  const media = new Set<string>(files.values());
  for (const m of xml.matchAll(/jr:\/\/(?:images|audio|video|file|file-csv)\/([^"'<\s]+)/g)) media.add(m[1]);
  return { ok: true, form: { formId, version: primary.attrs.version ?? '', title, rootName: primary.name, fields, media: [...media] } };
}

function textOf(n: XmlNode | undefined): string {
  if (!n) return '';
  return (n.text + n.children.map(textOf).join('')).trim();
}

function absolute(ref: string | undefined, ctx: string): string | null {
  if (!ref) return null;
  if (ref.startsWith('/')) return ref;
  return `${ctx}/${ref}`;
}

/** A submission's values: leaves as text, groups as objects, repeats as arrays (per the form's repeat paths). */
export type Answers = { [name: string]: string | Answers | Answers[] };

export interface ParsedSubmission {
  formId: string;
  version: string;
  instanceId: string;
  data: Answers;
}

/** Reads a submission: form id and version from the root, instanceID from meta, values as nested JSON. */
export function parseSubmission(xml: string, repeats: Set<string>): ParsedSubmission {
  const root = parseXml(xml);
  const toJson = (n: XmlNode, path: string): Answers => {
    const out: Answers = {};
    for (const c of n.children) {
      const p = `${path}/${c.name}`;
      const value: string | Answers = c.children.length ? toJson(c, p) : c.text.trim();
      if (repeats.has(p)) {
        const list = (out[c.name] as Answers[] | undefined) ?? [];
        list.push(typeof value === 'string' ? {} : value);
        out[c.name] = list;
      } else out[c.name] = value;
    }
    return out;
  };
  const data = toJson(root, `/${root.name}`);
  const meta = root.children.find((c) => local(c.name) === 'meta');
  const instanceId = meta?.children.find((c) => local(c.name) === 'instanceID')?.text.trim() ?? root.attrs.instanceID ?? '';
  return { formId: root.attrs.id ?? '', version: root.attrs.version ?? '', instanceId, data };
}

/** The value at a field path in a submission (outside repeats), or null. */
export function valueAt(data: Answers, path: string, rootName: string): string | null {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== rootName) return null;
  let cur: unknown = data;
  for (const p of parts.slice(1)) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Answers)[p];
  }
  return typeof cur === 'string' ? cur : null;
}
