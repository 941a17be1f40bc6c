/**
 * Names of register records for readers of other modules (the audit log): a household by its code
 * and head, a person by name, a candidate pair by its two names.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { pairLabelRows } from './duplicates.repository.js';
import { householdLabelRows } from './households.repository.js';
import { personLabelRows } from './persons.repository.js';

export async function householdLabels(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  return new Map((await householdLabelRows(db, ids)).map((r): [number, string] => [r.id, r.head ? `${r.code} · ${r.head}` : r.code]));
}

export async function personLabels(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  return new Map((await personLabelRows(db, ids)).map((r): [number, string] => [r.id, r.full_name]));
}

export async function pairLabels(db: Kysely<DB>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  return new Map((await pairLabelRows(db, ids)).map((r): [number, string] => [r.id, `${r.a} / ${r.b}`]));
}
