import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { storeCandidates } from './duplicates.repository.js';
import { currentMemberIds } from './members.repository.js';

/**
 * Checks some persons just written against the register (their commune for names, everywhere for
 * the CCCD). Runs after the write has committed; a failure here must not undo the write.
 */
export async function detectForPersons(db: Kysely<DB>, personIds: number[], log?: { warn(o: unknown, m: string): void }): Promise<void> {
  if (!personIds.length) return;
  try {
    await storeCandidates(db, { personIds });
  } catch (e) {
    log?.warn({ err: e, personIds }, 'duplicate detection failed');
  }
}

/** The persons currently in a household (after a birth or move-in). */
export async function detectForHousehold(db: Kysely<DB>, householdId: number): Promise<void> {
  const personIds = await currentMemberIds(db, householdId).catch(() => []);
  await detectForPersons(db, personIds);
}
