import type { Kysely } from 'kysely';
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
