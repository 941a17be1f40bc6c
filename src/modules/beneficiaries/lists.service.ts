import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { eligibleEntries } from '../register/eligibility.service.js';
import {
  entriesNotIn,
  findList,
  insertEntriesFrom,
  insertList,
  listEntries,
  listEntry,
  listLists,
  previousList,
  setListCount,
  setListDiff,
  versionNumber,
  forLargeQuery,
} from './beneficiaries.repository.js';
import { checkedTree, entriesQuery, evaluate, factsOf, requireDrafter, ruleVersion, visibleRule, type Evaluation } from './eligibility.service.js';
import { describeCondition, factOf, type Facts, type RuleCondition, type RuleNode } from './eligibility.parse.js';

export { listEntries, listEntry, listLists };

/** The version number of the rule a list was run from (null for lists not made by a rule). */
export function versionOfList(db: Kysely<DB>, l: { rule_id: number | null; rule_version_id: number | null }) {
  return versionNumber(db, l.rule_id, l.rule_version_id);
}

/** Why a person joined or left a list: the conditions whose result changed, with the values before and after. */
export interface DiffReason {
  /** `condition`: a condition's result changed; `entered` / `left`: the person came into or left the register of the area. */
  kind: 'condition' | 'entered' | 'left' | 'rule_changed';
  condition?: string;
  conditionEn?: string;
  before?: string | null;
  after?: string | null;
}
export interface DiffPerson {
  personId: number;
  fullName: string;
  reasons: DiffReason[];
}
export interface ListDiff {
  previousListId: number;
  previousDate: string;
  previousVersion: number | null;
  added: DiffPerson[];
  removed: DiffPerson[];
}

/** A list the caller may see (its area in the caller's reach), else 404. */
export async function visibleList(db: Kysely<DB>, scope: Scope, id: number) {
  const l = await findList(db, id);
  if (!l || (l.unit_id === null ? !scope.all : !inReach(scope, l.unit_id))) throw new AppError(404, 'not_found');
  return l;
}

/**
 * Runs a version of a rule (default: the current one) over the caller's area on a day and freezes the
 * result: each person with their household, commune and village that day and the facts of every
 * condition, copied by the database in one `INSERT … SELECT` from the rule's query (nothing passes
 * through the application). Later register edits leave the list as it is. The difference from the
 * previous list of the same rule and area is worked out and kept with it.
 */
export async function runRule(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  ruleId: number,
  input: { date: string; version?: number; name?: string },
): Promise<number> {
  requireDrafter(user);
  const rule = await visibleRule(db, scope, ruleId);
  const version = await ruleVersion(db, ruleId, input.version ?? rule.current_version);
  if (!version) throw new AppError(404, 'not_found');
  const tree = checkedTree(version.tree);
  return db.transaction().execute(async (trx) => {
    await forLargeQuery(trx);
    const { conditions, query } = await entriesQuery(trx, scope, tree, input.date);
    const list = await insertList(trx, {
      name: input.name?.trim() || `${rule.name} (v${version.version}, ${input.date.split('-').reverse().join('/')})`,
      source: 'rule',
      rule_id: ruleId,
      rule_version_id: version.id,
      as_of_date: input.date,
      unit_id: user.scopeUnitId,
      person_count: 0,
      created_by: user.id,
    });
    const persons = await insertEntriesFrom(trx, list.id, query);
    await setListCount(trx, list.id, persons);
    const prev = await previousList(trx, ruleId, user.scopeUnitId, list.id);
    if (prev) {
      const diff = await diffLists(trx, scope, prev, { id: list.id, date: input.date, version: version.version, tree, conditions });
      await setListDiff(trx, list.id, prev.id, diff);
    }
    await writeAudit(trx, actor, {
      action: 'freeze',
      entity: 'beneficiary_list',
      entityId: list.id,
      unitId: user.scopeUnitId,
      after: { ruleId, version: version.version, date: input.date, persons, previousListId: prev?.id ?? null },
    });
    return list.id;
  });
}

/**
 * Who joined and who left since the previous list, and why. Both sets are read by the database from
 * the two frozen lists (an anti-join each way: only the changed persons come back); the facts of those
 * persons on the other day are then read for them alone, to name the conditions whose result changed.
 */
async function diffLists(
  db: Kysely<DB>,
  scope: Scope,
  prev: { id: number; as_of_date: string; rule_id: number | null; rule_version_id: number | null },
  next: { id: number; date: string; version: number; tree: RuleNode; conditions: RuleCondition[] },
): Promise<ListDiff> {
  const addedEntries = await entriesNotIn(db, next.id, prev.id);
  const removedEntries = await entriesNotIn(db, prev.id, next.id);
  const prevDate = String(prev.as_of_date);
  const prevVersion = await versionNumber(db, prev.rule_id, prev.rule_version_id);
  const ruleChanged = prevVersion !== next.version;
  // Facts of the added persons on the earlier day, and of the removed ones on the new day (the rule not applied).
  const thenFacts = addedEntries.length
    ? await evaluate(db, scope, next.tree, prevDate, { personIds: addedEntries.map((r) => r.person_id), applyRule: false })
    : null;
  const nowFacts = removedEntries.length
    ? await evaluate(db, scope, next.tree, next.date, { personIds: removedEntries.map((r) => r.person_id), applyRule: false })
    : null;
  const byPerson = (e: Evaluation | null) => new Map((e?.rows ?? []).map((r) => [r.person_id, factsOf(e!, r)]));
  const thenMap = byPerson(thenFacts);
  const nowMap = byPerson(nowFacts);
  const reasons = (old: Facts | undefined, now: Facts | undefined, date: string, joining: boolean): DiffReason[] => {
    if (joining && !old) return [{ kind: 'entered' }];
    if (!joining && !now) return [{ kind: 'left' }];
    const out: DiffReason[] = [];
    for (const c of next.conditions) {
      const o = factOf(old, c);
      const n = factOf(now, c);
      if (!o || !n) continue;
      if (o[1] !== n[1] || o[0] !== n[0])
        out.push({ kind: 'condition', condition: describeCondition(c, 'vi', date), conditionEn: describeCondition(c, 'en', date), before: o[0], after: n[0] });
    }
    if (ruleChanged) out.push({ kind: 'rule_changed', before: String(prevVersion), after: String(next.version) });
    return out;
  };
  return {
    previousListId: prev.id,
    previousDate: prevDate,
    previousVersion: prevVersion,
    added: addedEntries.map((b) => ({
      personId: b.person_id,
      fullName: b.full_name,
      reasons: reasons(thenMap.get(b.person_id), b.facts as Facts, next.date, true),
    })),
    removed: removedEntries.map((b) => ({
      personId: b.person_id,
      fullName: b.full_name,
      reasons: reasons(b.facts as Facts, nowMap.get(b.person_id), next.date, false),
    })),
  };
}

/**
 * Freezes given persons as a list (prestigious persons' support): each with their household, commune
 * and village on the day, inside the caller's area. Runs in the caller's transaction.
 */
export async function freezePersons(
  trx: Kysely<DB>,
  user: SessionUser,
  communeIds: number[] | null,
  actor: Actor,
  input: { name: string; date: string; personIds: number[] },
): Promise<{ id: number; persons: number }> {
  requireDrafter(user);
  const list = await insertList(trx, {
    name: input.name,
    source: 'prestigious',
    as_of_date: input.date,
    unit_id: user.scopeUnitId,
    person_count: 0,
    created_by: user.id,
  });
  const persons = input.personIds.length
    ? await insertEntriesFrom(
        trx,
        list.id,
        await eligibleEntries(trx, { date: input.date, communeIds, filter: null, facts: [], personIds: input.personIds }, []),
      )
    : 0;
  await setListCount(trx, list.id, persons);
  await writeAudit(trx, actor, {
    action: 'freeze',
    entity: 'beneficiary_list',
    entityId: list.id,
    unitId: user.scopeUnitId,
    after: { ...input, persons },
  });
  return { id: list.id, persons };
}
