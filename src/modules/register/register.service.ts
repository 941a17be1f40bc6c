import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { reachIds, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { cccdProblem } from '../../shared/cccd.js';
import { knownEthnicCodes, lockCccdHolders } from './persons.repository.js';
import type { PersonInput } from './register.fields.js';

/** Field problems gathered before anything is written, thrown together as one translated error. */
export class Problems {
  readonly list: { field: string; code: string; value?: unknown; params: Record<string, unknown> }[] = [];

  add(field: string, code: string, params: Record<string, unknown> = {}, value?: unknown) {
    this.list.push({ field, code, params, ...(value === undefined ? {} : { value }) });
  }

  /** The first problem names the error; every problem is a detail. */
  throwIfAny(status = 400) {
    if (this.list.length === 0) return;
    const first = this.list[0];
    throw new AppError(status, first.code, first.params, this.list);
  }
}

/** One problem as an error, for checks that stop at the first failure. */
export function fieldError(status: number, field: string, code: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(status, code, params, [{ field, code, params }]);
}

import type { Birth } from './persons.columns.js';

export type { Birth };

/**
 * Checks the birth fields and returns the stored pair: the year comes from the date when there is one,
 * a date or year in the future is refused.
 */
export function resolveBirth(p: Problems, prefix: string, input: { birthDate?: string | null; birthYear?: number }): Birth {
  const birthDate = input.birthDate ?? null;
  const fromDate = birthDate ? Number(birthDate.slice(0, 4)) : undefined;
  if (fromDate !== undefined && input.birthYear !== undefined && input.birthYear !== fromDate) {
    p.add(`${prefix}birthYear`, 'birth_year_mismatch', { year: input.birthYear, date: birthDate });
  }
  const birthYear = fromDate ?? input.birthYear;
  if (birthYear === undefined) {
    p.add(`${prefix}birthYear`, 'birth_year_required');
    return { birthDate, birthYear: 0 };
  }
  const today = todayVN();
  if (birthDate && birthDate > today) p.add(`${prefix}birthDate`, 'birth_date_future', { date: birthDate }, birthDate);
  else if (birthYear > Number(today.slice(0, 4))) p.add(`${prefix}birthYear`, 'birth_date_future', { date: String(birthYear) }, birthYear);
  return { birthDate, birthYear };
}

/** Whether a was born before b (by date when both are known, else by year). */
function bornBefore(a: Birth, b: Birth): boolean {
  if (a.birthDate && b.birthDate) return a.birthDate < b.birthDate;
  return a.birthYear < b.birthYear;
}

const YOUNGER_THAN_HEAD = new Set(['child', 'grandchild']);
const OLDER_THAN_HEAD = new Set(['father', 'mother', 'grandparent']);

/** A child (or grandchild) may not be older than the head; a parent (or grandparent) not younger. */
export function checkRelationshipAge(p: Problems, field: string, member: Birth & { relationship: string }, head: Birth | null) {
  if (!head) return;
  if (YOUNGER_THAN_HEAD.has(member.relationship) && bornBefore(member, head)) p.add(field, 'child_older_than_parent', {}, member.relationship);
  if (OLDER_THAN_HEAD.has(member.relationship) && bornBefore(head, member)) p.add(field, 'parent_younger_than_child', {}, member.relationship);
}

/** Checks a CCCD's format and its agreement with birth year and sex; empty means none. */
export function checkCccd(p: Problems, field: string, cccd: string | null | undefined, person: { birthYear: number; sex: 'male' | 'female' }): string | null {
  if (cccd === undefined || cccd === null || cccd === '') return null;
  const problem = cccdProblem(cccd, person);
  if (problem) p.add(field, problem.code, problem.params, cccd);
  return cccd;
}

/** Ethnic codes among `codes` that are not in the reference list. */
export async function unknownEthnicCodes(db: Kysely<DB>, codes: string[]): Promise<Set<string>> {
  const wanted = [...new Set(codes)];
  const known = await knownEthnicCodes(db, wanted);
  return new Set(wanted.filter((c) => !known.has(c)));
}

/**
 * Validates the person fields of several new or changed persons at once; returns the normalised
 * birth pair and CCCD of each. `prefix` names each person's place in the request (e.g. `members.2.`).
 * A CCCD is refused as taken only when the record holding it lies in the writer's area (see
 * `claimCccds`); called inside a transaction, the numbers stay claimed until it ends.
 */
export async function checkPersons(
  db: Kysely<DB>,
  scope: Scope,
  p: Problems,
  persons: { prefix: string; input: PersonInput; exceptId?: number }[],
): Promise<{ birth: Birth; cccd: string | null }[]> {
  const unknown = await unknownEthnicCodes(
    db,
    persons.map((x) => x.input.ethnicCode),
  );
  const out = persons.map(({ prefix, input }) => {
    if (unknown.has(input.ethnicCode)) p.add(`${prefix}ethnicCode`, 'unknown_ethnic_group', { code: input.ethnicCode }, input.ethnicCode);
    const birth = resolveBirth(p, prefix, input);
    const cccd = birth.birthYear ? checkCccd(p, `${prefix}cccd`, input.cccd, { birthYear: birth.birthYear, sex: input.sex }) : null;
    return { birth, cccd };
  });
  const seen = new Map<string, string>();
  out.forEach((o, i) => {
    if (!o.cccd) return;
    if (seen.has(o.cccd)) p.add(`${persons[i].prefix}cccd`, 'cccd_taken', { value: o.cccd }, o.cccd);
    seen.set(o.cccd, persons[i].prefix);
  });
  p.throwIfAny();
  await claimCccds(
    db,
    scope,
    out.flatMap((o, i) => (o.cccd ? [{ cccd: o.cccd, field: `${persons[i].prefix}cccd`, exceptId: persons[i].exceptId }] : [])),
    p,
  );
  return out;
}

/**
 * Refuses (409 cccd_taken) CCCDs held by a live person in the writer's area, other than `exceptId`.
 * A number held only outside the area is accepted exactly like a fresh one (the refusal would tell
 * whether it is registered elsewhere); the duplicate review queue then pairs the two records for
 * someone whose area covers both. Inside a transaction each number is locked first, so two writers
 * racing with the same number in one area cannot both pass (the database index is no longer unique).
 */
export async function claimCccds(db: Kysely<DB>, scope: Scope, items: { cccd: string; field: string; exceptId?: number }[], p = new Problems()): Promise<void> {
  if (!items.length) return;
  const held = await lockCccdHolders(
    db,
    items.map((x) => x.cccd),
    reachIds(scope),
  );
  for (const it of items) {
    if (held.some((h) => h.cccd === it.cccd && h.id !== it.exceptId)) p.add(it.field, 'cccd_taken', { value: it.cccd }, it.cccd);
  }
  p.throwIfAny(409);
}

/** A date that must not lie in the future. */
export function notFuture(date: string, field: string) {
  if (date > todayVN()) throw fieldError(400, field, 'date_future', { date });
}

/** The record writers other modules (the register import) use: each keeps the history of what it writes. */
export { updateHousehold } from './households.repository.js';
export { addMember, changeRelationship } from './members.repository.js';
export { insertPerson, updatePerson } from './persons.repository.js';
