/**
 * The duplicate scan as a background job: persons are compared in bounded chunks, each chunk its
 * own short transaction on the job handle (a request waits at most for one chunk), and a scan
 * remembers per area the time up to which it compared, so the next scan of the same area looks only
 * at persons changed since. A pair needs one of its two persons changed to be new, and a changed
 * person is compared with every person of the area, so nothing is missed.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { driverOf, jobHandle } from '../../db/connection.js';
import type { DB } from '../../db/schema.js';
import { nextImportedIds, nextPersonIds, safeMark, scanMark, setScanMark, storeCandidates } from './duplicates.repository.js';

/** Persons compared per step. Tests make it small. */
export const scanTuning: { chunkPersons: number | null } = { chunkPersons: process.env.DUPLICATE_SCAN_CHUNK ? Number(process.env.DUPLICATE_SCAN_CHUNK) : null };
/** Persons per scan step unless set: short on the embedded engine (a request waits for the step running), larger on PostgreSQL. */
const scanStep = (jobs: Kysely<DB>) => scanTuning.chunkPersons ?? (driverOf(jobs)?.pglite ? 50 : 250);

/** The key a scan's mark is kept under: the set of communes scanned. */
function areaKey(communeIds: number[] | null): string {
  if (communeIds === null) return '*';
  return createHash('sha256')
    .update([...communeIds].sort((a, b) => a - b).join(','))
    .digest('hex');
}

/** Compares persons in chunks of ids chosen by `next`, each chunk a transaction of its own. */
async function inChunks(jobs: Kysely<DB>, next: (after: number, limit: number) => Promise<number[]>, within: number[] | null) {
  let after = 0;
  let checked = 0;
  let added = 0;
  for (;;) {
    const ids = await next(after, scanStep(jobs));
    if (!ids.length) break;
    added += await jobs.transaction().execute((trx) => storeCandidates(trx, { personIds: ids, within }));
    checked += ids.length;
    after = ids[ids.length - 1];
  }
  return { checked, added };
}

/**
 * Scans the communes (null = everywhere) for duplicates among persons changed since the last scan
 * of the same area. Returns how many persons were compared and how many pairs are new.
 */
export async function scanArea(db: Kysely<DB>, communeIds: number[] | null): Promise<{ checked: number; added: number }> {
  const jobs = jobHandle(db);
  const key = areaKey(communeIds);
  const mark = await scanMark(jobs, key);
  const upTo = await safeMark(jobs);
  const result = await inChunks(jobs, (after, limit) => nextPersonIds(jobs, after, limit, communeIds, mark), communeIds);
  await setScanMark(jobs, key, upTo, result.checked);
  return result;
}

/** Compares the persons an import created with the whole register, in chunks. */
export async function scanImported(db: Kysely<DB>, importId: number): Promise<{ checked: number; added: number }> {
  const jobs = jobHandle(db);
  return inChunks(jobs, (after, limit) => nextImportedIds(jobs, importId, after, limit), null);
}
