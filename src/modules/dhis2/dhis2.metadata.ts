import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { metadataDocument } from '../reporting-metadata/reporting-metadata.schema.js';
import { todayVN } from '../../shared/dates.js';
import { unitsOn } from './dhis2.repository.js';
import { readDataElements, readDataSets, readMappings, readRules } from '../reporting-metadata/catalogue.service.js';
import { ExpressionError, parseExpression, operandsOf } from '../reporting-metadata/expression.js';

const ref = z.looseObject({ id: z.string().max(50) });
const item = { id: z.string().max(50), code: z.string().max(200).optional(), name: z.string().max(300), shortName: z.string().max(300).optional() };

/** The parts of a DHIS2 metadata export we read; other collections are accepted and ignored. */
export const dhis2Metadata = z
  .looseObject({
    categoryOptions: z.array(z.looseObject(item)).max(10000).default([]),
    categories: z
      .array(z.looseObject({ ...item, categoryOptions: z.array(ref).default([]) }))
      .max(1000)
      .default([]),
    categoryCombos: z
      .array(z.looseObject({ ...item, categories: z.array(ref).default([]) }))
      .max(1000)
      .default([]),
    categoryOptionCombos: z
      .array(z.looseObject({ ...item, categoryCombo: ref, categoryOptions: z.array(ref).default([]) }))
      .max(100000)
      .default([]),
    dataElements: z
      .array(
        z.looseObject({
          ...item,
          valueType: z.string().max(50),
          aggregationType: z.string().max(50).optional(),
          categoryCombo: ref.optional(),
          domainType: z.string().max(50).optional(),
        }),
      )
      .max(10000)
      .default([]),
    dataSets: z
      .array(
        z.looseObject({
          ...item,
          periodType: z.string().max(50),
          dataSetElements: z.array(z.looseObject({ dataElement: ref })).default([]),
          organisationUnits: z.array(ref).default([]),
        }),
      )
      .max(1000)
      .default([]),
    sections: z
      .array(z.looseObject({ ...item, dataSet: ref, sortOrder: z.number().optional(), dataElements: z.array(ref).default([]) }))
      .max(10000)
      .default([]),
    organisationUnits: z
      .array(z.looseObject({ ...item, level: z.number().optional() }))
      .max(100000)
      .default([]),
  })
  // A collection we do not read must still be a list: `{ "zz": 1 }` is refused.
  .catchall(z.union([z.array(z.unknown()), z.string(), z.looseObject({})]));
export type Dhis2Metadata = z.infer<typeof dhis2Metadata>;

const VALUE_TYPES: Record<string, string> = {
  INTEGER: 'integer',
  INTEGER_POSITIVE: 'integer',
  INTEGER_NEGATIVE: 'integer',
  INTEGER_ZERO_OR_POSITIVE: 'integer',
  NUMBER: 'number',
  UNIT_INTERVAL: 'number',
  PERCENTAGE: 'percentage',
  BOOLEAN: 'boolean',
  TRUE_ONLY: 'boolean',
  TEXT: 'text',
  LONG_TEXT: 'text',
  LETTER: 'text',
  DATE: 'date',
};
const PERIOD_TYPES: Record<string, string> = { Monthly: 'monthly', Quarterly: 'quarterly', SixMonthly: 'six_monthly', Yearly: 'yearly' };
const MINIMUM: Record<string, number> = { INTEGER_POSITIVE: 1, INTEGER_ZERO_OR_POSITIVE: 0 };
const DEFAULT_NAMES = new Set(['default']);
const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Our code for a DHIS2 item: its code made safe, else its UID. */
const safeCode = (x: { id: string; code?: string }) => (x.code ? x.code.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 50) : x.id);

/** Something of the DHIS2 file that was not taken, and why. */
export interface Dropped {
  kind: string;
  id: string;
  name?: string;
  reason: string;
}

/**
 * Converts DHIS2 metadata into our metadata document: categories with their options, combinations,
 * data elements, forms (sections, period type, units) and the DHIS2 mapping of every item. DHIS2
 * organisation units are matched onto today's units by code, else by name; unmatched ones are listed.
 */
export async function convertDhis2Metadata(db: Kysely<DB>, m: Dhis2Metadata) {
  // Items already here are found by their DHIS2 UID first (the mapping table, then their own UID), then by code:
  // a UID that was given a code in DHIS2 keeps updating the same element or form.
  const byUid = new Map<string, string>();
  for (const e of await readDataElements(db)) if (e.dhis2Uid) byUid.set(`data_element|${e.dhis2Uid}`, e.code);
  const existingSets = await readDataSets(db);
  for (const d of existingSets) if (d.dhis2Uid) byUid.set(`data_set|${d.dhis2Uid}`, d.code);
  for (const r of await readMappings(db)) byUid.set(`${r.kind}|${r.dhis2}`, r.code);
  for (const r of await readRules(db)) if (r.dhis2Uid) byUid.set(`validation_rule|${r.dhis2Uid}`, r.code);
  const codeFor = (kind: string) => (x: { id: string; code?: string }) => byUid.get(`${kind}|${x.id}`) ?? safeCode(x);
  const codeOf = safeCode;
  const elementCode = codeFor('data_element');
  const setCode = codeFor('data_set');
  const heldUnits = new Map(existingSets.map((d) => [d.code, d.assignUnits]));
  const dropped: Dropped[] = [];
  const defaultCombos = new Set(m.categoryCombos.filter((c) => DEFAULT_NAMES.has(c.name)).map((c) => c.id));
  for (const ind of (m.indicators as { id?: string; name?: string }[] | undefined) ?? [])
    dropped.push({ kind: 'indicator', id: String(ind.id ?? ''), name: ind.name, reason: 'indicators are not converted' });
  for (const e of m.dataElements)
    if ((e.domainType ?? 'AGGREGATE') !== 'AGGREGATE') dropped.push({ kind: 'dataElement', id: e.id, name: e.name, reason: `domain type ${e.domainType}` });
  const options = new Map(m.categoryOptions.map((o) => [o.id, o]));
  const categories = new Map(m.categories.filter((c) => !DEFAULT_NAMES.has(c.name)).map((c) => [c.id, c]));
  const combos = new Map(m.categoryCombos.filter((c) => !DEFAULT_NAMES.has(c.name)).map((c) => [c.id, c]));
  const elements = new Map(m.dataElements.filter((e) => (e.domainType ?? 'AGGREGATE') === 'AGGREGATE').map((e) => [e.id, e]));
  const optionCode = (id: string) => codeOf(options.get(id) ?? { id });
  const mappings: { kind: string; code: string; dhis2: string }[] = [];
  const problems: { field: string; code: string; params: Record<string, unknown>; value: string }[] = [];

  const doc = {
    categories: [...categories.values()].map((c) => ({
      code: codeOf(c),
      nameVi: c.name,
      nameEn: c.name,
      dhis2Uid: c.id,
      options: c.categoryOptions.map((o, i) => ({
        code: optionCode(o.id),
        nameVi: options.get(o.id)?.name ?? o.id,
        nameEn: options.get(o.id)?.name ?? '',
        sortOrder: i + 1,
        dhis2Uid: o.id,
      })),
    })),
    categoryCombos: [...combos.values()].map((c) => ({
      code: codeOf(c),
      nameVi: c.name,
      nameEn: c.name,
      dhis2Uid: c.id,
      categories: c.categories.map((x) => codeOf(categories.get(x.id) ?? x)),
    })),
    dataElements: [...elements.values()].flatMap((e, i) => {
      const valueType = VALUE_TYPES[e.valueType];
      if (!valueType) {
        problems.push({ field: `dataElements.${i}.valueType`, code: 'dhis2_value_type_unsupported', params: { type: e.valueType }, value: e.id });
        return [];
      }
      const combo = e.categoryCombo && combos.get(e.categoryCombo.id);
      if (e.categoryCombo && !combo && !defaultCombos.has(e.categoryCombo.id)) {
        problems.push({ field: `dataElements.${i}.categoryCombo`, code: 'dhis2_missing_category_combo', params: { id: e.categoryCombo.id }, value: e.id });
        return [];
      }
      const agg = (e.aggregationType ?? 'SUM').startsWith('AVERAGE') ? 'average' : (e.aggregationType ?? '').startsWith('LAST') ? 'last' : 'sum';
      return [
        {
          code: elementCode(e),
          nameVi: e.name,
          nameEn: e.name,
          shortName: (e.shortName ?? '').slice(0, 100),
          valueType,
          aggregation: agg,
          minValue: MINIMUM[e.valueType] ?? null,
          categoryCombo: combo ? codeOf(combo) : 'none',
          dhis2Uid: e.id,
        },
      ];
    }),
    dataSets: [] as FormDoc[],
    validationRules: [] as unknown[],
    dhis2Mappings: mappings,
  };

  for (const coc of m.categoryOptionCombos) {
    const combo = combos.get(coc.categoryCombo.id);
    if (!combo) {
      if (!defaultCombos.has(coc.categoryCombo.id))
        dropped.push({ kind: 'categoryOptionCombo', id: coc.id, name: coc.name, reason: 'its category combo is not in the file' });
      continue;
    }
    // Our option combination code joins the option codes in the combination's category order.
    const parts = combo.categories.map((cat) => categories.get(cat.id)?.categoryOptions.find((o) => coc.categoryOptions.some((x) => x.id === o.id)));
    if (parts.some((p) => !p)) {
      dropped.push({ kind: 'categoryOptionCombo', id: coc.id, name: coc.name, reason: 'its options do not match the categories of its combo' });
      continue;
    }
    mappings.push({ kind: 'category_option_combo', code: `${codeOf(combo)}.${parts.map((p) => optionCode(p!.id)).join('_')}`, dhis2: coc.id });
  }
  for (const c of doc.categories) for (const o of c.options) mappings.push({ kind: 'category_option', code: `${c.code}.${o.code}`, dhis2: o.dhis2Uid });
  for (const e of doc.dataElements) mappings.push({ kind: 'data_element', code: e.code, dhis2: e.dhis2Uid });

  const units = await matchUnits(db, m.organisationUnits);
  for (const [uid, code] of units.matched) mappings.push({ kind: 'org_unit', code, dhis2: uid });
  for (const [i, ds] of m.dataSets.entries()) {
    const periodType = PERIOD_TYPES[ds.periodType];
    if (!periodType) {
      problems.push({ field: `dataSets.${i}.periodType`, code: 'dhis2_period_type_unsupported', params: { type: ds.periodType }, value: ds.id });
      continue;
    }
    const own = m.sections.filter((s) => s.dataSet.id === ds.id).sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
    const deCode = (id: string) => elementCode(elements.get(id) ?? { id });
    for (const d of ds.dataSetElements)
      if (!elements.has(d.dataElement.id))
        dropped.push({ kind: 'dataSetElement', id: d.dataElement.id, reason: `data element of ${ds.id} is not in the file` });
    const listed = ds.dataSetElements.map((d) => d.dataElement.id).filter((id) => elements.has(id));
    const inSections = new Set(own.flatMap((s) => s.dataElements.map((d) => d.id)));
    const sections = own.map((s) => ({
      code: codeOf(s),
      nameVi: s.name,
      nameEn: s.name,
      dataElements: s.dataElements.filter((d) => elements.has(d.id)).map((d) => deCode(d.id)),
    }));
    const rest = listed.filter((id) => !inSections.has(id));
    if (rest.length || !sections.length) sections.push({ code: 'KHAC', nameVi: 'Chỉ tiêu', nameEn: 'Data elements', dataElements: rest.map(deCode) });
    // Re-importing never takes units away: the form keeps the units it has and gains the matched ones.
    const code = setCode(ds);
    const matchedUnits = ds.organisationUnits.map((o) => units.matched.get(o.id)).filter((c): c is string => !!c);
    const assignUnits = [...new Set([...(heldUnits.get(code) ?? []), ...matchedUnits])];
    doc.dataSets.push({ code, nameVi: ds.name, nameEn: ds.name, dhis2Uid: ds.id, periodType, assignUnits, sections });
    mappings.push({ kind: 'data_set', code, dhis2: ds.id });
  }
  // Validation rules, once the forms are known (a rule checks the forms of its period type holding its elements).
  const cocCodes = new Map<string, string>();
  for (const r of await readMappings(db, 'category_option_combo')) cocCodes.set(r.dhis2, r.code.split('.')[1] ?? r.code);
  for (const x of mappings) if (x.kind === 'category_option_combo') cocCodes.set(x.dhis2, x.code.split('.')[1] ?? x.code);
  const defaultCocs = new Set([DEFAULT_COC, ...m.categoryOptionCombos.filter((c) => defaultCombos.has(c.categoryCombo.id)).map((c) => c.id)]);
  const knownElement = (uid: string) => (elements.has(uid) ? elementCode(elements.get(uid)!) : byUid.get(`data_element|${uid}`));
  for (const raw of (m.validationRules as unknown[] | undefined) ?? []) {
    const t = translateRule(raw, { element: knownElement, coc: (uid) => cocCodes.get(uid), isDefault: (uid) => defaultCocs.has(uid) }, doc.dataSets);
    if ('reason' in t) dropped.push({ kind: 'validationRule', id: t.id, name: t.name, reason: t.reason });
    else {
      doc.validationRules.push({ ...t.rule, code: byUid.get(`validation_rule|${t.rule.dhis2Uid}`) ?? t.rule.code });
    }
  }
  if (problems.length) throw new AppError(400, 'dhis2_metadata_unsupported', { count: problems.length }, problems);
  for (const ou of units.unmatched) dropped.push({ kind: 'organisationUnit', id: ou.id, name: ou.name, reason: 'no unit here with this code or name' });
  return { doc: metadataDocument.parse(doc), unmatchedOrgUnits: units.unmatched, dropped };
}

/** DHIS2 organisation units onto today's units: same code, else one unit with the same name. */
async function matchUnits(db: Kysely<DB>, ous: Dhis2Metadata['organisationUnits']) {
  const matched = new Map<string, string>();
  const unmatched: { id: string; code?: string; name: string }[] = [];
  if (!ous.length) return { matched, unmatched };
  const ours = await unitsOn(db, todayVN());
  const mapped = new Map((await readMappings(db, 'org_unit')).map((r) => [r.dhis2, r.code]));
  const taken = new Set<string>();
  const byCode = new Set(ours.map((u) => u.code));
  const byName = new Map<string, string[]>();
  for (const u of ours) (byName.get(norm(u.name)) ?? byName.set(norm(u.name), []).get(norm(u.name))!).push(u.code);
  for (const ou of ous) {
    const named = byName.get(norm(ou.name)) ?? [];
    const mappedCode = mapped.get(ou.id);
    const code = mappedCode && byCode.has(mappedCode) ? mappedCode : ou.code && byCode.has(ou.code) ? ou.code : named.length === 1 ? named[0] : null;
    // One of our units takes at most one DHIS2 org unit.
    if (code && !taken.has(code)) {
      matched.set(ou.id, code);
      taken.add(code);
    } else unmatched.push({ id: ou.id, code: ou.code, name: ou.name });
  }
  return { matched, unmatched };
}

/** A form of the converted document, as rules need it. */
type FormDoc = { code: string; periodType: string; sections: { dataElements: string[] }[]; [k: string]: unknown };

/** DHIS2's built-in default category option combination. */
const DEFAULT_COC = 'HllvX50cXC0';

const side = z.looseObject({ expression: z.string().min(1).max(2000), missingValueStrategy: z.string().max(50).optional() });
const dhis2Rule = z.looseObject({
  id: z.string().min(1).max(50),
  code: z.string().max(200).optional(),
  name: z.string().min(1).max(300),
  description: z.string().max(2000).optional(),
  instruction: z.string().max(2000).optional(),
  importance: z.string().max(20).optional(),
  operator: z.string().max(50),
  periodType: z.string().max(50).optional(),
  leftSide: side,
  rightSide: side,
});

/** DHIS2 rule operators that compare two numbers, as ours. */
const RULE_OPERATORS: Record<string, string> = {
  equal_to: '==',
  not_equal_to: '!=',
  greater_than: '>',
  greater_than_or_equal_to: '>=',
  less_than: '<',
  less_than_or_equal_to: '<=',
};
/** DHIS2 operators that test whether sides are filled, which our rules (a comparison of two numbers) cannot say. */
const PAIR_OPERATORS: Record<string, string> = {
  compulsory_pair: 'both sides must be filled or both empty',
  exclusive_pair: 'at most one side may be filled',
};
const IMPORTANCE: Record<string, string> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const OPERAND = /#\{([A-Za-z0-9]{1,50})(?:\.([A-Za-z0-9*]{1,50}))?(?:\.([A-Za-z0-9*]{1,50}))?\}/g;

interface RuleRefs {
  /** Our code of a DHIS2 data element (in the file or mapped before). */
  element: (uid: string) => string | undefined;
  /** Our code of a DHIS2 category option combination (within its combo). */
  coc: (uid: string) => string | undefined;
  /** Whether a combination is DHIS2's default (no disaggregation). */
  isDefault: (uid: string) => boolean;
}

/**
 * One side of a DHIS2 rule in our expression language: `#{de}`, `#{de.coc}` and `#{de.coc.aoc}` (default
 * attribute combination only) become `#{CODE}` / `#{CODE.COC}`; numbers, + - * / and parentheses stay.
 * Anything else (constants, org unit groups, functions, attribute combinations) is a reason not to take the rule.
 */
function translateSide(name: 'left' | 'right', text: string, refs: RuleRefs): { text: string; operands: string[] } | { reason: string } {
  let reason: string | null = null;
  const out = text.replace(OPERAND, (whole, de: string, coc?: string, aoc?: string) => {
    const code = refs.element(de);
    if (!code) reason ??= `${name} side: data element ${de} is neither in the file nor mapped`;
    if (aoc && aoc !== '*' && !refs.isDefault(aoc)) reason ??= `${name} side: ${whole} names an attribute option combination (not supported)`;
    if (!coc || coc === '*' || refs.isDefault(coc)) return `#{${code}}`;
    const sub = refs.coc(coc);
    if (!sub) reason ??= `${name} side: category option combination ${coc} is neither in the file nor mapped`;
    return `#{${code}.${sub}}`;
  });
  if (reason) return { reason };
  try {
    const tree = parseExpression(out);
    return { text: out, operands: operandsOf(tree).map((o) => o.de) };
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    return {
      reason: `${name} side: "${out.slice(e.position, e.position + 30) || text}" is not translated (only data elements, numbers, + - * / and parentheses are)`,
    };
  }
}

/** A DHIS2 validation rule as one of ours, attached to the forms of its period type that hold its elements; or why not. */
function translateRule(
  raw: unknown,
  refs: RuleRefs,
  forms: FormDoc[],
): { id: string; name?: string; reason: string } | { rule: Record<string, unknown> & { code: string; dhis2Uid: string } } {
  const named = (raw ?? {}) as { id?: unknown; name?: unknown };
  const id = String(named.id ?? '');
  const name = typeof named.name === 'string' ? named.name : undefined;
  const parsed = dhis2Rule.safeParse(raw);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path.join('.') ?? '';
    return { id, name, reason: `not a complete DHIS2 validation rule (${at || 'id, name, operator, leftSide, rightSide'})` };
  }
  const r = parsed.data;
  if (PAIR_OPERATORS[r.operator])
    return { id, name, reason: `operator ${r.operator} (${PAIR_OPERATORS[r.operator]}) has no equivalent: rules here compare two numbers` };
  const operator = RULE_OPERATORS[r.operator];
  if (!operator) return { id, name, reason: `unknown operator ${r.operator}` };
  const periodType = PERIOD_TYPES[r.periodType ?? 'Monthly'];
  if (!periodType) return { id, name, reason: `period type ${r.periodType} is not used here` };
  const importance = IMPORTANCE[(r.importance ?? 'MEDIUM').toUpperCase()];
  if (!importance) return { id, name, reason: `unknown importance ${r.importance}` };
  const sides = { left: r.leftSide, right: r.rightSide };
  const texts: Record<string, { text: string; operands: string[] }> = {};
  for (const key of ['left', 'right'] as const) {
    const t = translateSide(key, sides[key].expression, refs);
    if ('reason' in t) return { id, name, reason: t.reason };
    // Here a side is skipped only when all its operands are empty (DHIS2's default); with one operand, "any" is the same.
    const strategy = sides[key].missingValueStrategy ?? 'SKIP_IF_ALL_VALUES_MISSING';
    const same =
      strategy === 'SKIP_IF_ALL_VALUES_MISSING' ||
      (strategy === 'SKIP_IF_ANY_VALUE_MISSING' && t.operands.length <= 1) ||
      (strategy === 'NEVER_SKIP' && !t.operands.length);
    if (!same)
      return { id, name, reason: `${key} side: missing value strategy ${strategy} is not supported (a side is skipped only when all its values are missing)` };
    texts[key] = t;
  }
  const used = new Set([...texts.left.operands, ...texts.right.operands]);
  const dataSets = forms.filter((f) => f.periodType === periodType && f.sections.some((s) => s.dataElements.some((e) => used.has(e)))).map((f) => f.code);
  if (!dataSets.length) return { id, name, reason: `no ${r.periodType ?? 'Monthly'} data set in the file holds its data elements` };
  const message = (r.instruction ?? r.description ?? '').slice(0, 500);
  return {
    rule: {
      code: safeCode(r),
      nameVi: r.name,
      nameEn: r.name,
      left: texts.left.text,
      operator,
      right: texts.right.text,
      importance,
      messageVi: message,
      messageEn: message,
      dataSets,
      dhis2Uid: r.id,
    },
  };
}
