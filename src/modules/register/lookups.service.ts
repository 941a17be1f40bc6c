import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { anyDemoHousehold, personIdsInCommunes } from './lookups.repository.js';

/*
 * Small answers other modules (access log, overview) need from the register, without reading its
 * tables. Imports only the register's repositories, so any module may call it without an import cycle.
 */

/** The largest id a person can have (int4): a stored reference beyond it names no person. */
const MAX_ID = 2147483647;

/**
 * Which of some references to persons (ids as text, as logs store them) name a person held in the
 * communes. A reference is kept exactly as given; one that is not a plain id names no person.
 */
export async function personRefsInCommunes(db: Kysely<DB>, refs: string[], communeIds: number[]): Promise<string[]> {
  const asId = (r: string) => (/^[1-9]\d*$/.test(r) && Number(r) <= MAX_ID ? Number(r) : null);
  const ids = [...new Set(refs.map(asId).filter((id): id is number => id !== null))];
  const held = new Set(await personIdsInCommunes(db, ids, communeIds));
  return refs.filter((r) => {
    const id = asId(r);
    return id !== null && held.has(id);
  });
}

/** Whether the caller's communes (null: everywhere) hold demo households. */
export function hasDemoHouseholds(db: Kysely<DB>, communeIds: number[] | null): Promise<boolean> {
  return anyDemoHousehold(db, communeIds);
}
