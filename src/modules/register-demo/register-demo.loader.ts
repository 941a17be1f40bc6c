import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { SYSTEM, writeAudit } from '../audit/audit.service.js';
import {
  analyzeLoaded,
  type BulkSession,
  copyRows,
  firstIds,
  inRegisterLoad,
  moveSequences,
  setAsideLoadConstraints,
  vacuumLoaded,
} from '../register/bulk.service.js';
import type { ChunkSource, Ids, LoadCount } from './register-demo.chunks.js';
import { COPY_ORDER, COPY_TABLES, type CopyTable } from './register-demo.rows.js';

export type { Chunk, ChunkSource, Ids, LoadCount } from './register-demo.chunks.js';

export interface LoadOptions {
  onProgress?: (count: LoadCount) => void;
  /** What the audit log says was loaded (e.g. the generator's seed). */
  note?: Record<string, unknown>;
}

async function flush(s: BulkSession, data: Record<CopyTable, Uint8Array>): Promise<void> {
  for (const table of COPY_ORDER) if (data[table].length) await copyRows(s, table, COPY_TABLES[table], data[table]);
}

/**
 * Loads the chunks of `source` with COPY, all in one transaction (all or nothing). Ids are taken
 * from the tables' sequences first (the source numbers its rows from them) and the sequences are
 * moved past the last id used afterwards. While one chunk is copied the next is produced.
 */
export async function loadRegister(db: Kysely<DB>, source: ChunkSource, options: LoadOptions = {}): Promise<LoadCount> {
  const done = await loadInOneTransaction(db, source, options);
  await vacuumLoaded(db);
  return done;
}

function loadInOneTransaction(db: Kysely<DB>, source: ChunkSource, options: LoadOptions): Promise<LoadCount> {
  return inRegisterLoad(db, async (s) => {
    const first: Ids = await firstIds(s.db);
    // Into empty tables, loading is much faster without secondary indexes and foreign keys (rebuilt after).
    const restore = await setAsideLoadConstraints(s.db);
    let done: LoadCount = { households: 0, persons: 0, rows: 0 };
    let last: Ids | null = null;
    let copying: Promise<void> = Promise.resolve();
    for await (const chunk of source(first)) {
      await copying;
      copying = flush(s, chunk.data).then(() => options.onProgress?.(chunk.count));
      // A failure surfaces at the next await; until then it must not count as unhandled.
      copying.catch(() => undefined);
      done = chunk.count;
      last = chunk.last;
    }
    await copying;
    await restore();
    await analyzeLoaded(s.db, done.persons);
    if (last && done.households) await moveSequences(s.db, last);
    // Written on the same transaction, like every other write.
    await writeAudit(s.db, SYSTEM, { action: 'load_demo', entity: 'register', entityId: null, after: { ...options.note, ...done, firstIds: first } });
    return done;
  });
}
