import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { eligibleRows, type EligibleRow } from '../register/eligibility.service.js';
import {
  entriesNotIn,
  entryPersonIds,
  findList,
  insertEntries,
  insertList,
  listEntries,
  listEntry,
  listLists,
  previousList,
  setListCount,
  setListDiff,
  versionNumber,
  type EntryInsert,
} from './beneficiaries.repository.js';
import { checkedTree, evaluate, factsOf, requireDrafter, ruleVersion, visibleRule, type Evaluation } from './eligibility.service.js';
import { conditionKey, describeCondition, type RuleCondition, type RuleNode } from './eligibility.parse.js';

export { listEntries, listEntry, listLists };

/** The version number of the rule a list was run from (null for lists not made by a rule). */
export function versionOfList(db: Kysely<DB>, l: { rule_id: number | null; rule_version_id: number | null }) {
  return versionNumber(db, l.rule_id, l.rule_version_id);
}

type Facts = Record<string, [string | null, boolean]>;

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

const entryOf = (e: Evaluation | null, r: EligibleRow): Omit<EntryInsert, 'list_id'> => ({
  person_id: r.person_id,
  household_id: r.household_id,
  household_code: r.household_code,
  commune_id: r.commune_id,
  village_id: r.village_id === null ? null : Number(r.village_id),
  full_name: r.full_name,
  sort_key: r.sort_key,
  search_text: searchKey(r.full_name),
  sex: r.sex,
  birth_year: Number(r.birth_year),
  ethnic_code: r.ethnic_code,
  facts: JSON.stringify(e ? factsOf(e, r) : {}),
});

/** A list the caller may see (its area in the caller's reach), else 404. */
export async function visibleList(db: Kysely<DB>, scope: Scope, id: number) {
  const l = await findList(db, id);
  if (!l || (l.unit_id === null ? !scope.all : !inReach(scope, l.unit_id))) throw new AppError(404, 'not_found');
  return l;
}

/**
 * Runs a version of a rule (default: the current one) over the caller's area on a day and freezes the
 * result: each person with their household, commune and village that day and the facts of every
 * condition. Later register edits leave the list as it is. The difference from the previous list of
 * the same rule and area is worked out and kept with it.
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
    const e = await evaluate(trx, scope, tree, input.date);
    const list = await insertList(trx, {
      name: input.name?.trim() || `${rule.name} (v${version.version}, ${input.date.split('-').reverse().join('/')})`,
      source: 'rule',
      rule_id: ruleId,
      rule_version_id: version.id,
      as_of_date: input.date,
      unit_id: user.scopeUnitId,
      person_count: e.rows.length,
      created_by: user.id,
    });
    await insertEntries(
      trx,
      list.id,
      e.rows.map((r) => entryOf(e, r)),
    );
    const prev = await previousList(trx, ruleId, user.scopeUnitId, list.id);
    if (prev) {
      const diff = await diffLists(trx, scope, prev, { id: list.id, date: input.date, tree, conditions: e.conditions, rows: e.rows, e });
      await setListDiff(trx, list.id, prev.id, diff);
    }
    await writeAudit(trx, actor, {
      action: 'freeze',
      entity: 'beneficiary_list',
      entityId: list.id,
      unitId: user.scopeUnitId,
      after: { ruleId, version: version.version, date: input.date, persons: e.rows.length, previousListId: prev?.id ?? null },
    });
    return list.id;
  });
}

async function diffLists(
  db: Kysely<DB>,
  scope: Scope,
  prev: { id: number; as_of_date: string; rule_id: number | null; rule_version_id: number | null },
  next: { id: number; date: string; tree: RuleNode; conditions: RuleCondition[]; rows: EligibleRow[]; e: Evaluation },
): Promise<ListDiff> {
  // The new list is already written: who left is read by the database (only those rows come back),
  // who joined is found among the rows just evaluated.
  const beforeIds = await entryPersonIds(db, prev.id);
  const addedRows = next.rows.filter((r) => !beforeIds.has(r.person_id));
  const removedEntries = await entriesNotIn(db, prev.id, next.id);
  const prevDate = String(prev.as_of_date);
  const prevVersion = await versionNumber(db, prev.rule_id, prev.rule_version_id);
  const nextVersion = await versionNumber(db, prev.rule_id, (await findList(db, next.id))?.rule_version_id ?? null);
  const ruleChanged = prevVersion !== nextVersion;
  // Facts of the added persons on the earlier day, and of the removed ones on the new day (the rule not applied).
  const thenFacts = addedRows.length
    ? await evaluate(db, scope, next.tree, prevDate, { personIds: addedRows.map((r) => r.person_id), applyRule: false })
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
      const k = conditionKey(c);
      const o = old?.[k];
      const n = now?.[k];
      if (!o || !n) continue;
      if (o[1] !== n[1] || o[0] !== n[0])
        out.push({ kind: 'condition', condition: describeCondition(c, 'vi', date), conditionEn: describeCondition(c, 'en', date), before: o[0], after: n[0] });
    }
    if (ruleChanged) out.push({ kind: 'rule_changed', before: String(prevVersion), after: String(nextVersion) });
    return out;
  };
  return {
    previousListId: prev.id,
    previousDate: prevDate,
    previousVersion: prevVersion,
    added: addedRows.map((r) => ({
      personId: r.person_id,
      fullName: r.full_name,
      reasons: reasons(thenMap.get(r.person_id), factsOf(next.e, r), next.date, true),
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
  const rows = input.personIds.length
    ? await eligibleRows(trx, { date: input.date, communeIds, filter: null, facts: [], personIds: input.personIds }, null)
    : [];
  const list = await insertList(trx, {
    name: input.name,
    source: 'prestigious',
    as_of_date: input.date,
    unit_id: user.scopeUnitId,
    person_count: rows.length,
    created_by: user.id,
  });
  await insertEntries(
    trx,
    list.id,
    rows.map((r) => entryOf(null, r)),
  );
  await setListCount(trx, list.id, rows.length);
  await writeAudit(trx, actor, {
    action: 'freeze',
    entity: 'beneficiary_list',
    entityId: list.id,
    unitId: user.scopeUnitId,
    after: { ...input, persons: rows.length },
  });
  return { id: list.id, persons: rows.length };
}
