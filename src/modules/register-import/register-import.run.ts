/**
 * One import from start to end, in steps short enough that other users keep working (on the
 * embedded engine a request waits at most for the step that is running):
 * 1. check: the whole file is read in chunks of households and checked, writing nothing, so that
 *    every error is reported; with an error (and not `onlyValid`) the import stops here.
 * 2. write: the file is read again and each chunk's new households go in by COPY, one short
 *    transaction per chunk, every row carrying the import's id.
 * 3. finish: one transaction changes the households already held, writes the audit entry and
 *    marks the import applied.
 * All-or-nothing: a failure in step 2 or 3 deletes what step 2 wrote (`undoImport`), and an import
 * cut short by a crash is undone the same way at the next start (`recoverImports`).
 * `onlyValid`: households with an error are left out whole and the rest is written.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import type { RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import type { Actor } from '../audit/audit.service.js';
import { writeAudit } from '../audit/audit.service.js';
import { insertNew, updateHeld } from './register-import.apply.js';
import { IMPORT_COLUMNS, type ImportColumn } from './register-import.columns.js';
import type { Labels } from './register-import.parse.js';
import { planBatch, type FileState, type Group, type HouseholdPlan } from './register-import.plan.js';
import { type OpenedFile, openSheetFile } from '../spreadsheets/file.parse.js';
import { REGISTER_SHEET } from '../uploads/uploads.limits.js';
import { Refs } from './register-import.refs.js';
import { driverOf, jobHandle } from '../../db/connection.js';
import { inSavepoint, inTransaction, withBulkSession as withSession } from '../../db/bulk-load.js';
import { registerEmpty } from '../register/import-lookup.service.js';
import { markApplied } from './register-import.repository.js';
import { undoImport } from './register-import.undo.js';

export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  households: { created: number; updated: number; unchanged: number };
  persons: { created: number; updated: number; unchanged: number };
}

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  counts: ImportCounts;
  errorCount: number;
}

export interface ImportOutcome extends ImportProgress {
  applied: boolean;
  encoding: { detected: string; converted: boolean };
  labels: Labels;
  errors: RowError[];
  /** Values of the rows with errors (for the XLSX report), by row number. */
  badRows: Map<number, Record<string, string>>;
}

export interface ImportJob {
  id: number;
  path: string;
  fileName: string;
  bytesTotal: number;
  dryRun: boolean;
  onlyValid: boolean;
  actor: Actor;
  scope: Scope;
}

/**
 * Rows read and checked per chunk, and households written per transaction. On the embedded engine a
 * request waits for the step that is running, so steps stay short there. On PostgreSQL the job has its
 * own connection and new rows block no reader, so a chunk is larger and goes in as one transaction
 * (fewer round trips and commits). Tests make them small.
 */
export const importTuning: { chunkRows: number | null; writeHouseholds: number | null } = {
  chunkRows: process.env.IMPORT_CHUNK_ROWS ? Number(process.env.IMPORT_CHUNK_ROWS) : null,
  writeHouseholds: process.env.IMPORT_WRITE_HOUSEHOLDS ? Number(process.env.IMPORT_WRITE_HOUSEHOLDS) : null,
};
const onPGlite = (db: Kysely<DB>) => Boolean(driverOf(db)?.pglite);
const chunkRows = (db: Kysely<DB>) => importTuning.chunkRows ?? (onPGlite(db) ? 1000 : 5000);
const writeStep = (db: Kysely<DB>) => importTuning.writeHouseholds ?? (onPGlite(db) ? 5 : 5000);
/** Errors kept for the report; beyond them only the count goes on. */
export const MAX_ERRORS = 100_000;

/** Test hooks: called before each written chunk (numbered from 0) and before the final step. */
export interface ImportHooks {
  beforeWriteChunk?(n: number): Promise<void>;
}

const emptyCounts = (): ImportCounts => ({
  rows: 0,
  valid: 0,
  invalid: 0,
  households: { created: 0, updated: 0, unchanged: 0 },
  persons: { created: 0, updated: 0, unchanged: 0 },
});
const keyOf = (r: SheetRow<ImportColumn>) => `${r.values.communeCode.trim().padStart(5, '0')}|${r.values.householdCode.trim()}`;

/** Reads the file and hands its households over in chunks of about `importTuning.chunkRows` rows. */
async function readChunks(
  job: ImportJob,
  size: number,
  onChunk: (groups: Group[], file: OpenedFile<ImportColumn>) => Promise<void>,
): Promise<OpenedFile<ImportColumn>> {
  const file = await openSheetFile(job.path, job.fileName, IMPORT_COLUMNS, REGISTER_SHEET);
  let batch: Group[] = [];
  let batchRows = 0;
  let open: Group | null = null;
  for await (const r of file.rows) {
    const key = keyOf(r);
    if (open && open.key === key) {
      open.rows.push(r);
    } else {
      if (open) {
        batch.push(open);
        batchRows += open.rows.length;
        if (batchRows >= size) {
          await onChunk(batch, file);
          batch = [];
          batchRows = 0;
        }
      }
      open = { key, code: r.values.householdCode.trim(), rows: [r] };
    }
  }
  if (open) batch.push(open);
  if (batch.length) await onChunk(batch, file);
  return file;
}

/** Households that appear twice apart in the file (the second time is refused). */
function apart(seenKeys: Map<string, number>, groups: Group[], labels: Labels, errors: RowError[]): Group[] {
  return groups.filter((g) => {
    const other = seenKeys.get(g.key);
    if (other !== undefined) {
      const r = g.rows[0];
      errors.push({ row: r.row, column: labels.householdCode, value: r.values.householdCode, code: 'import_rows_apart', params: { code: g.code, other } });
      return false;
    }
    seenKeys.set(g.key, g.rows[0].row);
    return true;
  });
}

export async function runImport(
  db: Kysely<DB>,
  job: ImportJob,
  onProgress: (p: ImportProgress) => void = () => undefined,
  hooks: ImportHooks = {},
): Promise<ImportOutcome> {
  const jobs = jobHandle(db);
  const refs = await Refs.load(jobs, job.scope);
  // Into an empty register nothing can be held: chunks are checked against the file alone.
  const fresh = !job.dryRun && (await registerEmpty(jobs));
  const counts = emptyCounts();
  const errors: RowError[] = [];
  let errorCount = 0;
  const badRows = new Map<number, Record<string, string>>();
  // The check reads the file once, the write once more: progress shows both as one bar.
  const share = job.dryRun ? 1 : 0.5;
  let offset = 0;
  let bytesRead = 0;
  const progress = (): ImportProgress => ({
    bytesRead: Math.round(offset + bytesRead * share),
    bytesTotal: job.bytesTotal,
    rowsRead: counts.rows,
    counts,
    errorCount,
  });
  const keep = (batchErrors: RowError[], rowsByNumber: Map<number, SheetRow<ImportColumn>>) => {
    errorCount += batchErrors.length;
    for (const e of batchErrors) {
      if (errors.length >= MAX_ERRORS) break;
      errors.push(e);
      const r = rowsByNumber.get(e.row);
      if (r && !badRows.has(e.row)) badRows.set(e.row, r.values);
    }
  };

  // 1. Check, writing nothing.
  let seenKeys = new Map<string, number>();
  let state: FileState = { cccdRows: new Map() };
  const file = await readChunks(job, chunkRows(db), async (groups, f) => {
    const batchErrors: RowError[] = [];
    const rowsByNumber = new Map(groups.flatMap((g) => g.rows.map((r) => [r.row, r] as const)));
    const good = apart(seenKeys, groups, f.labels, batchErrors);
    const { plans, badGroups } = await planBatch(jobs, refs, f.labels, good, state, batchErrors, fresh);
    if (job.onlyValid) {
      for (const g of badGroups) {
        const r = rowsByNumber.get(g.firstRow)!;
        batchErrors.push({
          row: g.firstRow,
          column: f.labels.householdCode,
          value: r.values.householdCode,
          code: 'import_household_skipped',
          params: { code: g.code },
        });
      }
    }
    for (const p of plans) {
      counts.households[p.action === 'create' ? 'created' : p.action === 'update' ? 'updated' : 'unchanged']++;
      for (const x of p.persons) counts.persons[x.action === 'create' ? 'created' : x.action === 'update' ? 'updated' : 'unchanged']++;
    }
    const rowsInBatch = groups.reduce((a, g) => a + g.rows.length, 0);
    const invalid = new Set(batchErrors.map((e) => e.row)).size;
    counts.rows += rowsInBatch;
    counts.invalid += invalid;
    counts.valid += rowsInBatch - invalid;
    batchErrors.sort((a, b) => a.row - b.row);
    keep(batchErrors, rowsByNumber);
    bytesRead = f.bytesRead();
    onProgress(progress());
  });
  if (counts.rows === 0) throw new AppError(400, 'sheet_no_rows');
  const outcome = (applied: boolean): ImportOutcome => ({
    ...progress(),
    bytesRead: job.bytesTotal,
    applied,
    encoding: file.encoding,
    labels: file.labels,
    errors,
    badRows,
  });
  const changes = counts.households.created + counts.households.updated + counts.persons.created + counts.persons.updated;
  if (job.dryRun || (errorCount > 0 && !job.onlyValid) || changes === 0) return outcome(false);

  // 2. Write the new households, a short transaction per chunk.
  offset = job.bytesTotal * 0.5;
  bytesRead = 0;
  seenKeys = new Map();
  state = { cccdRows: new Map() };
  const held: HouseholdPlan[] = [];
  let chunk = 0;
  const raced: RowError[] = [];
  try {
    await readChunks(job, chunkRows(db), async (groups, f) => {
      const batchErrors: RowError[] = [];
      const good = apart(seenKeys, groups, f.labels, batchErrors);
      const { plans } = await planBatch(jobs, refs, f.labels, good, state, batchErrors, fresh);
      // The file was checked clean; an error now comes from a change made meanwhile by someone else.
      if (batchErrors.length && !job.onlyValid) {
        raced.push(...batchErrors);
        throw new Abort();
      }
      await hooks.beforeWriteChunk?.(chunk++);
      const created = plans.filter((p) => p.action === 'create');
      const step = writeStep(db);
      for (let i = 0; i < created.length; i += step) {
        const slice = created.slice(i, i + step);
        await withSession(jobs, (s) =>
          inTransaction(s, async () => ({ result: await insertNew({ s, actor: job.actor, importId: job.id }, slice), commit: true })),
        );
      }
      held.push(...plans.filter((p) => p.action === 'update'));
      bytesRead = f.bytesRead();
      onProgress(progress());
    });

    // 3. Households held, the audit entry and the mark "applied", together.
    const refused = await withSession(jobs, (s) =>
      inTransaction(s, async () => {
        const refused: RowError[] = [];
        for (const p of held) {
          const failure = await inSavepoint(s, async () => {
            const failure = await updateHeld({ s, actor: job.actor, importId: job.id }, p, file.labels);
            return { result: failure, keep: !failure };
          });
          if (failure) {
            refused.push(failure);
            if (!job.onlyValid) return { result: refused, commit: false };
          }
        }
        await writeAudit(s.db, job.actor, {
          action: 'import',
          entity: 'register_import',
          entityId: job.id,
          after: { file: job.fileName, onlyValid: job.onlyValid, ...counts, errors: errorCount + refused.length },
        });
        await markApplied(s.db, job.id);
        return { result: refused, commit: true };
      }),
    );
    if (refused.length && !job.onlyValid) {
      raced.push(...refused);
      throw new Abort();
    }
    keep(refused, new Map());
  } catch (e) {
    await undoImport(db, job.id);
    if (!(e instanceof Abort)) throw e;
    keep(raced, new Map());
    return outcome(false);
  }
  return outcome(true);
}

/** Stops the write when a chunk turns out refused; what was written is undone. */
class Abort extends Error {}
