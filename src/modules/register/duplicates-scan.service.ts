/**
 * The duplicate scan as a background job: persons are compared in bounded chunks, each chunk its
 * own short transaction on the job handle (a request waits at most for one chunk), and a scan
 * remembers per area the time up to which it compared, so the next scan of the same area looks only
 * at persons changed since. A pair needs one of its two persons changed to be new, and a changed
 * person is compared with every person of the area, so nothing is missed.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { jobHandle } from '../../db/connection.js';
import type { DB } from '../../db/schema.js';
import { storeCandidates } from './duplicates-detect.service.js';

/** Persons compared per step. Tests make it small. */
export const scanTuning = { chunkPersons: Number(process.env.DUPLICATE_SCAN_CHUNK ?? 250) };

/** The key a scan's mark is kept under: the set of communes scanned. */
function areaKey(communeIds: number[] | null): string {
  if (communeIds === null) return '*';
  return createHash('sha256')
    .update([...communeIds].sort((a, b) => a - b).join(','))
    .digest('hex');
}

/**
 * A time before which every change is committed: the start of the oldest transaction still open
 * (a person changed inside it carries a time before its commit), or now.
 */
async function safeMark(db: Kysely<DB>): Promise<Date> {
  const r = await sql<{
    t: Date;
  }>`SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid())) AS t`.execute(db);
  return new Date(r.rows[0].t);
}

/** Compares persons in chunks of ids chosen by `next`, each chunk a transaction of its own. */
async function inChunks(jobs: Kysely<DB>, next: (after: number, limit: number) => Promise<number[]>, within: number[] | null) {
  let after = 0;
  let checked = 0;
  let added = 0;
  for (;;) {
    const ids = await next(after, scanTuning.chunkPersons);
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
  const mark = await jobs.selectFrom('duplicate_scan_mark').select('scanned_at').where('area_key', '=', key).executeTakeFirst();
  const upTo = await safeMark(jobs);
  const result = await inChunks(
    jobs,
    async (after, limit) => {
      let q = jobs.selectFrom('person').select('id').where('merged_into_id', 'is', null).where('id', '>', after).orderBy('id').limit(limit);
      if (communeIds) q = q.where(sql<boolean>`commune_id = ANY(${communeIds}::int[])`);
      if (mark) q = q.where('updated_at', '>', mark.scanned_at);
      return (await q.execute()).map((r) => r.id);
    },
    communeIds,
  );
  await jobs
    .insertInto('duplicate_scan_mark')
    .values({ area_key: key, scanned_at: upTo, persons: result.checked })
    .onConflict((oc) => oc.column('area_key').doUpdateSet({ scanned_at: upTo, persons: result.checked }))
    .execute();
  return result;
}

/** Compares the persons an import created with the whole register, in chunks. */
export async function scanImported(db: Kysely<DB>, importId: number): Promise<{ checked: number; added: number }> {
  const jobs = jobHandle(db);
  return inChunks(
    jobs,
    async (after, limit) =>
      (await jobs.selectFrom('person').select('id').where('import_id', '=', importId).where('id', '>', after).orderBy('id').limit(limit).execute()).map(
        (r) => r.id,
      ),
    null,
  );
}
