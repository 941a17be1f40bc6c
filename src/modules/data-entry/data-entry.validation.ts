import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { compare, evaluate, operandsOf, parseExpression, type Node } from '../reporting-metadata/expression.js';
import { activeRulesOf, elementsByCodes, optionCodeRows, optionComboCodes } from '../reporting-metadata/catalogue.service.js';
import type { Form } from './data-entry.types.js';
import { filledValues } from './data-values.repository.js';

export interface Violation {
  ruleId: number;
  code: string;
  name: string;
  importance: 'high' | 'medium' | 'low';
  /** High-importance rules are errors and block submission; the others are warnings. */
  blocking: boolean;
  /** In the caller's language. */
  message: string;
  operator: string;
  left: number;
  right: number;
  /** Each side as people read it: element names (and disaggregation) in the caller's language, numbers in its style. */
  leftText: string;
  rightText: string;
  /** The form's cells the rule reads, to jump to (categoryOptionComboId null: the element as a whole). */
  cells: { dataElementId: number; categoryOptionComboId: number | null; name: string }[];
}

type Lang = 'vi' | 'en';
const numberFormat = { vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }) };

/** An expression with element names for its operands: `Vốn giải ngân`, `Dân số (Nữ) × 2`. */
export function describeExpression(node: Node, nameOf: (de: string, sub: string | null) => string, lang: Lang): string {
  const prec = (n: Node) => (n.k === 'bin' ? (n.op === '+' || n.op === '-' ? 1 : 2) : 3);
  const run = (n: Node): string => {
    switch (n.k) {
      case 'num':
        return numberFormat[lang].format(n.v);
      case 'ref':
        return nameOf(n.de, n.sub);
      case 'neg':
        return `−${prec(n.e) < 3 ? `(${run(n.e)})` : run(n.e)}`;
      case 'bin': {
        const p = prec(n);
        const a = prec(n.a) < p ? `(${run(n.a)})` : run(n.a);
        // The right operand of - and / needs its brackets at equal precedence too.
        const b = prec(n.b) < p || (prec(n.b) === p && (n.op === '-' || n.op === '/')) ? `(${run(n.b)})` : run(n.b);
        return `${a} ${{ '+': '+', '-': '−', '*': '×', '/': '÷' }[n.op]} ${b}`;
      }
    }
  };
  return run(node);
}

/** Numeric values of a report by element code, with the option combo code and its option codes. */
async function reportValues(db: Kysely<DB>, unitId: number, periodId: string, elements: { id: number; code: string }[]) {
  if (!elements.length) return [];
  const codeOf = new Map(elements.map((e) => [e.id, e.code]));
  const rows = await filledValues(db, unitId, periodId, [...codeOf.keys()]);
  const cocIds = [...new Set(rows.map((r) => r.category_option_combo_id))];
  const [cocCodes, options] = await Promise.all([optionComboCodes(db, cocIds), optionCodeRows(db, cocIds)]);
  const optionsOf = new Map<number, Set<string>>();
  for (const o of options) (optionsOf.get(o.id) ?? optionsOf.set(o.id, new Set()).get(o.id)!).add(o.code);
  return rows.map((r) => ({
    de: codeOf.get(r.data_element_id)!,
    coc: cocCodes.get(r.category_option_combo_id)!,
    options: optionsOf.get(r.category_option_combo_id) ?? new Set<string>(),
    n: r.value === 'true' ? 1 : r.value === 'false' ? 0 : Number(r.value),
  }));
}

/**
 * Runs the form's active validation rules on a report. Operands: `#{DE}` the element's total,
 * `#{DE.COC}` one option combination, `#{DE.OPTION}` the combinations holding that option. As in
 * DHIS2, a rule is skipped when every operand of one side is empty; otherwise an empty operand counts as 0.
 */
export async function runValidation(db: Kysely<DB>, form: Form, unitId: number, periodId: string, lang: Lang = 'vi') {
  const rules = await activeRulesOf(db, form.id);
  const parsed = rules.flatMap((r) => {
    try {
      return [{ rule: r, left: parseExpression(r.left_expr), right: parseExpression(r.right_expr) }];
    } catch {
      return []; // the metadata side refuses bad expressions; a stored one that fails is not the reporter's fault
    }
  });
  const codes = [...new Set(parsed.flatMap((p) => [...operandsOf(p.left), ...operandsOf(p.right)].map((o) => o.de)))];
  const elements = codes.length ? await elementsByCodes(db, codes) : [];
  const values = await reportValues(db, unitId, periodId, elements);
  // Names of operands: the element's name, and the disaggregation's when the operand names one.
  const onForm = new Map(form.sections.flatMap((s) => s.elements).map((e) => [e.code, e]));
  const elementOf = new Map(elements.map((e) => [e.code, e]));
  const nameOf = (de: string, sub: string | null) => {
    const e = elementOf.get(de);
    const name = e ? (lang === 'en' && e.name_en ? e.name_en : e.name_vi) : de;
    if (!sub) return name;
    const combo = onForm.get(de)?.optionCombos.find((c) => c.code === sub);
    return `${name} (${combo?.name ?? sub})`;
  };
  const cellsOf = (nodes: Node[]) => {
    const out: Violation['cells'] = [];
    for (const o of nodes.flatMap((n) => operandsOf(n))) {
      const el = onForm.get(o.de);
      if (!el) continue;
      const combo = o.sub ? el.optionCombos.find((c) => c.code === o.sub) : undefined;
      const cell = { dataElementId: el.id, categoryOptionComboId: combo?.id ?? null, name: nameOf(o.de, combo ? o.sub : null) };
      if (!out.some((c) => c.dataElementId === cell.dataElementId && c.categoryOptionComboId === cell.categoryOptionComboId)) out.push(cell);
    }
    return out;
  };
  const lookup = (de: string, sub: string | null) => {
    const hits = values.filter((v) => v.de === de && (sub === null || v.coc === sub || v.options.has(sub)) && !Number.isNaN(v.n));
    return hits.length ? hits.reduce((s, v) => s + v.n, 0) : null;
  };
  const orZero = (de: string, sub: string | null) => lookup(de, sub) ?? 0;
  // A side with operands none of which has a value (a constant side never is).
  const allMissing = (side: Node) => {
    const ops = operandsOf(side);
    return ops.length > 0 && ops.every((o) => lookup(o.de, o.sub) === null);
  };

  const violations: Violation[] = [];
  for (const { rule, left, right } of parsed) {
    if (allMissing(left) || allMissing(right)) continue;
    const l = evaluate(left, orZero).value;
    const r = evaluate(right, orZero).value;
    if (l === null || r === null || compare(l, rule.operator, r)) continue;
    violations.push({
      ruleId: rule.id,
      code: rule.code,
      name: lang === 'en' && rule.name_en ? rule.name_en : rule.name_vi,
      importance: rule.importance,
      blocking: rule.importance === 'high',
      message: lang === 'en' ? rule.message_en || rule.name_en || rule.message_vi || rule.name_vi : rule.message_vi || rule.name_vi,
      operator: rule.operator,
      left: l,
      right: r,
      leftText: describeExpression(left, nameOf, lang),
      rightText: describeExpression(right, nameOf, lang),
      cells: cellsOf([left, right]),
    });
  }
  return { violations, errors: violations.filter((v) => v.blocking).length, warnings: violations.filter((v) => !v.blocking).length };
}
