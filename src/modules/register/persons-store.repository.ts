import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Person, PersonTable } from '../../db/schema.register.js';
import { householdSearchText } from './households.columns.js';
import { CREATED, recordChanges, recordMark, type ChangeContext } from './history.repository.js';
import { personSnapshot, type newPersonRow } from './persons.columns.js';

/** Inserts a person and records the creation with a snapshot. */
export async function insertPerson(trx: Kysely<DB>, ctx: ChangeContext, row: ReturnType<typeof newPersonRow> & { is_demo?: boolean }): Promise<Person> {
  const person = await trx.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();
  await recordMark(trx, ctx, 'person', person.id, CREATED, personSnapshot(person));
  return person;
}

/**
 * Updates a person, bumps the version, records the changed fields and keeps the households they
 * head in step (their search text carries the head's name, their ethnic filter the head's group).
 */
export async function updatePerson(trx: Kysely<DB>, ctx: ChangeContext, before: Person, columns: Partial<Record<keyof PersonTable, unknown>>): Promise<Person> {
  const after = await trx
    .updateTable('person')
    .set({ ...(columns as object), version: before.version + 1, updated_at: new Date() })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordChanges(trx, ctx, 'person', before.id, personSnapshot(before), personSnapshot(after));
  if (after.full_name !== before.full_name || after.ethnic_code !== before.ethnic_code) {
    const headed = await trx.selectFrom('household').select(['id', 'code']).where('head_person_id', '=', after.id).execute();
    for (const h of headed) {
      await trx
        .updateTable('household')
        .set({ search_text: householdSearchText(h.code, after.full_name), head_ethnic_code: after.ethnic_code })
        .where('id', '=', h.id)
        .execute();
    }
  }
  return after;
}

/** Person rows by id (any state), in no particular order. */
export async function personsByIds(db: Kysely<DB>, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('person').selectAll().where('id', 'in', ids).execute();
}

/** A person row, whatever its state. */
export function findPerson(db: Kysely<DB>, id: number): Promise<Person | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads a person row for update inside a transaction. */
export function lockPerson(trx: Kysely<DB>, id: number): Promise<Person | undefined> {
  return trx.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The current full name of a person. */
export async function personName(db: Kysely<DB>, id: number): Promise<string | undefined> {
  return (await db.selectFrom('person').select('full_name').where('id', '=', id).executeTakeFirst())?.full_name;
}

/** Soft-deletes one person (the caller records the mark). */
export async function softDeletePerson(trx: Kysely<DB>, p: Pick<Person, 'id' | 'version'>, reason: string, userId: number | null): Promise<void> {
  await trx
    .updateTable('person')
    .set({ deleted_at: new Date(), deleted_reason: reason, deleted_by: userId, version: p.version + 1 })
    .where('id', '=', p.id)
    .execute();
}

/** Links a person merged away to the person kept, soft-deleting it unless it already is (the caller records the marks). */
export async function markMergedInto(trx: Kysely<DB>, dropped: Person, keptId: number, reason: string, userId: number | null): Promise<void> {
  await trx
    .updateTable('person')
    .set({
      merged_into_id: keptId,
      version: dropped.version + 1,
      updated_at: new Date(),
      ...(dropped.deleted_at ? {} : { deleted_at: new Date(), deleted_reason: reason, deleted_by: userId }),
    })
    .where('id', '=', dropped.id)
    .execute();
}

/** Ethnic codes among `codes` that are in the reference list. */
export async function knownEthnicCodes(db: Kysely<DB>, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db.selectFrom('ethnic_group').select('code').where('code', 'in', codes).execute();
  return new Set(found.map((r) => r.code));
}

/** First key of the advisory locks taken on CCCD numbers (the second is the number's hash). */
const CCCD_LOCK = 0x43434344;

/**
 * Locks CCCD numbers until the transaction ends (outside one, until the statement ends) and returns
 * the live persons holding them, limited to the communes given (null = everywhere). Numbers are
 * locked in sorted order, so two writers claiming overlapping sets never wait on each other in a circle.
 */
export async function lockCccdHolders(db: Kysely<DB>, numbers: string[], communeIds: number[] | null): Promise<{ id: number; cccd: string | null }[]> {
  const sorted = [...new Set(numbers)].sort();
  await sql`SELECT pg_advisory_xact_lock(${CCCD_LOCK}, hashtext(n)) FROM unnest(${sorted}::text[]) AS n ORDER BY n`.execute(db);
  let q = db.selectFrom('person').select(['id', 'cccd']).where('cccd', 'in', sorted).where('deleted_at', 'is', null);
  if (communeIds) q = q.where(sql<boolean>`commune_id = ANY(${communeIds}::int[])`);
  return q.execute();
}
