import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { readCombos, readCategories, readDataElements, readMappings } from '../reporting-metadata/catalogue.service.js';
import { ExpressionError, operandsOf, parseExpression, type Node } from '../reporting-metadata/expression.js';
import {
  deleteIndicator,
  indicatorByCodeOrUid,
  indicatorById,
  insertIndicator,
  listConstants,
  listIndicators,
  updateIndicator,
  upsertConstant,
  type IndicatorColumns,
  type IndicatorRow,
} from './analytics.repository.js';
import { MEASURE_NAMES, RELATIVE_NAMES } from './analytics.messages.js';
import { REGISTER_MEASURES, RELATIVE_PERIODS, type IndicatorBody } from './analytics.schema.js';
import { cachedAnswer } from './answer-cache.js';

export { listIndicators, indicatorsByCodes, listConstants } from './analytics.repository.js';

const HOUSEHOLD_MEASURES = new Set(['households', 'poor_households', 'near_poor_households']);
const AGE_FILTERS = new Set(['age_0_5', 'age_6_14', 'age_15_17', 'age_18_59', 'age_60']);

/** Whether a filter of a register measure is one we know: minority, majority, male, female, age_…, ethnic_<code>. */
export function registerFilterOk(measure: string, filter: string): boolean {
  if (filter === 'minority' || filter === 'majority' || /^ethnic_\d{2}$/.test(filter)) return true;
  if (HOUSEHOLD_MEASURES.has(measure)) return false;
  return filter === 'male' || filter === 'female' || AGE_FILTERS.has(filter);
}

/**
 * Everything a formula may refer to: element codes with their option and combination codes, constants. Kept
 * until the database next changes (four reads fewer for each pivot); callers only read it.
 */
export async function formulaCatalogue(db: Kysely<DB>) {
  return (await cachedAnswer(db, 'formula-catalogue', () => readFormulaCatalogue(db))).value;
}

async function readFormulaCatalogue(db: Kysely<DB>) {
  const [elements, combos, categories, constants] = await Promise.all([readDataElements(db), readCombos(db), readCategories(db), listConstants(db)]);
  const combo = new Map(combos.map((c) => [c.code, c]));
  const subs = new Map<string, Set<string>>();
  for (const e of elements) {
    const c = combo.get(e.categoryCombo);
    const set = new Set<string>();
    for (const coc of c?.optionCombos ?? []) set.add(coc.code);
    for (const cat of categories.filter((x) => c?.categories.includes(x.code))) for (const o of cat.options) set.add(o.code);
    subs.set(e.code, set);
  }
  return { elements, combos, categories, subs, constants: new Map(constants.map((k) => [k.code, k.value])) };
}
export type FormulaCatalogue = Awaited<ReturnType<typeof readFormulaCatalogue>>;

/** The operands of a formula that refer to nothing, as written. */
export function unknownRefs(node: Node, cat: FormulaCatalogue): string[] {
  const bad: string[] = [];
  for (const o of operandsOf(node)) {
    if (o.kind === 'C') {
      if (!cat.constants.has(o.de)) bad.push(`C{${o.de}}`);
    } else if (o.kind === 'R') {
      const filters = o.sub ? o.sub.split('.') : [];
      if (!(REGISTER_MEASURES as readonly string[]).includes(o.de) || filters.some((f) => !registerFilterOk(o.de, f)))
        bad.push(`R{${o.de}${o.sub ? `.${o.sub}` : ''}}`);
    } else {
      const subs = cat.subs.get(o.de);
      if (!subs || (o.sub && !subs.has(o.sub))) bad.push(`#{${o.de}${o.sub ? `.${o.sub}` : ''}}`);
    }
  }
  return bad;
}

/** Parses one side of an indicator, with an error naming the side (numerator, denominator) on failure. */
export function parseFormula(text: string, part: 'numerator' | 'denominator' | 'expression'): Node {
  try {
    return parseExpression(text, { sigils: ['R', 'C'] });
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    const params = { part, position: e.position + 1, reason: e.reason };
    throw new AppError(400, 'analytics_expression_invalid', params, [{ field: part, code: 'analytics_expression_invalid', params }]);
  }
}

function checkFormula(text: string, part: 'numerator' | 'denominator' | 'expression', cat: FormulaCatalogue): Node {
  const node = parseFormula(text, part);
  const bad = unknownRefs(node, cat);
  if (bad.length) {
    const params = { part, refs: bad.join(', ') };
    throw new AppError(400, 'analytics_unknown_reference', params, [{ field: part, code: 'analytics_unknown_reference', params }]);
  }
  return node;
}

/** Checks one formula: syntax and references. */
export async function checkExpression(db: Kysely<DB>, text: string) {
  const node = checkFormula(text, 'expression', await formulaCatalogue(db));
  return { ok: true, operands: operandsOf(node).map((o) => `${o.kind ?? '#'}{${o.de}${o.sub ? `.${o.sub}` : ''}}`) };
}

function columnsOf(b: IndicatorBody): IndicatorColumns {
  return {
    code: b.code,
    name_vi: b.nameVi,
    name_en: b.nameEn,
    description_vi: b.descriptionVi,
    description_en: b.descriptionEn,
    numerator: b.numerator,
    denominator: b.denominator,
    factor: b.factor,
    decimals: b.decimals,
  };
}

async function validated(db: Kysely<DB>, b: IndicatorBody) {
  const cat = await formulaCatalogue(db);
  checkFormula(b.numerator, 'numerator', cat);
  checkFormula(b.denominator, 'denominator', cat);
  return columnsOf(b);
}

const audited = (row: IndicatorRow) => ({ code: row.code, numerator: row.numerator, denominator: row.denominator, factor: row.factor, version: row.version });

export async function createIndicator(db: Kysely<DB>, actor: Actor, b: IndicatorBody) {
  const cols = await validated(db, b);
  if ((await listIndicators(db)).some((r) => r.code === b.code))
    throw new AppError(409, 'analytics_indicator_exists', { code: b.code }, [{ field: 'code', code: 'analytics_indicator_exists', params: { code: b.code } }]);
  return db.transaction().execute(async (trx) => {
    const row = await insertIndicator(trx, cols, actor.userId);
    await writeAudit(trx, actor, { action: 'create', entity: 'analytics_indicator', entityId: row.id, after: audited(row) });
    return row;
  });
}

export async function changeIndicator(db: Kysely<DB>, actor: Actor, id: number, b: IndicatorBody) {
  const before = await indicatorById(db, id);
  if (!before) throw new AppError(404, 'not_found');
  const cols = await validated(db, b);
  if (b.code !== before.code && (await listIndicators(db)).some((r) => r.code === b.code))
    throw new AppError(409, 'analytics_indicator_exists', { code: b.code }, [{ field: 'code', code: 'analytics_indicator_exists', params: { code: b.code } }]);
  return db.transaction().execute(async (trx) => {
    const row = await updateIndicator(trx, id, cols, actor.userId);
    await writeAudit(trx, actor, { action: 'update', entity: 'analytics_indicator', entityId: id, before: audited(before), after: audited(row) });
    return row;
  });
}

export async function removeIndicator(db: Kysely<DB>, actor: Actor, id: number) {
  const before = await indicatorById(db, id);
  if (!before) throw new AppError(404, 'not_found');
  await db.transaction().execute(async (trx) => {
    await deleteIndicator(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: 'analytics_indicator', entityId: id, before: audited(before) });
  });
}

/** Saves a constant of formulas (`C{code}`), audited. */
export async function saveConstant(db: Kysely<DB>, actor: Actor, c: { code: string; nameVi: string; value: number; dhis2Uid?: string | null }) {
  return db.transaction().execute(async (trx) => {
    const row = await upsertConstant(trx, { code: c.code, name_vi: c.nameVi, value: c.value, dhis2_uid: c.dhis2Uid ?? null });
    await writeAudit(trx, actor, { action: 'update', entity: 'analytics_constant', entityId: c.code, after: { value: c.value } });
    return row;
  });
}

/** A DHIS2 code made safe as ours (letters, digits, underscore; at most 50). */
const safe = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 50);

/**
 * A DHIS2 formula in our syntax: `#{deUid}` and `#{deUid.cocUid}` become element and combination
 * codes through the elements' and combinations' DHIS2 ids and the mapping table, `#{de.*}` the
 * element's total, `C{uid}` a constant's code. Anything else unknown is left as written, so the
 * check reports it.
 */
export async function fromDhis2Formula(db: Kysely<DB>, text: string) {
  const [elements, combos, mappings, constants] = await Promise.all([readDataElements(db), readCombos(db), readMappings(db), listConstants(db)]);
  const de = new Map<string, string>();
  const coc = new Map<string, string>();
  for (const e of elements) if (e.dhis2Uid) de.set(e.dhis2Uid, e.code);
  for (const c of combos) for (const x of c.optionCombos) if (x.dhis2Uid) coc.set(x.dhis2Uid, x.code);
  for (const m of mappings) {
    if (m.kind === 'data_element') de.set(m.dhis2, m.code);
    // The mapping names a combination as `<combo>.<combination>`; a formula names the combination alone.
    if (m.kind === 'category_option_combo') coc.set(m.dhis2, m.code.split('.').pop()!);
  }
  const k = new Map(constants.filter((c) => c.dhis2_uid).map((c) => [c.dhis2_uid!, c.code]));
  return text
    .replace(/#\{([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_*]+))?(?:\.[A-Za-z0-9_*]+)?\}/g, (_, d: string, c?: string) => {
      const code = de.get(d) ?? d;
      return c && c !== '*' ? `#{${code}.${coc.get(c) ?? c}}` : `#{${code}}`;
    })
    .replace(/C\{([A-Za-z0-9_]+)\}/g, (_, u: string) => `C{${k.get(u) ?? u}}`);
}

/**
 * Makes a DHIS2 indicator ours: found by its DHIS2 id (else its code), created or updated, its
 * formulas translated and checked like any indicator's (a formula we cannot read is refused).
 */
export async function upsertIndicatorFromDhis2(
  db: Kysely<DB>,
  ind: { uid: string; code?: string | null; name: string; numerator: string; denominator: string; factor?: number | null },
  actor: Actor,
) {
  const code = safe(ind.code || ind.uid);
  const body: IndicatorBody = {
    code,
    nameVi: ind.name.slice(0, 200),
    nameEn: ind.name.slice(0, 200),
    descriptionVi: '',
    descriptionEn: '',
    numerator: await fromDhis2Formula(db, ind.numerator),
    denominator: await fromDhis2Formula(db, ind.denominator || '1'),
    factor: ind.factor ?? 1,
    decimals: 1,
  };
  const cols = { ...(await validated(db, body)), dhis2_uid: ind.uid };
  const before = await indicatorByCodeOrUid(db, code, ind.uid);
  return db.transaction().execute(async (trx) => {
    const row = before ? await updateIndicator(trx, before.id, { ...cols, code: before.code }, actor.userId) : await insertIndicator(trx, cols, actor.userId);
    await writeAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entity: 'analytics_indicator',
      entityId: row.id,
      before: before ? audited(before) : undefined,
      after: { ...audited(row), dhis2Uid: ind.uid },
    });
    return row;
  });
}

/** What the visualiser offers: elements (with their categories), indicators, register measures, categories, relative periods. */
export async function analyticsCatalogue(db: Kysely<DB>, lang: 'vi' | 'en', threshold: number, aggregatesOnly: boolean) {
  const l = lang === 'en' ? 1 : 0;
  const [elements, combos, categories, indicators] = await Promise.all([readDataElements(db), readCombos(db), readCategories(db), listIndicators(db)]);
  const combo = new Map(combos.map((c) => [c.code, c]));
  const pick = (vi: string, en: string) => (l && en ? en : vi);
  return {
    elements: elements
      .filter((e) => e.active && ['integer', 'number', 'percentage', 'boolean'].includes(e.valueType))
      .map((e) => ({ code: e.code, name: pick(e.nameVi, e.nameEn), categories: combo.get(e.categoryCombo)?.categories ?? [] })),
    indicators: indicators.map((i) => ({ code: i.code, name: pick(i.name_vi, i.name_en) })),
    measures: REGISTER_MEASURES.map((m) => ({ code: m, name: MEASURE_NAMES[m][l] })),
    categories: categories.map((c) => ({ code: c.code, name: pick(c.nameVi, c.nameEn) })),
    relativePeriods: RELATIVE_PERIODS.map((p) => ({ code: p, name: RELATIVE_NAMES[p][l] })),
    threshold,
    aggregatesOnly,
  };
}

/**
 * The indicators of a DHIS2 metadata import, made ours (see upsertIndicatorFromDhis2); returns the
 * list of dropped items without those taken, and with the reason for those refused.
 */
export async function importIndicators<D extends { kind: string; id: string; name?: string; reason: string }>(
  db: Kysely<DB>,
  actor: Actor,
  indicators: unknown,
  dropped: D[],
): Promise<D[]> {
  const list = Array.isArray(indicators) ? (indicators as Record<string, unknown>[]) : [];
  const out = dropped.filter((d) => d.kind !== 'indicator');
  for (const ind of list) {
    const uid = String(ind.id ?? '');
    try {
      await upsertIndicatorFromDhis2(
        db,
        {
          uid,
          code: typeof ind.code === 'string' ? ind.code : null,
          name: String(ind.name ?? uid),
          numerator: String(ind.numerator ?? ''),
          denominator: String(ind.denominator ?? '1'),
          factor: typeof ind.factor === 'number' ? ind.factor : ((ind.indicatorType as { factor?: number } | undefined)?.factor ?? 1),
        },
        actor,
      );
    } catch (e) {
      out.push({
        kind: 'indicator',
        id: uid,
        name: typeof ind.name === 'string' ? ind.name : undefined,
        reason: e instanceof Error ? e.message : String(e),
      } as D);
    }
  }
  return out;
}
