import { createHash } from 'node:crypto';
import type { RegisterFilter, RegisterLeaf, Scalar } from '../register/eligibility.service.js';
import { COMMUNE_CLASSES, FIELD_BY_KEY, OPERATOR_LABELS, OPERATORS, VILLAGE_CLASSES, type FieldDef } from './eligibility.columns.js';

/**
 * Eligibility rules: a tree of AND / OR / NOT over conditions on the register. This file checks a
 * tree sent by a user (every problem names the condition, numbered as the rule builder shows it:
 * "2.1" is the first condition of the second group) and turns a checked tree into the register's
 * structured filter. Pure: references (commune codes, classifications) are resolved by the caller.
 */
export interface RuleCondition {
  field: string;
  operator: string;
  value?: unknown;
  /** Poverty conditions: the year whose classification is tested (default: the year of the day). */
  year?: number;
}
export type RuleNode = { op: 'and' | 'or'; children: RuleNode[] } | { op: 'not'; child: RuleNode } | RuleCondition;

export interface RuleProblem {
  /** Where in the tree: `tree`, `tree.children.1.children.0`, … */
  field: string;
  code: string;
  params: Record<string, unknown>;
}

const MAX_NODES = 200;
const MAX_DEPTH = 8;
const MAX_VALUES = 500;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a tree; returns the problems found (empty when the rule is sound). */
export function checkRule(tree: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let nodes = 0;
  const walk = (node: unknown, path: string, label: string, depth: number) => {
    const at = label || '1';
    if (++nodes > MAX_NODES) {
      if (nodes === MAX_NODES + 1) problems.push({ field: path, code: 'rule_too_large', params: { max: MAX_NODES } });
      return;
    }
    if (!isObject(node)) return problems.push({ field: path, code: 'rule_condition_malformed', params: { condition: at } });
    if (depth > MAX_DEPTH) return problems.push({ field: path, code: 'rule_too_deep', params: { max: MAX_DEPTH } });
    if ('op' in node) {
      if (node.op === 'and' || node.op === 'or') {
        if (!Array.isArray(node.children) || node.children.length === 0)
          return problems.push({ field: path, code: 'rule_group_empty', params: { condition: at } });
        node.children.forEach((c, i) => {
          walk(c, `${path}.children.${i}`, label ? `${label}.${i + 1}` : `${i + 1}`, depth + 1);
        });
        return;
      }
      if (node.op === 'not') return walk(node.child, `${path}.child`, label ? `${label}.1` : '1', depth + 1);
      return problems.push({ field: path, code: 'rule_unknown_group', params: { condition: at, op: String(node.op) } });
    }
    const p = checkCondition(node, at);
    if (p) problems.push({ field: path, ...p });
  };
  walk(tree, 'tree', '', 0);
  return problems;
}

function checkCondition(c: Record<string, unknown>, at: string): Omit<RuleProblem, 'field'> | null {
  const field = typeof c.field === 'string' ? FIELD_BY_KEY.get(c.field) : undefined;
  if (!field) return { code: 'rule_unknown_field', params: { condition: at, field: String(c.field ?? '') } };
  const name = field.label.vi;
  const nameEn = field.label.en;
  const op = String(c.operator ?? '');
  if (!OPERATORS[field.type].includes(op))
    return { code: 'rule_wrong_operator', params: { condition: at, field: name, fieldEn: nameEn, operator: op, allowed: OPERATORS[field.type].join(', ') } };
  const bad = (expected: string, expectedEn: string) => ({
    code: 'rule_wrong_value',
    params: { condition: at, field: name, fieldEn: nameEn, expected, expectedEn },
  });
  const v = c.value;
  if (field.type === 'poverty' && c.year !== undefined && !(Number.isInteger(c.year) && (c.year as number) >= 2000 && (c.year as number) <= 2100))
    return { code: 'rule_wrong_year', params: { condition: at } };
  if (op === 'is_null' || op === 'not_null') return v === undefined || v === null ? null : bad('không có giá trị', 'no value');
  const list = op === 'in' || op === 'not_in';
  const values = list ? v : op === 'between' ? v : [v];
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_VALUES)
    return list
      ? bad('một danh sách giá trị', 'a list of values')
      : op === 'between'
        ? bad('hai số [từ, đến]', 'two numbers [from, to]')
        : bad('một giá trị', 'one value');
  if (op === 'between' && (values.length !== 2 || Number(values[0]) > Number(values[1])))
    return bad('hai số [từ, đến], từ ≤ đến', 'two numbers [from, to], from ≤ to');
  for (const x of values) {
    const ok = valueFits(field, x);
    if (ok !== true) return { ...bad(ok.vi, ok.en), params: { ...bad(ok.vi, ok.en).params, value: JSON.stringify(x) } };
  }
  return null;
}

function valueFits(field: FieldDef, x: unknown): true | { vi: string; en: string } {
  switch (field.type) {
    case 'number': {
      const okNum = typeof x === 'number' && Number.isInteger(x) && x >= (field.min ?? 0) && x <= (field.max ?? 1e9);
      return okNum || { vi: `số nguyên từ ${field.min} đến ${field.max}`, en: `a whole number from ${field.min} to ${field.max}` };
    }
    case 'boolean':
      return typeof x === 'boolean' || { vi: 'có (true) hoặc không (false)', en: 'true or false' };
    case 'ethnic':
      return (typeof x === 'string' && /^\d{2}$/.test(x) && Number(x) >= 1 && Number(x) <= 54) || { vi: 'mã dân tộc 01–54', en: 'an ethnic code 01–54' };
    case 'commune':
      return (typeof x === 'string' && /^\d{5}$/.test(x)) || { vi: 'mã xã 5 chữ số', en: 'a 5-digit commune code' };
    case 'village':
      return (typeof x === 'number' && Number.isInteger(x) && x > 0 && x < 2 ** 31) || { vi: 'mã số thôn', en: 'a village id' };
    default: {
      const codes = field.type === 'village_class' ? VILLAGE_CLASSES : field.type === 'commune_class' ? COMMUNE_CLASSES : (field.codes ?? {});
      const keys = Object.keys(codes);
      return (typeof x === 'string' && keys.includes(x)) || { vi: `một trong: ${keys.join(', ')}`, en: `one of: ${keys.join(', ')}` };
    }
  }
}

/** The conditions of a checked tree, in order. */
export function conditionsOf(node: RuleNode): RuleCondition[] {
  if ('op' in node) return node.op === 'not' ? conditionsOf(node.child) : node.children.flatMap(conditionsOf);
  return [node];
}

/** A condition's identity across runs and rule versions (its fields in a fixed order). */
export function conditionKey(c: RuleCondition): string {
  return JSON.stringify([c.field, c.operator, c.value ?? null, c.year ?? null]);
}

/**
 * The key of a condition's fact in a frozen entry: 11 characters of the SHA-1 of `conditionKey` (the same
 * identity, written once per entry and condition instead of the whole condition, which for a list of
 * commune codes runs to a hundred characters and more).
 */
export function factKey(c: RuleCondition): string {
  return createHash('sha1').update(conditionKey(c)).digest('base64url').slice(0, 11);
}

export type Facts = Record<string, [string | null, boolean]>;

/** A condition's fact `[value, met]` in stored facts (lists frozen before the short keys name it by `conditionKey`). */
export function factOf(facts: Facts | null | undefined, c: RuleCondition): [string | null, boolean] | undefined {
  return facts?.[factKey(c)] ?? facts?.[conditionKey(c)];
}

/** The year a poverty condition tests on a day. */
export const povertyYear = (c: RuleCondition, date: string) => c.year ?? Number(date.slice(0, 4));

/** References a tree needs resolved before it can be compiled. */
export function referencesOf(node: RuleNode): { communeCodes: string[]; villageClasses: string[]; communeClasses: string[] } {
  const cs = conditionsOf(node);
  const pick = (field: string) => [...new Set(cs.filter((c) => c.field === field).flatMap((c) => c.value as string[]))];
  return { communeCodes: pick('commune'), villageClasses: pick('village_class'), communeClasses: pick('commune_class') };
}

export interface Resolved {
  /** Commune code → ids of every unit (old or new) with that code. */
  communes: Map<string, number[]>;
  /** Classification → village ids (village classes) or unit ids (commune classes) on the day. */
  classes: Map<string, number[]>;
}

const asList = (c: RuleCondition): Scalar[] =>
  c.operator === 'in' || c.operator === 'not_in' || c.operator === 'between'
    ? (c.value as Scalar[])
    : c.value === undefined || c.value === null
      ? []
      : [c.value as Scalar];

/** One condition as the register's leaf. */
export function leafOf(c: RuleCondition, date: string, r: Resolved): RegisterLeaf {
  const field = FIELD_BY_KEY.get(c.field)!;
  const values = asList(c);
  const setOp = c.operator === 'not_in' ? 'not_in' : 'in';
  switch (field.type) {
    case 'poverty':
      return { kind: 'poverty', year: povertyYear(c, date), op: setOp, values: values as string[] };
    case 'commune':
      return { kind: 'commune', op: setOp, ids: values.flatMap((v) => r.communes.get(String(v)) ?? []) };
    case 'village':
      return { kind: 'village', op: setOp, ids: values as number[] };
    case 'village_class':
      return { kind: 'village', op: setOp, ids: [...new Set(values.flatMap((v) => r.classes.get(String(v)) ?? []))] };
    case 'commune_class':
      return { kind: 'commune', op: setOp, ids: [...new Set(values.flatMap((v) => r.classes.get(String(v)) ?? []))] };
    default:
      return { kind: 'value', column: field.column!, op: c.operator as never, values };
  }
}

/** A checked tree as the register's structured filter. */
export function compileRule(node: RuleNode, date: string, r: Resolved): RegisterFilter {
  if ('op' in node) {
    if (node.op === 'not') return { not: compileRule(node.child, date, r) };
    const parts = node.children.map((c) => compileRule(c, date, r));
    return node.op === 'and' ? { and: parts } : { or: parts };
  }
  return { leaf: leafOf(node, date, r) };
}

/** A condition in words ("Nhà ở thuộc Thiếu kiên cố, đơn sơ"), for lists of reasons. */
export function describeCondition(c: RuleCondition, lang: 'vi' | 'en', date?: string): string {
  const field = FIELD_BY_KEY.get(c.field);
  if (!field) return c.field;
  const codes = field.type === 'village_class' ? VILLAGE_CLASSES : field.type === 'commune_class' ? COMMUNE_CLASSES : field.codes;
  const show = (v: unknown) =>
    typeof v === 'boolean' ? (v ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no') : (codes?.[String(v)]?.[lang] ?? String(v));
  const values = asList(c);
  const text = c.operator === 'between' ? `${show(values[0])}–${show(values[1])}` : values.map(show).join(', ');
  const year = field.type === 'poverty' ? ` ${c.year ?? (date ? date.slice(0, 4) : '')}`.trimEnd() : '';
  return `${field.label[lang]}${year} ${OPERATOR_LABELS[c.operator]?.[lang] ?? c.operator}${text ? ` ${text}` : ''}`;
}
