/**
 * From the sheets of an XLSForm to the form's tree: question types (with their legacy spellings),
 * groups and repeats, choice lists, settings, the entities declaration, and every problem found,
 * located by sheet, row and column.
 */
import { expressionProblem, isDynamicDefault, NAME, references } from './expression.parse.js';
import { containerPath, type EntityDeclaration, type EntityPlacement, type EntityReferences, placeEntities } from './entities.parse.js';

export type { EntityDeclaration } from './entities.parse.js';
import type { RawSheet, SheetColumn, SheetRowData } from './xlsform.parse.js';

export type Problem = { sheet: string; row?: number; column?: string; code: string; params?: Record<string, unknown>; reason?: { vi: string; en: string } };

/** Text by language; the key `null` holds the untranslated column. */
export type Texts = Map<string | null, string>;

export interface Choice {
  name: string;
  row: number;
  label: Texts;
  media: Map<string, Texts>;
  /** Extra columns (used by choice filters), in sheet order. */
  extra: [string, string][];
}

export interface ChoiceList {
  name: string;
  choices: Choice[];
  external: boolean;
}

/** What a question type becomes in the XForm. */
export interface TypeSpec {
  /** Body element; null for questions without a control (calculate, metadata, hidden). */
  tag: string | null;
  bindType?: string;
  mediatype?: string;
  preload?: [string, string];
  readonly?: boolean;
  /** The question lives in `meta` (audit). */
  meta?: boolean;
  /** A constraint and hint the type brings when the row has none (`phone number`, `percentage`). */
  constraint?: string;
  hint?: string;
}

export type SelectKind = 'one' | 'multiple' | 'rank' | 'one_external';

export interface FormNode {
  kind: 'question' | 'group' | 'repeat';
  name: string;
  /** The type as written in the file. */
  typeText: string;
  /** Canonical type (`text`, `select_one`, `begin_group`…). */
  type: string;
  spec: TypeSpec | null;
  row: number;
  parent: FormNode | null;
  children: FormNode[];
  label: Texts;
  hint: Texts;
  guidance: Texts;
  constraintMsg: Texts;
  requiredMsg: Texts;
  /** `noAppErrorString`: the message when the external app of an `ex:` appearance is missing. */
  noAppError?: Texts;
  media: Map<string, Texts>;
  /** Bind attributes (relevant, required, constraint, calculate, readonly and `bind::` columns), not yet resolved. */
  bind: Map<string, string>;
  /** Body attributes (appearance and `body::` columns). */
  body: Map<string, string>;
  /** Instance attributes (`instance::` columns). */
  instance: Map<string, string>;
  defaultValue: string;
  choiceFilter: string;
  parameters: Map<string, string>;
  repeatCount: string;
  trigger: string;
  saveTo: string;
  /** The entity list `save_to` names (`list#property`, or the only entity of the form). */
  saveToList?: string;
  select?: { kind: SelectKind; list: string; file: string | null; orOther: boolean };
  /** `begin loop over list`: the group is repeated once per choice of that list (a group named after the choice). */
  loopList?: string;
  /** `osm list`: the OpenStreetMap tags (from the `osm` sheet) the question asks for. */
  osmList?: string;
  /** Header of each column as written, for locating problems. */
  headers: Map<string, string>;
  /** A node added by the converter (the `_other` text of or_other, a generated repeat count). */
  generated?: boolean;
}

export interface FormModel {
  root: FormNode;
  settings: Map<string, string>;
  lists: Map<string, ChoiceList>;
  /** The first entity of the `entities` sheet (the entity list the form creates or updates). */
  entity: EntityDeclaration | null;
  /** Every entity of the `entities` sheet, in row order. */
  entities: EntityDeclaration[];
  /** The container each entity is declared in (`meta/entity`), in document order. */
  entityPlacements: EntityPlacement<FormNode>[];
  /** `entities:entities-version`: 2025.1.0 with several entities or one inside a repeat, else 2024.1.0. */
  entityVersion: string;
  /** Languages of the translated columns, in the order first met. */
  languages: string[];
  /** Whether any column is translated or carries media (labels then go through itext). */
  useItext: boolean;
  /** Tag lists of the `osm` sheet. */
  osm: Map<string, ChoiceList>;
}

const T = (tag: string | null, bindType?: string, extra: Partial<TypeSpec> = {}): TypeSpec => ({ tag, bindType, ...extra });
const timestamp = (p: string) => T(null, 'dateTime', { preload: ['timestamp', p] });
const property = (p: string) => T(null, 'string', { preload: ['property', p] });

/** Question types by their canonical name. */
export const TYPES: Record<string, TypeSpec> = {
  text: T('input', 'string'),
  integer: T('input', 'int'),
  decimal: T('input', 'decimal'),
  date: T('input', 'date'),
  time: T('input', 'time'),
  dateTime: T('input', 'dateTime'),
  note: T('input', 'string', { readonly: true }),
  calculate: T(null, 'string'),
  hidden: T(null, 'string'),
  acknowledge: T('trigger', 'string'),
  trigger: T('trigger'),
  geopoint: T('input', 'geopoint'),
  geotrace: T('input', 'geotrace'),
  geoshape: T('input', 'geoshape'),
  image: T('upload', 'binary', { mediatype: 'image/*' }),
  audio: T('upload', 'binary', { mediatype: 'audio/*' }),
  video: T('upload', 'binary', { mediatype: 'video/*' }),
  file: T('upload', 'binary', { mediatype: 'application/*' }),
  barcode: T('input', 'barcode'),
  range: T('range', 'int'),
  select_one: T('select1', 'string'),
  select_multiple: T('select', 'string'),
  select_one_external: T('input', 'string'),
  rank: T('odk:rank', 'odk:rank'),
  start: timestamp('start'),
  end: timestamp('end'),
  today: T(null, 'date', { preload: ['date', 'today'] }),
  deviceid: property('deviceid'),
  username: property('username'),
  phonenumber: property('phonenumber'),
  email: property('email'),
  subscriberid: property('subscriberid'),
  simserial: property('simserial'),
  'uri:deviceid': property('uri:deviceid'),
  'uri:username': property('uri:username'),
  'uri:email': property('uri:email'),
  'uri:phonenumber': property('uri:phonenumber'),
  'uri:subscriberid': property('uri:subscriberid'),
  'uri:simserial': property('uri:simserial'),
  audit: T(null, 'binary', { meta: true }),
  'start-geopoint': T(null, 'geopoint'),
  'background-audio': T(null, 'binary'),
  'xml-external': T(null),
  'csv-external': T(null),
  osm: T('upload', 'binary', { mediatype: 'osm/*' }),
  // pyxform's older types that bring their own constraint (and hint).
  'phone number': T('input', 'string', { constraint: "regex(., '^\\d*$')", hint: 'Enter numbers only.' }),
  percentage: T('input', 'int', { constraint: '0 <= . and . <= 100' }),
  'number of days in last month': T('input', 'int', { constraint: '0 <= . and . <= 31', hint: 'Enter a number 0-31.' }),
  'number of days in last six months': T('input', 'int', { constraint: '0 <= . and . <= 183', hint: 'Enter a number 0-183.' }),
  'number of days in last year': T('input', 'int', { constraint: '0 <= . and . <= 365', hint: 'Enter a number 0-365.' }),
};

/** Other spellings of the plain types, as pyxform accepts them. */
const TYPE_ALIASES: Record<string, string> = {
  string: 'text',
  int: 'integer',
  datetime: 'dateTime',
  'date time': 'dateTime',
  'date-time': 'dateTime',
  location: 'geopoint',
  gps: 'geopoint',
  photo: 'image',
  'q picture': 'image',
  imei: 'deviceid',
  'device id': 'deviceid',
  'start time': 'start',
  'end time': 'end',
  'subscriber id': 'subscriberid',
  'sim id': 'simserial',
  // The spellings of pyxform's first versions ("q …", "add … prompt", "get …").
  'q string': 'text',
  'q int': 'integer',
  'q decimal': 'decimal',
  'q date': 'date',
  'q date time': 'dateTime',
  'q datetime': 'dateTime',
  'q note': 'note',
  'q calculate': 'calculate',
  'q acknowledge': 'acknowledge',
  'q audio': 'audio',
  'q video': 'video',
  'q image': 'image',
  'q barcode': 'barcode',
  'q location': 'geopoint',
  'q geopoint': 'geopoint',
  'q geoshape': 'geoshape',
  'q geotrace': 'geotrace',
  'add text prompt': 'text',
  'add integer prompt': 'integer',
  'add decimal prompt': 'decimal',
  'add date prompt': 'date',
  'add date time prompt': 'dateTime',
  'add datetime prompt': 'dateTime',
  'add note prompt': 'note',
  'add calculate prompt': 'calculate',
  'add acknowledge prompt': 'acknowledge',
  'add audio prompt': 'audio',
  'add video prompt': 'video',
  'add image prompt': 'image',
  'add file prompt': 'file',
  'add barcode prompt': 'barcode',
  'add location prompt': 'geopoint',
  'get start time': 'start',
  'get end time': 'end',
  'get today': 'today',
  'get device id': 'deviceid',
  'get subscriber id': 'subscriberid',
  'get sim id': 'simserial',
  'get phone number': 'phonenumber',
};

const SELECT_PREFIXES: [RegExp, SelectKind, 'list' | 'file'][] = [
  [/^(select_one_from_file|select one from file)$/, 'one', 'file'],
  [/^(select_multiple_from_file|select multiple from file)$/, 'multiple', 'file'],
  [/^(select_one_external|select one external)$/, 'one_external', 'list'],
  [/^(select_one|select one|select one from|select1|select one using|add select one prompt using)$/, 'one', 'list'],
  [
    /^(select_multiple|select all that apply|select all that apply from|select multiple from|select multiple using|add select multiple prompt using)$/,
    'multiple',
    'list',
  ],
  [/^rank$/, 'rank', 'list'],
];

/** Reads a type cell: group markers, selects with their list (and or_other), plain types. */
export function parseType(
  text: string,
):
  | { marker: 'begin' | 'end'; kind: 'group' | 'repeat' | 'loop'; list?: string }
  | { select: { kind: SelectKind; list: string; file: string | null; orOther: boolean } }
  | { plain: string; list?: string }
  | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const lower = t.toLowerCase();
  const marker = /^(begin|end)[ _](group|repeat|looped group|lgroup)$/.exec(lower);
  if (marker) return { marker: marker[1] as 'begin' | 'end', kind: marker[2] === 'group' ? 'group' : 'repeat' };
  const loop = /^begin[ _]loop( over)? (\S+)$/i.exec(t);
  if (loop) return { marker: 'begin', kind: 'loop', list: loop[2] };
  if (/^end[ _]loop$/.test(lower)) return { marker: 'end', kind: 'loop' };
  const osm = /^osm (\S+)$/i.exec(t);
  if (osm) return { plain: 'osm', list: osm[1] };
  const m = /^(.*?)\s+(\S+)(\s+(or_other|or specify other|or other))?$/i.exec(t);
  if (m) {
    const head = m[1].toLowerCase().replace(/\s+/g, ' ');
    for (const [re, kind, arg] of SELECT_PREFIXES) {
      if (re.test(head))
        return { select: { kind, list: arg === 'list' ? m[2] : m[2].replace(/\.[^.]+$/, ''), file: arg === 'file' ? m[2] : null, orOther: !!m[4] } };
    }
  }
  if (t in TYPES) return { plain: t };
  if (lower in TYPES) return { plain: lower };
  if (lower in TYPE_ALIASES) return { plain: TYPE_ALIASES[lower] };
  if (lower === 'datetime') return { plain: 'dateTime' };
  return null;
}

/** Survey columns by their canonical name, with the spellings pyxform accepts. */
const SURVEY_COLUMNS: Record<string, string> = {
  type: 'type',
  command: 'type',
  name: 'name',
  value: 'name',
  tag: 'name',
  label: 'label',
  caption: 'label',
  hint: 'hint',
  guidance_hint: 'guidance_hint',
  'guidance hint': 'guidance_hint',
  relevant: 'relevant',
  relevance: 'relevant',
  required: 'required',
  required_message: 'required_message',
  'required message': 'required_message',
  requiredmsg: 'required_message',
  'jr:requiredmsg': 'required_message',
  constraint: 'constraint',
  constraint_message: 'constraint_message',
  'constraint message': 'constraint_message',
  constraining_message: 'constraint_message',
  'jr:constraintmsg': 'constraint_message',
  calculation: 'calculation',
  calculate: 'calculation',
  default: 'default',
  read_only: 'read_only',
  readonly: 'read_only',
  'read only': 'read_only',
  appearance: 'appearance',
  choice_filter: 'choice_filter',
  'choice filter': 'choice_filter',
  parameters: 'parameters',
  repeat_count: 'repeat_count',
  'repeat count': 'repeat_count',
  count: 'repeat_count',
  'jr:count': 'repeat_count',
  trigger: 'trigger',
  save_to: 'save_to',
  image: 'image',
  'big-image': 'big-image',
  audio: 'audio',
  video: 'video',
  autoplay: 'autoplay',
  rows: 'rows',
  // SMS: the field's tag in an SMS submission, kept by pyxform but not written in the XForm.
  sms_field: 'sms_field',
  noapperrorstring: 'no_app_error_string',
  no_app_error_string: 'no_app_error_string',
  // KoboToolbox exports: the generated name when the name cell is empty.
  $autoname: '$autoname',
  disabled: 'disabled',
  note: 'note',
};
const TRANSLATED = new Set([
  'label',
  'hint',
  'guidance_hint',
  'constraint_message',
  'required_message',
  'no_app_error_string',
  'image',
  'big-image',
  'audio',
  'video',
]);
const MEDIA = new Set(['image', 'big-image', 'audio', 'video']);

/** The yes/no spellings of required and read_only. */
export function yesNo(value: string): string {
  const v = value.trim();
  if (/^(yes|true|true\(\)|1)$/i.test(v)) return 'true()';
  if (/^(no|false|false\(\)|0)$/i.test(v)) return 'false()';
  return v;
}

/** A sheet's cells of one row by canonical column (translations by language). */
interface RowView {
  row: number;
  plain: Map<string, string>;
  texts: Map<string, Texts>;
  pass: { kind: 'bind' | 'body' | 'instance'; key: string; value: string }[];
  headers: Map<string, string>;
}

function viewRow(columns: readonly SheetColumn[], data: SheetRowData, alias: Record<string, string>, translated: Set<string>, keepUnknown: boolean): RowView {
  const v: RowView = { row: data.row, plain: new Map(), texts: new Map(), pass: [], headers: new Map() };
  for (const c of columns) {
    const value = (data.cells[c.index] ?? '').trim();
    if (c.passThrough) {
      if (value !== '') v.pass.push({ kind: c.passThrough, key: c.key, value });
      continue;
    }
    const key = alias[c.key] ?? alias[c.key.replace(/ /g, '_')] ?? (keepUnknown ? c.key : null);
    if (!key) continue;
    if (!v.headers.has(key)) v.headers.set(key, c.header);
    if (translated.has(key)) {
      if (value === '') continue;
      const t = v.texts.get(key) ?? new Map();
      if (!t.has(c.lang)) t.set(c.lang, value);
      v.texts.set(key, t);
    } else if (!v.plain.has(key) || (v.plain.get(key) === '' && value !== '')) {
      v.plain.set(key, value);
    }
  }
  return v;
}

/** `key=value` pairs separated by spaces, commas or semicolons. */
export function parseParameters(text: string): Map<string, string> | { bad: string } {
  const out = new Map<string, string>();
  const cleaned = text.replace(/\s*=\s*/g, '=').trim();
  if (!cleaned) return out;
  for (const part of cleaned.split(/[\s,;]+/)) {
    if (!part) continue;
    const at = part.indexOf('=');
    if (at <= 0) return { bad: part };
    out.set(part.slice(0, at).toLowerCase(), part.slice(at + 1).replace(/^['"]|['"]$/g, ''));
  }
  return out;
}

export function emptyNode(kind: FormNode['kind'], name: string, type: string, row: number, parent: FormNode | null): FormNode {
  return {
    kind,
    name,
    typeText: type,
    type,
    spec: null,
    row,
    parent,
    children: [],
    label: new Map(),
    hint: new Map(),
    guidance: new Map(),
    constraintMsg: new Map(),
    requiredMsg: new Map(),
    media: new Map(),
    bind: new Map(),
    body: new Map(),
    instance: new Map(),
    defaultValue: '',
    choiceFilter: '',
    parameters: new Map(),
    repeatCount: '',
    trigger: '',
    saveTo: '',
    headers: new Map(),
  };
}

const sheetLabel = (s: RawSheet | undefined, fallback: string) => s?.name ?? fallback;

function readSettings(sheet: RawSheet | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!sheet) return out;
  const aliases: Record<string, string> = {
    form_title: 'form_title',
    set_form_title: 'form_title',
    title: 'form_title',
    form_id: 'form_id',
    set_form_id: 'form_id',
    id_string: 'form_id',
  };
  const first = sheet.rows[0];
  if (!first) return out;
  const fromAlias = new Set<string>();
  for (const c of sheet.columns) {
    const attribute = /^attribute\s*::?\s*(.+)$/i.exec(c.header);
    const plainKey = c.key.replace(/ /g, '_');
    // `attribute::name` keeps the attribute's letter case; the setting's own name wins over an alias (form_id over id_string).
    const key = attribute ? `attribute::${attribute[1].trim()}` : (aliases[plainKey] ?? plainKey);
    const alias = !attribute && aliases[plainKey] !== undefined && aliases[plainKey] !== plainKey;
    const value = (first.cells[c.index] ?? '').trim();
    if (value === '') continue;
    if (!out.has(key) || (fromAlias.has(key) && !alias)) {
      out.set(key, value);
      if (alias) fromAlias.add(key);
      else fromAlias.delete(key);
    }
  }
  return out;
}

const CHOICE_COLUMNS: Record<string, string> = {
  list_name: 'list_name',
  'list name': 'list_name',
  name: 'name',
  value: 'name',
  label: 'label',
  caption: 'label',
  image: 'image',
  'big-image': 'big-image',
  audio: 'audio',
  video: 'video',
};

function readChoices(sheet: RawSheet | undefined, external: boolean, lists: Map<string, ChoiceList>, problems: Problem[], allowDuplicates: boolean) {
  if (!sheet) return;
  const seen = new Map<string, Map<string, number>>();
  for (const data of sheet.rows) {
    const v = viewRow(sheet.columns, data, CHOICE_COLUMNS, new Set(['label', 'image', 'big-image', 'audio', 'video']), true);
    const listName = v.plain.get('list_name') ?? '';
    const name = v.plain.get('name') || v.plain.get('$autovalue') || '';
    const label = v.texts.get('label') ?? new Map();
    if (!listName) {
      if (name || label.size)
        problems.push({ sheet: sheet.name, row: data.row, column: v.headers.get('list_name') ?? 'list_name', code: 'xlsform_choice_no_list' });
      continue;
    }
    if (name === '') {
      problems.push({ sheet: sheet.name, row: data.row, column: v.headers.get('name') ?? 'name', code: 'xlsform_choice_no_name' });
      continue;
    }
    const names = seen.get(listName) ?? new Map<string, number>();
    seen.set(listName, names);
    const first = names.get(name);
    if (first !== undefined && !allowDuplicates && !external) {
      problems.push({
        sheet: sheet.name,
        row: data.row,
        column: v.headers.get('name') ?? 'name',
        code: 'xlsform_choice_duplicate',
        params: { name, list: listName, first },
      });
      continue;
    }
    if (first === undefined) names.set(name, data.row);
    const media = new Map<string, Texts>();
    for (const m of MEDIA) if (v.texts.has(m)) media.set(m, v.texts.get(m) as Texts);
    const extra: [string, string][] = [];
    for (const c of sheet.columns) {
      if (c.passThrough || CHOICE_COLUMNS[c.key] || c.lang !== null) continue;
      const value = (data.cells[c.index] ?? '').trim();
      // Extra columns keep their name as written (choice filters name them).
      if (value !== '' && NAME.test(c.header) && !extra.some(([k]) => k === c.header)) extra.push([c.header, value]);
    }
    // pyxform writes a choice's SMS code (sms_option) after its other columns.
    extra.sort((a, b) => Number(a[0] === 'sms_option') - Number(b[0] === 'sms_option'));
    const list = lists.get(listName) ?? { name: listName, choices: [], external };
    lists.set(listName, list);
    list.choices.push({ name, row: data.row, label, media, extra });
  }
}

function readEntities(sheet: RawSheet | undefined, problems: Problem[]): EntityDeclaration[] {
  if (!sheet || sheet.rows.length === 0) return [];
  const aliases: Record<string, string> = {
    list_name: 'dataset',
    'list name': 'dataset',
    dataset: 'dataset',
    label: 'label',
    entity_id: 'entity_id',
    create_if: 'create_if',
    update_if: 'update_if',
  };
  // A column the entities sheet does not know is refused (a typo would silently drop a rule), as pyxform does.
  const unknown = sheet.columns.filter(
    (c) => !c.passThrough && !(aliases[c.key] ?? aliases[c.key.replace(/ /g, '_')]) && sheet.rows.some((r) => (r.cells[c.index] ?? '').trim() !== ''),
  );
  if (unknown.length)
    problems.push({
      sheet: sheet.name,
      row: 1,
      column: unknown[0].header,
      code: 'xlsform_entity_unknown_columns',
      params: { columns: unknown.map((c) => `"${c.header}"`).join(', ') },
    });
  const out: EntityDeclaration[] = [];
  const seen = new Map<string, number>();
  for (const data of sheet.rows) {
    const v = viewRow(sheet.columns, data, aliases, new Set(['label']), false);
    const e: EntityDeclaration = {
      row: data.row,
      dataset: v.plain.get('dataset') ?? '',
      label: [...(v.texts.get('label')?.values() ?? [])][0] ?? '',
      entityId: v.plain.get('entity_id') ?? '',
      createIf: v.plain.get('create_if') ?? '',
      updateIf: v.plain.get('update_if') ?? '',
    };
    const col = (k: string) => v.headers.get(k) ?? k;
    if (!e.dataset) problems.push({ sheet: sheet.name, row: data.row, column: col('dataset'), code: 'xlsform_entity_no_dataset' });
    else if (e.dataset.startsWith('__') || e.dataset.includes('.') || !NAME.test(e.dataset))
      problems.push({ sheet: sheet.name, row: data.row, column: col('dataset'), code: 'xlsform_entity_bad_dataset', params: { name: e.dataset } });
    else if (seen.has(e.dataset))
      problems.push({
        sheet: sheet.name,
        row: data.row,
        column: col('dataset'),
        code: 'xlsform_entity_duplicate',
        params: { name: e.dataset, first: seen.get(e.dataset) },
      });
    if (e.dataset && !seen.has(e.dataset)) seen.set(e.dataset, data.row);
    if (!e.entityId && !e.label) problems.push({ sheet: sheet.name, row: data.row, column: col('label'), code: 'xlsform_entity_no_label' });
    if (!e.entityId && e.updateIf)
      problems.push({ sheet: sheet.name, row: data.row, column: col('update_if'), code: 'xlsform_entity_update_no_id', params: { dataset: e.dataset } });
    if (e.entityId && e.createIf && !e.updateIf)
      problems.push({ sheet: sheet.name, row: data.row, column: col('create_if'), code: 'xlsform_entity_upsert_no_update_if', params: { dataset: e.dataset } });
    for (const k of ['label', 'entity_id', 'create_if', 'update_if'] as const) {
      const expr = k === 'label' ? e.label : k === 'entity_id' ? e.entityId : k === 'create_if' ? e.createIf : e.updateIf;
      const p = expr ? expressionProblem(expr) : null;
      if (p)
        problems.push({ sheet: sheet.name, row: data.row, column: col(k), code: 'xlsform_bad_expression', params: { expression: expr }, reason: p.reason });
    }
    out.push(e);
  }
  return out;
}

/** Names pyxform reserves at the top of the form. */
const RESERVED = new Set(['meta']);

/** Builds the form's tree from the sheets; problems are collected, not thrown. */
export function buildForm(sheets: Map<string, RawSheet>, problems: Problem[], warnings: Problem[]): FormModel | null {
  // A workbook of a single sheet holds the questions whatever the sheet's name, as pyxform reads it.
  const survey = sheets.get('survey') ?? (sheets.size === 1 ? [...sheets.values()][0] : undefined);
  if (!survey) {
    problems.push({ sheet: 'survey', code: 'xlsform_no_survey' });
    return null;
  }
  // A header written twice leaves one of the two columns unread: refused, as pyxform does.
  for (const sheet of ['survey', 'choices', 'settings', 'external_choices', 'entities', 'osm'].map((k) => sheets.get(k))) {
    const seenHeaders = new Set<string>();
    for (const c of sheet?.columns ?? []) {
      if (seenHeaders.has(c.header))
        problems.push({ sheet: sheet?.name ?? '', row: 1, column: c.header, code: 'xlsform_duplicate_column', params: { column: c.header } });
      seenHeaders.add(c.header);
    }
  }
  const settings = readSettings(sheets.get('settings'));
  // clean_text_values (yes unless the settings say no): runs of spaces in survey cells become one, as pyxform writes them.
  if (yesNo(settings.get('clean_text_values') ?? 'yes') !== 'false()')
    for (const r of survey.rows) r.cells = r.cells.map((c) => (c.includes('  ') ? c.replace(/ {2,}/g, ' ').trim() : c));
  const lists = new Map<string, ChoiceList>();
  const allowDuplicates = yesNo(settings.get('allow_choice_duplicates') ?? '') === 'true()';
  readChoices(sheets.get('choices'), false, lists, problems, allowDuplicates);
  const externalLists = new Map<string, ChoiceList>();
  readChoices(sheets.get('external_choices'), true, externalLists, problems, true);
  const entities = readEntities(sheets.get('entities'), problems);
  const entity = entities[0] ?? null;
  /** The questions each entity's expressions read (`${name}`), by question name. */
  const entityReads = new Map<string, EntityDeclaration[]>();
  for (const e of entities)
    for (const expr of [e.entityId, e.createIf, e.updateIf, e.label])
      for (const r of references(expr)) if (!entityReads.get(r.name)?.includes(e)) entityReads.set(r.name, [...(entityReads.get(r.name) ?? []), e]);
  /** References of each entity, by dataset, in the order first met. */
  const entityRefs = new Map<string, EntityReferences>();
  const refsOf = (e: EntityDeclaration) => {
    const r = entityRefs.get(e.dataset) ?? { entity: e, refs: [] };
    entityRefs.set(e.dataset, r);
    return r;
  };
  const osm = new Map<string, ChoiceList>();
  readChoices(sheets.get('osm'), true, osm, problems, true);

  const keys = new Set(survey.columns.map((c) => SURVEY_COLUMNS[c.key] ?? SURVEY_COLUMNS[c.key.replace(/_/g, ' ')]));
  // A column the converter does not know is ignored, as pyxform does; a warning helps with typos (relevent…).
  for (const c of survey.columns) {
    if (c.passThrough || SURVEY_COLUMNS[c.key] || SURVEY_COLUMNS[c.key.replace(/ /g, '_')] || /^[_$]/.test(c.key)) continue;
    if (survey.rows.some((r) => (r.cells[c.index] ?? '').trim() !== ''))
      warnings.push({ sheet: survey.name, row: 1, column: c.header, code: 'xlsform_warn_unknown_column', params: { column: c.header } });
  }
  if (!keys.has('type')) {
    problems.push({ sheet: survey.name, row: 1, column: 'type', code: 'xlsform_no_type_column', params: { sheet: survey.name } });
    return null;
  }
  if (!keys.has('name')) {
    problems.push({ sheet: survey.name, row: 1, column: 'name', code: 'xlsform_no_name_column', params: { sheet: survey.name } });
    return null;
  }

  // Languages: every translated column of survey and choices, the untranslated one counting as the default language.
  const languages: string[] = [];
  let useItext = false;
  for (const sheet of [survey, sheets.get('choices')]) {
    for (const c of sheet?.columns ?? []) {
      const key = SURVEY_COLUMNS[c.key] ?? CHOICE_COLUMNS[c.key];
      if (!key || !TRANSLATED.has(key) || c.passThrough) continue;
      if (MEDIA.has(key) && sheet?.rows.some((r) => (r.cells[c.index] ?? '').trim() !== '')) useItext = true;
      if (c.lang !== null) {
        useItext = true;
        if (!languages.includes(c.lang)) languages.push(c.lang);
      }
    }
  }

  const root = emptyNode('group', settings.get('name') ?? 'data', 'survey', 0, null);
  const stack: FormNode[] = [root];
  let skipped = 0;
  for (const data of survey.rows) {
    const v = viewRow(survey.columns, data, SURVEY_COLUMNS, TRANSLATED, false);
    const typeText = v.plain.get('type') ?? '';
    let name = v.plain.get('name') || v.plain.get('$autoname') || '';
    const at = (column: string) => ({ sheet: survey.name, row: data.row, column: v.headers.get(column) ?? column });
    // disabled = yes leaves a row out (with everything inside, for a group or repeat).
    const marker = parseType(typeText);
    if (skipped > 0) {
      if (marker && 'marker' in marker) skipped += marker.marker === 'begin' ? 1 : -1;
      continue;
    }
    if (yesNo(v.plain.get('disabled') ?? '') === 'true()') {
      if (marker && 'marker' in marker && marker.marker === 'begin') skipped = 1;
      continue;
    }
    if (!typeText) {
      if (name || v.texts.get('label')?.size) problems.push({ ...at('type'), code: 'xlsform_no_type' });
      continue;
    }
    const parsed = parseType(typeText);
    if (!parsed) {
      // Types pyxform knows that this converter does not: named, so the author knows what to change.
      const word = typeText.trim().toLowerCase().replace(/\s+/g, ' ');
      const unsupported = /^include\b/.test(word) ? 'xlsform_include_unsupported' : null;
      problems.push({ ...at('type'), code: unsupported ?? 'xlsform_unknown_type', params: { type: typeText } });
      continue;
    }
    const parent = stack[stack.length - 1];
    if ('marker' in parsed && parsed.marker === 'end') {
      if (stack.length === 1 || (parent.loopList ? 'loop' : parent.kind) !== parsed.kind) {
        problems.push({
          ...at('type'),
          code: 'xlsform_unmatched_end',
          params: { type: typeText, open: stack.length > 1 ? `${parent.typeText} ${parent.name}` : '—' },
        });
        continue;
      }
      // save_to on an end row: a group or repeat is not an entity property.
      if (v.plain.get('save_to')) problems.push({ ...at('save_to'), code: 'xlsform_save_to_group', params: { name: parent.name } });
      stack.pop();
      if (parent.loopList) expandLoop(parent, lists.get(parent.loopList));
      continue;
    }
    const kind = 'marker' in parsed ? (parsed.kind === 'loop' ? 'group' : parsed.kind) : 'question';
    const node = emptyNode(
      kind,
      name,
      'marker' in parsed ? `begin_${kind}` : 'select' in parsed ? selectType(parsed.select.kind) : parsed.plain,
      data.row,
      parent,
    );
    node.typeText = typeText;
    node.headers = v.headers;
    if ('select' in parsed) node.select = parsed.select;
    if ('marker' in parsed && parsed.kind === 'loop') {
      node.loopList = parsed.list;
      if (parsed.list && !lists.has(parsed.list)) problems.push({ ...at('type'), code: 'xlsform_no_list', params: { list: parsed.list, sheet: 'choices' } });
    }
    if ('plain' in parsed && parsed.list) {
      node.osmList = parsed.list;
      if (!osm.has(parsed.list)) problems.push({ ...at('type'), code: 'xlsform_no_list', params: { list: parsed.list, sheet: 'osm' } });
    }
    if (node.kind === 'question') node.spec = TYPES[node.type] ?? null;
    node.label = v.texts.get('label') ?? new Map();
    node.hint = v.texts.get('hint') ?? new Map();
    node.guidance = v.texts.get('guidance_hint') ?? new Map();
    node.constraintMsg = v.texts.get('constraint_message') ?? new Map();
    node.requiredMsg = v.texts.get('required_message') ?? new Map();
    if (v.texts.get('no_app_error_string')?.size) node.noAppError = v.texts.get('no_app_error_string');
    for (const m of MEDIA) if (v.texts.has(m)) node.media.set(m, v.texts.get(m) as Texts);
    const plain = (k: string) => v.plain.get(k) ?? '';
    for (const [col, attr] of [
      ['relevant', 'relevant'],
      ['constraint', 'constraint'],
      ['calculation', 'calculate'],
    ] as const) {
      if (plain(col)) node.bind.set(attr, plain(col));
    }
    if (node.spec?.constraint && !node.bind.has('constraint')) node.bind.set('constraint', node.spec.constraint);
    if (node.spec?.hint && !node.hint.size) node.hint = new Map([[null, node.spec.hint]]);
    if (plain('required')) node.bind.set('required', yesNo(plain('required')));
    if (plain('read_only')) node.bind.set('readonly', yesNo(plain('read_only')));
    if (plain('appearance')) node.body.set('appearance', plain('appearance'));
    if (plain('autoplay')) node.body.set('autoplay', plain('autoplay'));
    if (plain('rows')) node.body.set('rows', plain('rows'));
    for (const p of v.pass) (p.kind === 'bind' ? node.bind : p.kind === 'body' ? node.body : node.instance).set(p.key, p.kind === 'bind' ? p.value : p.value);
    node.defaultValue = plain('default');
    node.choiceFilter = plain('choice_filter');
    node.repeatCount = plain('repeat_count');
    node.trigger = plain('trigger');
    node.saveTo = plain('save_to');
    if (plain('parameters')) {
      const params = parseParameters(plain('parameters'));
      if ('bad' in params) problems.push({ ...at('parameters'), code: 'xlsform_bad_parameter', params: { parameter: params.bad } });
      else node.parameters = params;
    }

    // Name. As pyxform does, a note without a name is named after its row, and an audit is always `audit`.
    if (!name && node.type === 'note') name = node.name = `generated_note_name_${data.row}`;
    if (node.type === 'audit') {
      if (name && name !== 'audit') problems.push({ ...at('name'), code: 'xlsform_audit_name', params: { name } });
      name = node.name = 'audit';
    }
    if (!name) problems.push({ ...at('name'), code: 'xlsform_no_name' });
    else if (!NAME.test(name)) problems.push({ ...at('name'), code: 'xlsform_bad_name', params: { name } });
    else if (parent === root && RESERVED.has(name) && kind !== 'group') problems.push({ ...at('name'), code: 'xlsform_reserved_name', params: { name } });
    else {
      const twin = parent.children.find((c) => c.name === name);
      if (twin) problems.push({ ...at('name'), code: 'xlsform_duplicate_name', params: { name, first: twin.row } });
    }

    // Choice lists.
    if (node.select) {
      const s = node.select;
      if (s.file) {
        if (!/\.(csv|xml|geojson)$/i.test(s.file)) problems.push({ ...at('type'), code: 'xlsform_bad_file_name', params: { file: s.file } });
      } else if (s.kind === 'one_external') {
        if (!externalLists.has(s.list)) problems.push({ ...at('type'), code: 'xlsform_no_list', params: { list: s.list, sheet: 'external_choices' } });
      } else if (s.list.startsWith('${')) {
        // A choice list taken from a repeat's answers (select_one ${repeat_question}).
      } else if (!lists.has(s.list)) {
        problems.push({ ...at('type'), code: 'xlsform_no_list', params: { list: s.list, sheet: 'choices' } });
      }
      if (s.orOther && node.choiceFilter) problems.push({ ...at('choice_filter'), code: 'xlsform_or_other_filter' });
      if (s.orOther && useItext) warnings.push({ ...at('type'), code: 'xlsform_warn_or_other_translations' });
    }

    // Labels.
    const needsLabel = node.kind === 'question' && node.spec?.tag && node.type !== 'trigger' && !node.bind.has('calculate') && !node.trigger;
    if (needsLabel && node.label.size === 0 && node.hint.size === 0 && !node.media.size)
      problems.push({ ...at('label'), code: 'xlsform_no_label', params: { name } });
    if (node.type === 'calculate' && !node.bind.get('calculate') && !node.defaultValue)
      problems.push({ ...at('calculation'), code: 'xlsform_no_calculation', params: { name } });

    // Expressions.
    for (const [col, expr] of [
      ['relevant', node.bind.get('relevant')],
      ['constraint', node.bind.get('constraint')],
      ['calculation', node.bind.get('calculate')],
      ['required', node.bind.get('required')],
      ['read_only', node.bind.get('readonly')],
      ['choice_filter', node.choiceFilter],
      ['repeat_count', node.repeatCount],
      ['default', isDynamicDefault(node.defaultValue, node.type) ? node.defaultValue : ''],
    ] as const) {
      if (!expr) continue;
      const p = expressionProblem(expr);
      if (p) problems.push({ ...at(col), code: 'xlsform_bad_expression', params: { expression: expr }, reason: p.reason });
    }
    if (node.trigger && !/^\s*\$\{[^}]+\}(\s*,\s*\$\{[^}]+\})*\s*$/.test(node.trigger))
      problems.push({ ...at('trigger'), code: 'xlsform_bad_trigger', params: { trigger: node.trigger } });
    if (node.saveTo) {
      const hashes = node.saveTo.split('#').length - 1;
      const [list, property] = hashes === 1 ? node.saveTo.split('#') : [entities.length === 1 ? entities[0].dataset : '', node.saveTo];
      const target = entities.find((e) => e.dataset === list);
      if (!entities.length) problems.push({ ...at('save_to'), code: 'xlsform_save_to_no_entity' });
      else if (hashes > 1) problems.push({ ...at('save_to'), code: 'xlsform_save_to_hashes', params: { value: node.saveTo } });
      else if (hashes === 0 && entities.length > 1) problems.push({ ...at('save_to'), code: 'xlsform_save_to_which_list', params: { property } });
      else if (!target) problems.push({ ...at('save_to'), code: 'xlsform_save_to_unknown_list', params: { list } });
      else {
        node.saveTo = property;
        node.saveToList = list;
        const mine = refsOf(target);
        const first = mine.refs.find((r) => r.property === property);
        if (node.kind !== 'question') problems.push({ ...at('save_to'), code: 'xlsform_save_to_group', params: { name } });
        else if (/^(name|label)$/i.test(property) || property.startsWith('__') || !NAME.test(property))
          problems.push({ ...at('save_to'), code: 'xlsform_save_to_bad', params: { name, property } });
        else if (first) problems.push({ ...at('save_to'), code: 'xlsform_save_to_twice', params: { property, first: first.row } });
        mine.refs.push({ path: containerPath(node), row: data.row, property });
      }
    }
    for (const e of entityReads.get(name) ?? []) refsOf(e).refs.push({ path: containerPath(node), row: data.row, question: name });

    parent.children.push(node);
    if (node.kind !== 'question') stack.push(node);
    if (node.select?.orOther && !node.select.file && node.select.kind !== 'one_external') addOther(node, parent, lists);
  }
  for (const open of stack.slice(1)) {
    problems.push({
      sheet: survey.name,
      row: open.row,
      column: open.headers.get('type') ?? 'type',
      code: 'xlsform_unclosed',
      params: { name: open.name, kind: open.kind },
    });
  }
  // A form without questions converts (to its metadata only), as in pyxform, but deserves a look.
  if (!root.children.length && !problems.length) warnings.push({ sheet: survey.name, code: 'xlsform_empty_survey' });
  for (const list of lists.values()) {
    for (const c of list.choices) {
      if (c.label.size === 0 && c.media.size === 0) {
        warnings.push({
          sheet: sheetLabel(sheets.get('choices'), 'choices'),
          row: c.row,
          column: 'label',
          code: 'xlsform_choice_no_label',
          params: { name: c.name, list: list.name },
        });
      }
    }
  }
  for (const [k, l] of externalLists) if (!lists.has(k)) lists.set(k, l);
  applyTableLists(root, survey.name, problems);
  checkSearchSelects(root, survey.name, problems);
  checkRepeatNames(root, survey.name, problems);
  const sheet = sheets.get('entities')?.name ?? 'entities';
  const placed = entities.length && !problems.length ? placeEntities(root, entities, entityRefs, sheet, problems) : null;
  return {
    root,
    settings,
    lists,
    entity,
    entities,
    entityPlacements: placed?.placements ?? [],
    entityVersion: placed?.version ?? '2024.1.0',
    languages,
    useItext,
    osm,
  };
}

/**
 * A group with the `table-list` appearance, as pyxform writes it: a `field-list` whose label and hint move
 * to a generated note, a header row (a select of the same list, appearance `label`) before the first
 * select, and `list-nolabel` on every select. All selects of the table must use one list.
 */
function applyTableLists(node: FormNode, sheet: string, problems: Problem[]) {
  for (const c of node.children) if (c.kind !== 'question') applyTableLists(c, sheet, problems);
  if (node.kind === 'question' || !node.parent) return;
  const words = (node.body.get('appearance') ?? '').split(/\s+/).filter(Boolean);
  if (!words.includes('table-list')) return;
  node.body.set('appearance', ['field-list', ...words.filter((w) => w !== 'table-list')].join(' '));
  const kids: FormNode[] = [];
  if (node.label.size || node.hint.size) {
    const note = emptyNode('question', `generated_table_list_label_${node.row}`, 'note', node.row, node);
    note.spec = TYPES.note;
    note.generated = true;
    note.headers = node.headers;
    note.label = node.label;
    note.hint = node.hint;
    node.label = new Map();
    node.hint = new Map();
    kids.push(note);
  }
  let list: string | null = null;
  for (const c of node.children) {
    const s = c.select;
    if (s && !s.file && (s.kind === 'one' || s.kind === 'multiple')) {
      if (list === null) {
        list = s.list;
        const header = emptyNode('question', `reserved_name_for_field_list_labels_${c.row}`, c.type, c.row, node);
        header.spec = c.spec;
        header.generated = true;
        header.headers = c.headers;
        header.select = { ...s, orOther: false };
        header.label = new Map([[null, ' ']]);
        header.body.set('appearance', 'label');
        kids.push(header);
      } else if (s.list !== list) {
        problems.push({ sheet, row: c.row, column: c.headers.get('type') ?? 'type', code: 'xlsform_table_list_lists', params: { list: s.list, first: list } });
      }
      c.body.set('appearance', 'list-nolabel');
    }
    kids.push(c);
  }
  node.children = kids;
}

/** pyxform's `%(name)s` and `%(label)s` placeholders of a loop's questions, filled for one choice. */
function fillLoop(text: string, choice: Choice, lang: string | null): string {
  if (!text.includes('%')) return text;
  const label = choice.label.get(lang) ?? choice.label.get(null) ?? [...choice.label.values()][0] ?? '';
  return text.replace(/%\((name|label)\)s|%%/g, (_m, k: string | undefined) => (k === 'name' ? choice.name : k === 'label' ? label : '%'));
}

/** A copy of a loop's question or group for one choice; as in pyxform, placeholders are filled in the loop's own rows only. */
function cloneForChoice(n: FormNode, parent: FormNode, choice: Choice | null): FormNode {
  const fill = (v: string, lang: string | null) => (choice ? fillLoop(v, choice, lang) : v);
  const texts = (t: Texts): Texts => new Map([...t].map(([lang, v]) => [lang, fill(v, lang)]));
  const plain = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, fill(v, null)]));
  const copy: FormNode = {
    ...n,
    name: fill(n.name, null),
    parent,
    label: texts(n.label),
    hint: texts(n.hint),
    guidance: texts(n.guidance),
    constraintMsg: texts(n.constraintMsg),
    requiredMsg: texts(n.requiredMsg),
    media: new Map([...n.media].map(([k, t]) => [k, texts(t)])),
    bind: plain(n.bind),
    body: plain(n.body),
    instance: plain(n.instance),
    parameters: new Map(n.parameters),
    defaultValue: fill(n.defaultValue, null),
    choiceFilter: fill(n.choiceFilter, null),
    repeatCount: fill(n.repeatCount, null),
    children: [],
  };
  copy.children = n.children.map((c) => cloneForChoice(c, copy, null));
  return copy;
}

/** A loop becomes a group holding one group per choice of its list (but `none`), each with the loop's questions. */
function expandLoop(loop: FormNode, list: ChoiceList | undefined) {
  const template = loop.children;
  loop.children = [];
  for (const choice of list?.choices ?? []) {
    if (choice.name === 'none') continue;
    const group = emptyNode('group', choice.name, 'begin_group', loop.row, loop);
    group.typeText = loop.typeText;
    group.headers = loop.headers;
    group.label = new Map(choice.label);
    group.children = template.map((c) => cloneForChoice(c, group, choice));
    loop.children.push(group);
  }
}

/**
 * A select whose appearance calls `search()` (ODK Collect's choices from a CSV file): its choices are
 * written inline in the control, as pyxform does. Selects from a file or from a repeat's answers keep
 * their itemset.
 */
export function usesSearch(node: FormNode): boolean {
  const s = node.select;
  if (!s || s.kind === 'one_external' || s.list.startsWith('${')) return false;
  const appearance = node.body.get('appearance') ?? '';
  return appearance.length > 7 && /search\(.*?\)/.test(appearance);
}

/**
 * The checks pyxform makes on `search()` selects: not on a select from a file, and a list read by a
 * `search()` select may not also feed a select without it (its choices are no longer in an instance).
 */
function checkSearchSelects(root: FormNode, sheet: string, problems: Problem[]) {
  const selects: FormNode[] = [];
  const walk = (n: FormNode) => {
    for (const c of n.children) {
      if (c.select) selects.push(c);
      walk(c);
    }
  };
  walk(root);
  for (const q of selects) {
    if (!/search\(.*?\)/.test(q.body.get('appearance') ?? '')) continue;
    const at = { sheet, row: q.row, column: q.headers.get('appearance') ?? 'appearance' };
    if (q.select?.file) {
      problems.push({ ...at, code: 'xlsform_search_from_file', params: { name: q.name } });
      continue;
    }
    if (!usesSearch(q)) continue;
    const others = selects.filter((o) => o.select?.list === q.select?.list && !o.select?.file && !usesSearch(o));
    if (others.length)
      problems.push({
        ...at,
        code: 'xlsform_search_shared_list',
        params: { name: q.name, list: q.select?.list, others: others.map((o) => o.name).join('", "') },
      });
  }
}

/**
 * Repeat names, as pyxform checks them: unique in the whole form (each repeat is a table of the
 * submissions' data) and not the name of the form's root.
 */
function checkRepeatNames(root: FormNode, sheet: string, problems: Problem[]) {
  const seen = new Map<string, FormNode>();
  const walk = (n: FormNode) => {
    for (const c of n.children) {
      if (c.kind === 'repeat' && c.name) {
        const at = { sheet, row: c.row, column: c.headers.get('name') ?? 'name' };
        const first = seen.get(c.name);
        if (c.name === root.name) problems.push({ ...at, code: 'xlsform_repeat_root_name', params: { name: c.name } });
        else if (first) problems.push({ ...at, code: 'xlsform_repeat_name_twice', params: { name: c.name, first: first.row } });
        else seen.set(c.name, c);
      }
      walk(c);
    }
  };
  walk(root);
}

const selectType = (k: SelectKind) => (k === 'one' ? 'select_one' : k === 'multiple' ? 'select_multiple' : k === 'rank' ? 'rank' : 'select_one_external');

export function hasRepeatAncestor(node: FormNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.kind === 'repeat') return true;
  return false;
}

/** or_other: an "other" choice in the list and a text question `<name>_other` shown when it is picked. */
function addOther(node: FormNode, parent: FormNode, lists: Map<string, ChoiceList>) {
  const list = node.select ? lists.get(node.select.list) : undefined;
  if (list && !list.choices.some((c) => c.name === 'other')) {
    // "Other" in each language the list's labels are written in.
    const langs = new Set(list.choices.flatMap((c) => [...c.label.keys()]));
    if (!langs.size) langs.add(null);
    list.choices.push({ name: 'other', row: node.row, label: new Map([...langs].map((l) => [l, 'Other'])), media: new Map(), extra: [] });
  }
  const other = emptyNode('question', `${node.name}_other`, 'text', node.row, parent);
  other.spec = TYPES.text;
  other.generated = true;
  other.label = new Map([[null, 'Specify other.']]);
  other.bind.set('relevant', `selected(../${node.name}, 'other')`);
  parent.children.push(other);
}

/** Every `${name}` of a node's expressions and texts, with the column it came from. */
export function nodeReferences(node: FormNode): { column: string; name: string }[] {
  const out: { column: string; name: string }[] = [];
  const add = (column: string, text: string | undefined) => {
    if (text) for (const r of references(text)) out.push({ column, name: r.name });
  };
  for (const [k, v] of node.bind) add(k === 'calculate' ? 'calculation' : k === 'readonly' ? 'read_only' : k, v);
  add('choice_filter', node.choiceFilter);
  add('repeat_count', node.repeatCount);
  add('default', node.defaultValue);
  add('trigger', node.trigger);
  for (const [k, v] of node.body) add(k, v);
  for (const [k, v] of node.instance) add(k, v);
  for (const [col, texts] of [
    ['label', node.label],
    ['hint', node.hint],
    ['guidance_hint', node.guidance],
    ['constraint_message', node.constraintMsg],
    ['required_message', node.requiredMsg],
  ] as const) {
    for (const t of texts.values()) add(col, t);
  }
  if (node.select?.list.startsWith('${')) add('type', node.select.list);
  return out;
}
