/**
 * XLSForm → ODK XForm. Reads `.xlsx` or XLSForm `.csv`, checks every row (types, names, choice lists,
 * expressions, references) and writes the XForm as pyxform would. No database: the surveys module
 * stores what this returns.
 */
import { references } from './expression.parse.js';
import { type FormModel, type FormNode, nodeReferences, type Problem, TYPES } from './form.parse.js';
import { buildForm } from './form.parse.js';
import { xlsformMessages } from './xlsform.messages.js';
import { readWorkbook } from './xlsform.parse.js';
import { XFormWriter } from './xform.writer.js';

export type XlsFormProblem = { sheet: string; row?: number; column?: string; message: { vi: string; en: string } };
export type XlsFormResult =
  | {
      ok: true;
      xform: string;
      formId: string;
      version: string;
      title: string;
      defaultLanguage: string | null;
      languages: string[];
      mediaFiles: string[];
      externalFiles: string[];
      entityList: string | null;
      warnings: XlsFormProblem[];
    }
  | { ok: false; errors: XlsFormProblem[] };

function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}

/** A collected problem in the shape callers get: the message in both languages. */
function present(p: Problem): XlsFormProblem {
  const entry = xlsformMessages[p.code] ?? { vi: p.code, en: p.code };
  const message = {
    vi: fill(entry.vi, { ...p.params, reason: p.reason?.vi }),
    en: fill(entry.en, { ...p.params, reason: p.reason?.en }),
  };
  const out: XlsFormProblem = { sheet: p.sheet, message };
  if (p.row !== undefined) out.row = p.row;
  if (p.column !== undefined) out.column = p.column;
  return out;
}

/** The form id from the settings, else from the file name (letters, digits, `_`, `-`, `.`). */
function formIdOf(model: FormModel, fileName: string): string {
  const fromSettings = model.settings.get('form_id');
  if (fromSettings) return fromSettings;
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return stem.replace(/[^\p{L}\p{N}_.-]+/gu, '_') || 'form';
}

/** Every `${name}` must name exactly one question (instanceID is always there). */
function checkReferences(model: FormModel, writer: XFormWriter, sheet: string, problems: Problem[]) {
  const counts = new Map<string, number>();
  const count = (n: FormNode) => {
    for (const c of n.children) {
      counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
      count(c);
    }
  };
  count(model.root);
  const check = (n: FormNode) => {
    for (const c of n.children) {
      const seen = new Set<string>();
      for (const r of nodeReferences(c)) {
        const key = `${r.column}\u0000${r.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const found = counts.get(r.name) ?? 0;
        const column = c.headers.get(r.column) ?? r.column;
        if (found === 0 && r.name !== 'instanceID') problems.push({ sheet, row: c.row, column, code: 'xlsform_unknown_reference', params: { name: r.name } });
        else if (found > 1) problems.push({ sheet, row: c.row, column, code: 'xlsform_ambiguous_reference', params: { name: r.name } });
      }
      if (c.trigger) {
        for (const r of nodeReferences({
          ...c,
          bind: new Map(),
          label: new Map(),
          hint: new Map(),
          guidance: new Map(),
          constraintMsg: new Map(),
          requiredMsg: new Map(),
        })) {
          if (r.column === 'trigger' && writer.lookup(r.name) === c)
            problems.push({ sheet, row: c.row, column: c.headers.get('trigger') ?? 'trigger', code: 'xlsform_bad_trigger', params: { trigger: c.trigger } });
        }
      }
      check(c);
    }
  };
  check(model.root);
  // A choice's label or media may show an answer (`${name}`): the question must exist, as pyxform checks.
  for (const list of model.lists.values()) {
    if (list.external) continue;
    for (const choice of list.choices) {
      const texts: [string, Map<string | null, string>][] = [['label', choice.label], ...choice.media];
      for (const [column, byLang] of texts) {
        for (const [lang, text] of byLang) {
          for (const r of references(text)) {
            if ((counts.get(r.name) ?? 0) === 0 && r.name !== 'instanceID')
              problems.push({
                sheet: 'choices',
                row: choice.row,
                column: lang ? `${column}::${lang}` : column,
                code: 'xlsform_unknown_reference',
                params: { name: r.name },
              });
          }
        }
      }
    }
  }
  for (const e of model.entities) {
    for (const expr of [e.label, e.entityId, e.createIf, e.updateIf]) {
      for (const m of expr.matchAll(/\$\{([^}]*)\}/g)) {
        if (!counts.has(m[1]) && m[1] !== 'instanceID')
          problems.push({ sheet: 'entities', row: e.row, code: 'xlsform_unknown_reference', params: { name: m[1] } });
      }
    }
  }
  for (const expr of [model.settings.get('instance_name') ?? '']) {
    for (const m of expr.matchAll(/\$\{([^}]*)\}/g)) {
      if (!counts.has(m[1]) && m[1] !== 'instanceID')
        problems.push({ sheet: 'settings', row: 2, column: 'instance_name', code: 'xlsform_unknown_reference', params: { name: m[1] } });
    }
  }
}

/** A repeat counted by an expression gets a `<name>_count` calculate before it, as pyxform adds. */
function addRepeatCounts(node: FormNode) {
  for (let i = 0; i < node.children.length; i++) {
    const c = node.children[i];
    if (c.kind === 'repeat' && c.repeatCount && !/^\s*\$\{[^}]+\}\s*$/.test(c.repeatCount)) {
      const calc: FormNode = {
        ...c,
        kind: 'question',
        name: `${c.name}_count`,
        type: 'calculate',
        typeText: 'calculate',
        spec: TYPES.calculate,
        children: [],
        label: new Map(),
        hint: new Map(),
        guidance: new Map(),
        constraintMsg: new Map(),
        requiredMsg: new Map(),
        media: new Map(),
        bind: new Map([
          ['readonly', 'true()'],
          ['calculate', c.repeatCount],
        ]),
        body: new Map(),
        instance: new Map(),
        defaultValue: '',
        repeatCount: '',
        generated: true,
      };
      node.children.splice(i, 0, calc);
      c.repeatCount = `\${${calc.name}}`;
      i++;
    }
    if (c.kind !== 'question') addRepeatCounts(c);
  }
}

/** Converts an XLSForm (`.xlsx` or `.csv`) to an ODK XForm, or lists what is wrong with it. */
export async function convertXlsForm(file: Buffer, fileName: string): Promise<XlsFormResult> {
  const read = await readWorkbook(file, fileName);
  if ('problem' in read) {
    const p = read.problem;
    return { ok: false, errors: [p.message ? { sheet: '', message: p.message } : present({ sheet: '', code: p.code, params: p.params })] };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const model = buildForm(read.sheets, problems, warnings);
  if (!model || problems.length) return { ok: false, errors: sortProblems(problems).map(present) };
  addRepeatCounts(model.root);

  const formId = formIdOf(model, fileName);
  const title = model.settings.get('form_title') ?? formId;
  const version = model.settings.get('version') ?? '';
  const writer = new XFormWriter(model, { formId, version, title });
  checkReferences(model, writer, read.sheets.get('survey')?.name ?? 'survey', problems);
  if (problems.length) return { ok: false, errors: sortProblems(problems).map(present) };
  const out = writer.write();
  return {
    ok: true,
    xform: out.xml,
    formId,
    version,
    title,
    defaultLanguage: model.settings.get('default_language') ?? null,
    languages: out.languages,
    mediaFiles: out.mediaFiles,
    externalFiles: out.externalFiles,
    entityList: model.entity?.dataset ?? null,
    warnings: warnings.map(present),
  };
}

const SHEET_ORDER = ['survey', 'choices', 'external_choices', 'settings', 'entities'];
function sortProblems(problems: Problem[]): Problem[] {
  const rank = (s: string) => {
    const i = SHEET_ORDER.indexOf(s.toLowerCase());
    return i < 0 ? SHEET_ORDER.length : i;
  };
  return [...problems].sort((a, b) => rank(a.sheet) - rank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}
