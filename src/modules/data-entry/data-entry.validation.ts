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
}

/** Numeric values of a report by element code, with the option combo code and its option codes. */
async function reportValues(db: Kysely<DB>, unitId: number, periodId: string, codes: string[]) {
  if (!codes.length) return [];
  const elements = await elementsByCodes(db, codes);
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
export async function runValidation(db: Kysely<DB>, form: Form, unitId: number, periodId: string, lang: 'vi' | 'en' = 'vi') {
  const rules = await activeRulesOf(db, form.id);
  const parsed = rules.flatMap((r) => {
    try {
      return [{ rule: r, left: parseExpression(r.left_expr), right: parseExpression(r.right_expr) }];
    } catch {
      return []; // the metadata side refuses bad expressions; a stored one that fails is not the reporter's fault
    }
  });
  const codes = [...new Set(parsed.flatMap((p) => [...operandsOf(p.left), ...operandsOf(p.right)].map((o) => o.de)))];
  const values = await reportValues(db, unitId, periodId, codes);
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
    });
  }
  return { violations, errors: violations.filter((v) => v.blocking).length, warnings: violations.filter((v) => !v.blocking).length };
}
