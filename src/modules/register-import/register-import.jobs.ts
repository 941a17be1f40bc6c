/**
 * The import queue: uploads wait their turn and run one at a time in the background, on the job
 * handle (low priority on the embedded engine, connections of their own on PostgreSQL). A running
 * import's progress lives in memory and is written to its row when it ends, with its counts and
 * every error kept.
 */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { scanImported } from '../register/duplicates-scan.service.js';
import { runImport, type ImportHooks, type ImportJob, type ImportProgress } from './register-import.run.js';
import { logInternalError } from '../../server/logger.js';
import { publishEvent } from '../../server/events.js';
import { insertErrors, updateImport } from './register-import.repository.js';

const live = new Map<number, ImportProgress & { status: 'queued' | 'running' }>();
let chain: Promise<void> = Promise.resolve();

/** Live progress of an import waiting or running in this process. */
export function liveProgress(id: number) {
  return live.get(id);
}

/** Resolves when every import queued so far has finished (tests and benchmarks wait on it). */
export function importsIdle(): Promise<void> {
  return chain;
}

/** Test hooks passed to every import run (see ImportHooks). */
export const importHooks: ImportHooks = {};

async function finish(db: Kysely<DB>, id: number, values: Record<string, unknown>) {
  await updateImport(db, id, { ...values, finished_at: new Date() } as never);
}

async function run(db: Kysely<DB>, job: ImportJob): Promise<void> {
  const state = {
    status: 'running' as const,
    bytesRead: 0,
    bytesTotal: job.bytesTotal,
    rowsRead: 0,
    errorCount: 0,
    counts: { rows: 0, valid: 0, invalid: 0, households: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 0, unchanged: 0 } },
  };
  live.set(job.id, state);
  try {
    await updateImport(db, job.id, { status: 'running' });
    const out = await runImport(db, job, (p) => Object.assign(state, p), importHooks);
    const rowsSeen = new Set<number>();
    const errorRows = out.errors.map((e, seq) => {
      const first = !rowsSeen.has(e.row);
      rowsSeen.add(e.row);
      const values = first ? out.badRows.get(e.row) : undefined;
      return {
        import_id: job.id,
        seq,
        row_number: e.row,
        column_name: e.column,
        value: e.value,
        code: e.code,
        params: JSON.stringify(e.params ?? {}),
        row_values: values ? JSON.stringify(values) : null,
      };
    });
    await insertErrors(db, errorRows);
    await finish(db, job.id, {
      status: 'done',
      applied: out.applied,
      bytes_read: job.bytesTotal,
      rows_read: out.rowsRead,
      encoding: out.encoding.detected,
      converted: out.encoding.converted,
      counts: JSON.stringify(out.counts),
      error_count: out.errorCount,
      labels: JSON.stringify(out.labels),
    });
    await publishEvent(db, {
      type: 'import.finished',
      unitId: null,
      data: { kind: 'register', importId: job.id, dryRun: job.dryRun, applied: out.applied, rows: out.rowsRead, errors: out.errorCount, counts: out.counts },
    }).catch((e) => logInternalError('import event not queued', e));
    // Imported persons join the duplicate review queue like persons entered one by one (compared with
    // the whole register, in short steps); a failure here leaves the import in place.
    if (out.applied) await scanImported(db, job.id).catch(() => undefined);
  } catch (e) {
    if (!(e instanceof AppError)) logInternalError('register import failed', e);
    const failure = e instanceof AppError ? { code: e.code, params: e.params, details: e.details } : { code: 'internal', params: {} };
    const encoding = e instanceof AppError && e.code === 'legacy_encoding' ? String(e.params.encoding) : null;
    await finish(db, job.id, { status: 'failed', failure: JSON.stringify(failure), ...(encoding ? { encoding } : {}) }).catch(() => undefined);
  } finally {
    live.delete(job.id);
    fs.rm(job.path, { force: true }, () => undefined);
  }
}

/** Puts an import in the queue. */
export function enqueue(db: Kysely<DB>, job: ImportJob): void {
  live.set(job.id, {
    status: 'queued',
    bytesRead: 0,
    bytesTotal: job.bytesTotal,
    rowsRead: 0,
    errorCount: 0,
    counts: { rows: 0, valid: 0, invalid: 0, households: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 0, unchanged: 0 } },
  });
  chain = chain.then(() => run(db, job));
}
