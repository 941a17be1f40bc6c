import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { recordAccess, type AccessRecord } from '../access-log/access-log.service.js';
import { actorOf } from '../audit/audit.service.js';

/**
 * The stated purpose of reading personal data (Decree 13/2023/NĐ-CP): required, 3–300 characters.
 * Kept out of the zod schema so a missing purpose gets its own translated message.
 */
export function requirePurpose(purpose: string | undefined): string {
  const p = (purpose ?? '').trim().replace(/\s+/g, ' ');
  if (p.length < 3) throw new AppError(400, 'purpose_required', {}, [{ field: 'purpose', code: 'purpose_required' }]);
  if (p.length > 300) throw new AppError(400, 'purpose_too_long', { max: 300 }, [{ field: 'purpose', code: 'purpose_too_long', params: { max: 300 } }]);
  return p;
}

/** What one read or export records (see access-log.service.ts). */
export type AccessEntry = AccessRecord;

/** Records who read or exported what, and why. */
export async function writeAccess(db: Kysely<DB>, request: FastifyRequest, entry: AccessEntry): Promise<void> {
  await recordAccess(db, actorOf(request), entry);
}
