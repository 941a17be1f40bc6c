import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { can, inReach, isVisible, reachIds, type Scope } from '../../server/scope.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { classifiedIdsOn } from '../classifications/classifications.service.js';
import { policyFor } from '../programmes/policies.service.js';
import { programmeNodeFor } from '../programmes/programmes.service.js';
import { countEligible, eligibleEntries, eligibleRows, type EligibleRow, type RegisterLeaf } from '../register/eligibility.service.js';
import {
  communeIdsByCode,
  ethnicNames,
  findRule,
  insertRule,
  insertRuleVersion,
  listRules,
  ruleVersion,
  ruleVersions,
  setRuleVersion,
  unitNames,
  villageNames,
  forLargeQuery,
  type RuleRow,
} from './beneficiaries.repository.js';
import { checkRule, compileRule, factKey, conditionsOf, leafOf, referencesOf, type Resolved, type RuleCondition, type RuleNode } from './eligibility.parse.js';

/** A tree as sent, checked: the first problem is the message, every problem a detail naming its condition. */
export function checkedTree(tree: unknown): RuleNode {
  const problems = checkRule(tree);
  if (problems.length) {
    const details = problems.map((p) => ({ field: p.field, code: p.code, params: p.params }));
    throw new AppError(400, problems[0].code, problems[0].params, details);
  }
  return tree as RuleNode;
}

/** Who may define rules and run them: users who enter data (commune and provincial officers, administrators). */
export function requireDrafter(user: SessionUser) {
  if (!can(user, 'enter_data')) throw new AppError(403, 'benefit_wrong_role_draft');
}

/** Commune codes and classifications of a tree, looked up for a day. */
export async function resolveRefs(db: Kysely<DB>, tree: RuleNode, date: string): Promise<Resolved> {
  const refs = referencesOf(tree);
  const communes = await communeIdsByCode(db, refs.communeCodes);
  const missing = refs.communeCodes.find((c) => !communes.has(c));
  if (missing) throw new AppError(400, 'rule_unknown_commune', { code: missing }, [{ field: 'tree', code: 'rule_unknown_commune', params: { code: missing } }]);
  const classes = new Map<string, number[]>();
  for (const c of refs.villageClasses) classes.set(c, await classifiedIdsOn(db, 'extremely_difficult_village', ['DBKK'], date));
  for (const c of refs.communeClasses) {
    const ids =
      c === 'extremely_difficult_commune'
        ? await classifiedIdsOn(db, 'extremely_difficult_commune', ['DBKK'], date)
        : await classifiedIdsOn(db, 'ethnic_region', [c.replace('region_', '')], date);
    classes.set(c, ids);
  }
  return { communes, classes };
}

export interface Evaluation {
  conditions: RuleCondition[];
  leaves: RegisterLeaf[];
  rows: EligibleRow[];
}

/** The rule over the register on a day, inside the caller's area: persons with the facts of every condition. */
export async function evaluate(
  db: Kysely<DB>,
  scope: Scope,
  tree: RuleNode,
  date: string,
  opts: { page?: { limit: number; offset: number }; personIds?: number[]; applyRule?: boolean } = {},
): Promise<Evaluation> {
  const resolved = await resolveRefs(db, tree, date);
  const conditions = conditionsOf(tree);
  const leaves = conditions.map((c) => leafOf(c, date, resolved));
  const rows = await eligibleRows(
    db,
    {
      date,
      communeIds: reachIds(scope),
      filter: opts.applyRule === false ? null : compileRule(tree, date, resolved),
      facts: leaves,
      personIds: opts.personIds,
    },
    opts.page ?? null,
  );
  return { conditions, leaves, rows };
}

/**
 * The rule's persons of the caller's area on the day as a query to copy into a list (register's
 * `eligibleEntries`), with the facts of every condition keyed by `factKey`.
 */
export async function entriesQuery(db: Kysely<DB>, scope: Scope, tree: RuleNode, date: string) {
  const resolved = await resolveRefs(db, tree, date);
  const conditions = conditionsOf(tree);
  const leaves = conditions.map((c) => leafOf(c, date, resolved));
  const query = await eligibleEntries(
    db,
    { date, communeIds: reachIds(scope), filter: compileRule(tree, date, resolved), facts: leaves },
    conditions.map((c) => factKey(c)),
  );
  return { conditions, query };
}

/** How many persons of the caller's area meet the rule on the day (see forLargeQuery). */
export async function countMatching(db: Kysely<DB>, scope: Scope, tree: RuleNode, date: string): Promise<number> {
  const count = async (trx: Kysely<DB>) => {
    await forLargeQuery(trx);
    const resolved = await resolveRefs(trx, tree, date);
    return countEligible(trx, { date, communeIds: reachIds(scope), filter: compileRule(tree, date, resolved), facts: [] });
  };
  return db.isTransaction ? count(db) : db.transaction().execute(count);
}

/** The facts of each row keyed by condition: `{ key: [value, met] }`. */
export function factsOf(e: Evaluation, row: EligibleRow): Record<string, [string | null, boolean]> {
  const out: Record<string, [string | null, boolean]> = {};
  e.conditions.forEach((c, i) => {
    out[factKey(c)] = [(row[`v${i}`] as string | null) ?? null, row[`c${i}`] === true || row[`c${i}`] === 't'];
  });
  return out;
}

// Saved rules.

/** A rule the caller may see (national rules, or those of a unit they see), else 404. */
export async function visibleRule(db: Kysely<DB>, scope: Scope, id: number): Promise<RuleRow> {
  const r = await findRule(db, id);
  if (!r || (r.unit_id !== null && !isVisible(scope, r.unit_id))) throw new AppError(404, 'not_found');
  return r;
}

function assertRuleWritable(scope: Scope, r: RuleRow) {
  if (r.unit_id === null ? !scope.all : !inReach(scope, r.unit_id)) throw new AppError(403, 'out_of_scope');
}

/** JSON with object keys sorted (jsonb gives keys back in its own order). */
function canonical(x: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(typeof x === 'string' ? JSON.parse(x) : x));
}

export interface RuleInput {
  name: string;
  description?: string;
  tree: unknown;
  programmeNodeId?: number | null;
  policyId?: number | null;
  note?: string;
}

const NO_AREA_LIMIT: Scope = { all: true, reach: new Set(), visible: new Set() };

/**
 * Checks the programme item and policy a rule or a cycle names: each must exist and be national or of
 * the caller's area (a translated 400 on the field otherwise). Without a scope (command line, benchmarks)
 * only their existence is checked.
 */
export async function checkProgrammeLinks(db: Kysely<DB>, scope: Scope | undefined, input: { programmeNodeId?: number | null; policyId?: number | null }) {
  if (input.programmeNodeId != null) await programmeNodeFor(db, scope ?? NO_AREA_LIMIT, input.programmeNodeId, 'programmeNodeId');
  if (input.policyId != null) await policyFor(db, scope ?? NO_AREA_LIMIT, input.policyId, 'policyId');
}

export async function createRule(db: Kysely<DB>, user: SessionUser, actor: Actor, input: RuleInput, scope?: Scope): Promise<number> {
  requireDrafter(user);
  const tree = checkedTree(input.tree);
  await checkProgrammeLinks(db, scope, input);
  return db.transaction().execute(async (trx) => {
    const rule = await insertRule(trx, {
      name: input.name,
      description: input.description ?? '',
      unit_id: user.scopeUnitId,
      programme_node_id: input.programmeNodeId ?? null,
      policy_id: input.policyId ?? null,
      current_version: 1,
      created_by: user.id,
    });
    await insertRuleVersion(trx, { rule_id: rule.id, version: 1, tree: JSON.stringify(tree), note: input.note ?? '', created_by: user.id });
    await writeAudit(trx, actor, { action: 'create', entity: 'eligibility_rule', entityId: rule.id, unitId: rule.unit_id, after: { ...input, tree } });
    return rule.id;
  });
}

/**
 * Every change of the conditions, name or description of a rule is a new version; earlier versions (and
 * the lists run from them) stay as they were. The programme item and policy the rule serves are checked
 * as on creation and changed in place (they do not change who is entitled, so no version is made when
 * only they change); left out of the body, they stay as they are; null removes them.
 */
export async function changeRule(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, id: number, input: RuleInput): Promise<void> {
  requireDrafter(user);
  const tree = checkedTree(input.tree);
  await db.transaction().execute(async (trx) => {
    const rule = await findRule(trx, id, true);
    if (!rule || (rule.unit_id !== null && !isVisible(scope, rule.unit_id))) throw new AppError(404, 'not_found');
    assertRuleWritable(scope, rule);
    await checkProgrammeLinks(trx, scope, input);
    const current = await ruleVersion(trx, id, rule.current_version);
    const description = input.description ?? rule.description;
    const programmeNodeId = input.programmeNodeId === undefined ? rule.programme_node_id : input.programmeNodeId;
    const policyId = input.policyId === undefined ? rule.policy_id : input.policyId;
    const sameVersion = current && canonical(current.tree) === canonical(tree) && rule.name === input.name && rule.description === description;
    const sameLinks = programmeNodeId === rule.programme_node_id && policyId === rule.policy_id;
    if (sameVersion && sameLinks) throw new AppError(409, 'rule_unchanged');
    const version = sameVersion ? rule.current_version : rule.current_version + 1;
    if (!sameVersion) await insertRuleVersion(trx, { rule_id: id, version, tree: JSON.stringify(tree), note: input.note ?? '', created_by: user.id });
    await setRuleVersion(trx, id, { current_version: version, name: input.name, description, programme_node_id: programmeNodeId, policy_id: policyId });
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'eligibility_rule',
      entityId: id,
      unitId: rule.unit_id,
      before: { version: rule.current_version, name: rule.name, tree: current?.tree, programmeNodeId: rule.programme_node_id, policyId: rule.policy_id },
      after: { version, name: input.name, tree, programmeNodeId, policyId },
    });
  });
}

export async function rulesOf(db: Kysely<DB>, scope: Scope, q?: string) {
  return listRules(db, scope.all ? null : [...new Set([...scope.visible, ...scope.reach])], q);
}

export { ruleVersion, ruleVersions };

/** Names of the units, villages and ethnic groups a page shows. */
export async function namesFor(db: Kysely<DB>, unitIds: (number | null)[], villageIds: (number | null)[]) {
  const [units, villages, ethnic] = await Promise.all([
    unitNames(
      db,
      unitIds.filter((x): x is number => x !== null),
    ),
    villageNames(db, villageIds.filter((x): x is number => x !== null).map(Number)),
    ethnicNames(db),
  ]);
  return { units, villages, ethnic };
}
