/**
 * Writes the ODK XForm of a form tree, shaped as pyxform writes it: the primary instance with repeat
 * templates and `meta`, secondary instances for choice lists and attached files, binds, setvalue
 * actions, itext translations, and the body of controls, groups and repeats.
 */
import { escapeXml } from '../dhis2/dhis2.xml.js';
import { isDynamicDefault, references } from './expression.parse.js';
import type { EntityPlacement } from './entities.parse.js';
import { type ChoiceList, emptyNode, type FormModel, type FormNode, type Texts, usesSearch } from './form.parse.js';

type Child = El | { raw: string } | string;
interface El {
  n: string;
  a: [string, string][];
  c: Child[];
}

const el = (n: string, attrs: Record<string, string | null | undefined> = {}, ...c: Child[]): El => ({
  n,
  a: Object.entries(attrs).filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined),
  c,
});

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function serialise(e: El, depth: number, out: string[]) {
  const pad = '  '.repeat(depth);
  const attrs = e.a.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  if (!e.c.length) {
    out.push(`${pad}<${e.n}${attrs}/>`);
    return;
  }
  if (e.c.every((c) => typeof c === 'string' || !('n' in c))) {
    const inner = e.c.map((c) => (typeof c === 'string' ? escText(c) : (c as { raw: string }).raw)).join('');
    out.push(`${pad}<${e.n}${attrs}>${inner}</${e.n}>`);
    return;
  }
  out.push(`${pad}<${e.n}${attrs}>`);
  for (const c of e.c) {
    if (typeof c === 'string') out.push(`${pad}  ${escText(c)}`);
    else if ('n' in c) serialise(c, depth + 1, out);
    else out.push(`${pad}  ${c.raw}`);
  }
  out.push(`${pad}</${e.n}>`);
}

export const NAMESPACES: Record<string, string> = {
  xmlns: 'http://www.w3.org/2002/xforms',
  'xmlns:h': 'http://www.w3.org/1999/xhtml',
  'xmlns:ev': 'http://www.w3.org/2001/xml-events',
  'xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
  'xmlns:jr': 'http://openrosa.org/javarosa',
  'xmlns:orx': 'http://openrosa.org/xforms',
  'xmlns:odk': 'http://www.opendatakit.org/xforms',
};
export const ENTITIES_NS = 'http://www.opendatakit.org/xforms/entities';

export interface WriteResult {
  xml: string;
  languages: string[];
  mediaFiles: string[];
  externalFiles: string[];
}

/** A text goes through itext when one of its columns names a language (decided per question, as pyxform does). */
const translatedIn = (texts: Texts) => [...texts.keys()].some((k) => k !== null);

export function pathOf(node: FormNode): string {
  const parts: string[] = [];
  for (let n: FormNode | null = node; n; n = n.parent) parts.unshift(n.name);
  return `/${parts.join('/')}`;
}

function ancestors(node: FormNode): FormNode[] {
  const out: FormNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/**
 * Ranges of the `indexed-repeat(…)` arguments that stay absolute: the value and the repeats (arguments
 * 1, 2, 4 and 6); the positions (3, 5, 7) are resolved like any other reference, as pyxform does.
 */
function indexedRepeatRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/indexed-repeat\s*\(/g)) {
    let depth = 0;
    let arg = 0;
    let argStart = (m.index ?? 0) + m[0].length;
    const close = (end: number) => {
      if ([0, 1, 3, 5].includes(arg)) out.push([argStart - 1, end]);
    };
    for (let i = argStart - 1; i < text.length; i++) {
      const ch = text[i];
      if (ch === '(') depth++;
      else if (ch === ',' && depth === 1) {
        close(i);
        arg++;
        argStart = i + 1;
      } else if (ch === ')' && --depth === 0) {
        close(i);
        break;
      }
    }
  }
  return out;
}

/** Ranges of the `[…]` predicates of an expression reading a secondary instance (references inside use current()). */
function predicateRanges(text: string): [number, number][] {
  if (!/instance\([^)]+.+/.test(text)) return [];
  return [...text.matchAll(/\[[^\]]+\]/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length - 1] as [number, number]);
}

export class XFormWriter {
  private readonly index = new Map<string, FormNode | null>();
  private readonly defaultLang: string;
  private readonly itext = new Map<string, Map<string, Map<string, string>>>();
  private readonly mediaFiles = new Set<string>();
  private readonly externalFiles = new Set<string>();
  private readonly secondary: El[] = [];
  private readonly instanceIds = new Set<string>();
  private readonly usedLists: string[] = [];
  /** Lists written inline in `search()` selects (they get no secondary instance). */
  private readonly searchLists = new Set<string>();
  private readonly triggered = new Map<string, FormNode[]>();
  /** The meta/entity block of each group or repeat that declares an entity. */
  private readonly entityNodes = new Map<FormNode, El>();
  /** The `odk-new-repeat` action giving each new repeat instance its entity id, by declaring container. */
  private readonly entityNewRepeat = new Map<FormNode, El>();

  constructor(
    private readonly form: FormModel,
    private readonly meta: { formId: string; version: string; title: string },
  ) {
    this.defaultLang = form.settings.get('default_language') ?? 'default';
    const walk = (n: FormNode) => {
      for (const c of n.children) {
        if (c.name) this.index.set(c.name, this.index.has(c.name) ? null : c);
        walk(c);
      }
    };
    walk(form.root);
  }

  /** The node a `${name}` stands for (null when missing or ambiguous; the service reports those first). */
  lookup(name: string): FormNode | null {
    return this.index.get(name) ?? null;
  }

  /** Replaces each `${name}` with the path of that question: relative inside a shared repeat, as pyxform writes it. */
  resolve(text: string, context: FormNode | null, useCurrent = false, wrap?: (path: string) => string): string {
    if (!text.includes('${')) return text;
    const indexed = indexedRepeatRanges(text);
    const predicates = predicateRanges(text);
    let out = '';
    let at = 0;
    for (const r of references(text)) {
      out += text.slice(at, r.start);
      at = r.end;
      const target = r.name === 'instanceID' && !this.index.has('instanceID') ? null : this.lookup(r.name);
      let path = target ? pathOf(target) : `/${this.form.root.name}/meta/${r.name}`;
      if (r.lastSaved) {
        path = `instance('__last-saved')${path}`;
      } else if (target && context && !indexed.some(([s, e]) => r.start > s && r.end <= e)) {
        const rel = this.relative(target, context);
        if (rel) path = (useCurrent || predicates.some(([s, e]) => r.start > s && r.end <= e + 1) ? 'current()/' : '') + rel;
      }
      out += wrap ? wrap(path) : ` ${path} `;
    }
    return out + text.slice(at);
  }

  /** The path from the context up to the lowest group both share, then down to the target (only under a shared repeat). */
  private relative(target: FormNode, context: FormNode): string | null {
    const mine = ancestors(context);
    const theirs = new Set(ancestors(target));
    if (!mine.some((a) => a.kind === 'repeat' && theirs.has(a))) return null;
    const lca = mine.find((a) => theirs.has(a)) as FormNode;
    const steps = mine.indexOf(lca) + 1;
    const rel = pathOf(target).slice(pathOf(lca).length);
    return `${Array(steps).fill('..').join('/')}${rel}`;
  }

  /** A text for display: XML-escaped, each `${name}` an `<output>`. */
  private displayText(text: string, context: FormNode | null): string {
    return this.resolve(escText(text), context, false, (p) => `<output value=" ${escapeXml(p)} "/>`);
  }

  private langOf(lang: string | null) {
    return lang ?? this.defaultLang;
  }

  private addItext(lang: string, id: string, form: string, value: string) {
    const byId = this.itext.get(lang) ?? new Map<string, Map<string, string>>();
    this.itext.set(lang, byId);
    const forms = byId.get(id) ?? new Map<string, string>();
    byId.set(id, forms);
    if (!forms.has(form)) forms.set(form, value);
  }

  private mediaUri(kind: string, file: string) {
    if (!file.includes('${')) this.mediaFiles.add(file);
    return kind === 'image' || kind === 'big-image' ? `jr://images/${file}` : `jr://${kind}/${file}`;
  }

  private textsToItext(id: string, texts: Texts, form: string, context: FormNode | null) {
    // A column naming the default language wins over the untranslated column.
    for (const [lang, value] of [...texts].sort((a, b) => (a[0] === null ? 1 : 0) - (b[0] === null ? 1 : 0)))
      this.addItext(this.langOf(lang), id, form, this.displayText(value, context));
  }

  private inline(texts: Texts): string | undefined {
    return texts.get(null) ?? texts.get(this.defaultLang) ?? [...texts.values()][0];
  }

  private labelEls(node: FormNode): El[] {
    const out: El[] = [];
    const path = pathOf(node);
    if (node.label.size || node.media.size) {
      if ((translatedIn(node.label) || node.media.size) && !(node.generated && node.label.has(null))) {
        const id = `${path}:label`;
        this.textsToItext(id, node.label, 'long', node);
        for (const [kind, texts] of node.media)
          for (const [lang, file] of texts) this.addItext(this.langOf(lang), id, kind, this.displayText(this.mediaUri(kind, file), node));
        out.push(el('label', { ref: `jr:itext('${id}')` }));
      } else {
        out.push(el('label', {}, { raw: this.displayText(this.inline(node.label) ?? '', node) }));
      }
    }
    if (node.hint.size || node.guidance.size) {
      if (translatedIn(node.hint) || node.guidance.size) {
        const id = `${path}:hint`;
        this.textsToItext(id, node.hint, 'long', node);
        this.textsToItext(id, node.guidance, 'guidance', node);
        out.push(el('hint', { ref: `jr:itext('${id}')` }));
      } else {
        out.push(el('hint', {}, { raw: this.displayText(this.inline(node.hint) ?? '', node) }));
      }
    }
    return out;
  }

  private message(node: FormNode, field: 'constraintMsg' | 'requiredMsg' | 'noAppError'): string | undefined {
    const texts = node[field];
    if (!texts?.size) return undefined;
    if (translatedIn(texts)) {
      const id = `${pathOf(node)}:jr:${field === 'noAppError' ? 'noAppErrorString' : field}`;
      this.textsToItext(id, texts, 'long', node);
      return `jr:itext('${id}')`;
    }
    return this.inline(texts);
  }

  private addInstance(id: string, src: string | null, body?: El) {
    if (this.instanceIds.has(id)) return;
    this.instanceIds.add(id);
    this.secondary.push(body ?? el('instance', { id, src }));
  }

  private attachFile(file: string) {
    const ext = (/\.([^.]+)$/.exec(file)?.[1] ?? '').toLowerCase();
    const id = file.replace(/\.[^.]+$/, '');
    this.externalFiles.add(file);
    this.addInstance(id, ext === 'csv' ? `jr://file-csv/${file}` : `jr://file/${file}`);
    return id;
  }

  private notePulldata(text: string | undefined) {
    if (!text) return;
    for (const m of text.matchAll(/pulldata\s*\(\s*['"]([^'"]+)['"]/g)) this.attachFile(`${m[1]}.csv`);
  }

  /**
   * The choices of a select with a `search()` appearance, written inside the control as `<item>`s (ODK
   * Collect needs them there, not in an itemset): labels through itext when the list needs it,
   * inline when the question has a label, empty otherwise, as pyxform writes them. The list gets no
   * secondary instance.
   */
  private searchItems(list: ChoiceList, c: FormNode): El[] {
    this.searchLists.add(list.name);
    const itext = this.listNeedsItext(list);
    return list.choices.map((choice, i) => {
      let label: El;
      if (itext) {
        const id = `${list.name}-${i}`;
        this.choiceItext(id, choice);
        label = el('label', { ref: `jr:itext('${id}')` });
      } else label = c.label.size ? el('label', {}, { raw: this.displayText(this.inline(choice.label) ?? '', null) }) : el('label');
      return el('item', {}, label, el('value', {}, choice.name));
    });
  }

  private choiceItext(id: string, c: ChoiceList['choices'][number]) {
    this.textsToItext(id, c.label, 'long', null);
    for (const [kind, texts] of c.media)
      for (const [lang, file] of texts) this.addItext(this.langOf(lang), id, kind, this.displayText(this.mediaUri(kind, file), null));
  }

  private listUsed(list: ChoiceList) {
    if (!this.usedLists.includes(list.name)) this.usedLists.push(list.name);
  }

  /**
   * A list goes through itext when one of its choices has a label in a named language, media or a
   * `${…}` in its label; a list whose labels are all in the plain `label` column keeps inline labels,
   * even in a translated form (decided per list, as pyxform does).
   */
  private listNeedsItext(list: ChoiceList) {
    return list.choices.some((c) => c.media.size || [...c.label.keys()].some((k) => k !== null) || [...c.label.values()].some((l) => l.includes('${')));
  }

  private choiceInstance(list: ChoiceList): El {
    const itext = this.listNeedsItext(list);
    const items = list.choices.map((c, i) => {
      const kids: El[] = [];
      if (itext) {
        const id = `${list.name}-${i}`;
        kids.push(el('itextId', {}, id));
        this.choiceItext(id, c);
      }
      kids.push(el('name', {}, c.name));
      if (!itext && c.label.size) kids.push(el('label', {}, this.inline(c.label) ?? ''));
      for (const [k, v] of c.extra) kids.push(el(k, {}, v));
      return el('item', {}, ...kids);
    });
    return el('instance', { id: list.name }, el('root', {}, ...items));
  }

  /**
   * Whether the form needs the `__last-saved` instance: a `${last-saved#…}` in a default, a choice filter
   * or a calculation, constraint, read_only, required or relevant expression (as pyxform decides; one
   * only in a label or hint adds none).
   */
  private readsLastSaved(node: FormNode): boolean {
    const has = (v: string | undefined) => !!v && references(v).some((r) => r.lastSaved);
    return node.children.some(
      (c) =>
        has(c.defaultValue) ||
        has(c.choiceFilter) ||
        ['calculate', 'constraint', 'readonly', 'required', 'relevant'].some((k) => has(c.bind.get(k))) ||
        this.readsLastSaved(c),
    );
  }

  // ----- primary instance -----

  /**
   * A node of the primary instance. As pyxform writes it: a repeat outside any repeat comes twice (its
   * `jr:template` copy, then the copy the form starts with); a repeat inside the copy of another comes
   * once; inside a template every repeat is a template.
   */
  private instanceNode(node: FormNode, template = false, inRepeat = false): El[] {
    if (node.kind === 'question') {
      if (node.type === 'xml-external' || node.type === 'csv-external' || node.spec?.meta) return [];
      const attrs: Record<string, string> = {};
      for (const [k, v] of node.instance) attrs[k] = this.resolve(v, node);
      let value = node.defaultValue && !isDynamicDefault(node.defaultValue, node.type) ? [node.defaultValue] : [];
      // An image's default names a media file (pyxform adds the jr://images/ prefix).
      if (node.type === 'image' && value.length && !value[0].includes('jr://images/')) value = [`jr://images/${value[0]}`];
      return [el(node.name, attrs, ...value)];
    }
    const attrs: Record<string, string> = {};
    if (template) attrs['jr:template'] = '';
    // A repeat's template carries only jr:template; its instance:: attributes go on the copy the form starts with.
    if (!template) for (const [k, v] of node.instance) attrs[k] = this.resolve(v, node);
    const kids: El[] = [];
    for (const c of node.children) {
      if (template) kids.push(...this.instanceNode(c, c.kind === 'repeat', false));
      else if (c.kind === 'repeat' && !inRepeat) kids.push(...this.instanceNode(c, true), ...this.instanceNode(c, false, true));
      else kids.push(...this.instanceNode(c, false, inRepeat));
    }
    // An entity declared in this group or repeat: its meta/entity block after the questions.
    const entity = this.entityNodes.get(node);
    if (entity) kids.push(el('meta', {}, entity));
    return [el(node.name, attrs, ...kids)];
  }

  // ----- binds and model actions -----

  private binds(node: FormNode, out: El[], repeatActions: Map<FormNode, El[]>) {
    for (const c of node.children) {
      const path = pathOf(c);
      if (c.type === 'xml-external' || c.type === 'csv-external') {
        this.attachFile(`${c.name}.${c.type === 'xml-external' ? 'xml' : 'csv'}`);
        continue;
      }
      const attrs: Record<string, string | undefined> = { nodeset: path };
      const spec = c.spec;
      if (spec?.bindType) attrs.type = spec.bindType;
      if (c.type === 'range' && ['start', 'end', 'step', 'tick_interval', 'placeholder'].some((k) => Number(c.parameters.get(k) ?? '0') % 1 !== 0))
        attrs.type = 'decimal';
      if (['geopoint', 'geotrace', 'geoshape'].includes(c.type) && c.parameters.has('allow-mock-accuracy'))
        attrs['odk:allow-mock-accuracy'] = c.parameters.get('allow-mock-accuracy');
      if (spec?.readonly) attrs.readonly = 'true()';
      const triggered = c.trigger !== '';
      for (const [k, v] of c.bind) {
        if (k === 'calculate' && triggered) continue;
        this.notePulldata(v);
        attrs[k] = this.resolve(v, c);
      }
      if (spec?.preload) {
        attrs['jr:preload'] = spec.preload[0];
        attrs['jr:preloadParams'] = spec.preload[1];
      }
      const cm = this.message(c, 'constraintMsg');
      if (cm) attrs['jr:constraintMsg'] = cm;
      const rm = this.message(c, 'requiredMsg');
      if (rm) attrs['jr:requiredMsg'] = rm;
      const noApp = this.message(c, 'noAppError');
      if (noApp) attrs['jr:noAppErrorString'] = noApp;
      if (c.type === 'image' && c.parameters.get('max-pixels')) attrs['orx:max-pixels'] = c.parameters.get('max-pixels');
      if (c.type === 'audio' && c.parameters.get('quality')) attrs['odk:quality'] = c.parameters.get('quality');
      if (c.saveTo) attrs['entities:saveto'] = c.saveTo;
      if (c.spec?.meta) attrs.nodeset = `/${this.form.root.name}/meta/${c.name}`;
      if (c.type === 'audit') {
        for (const [k, v] of c.parameters) attrs[`odk:${k}`] = v;
      }
      if (Object.values(attrs).filter((v) => v !== undefined).length > 1) out.push(el('bind', attrs));
      this.notePulldata(c.choiceFilter);
      this.notePulldata(c.defaultValue);
      if (c.defaultValue && isDynamicDefault(c.defaultValue, c.type)) {
        const value = this.resolve(c.defaultValue, c);
        out.push(el('setvalue', { event: 'odk-instance-first-load', ref: path, value }));
        const rep = ancestors(c).find((a) => a.kind === 'repeat');
        if (rep) repeatActions.set(rep, [...(repeatActions.get(rep) ?? []), el('setvalue', { event: 'odk-new-repeat', ref: path, value })]);
      }
      if (c.type === 'start-geopoint') out.push(el('odk:setgeopoint', { event: 'odk-instance-first-load', ref: path }));
      if (c.type === 'background-audio') out.push(el('odk:recordaudio', { event: 'odk-instance-load', ref: path, 'odk:quality': c.parameters.get('quality') }));
      if (triggered) {
        for (const r of references(c.trigger)) {
          const list = this.triggered.get(r.name) ?? [];
          list.push(c);
          this.triggered.set(r.name, list);
        }
      }
      if (c.kind !== 'question') this.binds(c, out, repeatActions);
    }
    // The entity declared here (after the container's questions, as in the instance) gets a new id in each repeat instance.
    const newId = this.entityNewRepeat.get(node);
    const rep = [node, ...ancestors(node)].find((a) => a.kind === 'repeat');
    if (newId && rep) repeatActions.set(rep, [...(repeatActions.get(rep) ?? []), newId]);
  }

  // ----- body -----

  private body(node: FormNode, repeatActions: Map<FormNode, El[]>): El[] {
    const out: El[] = [];
    for (const c of node.children) {
      const e = this.control(c, repeatActions);
      if (e) out.push(e);
    }
    return out;
  }

  private bodyAttrs(c: FormNode): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (const [k, v] of c.body) attrs[k] = this.resolve(v, c);
    return attrs;
  }

  private control(c: FormNode, repeatActions: Map<FormNode, El[]>): El | null {
    const path = pathOf(c);
    if (c.kind === 'group') {
      if (c.body.get('appearance') === 'bodyless') return null;
      // A group shows its label, never a hint (as pyxform writes it).
      const label = c.label.size ? this.labelEls(c).filter((l) => l.n === 'label') : [];
      return el('group', { ref: path, ...this.bodyAttrs(c) }, ...label, ...this.body(c, repeatActions));
    }
    if (c.kind === 'repeat') {
      const attrs: Record<string, string> = { nodeset: path, ...this.bodyAttrs(c) };
      if (c.repeatCount) attrs['jr:count'] = /^\d+$/.test(c.repeatCount.trim()) ? c.repeatCount.trim() : this.resolve(c.repeatCount, c);
      const repeat = el('repeat', attrs, ...this.body(c, repeatActions), ...(repeatActions.get(c) ?? []));
      // pyxform writes the label (an empty one when there is none) and no hint on the group of a repeat.
      const label = this.labelEls(c).find((l) => l.n === 'label') ?? el('label');
      return el('group', { ref: path }, label, repeat);
    }
    const spec = c.spec;
    if (!spec?.tag) return null;
    if (c.type === 'calculate' || ((c.bind.has('calculate') || c.trigger) && !c.label.size && !c.hint.size)) return null;
    const attrs: Record<string, string | undefined> = { ref: path };
    if (spec.mediatype) attrs.mediatype = c.type === 'file' && c.parameters.get('accept') ? c.parameters.get('accept') : spec.mediatype;
    Object.assign(attrs, this.bodyAttrs(c));
    if (c.type === 'range') {
      attrs.start = c.parameters.get('start') ?? '1';
      attrs.end = c.parameters.get('end') ?? '10';
      attrs.step = c.parameters.get('step') ?? '1';
      if (c.parameters.has('tick_interval')) attrs['odk:tick-interval'] = c.parameters.get('tick_interval');
      if (c.parameters.has('placeholder')) attrs['odk:placeholder'] = c.parameters.get('placeholder');
    }
    if (c.type === 'image' && c.parameters.get('app') && (!c.body.get('appearance') || c.body.get('appearance') === 'annotate'))
      attrs.intent = c.parameters.get('app');
    if ((c.type === 'geotrace' || c.type === 'geoshape') && c.parameters.has('incremental')) attrs.incremental = 'true';
    if (c.type === 'text' && c.parameters.get('rows')) attrs.rows = c.parameters.get('rows');
    if (c.type === 'geopoint') {
      if (c.parameters.get('capture-accuracy')) attrs.accuracyThreshold = c.parameters.get('capture-accuracy');
      if (c.parameters.get('warning-accuracy')) attrs.unacceptableAccuracyThreshold = c.parameters.get('warning-accuracy');
    }
    const kids: El[] = this.labelEls(c);
    const ticks = c.type === 'range' ? this.form.lists.get(c.parameters.get('tick_labelset') ?? '') : undefined;
    // A question with a hint and no label gets an empty label, as pyxform writes it.
    if (kids.length && kids[0].n !== 'label') kids.unshift(el('label'));
    const s = c.select;
    const searchList = s && usesSearch(c) ? this.form.lists.get(s.list) : undefined;
    if (searchList) kids.push(...this.searchItems(searchList, c));
    else if (s) {
      const filter = c.choiceFilter ? `[${this.resolve(c.choiceFilter, c, true)}]` : '';
      if (s.kind === 'one_external') {
        const list = this.form.lists.get(s.list);
        if (list) this.externalFiles.add('itemsets.csv');
        attrs.query = `instance('${s.list}')/root/item${filter}`;
      } else {
        let nodeset: string;
        let value = 'name';
        let label = 'label';
        if (s.file) {
          const id = this.attachFile(s.file);
          nodeset = `instance('${id}')/root/item`;
          if (/\.geojson$/i.test(s.file)) {
            value = 'id';
            label = 'title';
          }
          value = c.parameters.get('value') ?? value;
          label = c.parameters.get('label') ?? label;
        } else if (s.list.startsWith('${')) {
          const ref = references(s.list)[0];
          const target = ref ? this.lookup(ref.name) : null;
          const parent = target?.parent;
          nodeset = parent ? pathOf(parent) : s.list;
          value = target?.name ?? 'name';
          label = value;
        } else {
          const list = this.form.lists.get(s.list);
          if (list) {
            this.listUsed(list);
            if (this.listNeedsItext(list)) label = 'jr:itext(itextId)';
          }
          nodeset = `instance('${s.list}')/root/item`;
        }
        nodeset += filter;
        if (c.parameters.has('randomize') && /^(true|yes)$/i.test(c.parameters.get('randomize') ?? '')) {
          const seed = c.parameters.get('seed');
          nodeset = seed ? `randomize(${nodeset}, ${this.resolve(seed, c)})` : `randomize(${nodeset})`;
        }
        kids.push(el('itemset', { nodeset }, el('value', { ref: value }), el('label', { ref: label })));
      }
    }
    const tags = c.osmList ? this.form.osm.get(c.osmList) : undefined;
    for (const tag of tags?.choices ?? []) {
      // OpenStreetMap tags are written inside the upload control, each with its label.
      const translatedTag = [...tag.label.keys()].some((k) => k !== null);
      const label = translatedTag ? `${path}/${tag.name}:label` : null;
      if (label) this.textsToItext(label, tag.label, 'long', c);
      kids.push(
        el(
          'tag',
          { key: tag.name },
          label ? el('label', { ref: `jr:itext('${label}')` }) : el('label', {}, { raw: this.displayText(this.inline(tag.label) ?? '', c) }),
        ),
      );
    }
    if (ticks) {
      // Tick labels of a range come from a choice list.
      this.listUsed(ticks);
      const label = this.listNeedsItext(ticks) ? 'jr:itext(itextId)' : 'label';
      kids.push(el('itemset', { nodeset: `instance('${ticks.name}')/root/item` }, el('value', { ref: 'name' }), el('label', { ref: label })));
    }
    for (const t of this.triggered.get(c.name) ?? []) {
      const calc = t.bind.get('calculate');
      const value = calc ? this.resolve(calc, c) : undefined;
      kids.push(
        el(t.type === 'geopoint' ? 'odk:setgeopoint' : 'setvalue', {
          event: 'xforms-value-changed',
          ref: pathOf(t),
          value: t.type === 'geopoint' ? undefined : value,
        }),
      );
    }
    const search = /search\(\s*'([^']+)'/.exec(c.body.get('appearance') ?? '');
    if (search) this.externalFiles.add(`${search[1]}.csv`);
    return el(spec.tag, attrs, ...kids);
  }

  // ----- entities -----

  /**
   * The `meta/entity` block of one entity and its binds, where the entity is declared (the survey, a
   * group or a repeat). Its expressions are resolved from the block's own place, so inside a repeat
   * they read the questions of the same repeat instance.
   */
  private entityParts(p: EntityPlacement<FormNode>): { node: El; binds: El[]; newRepeat: El | null } {
    const e = p.entity;
    const meta = emptyNode('group', 'meta', 'group', 0, p.container);
    const entity = emptyNode('group', 'entity', 'group', 0, meta);
    const at = emptyNode('question', 'label', 'string', 0, entity);
    const base = pathOf(entity);
    const resolve = (expr: string) => this.resolve(expr, at);
    const attrs: Record<string, string> = { dataset: e.dataset };
    const binds: El[] = [];
    const ro = (nodeset: string, calculate?: string) => el('bind', { nodeset, type: 'string', readonly: 'true()', calculate });
    if (!e.entityId || e.createIf) {
      attrs.create = '1';
      if (e.createIf) binds.push(ro(`${base}/@create`, resolve(e.createIf)));
    }
    if (e.entityId) {
      attrs.update = '1';
      if (e.updateIf) binds.push(ro(`${base}/@update`, resolve(e.updateIf)));
      const item = `instance('${e.dataset}')/root/item[name=${e.entityId}]`;
      attrs.baseVersion = '';
      attrs.trunkVersion = '';
      attrs.branchId = '';
      binds.push(
        ro(`${base}/@baseVersion`, resolve(`${item}/__version`)),
        ro(`${base}/@trunkVersion`, resolve(`${item}/__trunkVersion`)),
        ro(`${base}/@branchId`, resolve(`${item}/__branchId`)),
      );
    }
    attrs.id = '';
    binds.push(ro(`${base}/@id`, e.entityId ? resolve(e.entityId) : undefined));
    if (!e.entityId) binds.push(el('setvalue', { event: 'odk-instance-first-load', ref: `${base}/@id`, value: 'uuid()' }));
    const kids: El[] = [];
    if (e.label) {
      kids.push(el('label'));
      binds.push(ro(`${base}/label`, resolve(e.label)));
    }
    const newRepeat = p.newRepeat ? el('setvalue', { event: 'odk-new-repeat', ref: `${base}/@id`, value: 'uuid()' }) : null;
    return { node: el('entity', attrs, ...kids), binds, newRepeat };
  }

  write(): WriteResult {
    const root = this.form.root;
    const settings = this.form.settings;
    const rootPath = `/${root.name}`;
    const entities = this.form.entityPlacements.map((p) => ({ p, ...this.entityParts(p) }));
    for (const x of entities) if (x.p.container !== root) this.entityNodes.set(x.p.container, x.node);
    for (const x of entities) if (x.newRepeat) this.entityNewRepeat.set(x.p.container, x.newRepeat);
    const [instanceRoot] = this.instanceNode(root);
    instanceRoot.a = [];
    for (const [k, v] of settings) if (k.startsWith('attribute::')) instanceRoot.a.push([k.slice('attribute::'.length), v]);
    instanceRoot.a.push(['id', this.meta.formId]);
    if (settings.get('instance_xmlns')) instanceRoot.a.push(['xmlns', settings.get('instance_xmlns') as string]);
    if (this.meta.version) instanceRoot.a.push(['version', this.meta.version]);
    if (settings.get('prefix')) instanceRoot.a.push(['odk:prefix', settings.get('prefix') as string]);
    if (settings.get('delimiter')) instanceRoot.a.push(['odk:delimiter', settings.get('delimiter') as string]);
    for (const [k, v] of root.instance) instanceRoot.a.push([k, v]);
    const metaKids: El[] = [];
    const walkMeta = (n: FormNode) => {
      for (const c of n.children) {
        if (c.spec?.meta) metaKids.push(el(c.name));
        walkMeta(c);
      }
    };
    walkMeta(root);
    const metaBinds: El[] = [];
    // omit_instanceID leaves the instance without an id (pyxform refuses it with encryption).
    if (!/^(yes|true|true\(\)|1)$/i.test(settings.get('omit_instanceid') ?? '')) {
      metaKids.push(el('instanceID'));
      metaBinds.push(
        el('bind', { nodeset: `${rootPath}/meta/instanceID`, type: 'string', readonly: 'true()', 'jr:preload': settings.get('instance_id') ?? 'uid' }),
      );
    }
    if (settings.get('instance_name')) {
      metaKids.push(el('instanceName'));
      metaBinds.push(
        el('bind', { nodeset: `${rootPath}/meta/instanceName`, type: 'string', calculate: this.resolve(settings.get('instance_name') as string, null) }),
      );
    }
    for (const x of entities) {
      if (x.p.container === root) metaKids.unshift(x.node);
      metaBinds.push(...x.binds);
    }
    // A `meta` group of the form's own gets the automatic children after its own.
    const ownMeta = instanceRoot.c.find((c): c is El => typeof c !== 'string' && 'n' in c && c.n === 'meta');
    if (ownMeta) ownMeta.c.push(...metaKids);
    else if (metaKids.length) instanceRoot.c.push(el('meta', {}, ...metaKids));

    const repeatActions = new Map<FormNode, El[]>();
    const binds: El[] = [];
    this.binds(root, binds, repeatActions);
    const body = this.body(root, repeatActions);
    // Every list of the choices sheet is written, used or not, as pyxform does.
    for (const name of [...this.usedLists, ...this.form.lists.keys()]) {
      const list = this.form.lists.get(name);
      if (list && !list.external && !this.searchLists.has(name)) this.addInstance(name, null, this.choiceInstance(list));
    }
    if (this.readsLastSaved(root)) this.addInstance('__last-saved', 'jr://instance/last-saved');

    // Every translation gets every text; a missing one shows "-".
    const langs = [...this.itext.keys()].sort((a, b) => (a === this.defaultLang ? -1 : b === this.defaultLang ? 1 : 0));
    const allIds = new Map<string, Set<string>>();
    for (const byId of this.itext.values()) for (const [id, forms] of byId) for (const f of forms.keys()) allIds.set(id, (allIds.get(id) ?? new Set()).add(f));
    const translations = langs.map((lang) => {
      const byId = this.itext.get(lang) as Map<string, Map<string, string>>;
      const texts: El[] = [];
      for (const [id, forms] of allIds) {
        const mine = byId.get(id) ?? new Map<string, string>();
        const values: El[] = [];
        for (const f of forms) {
          const v = mine.get(f);
          if (f === 'long') values.push(el('value', {}, { raw: v ?? '-' }));
          else if (f === 'guidance') values.push(el('value', { form: 'guidance' }, { raw: v ?? '-' }));
          else if (v !== undefined) values.push(el('value', { form: f }, { raw: v }));
        }
        texts.push(el('text', { id }, ...values));
      }
      return el('translation', lang === this.defaultLang ? { default: 'true()', lang } : { lang }, ...texts);
    });

    const modelAttrs: Record<string, string> = { 'odk:xforms-version': '1.0.0' };
    if (entities.length) modelAttrs['entities:entities-version'] = this.form.entityVersion;
    const modelKids: El[] = [];
    const submission: Record<string, string | undefined> = {};
    if (settings.get('submission_url')) {
      submission.action = settings.get('submission_url');
      submission.method = 'post';
    }
    if (settings.get('public_key')) submission.base64RsaPublicKey = settings.get('public_key');
    if (settings.get('auto_send')) submission['orx:auto-send'] = settings.get('auto_send');
    if (settings.get('auto_delete')) submission['orx:auto-delete'] = settings.get('auto_delete');
    if (/^(yes|true|true\(\)|1)$/i.test(settings.get('client_editable') ?? '')) submission['odk:client-editable'] = 'true';
    if (Object.keys(submission).length) modelKids.push(el('submission', submission));
    if (translations.length) modelKids.push(el('itext', {}, ...translations));
    modelKids.push(el('instance', {}, instanceRoot), ...this.secondary, ...binds, ...metaBinds);

    const ns: Record<string, string> = { ...NAMESPACES };
    if (entities.length) ns['xmlns:entities'] = ENTITIES_NS;
    for (const pair of (settings.get('namespaces') ?? '').split(/\s+/)) {
      const m = /^([A-Za-z_][\w.-]*)=["']?([^"']+)["']?$/.exec(pair);
      if (m && !ns[`xmlns:${m[1]}`]) ns[`xmlns:${m[1]}`] = m[2];
    }
    const html = el(
      'h:html',
      ns,
      el('h:head', {}, el('h:title', {}, this.meta.title), el('model', modelAttrs, ...modelKids)),
      el('h:body', settings.get('style') ? { class: settings.get('style') } : {}, ...body),
    );
    const out: string[] = ['<?xml version="1.0"?>'];
    serialise(html, 0, out);
    return { xml: `${out.join('\n')}\n`, languages: langs, mediaFiles: [...this.mediaFiles], externalFiles: [...this.externalFiles] };
  }
}
